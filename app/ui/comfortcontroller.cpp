// SPDX-License-Identifier: GPL-3.0-or-later
#include "comfortcontroller.h"

#include "appstyle.h"
#include "articleview.h"
#include "comfortdialog.h"
#include "glyphicon.h"
#include "keyboardnavigation.h"
#include "mainwindow.h"
#include "readaloudcontroller.h"
#include "systemcolorscheme.h"
#include "userdata/settings.h"
#include "web/bundledfonts.h"
#include "web/webpage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

namespace Myelin::Ui {

namespace {
QString choiceLabel(const char *label)
{
    return QCoreApplication::translate("Myelin::ReadingStyle", label);
}

QString themeName(const Theme &theme)
{
    return QCoreApplication::translate("Myelin::Theme", theme.name.toUtf8().constData());
}
} // namespace

ComfortController *ComfortController::install(MainWindow *window)
{
    return new ComfortController(window, Options{}, window);
}

ComfortController::ComfortController(MainWindow *window, const Options &options, QObject *parent)
    : QObject(parent != nullptr ? parent : window), m_window(window), m_options(options)
{
    Settings &settings = window->settings();
    m_style = ReadingStyle::fromVariant(settings.readingStyle());
    m_style.fontPercent = window->fontPercent();
    if (!Web::BundledFonts::hasDyslexiaFont()) {
        m_style.font.clear();
    }
    m_profileId = settings.comfortProfile();
    m_showListen = settings.showListenButton();
    m_custom = ComfortProfile::customFromVariant(settings.customComfortProfiles());

    createReadingBar();
    m_readAloud = new ReadAloudController(window, options.speechEngine, this, m_bar);
    m_keyboard = new KeyboardNavigation(window, this);
    createMenu();
    m_readAloud->setButtonVisible(m_showListen);

    connect(window, &MainWindow::fontPercentChanged, this, [this](int percent) {
        if (m_style.fontPercent != percent) {
            m_style.fontPercent = percent;
            store();
            refreshProfile();
            syncMenu();
            emit styleChanged();
        }
    });
    connect(SystemColorScheme::instance(), &SystemColorScheme::changed, this, [this] {
        if (m_style.theme == ReadingStyle::SystemTheme) {
            apply();
        }
    });
    auto viewReady = [this] {
        apply(); // the page's own background colour, before its first paint
        if (m_options.offerFirstRun && !m_window->settings().comfortFirstRunDone()) {
            // Once the first article is on screen (the page previews it; start-up is not slowed).
            auto *once = new QObject(this);
            connect(m_window->articleView(), &ArticleView::loadFinished, once, [this, once] {
                once->deleteLater();
                QTimer::singleShot(0, this, [this] { openDialog(true); });
            });
        }
        const auto all = profiles();
        for (const ComfortProfile &profile : all) {
            if (profile.id == m_profileId && profile.prepareSpeech) {
                // "Read-aloud ready": start the engine once the article is on screen, not before.
                QTimer::singleShot(1500, m_readAloud, &ReadAloudController::prepare);
            }
        }
    };
    if (window->articleView() != nullptr) {
        viewReady();
    } else {
        connect(window, &MainWindow::articleViewReady, this, viewReady);
    }
    window->setRootStyleProvider([this] { return rootStyle(); });
    apply();
}

ReadingStyle ComfortController::style() const
{
    ReadingStyle style = m_style;
    style.fontPercent = m_window->fontPercent();
    return style;
}

Theme ComfortController::theme() const
{
    if (m_style.theme == ReadingStyle::SystemTheme) {
        return Theme::byId(SystemColorScheme::instance()->prefersDark() ? QStringLiteral("dark")
                                                                        : QStringLiteral("light"));
    }
    return Theme::byId(m_style.theme);
}

QString ComfortController::rootStyle() const
{
    return rootStyleFor(theme(), style());
}

void ComfortController::setStyle(const ReadingStyle &requested)
{
    ReadingStyle style = requested.normalized();
    if (!Web::BundledFonts::hasDyslexiaFont()) {
        style.font.clear();
    }
    m_style = style;
    if (style.fontPercent != m_window->fontPercent()) {
        m_window->setFontPercent(style.fontPercent); // the window owns the size (A-/A/A+)
    }
    store();
    apply();
}

void ComfortController::setTheme(const QString &id)
{
    ReadingStyle style = this->style();
    style.theme = id;
    setStyle(style);
    m_window->statusBar()->showMessage(
        tr("Colours: %1. Press %2 for the next colours.")
            .arg(id == ReadingStyle::SystemTheme ? tr("Follow the system") : themeName(Theme::byId(id)),
                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T).toString(QKeySequence::NativeText)),
        6000);
}

void ComfortController::cycleTheme()
{
    const QList<Theme> &all = Theme::all();
    const QString current = theme().id;
    int index = 0;
    for (int i = 0; i < all.size(); ++i) {
        if (all.at(i).id == current) {
            index = (i + 1) % int(all.size());
        }
    }
    setTheme(all.at(index).id);
}

QList<ComfortProfile> ComfortController::profiles() const
{
    return ComfortProfile::builtIns() + m_custom;
}

bool ComfortController::applyProfile(const QString &id)
{
    const auto all = profiles();
    for (const ComfortProfile &profile : all) {
        if (profile.id != id) {
            continue;
        }
        setShowListen(profile.showListen);
        setStyle(profile.style);
        m_profileId = id;
        m_window->settings().setComfortProfile(id);
        syncMenu();
        emit styleChanged();
        if (profile.prepareSpeech) {
            m_readAloud->prepare();
        }
        const QString name =
            profile.builtIn ? QCoreApplication::translate("Myelin::ComfortProfile", profile.name.toUtf8().constData())
                            : profile.name;
        m_window->statusBar()->showMessage(tr("Comfort profile: %1").arg(name), 6000);
        return true;
    }
    return false;
}

bool ComfortController::saveProfile(const QString &rawName)
{
    const QString name = rawName.simplified().left(60);
    if (name.isEmpty()) {
        return false;
    }
    for (const ComfortProfile &builtIn : ComfortProfile::builtIns()) {
        if (builtIn.name.compare(name, Qt::CaseInsensitive) == 0 ||
            QCoreApplication::translate("Myelin::ComfortProfile", builtIn.name.toUtf8().constData())
                    .compare(name, Qt::CaseInsensitive) == 0) {
            return false; // the built-in profiles keep their names
        }
    }
    ComfortProfile profile;
    profile.name = name;
    profile.id = ComfortProfile::customId(name);
    profile.style = style();
    profile.showListen = m_showListen;
    bool replaced = false;
    for (ComfortProfile &existing : m_custom) {
        if (existing.id == profile.id) {
            existing = profile;
            replaced = true;
        }
    }
    if (!replaced) {
        m_custom << profile;
    }
    m_window->settings().setCustomComfortProfiles(ComfortProfile::customToVariant(m_custom));
    m_profileId = profile.id;
    m_window->settings().setComfortProfile(m_profileId);
    rebuildProfileMenu();
    syncMenu();
    emit profilesChanged();
    m_window->statusBar()->showMessage(tr("Saved the comfort profile \"%1\".").arg(name), 6000);
    return true;
}

bool ComfortController::deleteProfile(const QString &id)
{
    for (int i = 0; i < m_custom.size(); ++i) {
        if (m_custom.at(i).id == id) {
            m_custom.removeAt(i);
            m_window->settings().setCustomComfortProfiles(ComfortProfile::customToVariant(m_custom));
            if (m_profileId == id) {
                m_profileId.clear();
                m_window->settings().setComfortProfile(m_profileId);
            }
            rebuildProfileMenu();
            syncMenu();
            emit profilesChanged();
            return true;
        }
    }
    return false;
}

void ComfortController::setShowListen(bool show)
{
    m_showListen = show;
    m_window->settings().setShowListenButton(show);
    m_readAloud->setButtonVisible(show);
    store();
    syncMenu();
    emit styleChanged();
}

ComfortDialog *ComfortController::openDialog(bool firstRun)
{
    if (m_dialog == nullptr) {
        m_dialog = new ComfortDialog(this, firstRun, m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &QDialog::finished, this, [this] {
            m_window->settings().setComfortFirstRunDone(true);
            m_window->settings().sync();
        });
    }
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
    return m_dialog;
}

void ComfortController::apply()
{
    const Theme current = theme();
    if (current.id != m_appliedTheme) {
        m_appliedTheme = current.id;
        applyAppStyle(*qApp, current);
        const QColor ink = QColor::fromRgb(current.text);
        m_button->setIcon(GlyphIcon::make(GlyphIcon::Glyph::Comfort, ink));
        m_button->setStyleSheet(QStringLiteral("QToolButton::menu-indicator { image: none; width: 0; }"));
        m_readAloud->refreshIcons();
    }
    if (ArticleView *view = m_window->articleView()) {
        // No white flash between pages in a dark theme: the page's own background matches.
        view->page()->setBackgroundColor(QColor::fromRgb(current.background));
    }
    m_window->applyReadingStyle();
    refreshProfile();
    syncMenu();
    emit styleChanged();
}

void ComfortController::refreshProfile()
{
    // Which profile (if any) the settings are now.
    const auto all = profiles();
    QString match;
    for (const ComfortProfile &profile : all) {
        if (profile.style == style() && profile.showListen == m_showListen) {
            match = profile.id;
            if (profile.id == m_profileId) {
                break;
            }
        }
    }
    if (match != m_profileId) {
        m_profileId = match;
        m_window->settings().setComfortProfile(m_profileId);
    }
}

void ComfortController::store()
{
    m_window->settings().setReadingStyle(m_style.toVariant());
}

template <typename Field>
void ComfortController::addChoices(QMenu *menu, const QString &title, const QList<ReadingStyle::Choice> &choices,
                                   Field field, QActionGroup **group)
{
    menu->addSection(title);
    *group = new QActionGroup(menu);
    for (const ReadingStyle::Choice &choice : choices) {
        QAction *action = menu->addAction(choiceLabel(choice.label));
        action->setCheckable(true);
        action->setData(choice.value);
        (*group)->addAction(action);
        connect(action, &QAction::triggered, this, [this, field, value = choice.value] {
            ReadingStyle style = this->style();
            style.*field = value;
            setStyle(style);
        });
    }
}

void ComfortController::createMenu()
{
    m_menu = new QMenu(tr("&Comfort"), m_window);
    m_menu->setObjectName(QStringLiteral("comfortMenu"));
    m_window->menuBar()->insertMenu(m_window->helpMenu()->menuAction(), m_menu);

    QAction *settingsAction = m_menu->addAction(tr("Reading &comfort\u2026"), this, [this] { openDialog(false); });
    settingsAction->setObjectName(QStringLiteral("comfortSettings"));
    settingsAction->setStatusTip(tr("Choose text size, colours, spacing and read aloud, with a preview"));

    m_menu->addSection(tr("Profiles"));
    m_profileMenu = m_menu; // profiles sit in the menu itself, one click each
    m_profileGroup = new QActionGroup(this);
    rebuildProfileMenu();

    // Short enough to fit an 800-pixel screen in one column: spacing and colours open to the side.
    m_menu->addSection(tr("Text and colours"));
    for (const char *name : {"fontLarger", "fontSmaller", "fontNormal"}) {
        if (auto *action = m_window->findChild<QAction *>(QLatin1String(name))) {
            m_menu->addAction(action);
        }
    }
    QMenu *spacing = m_menu->addMenu(tr("&Spacing and line length"));
    spacing->setObjectName(QStringLiteral("comfortSpacingMenu"));
    addChoices(spacing, tr("Line spacing"), ReadingStyle::lineHeightChoices(), &ReadingStyle::lineHeightPercent,
               &m_lineGroup);
    addChoices(spacing, tr("Letter spacing"), ReadingStyle::letterSpacingChoices(), &ReadingStyle::letterSpacing,
               &m_letterGroup);
    addChoices(spacing, tr("Word spacing"), ReadingStyle::wordSpacingChoices(), &ReadingStyle::wordSpacing,
               &m_wordGroup);
    addChoices(spacing, tr("Line length"), ReadingStyle::measureChoices(), &ReadingStyle::measure, &m_measureGroup);
    QMenu *colours = m_menu->addMenu(tr("C&olours"));
    colours->setObjectName(QStringLiteral("comfortColoursMenu"));
    m_fontAction = m_menu->addAction(tr("Easier-to-read &letters (OpenDyslexic)"));
    m_fontAction->setObjectName(QStringLiteral("comfortDyslexiaFont"));
    m_fontAction->setCheckable(true);
    m_fontAction->setVisible(Web::BundledFonts::hasDyslexiaFont());
    connect(m_fontAction, &QAction::toggled, this, [this](bool on) {
        ReadingStyle style = this->style();
        style.font = on ? ReadingStyle::DyslexiaFont : QString();
        if (style != this->style()) {
            setStyle(style);
        }
    });

    m_themeGroup = new QActionGroup(this);
    QList<std::pair<QString, QString>> themes = {{ReadingStyle::SystemTheme, tr("Follow the &system")}};
    for (const Theme &t : Theme::all()) {
        themes.append({t.id, themeName(t)});
    }
    for (const auto &[id, label] : themes) {
        QAction *action = colours->addAction(label);
        action->setCheckable(true);
        action->setData(id);
        action->setObjectName(QStringLiteral("theme-") + id);
        m_themeGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, id = id] { setTheme(id); });
    }
    colours->addSeparator();
    QAction *next = colours->addAction(tr("&Next colours"), this, &ComfortController::cycleTheme);
    next->setObjectName(QStringLiteral("themeNext"));
    next->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    next->setStatusTip(tr("Switch to the next colour theme"));
    m_window->addAction(next);

    m_menu->addSection(tr("Read aloud"));
    m_listenAction = m_menu->addAction(tr("Show the &Listen button"));
    m_listenAction->setObjectName(QStringLiteral("comfortShowListen"));
    m_listenAction->setCheckable(true);
    connect(m_listenAction, &QAction::toggled, this, [this](bool on) {
        if (on != m_showListen) {
            setShowListen(on);
        }
    });
    m_menu->addMenu(m_readAloud->menu());

    // The toolbar button: the same menu, one click away, with a word on it (not only an icon).
    QToolBar *toolbar = m_bar;
    m_button = new QToolButton(toolbar);
    m_button->setObjectName(QStringLiteral("comfortButton"));
    m_button->setText(tr("Comfort \u25BE")); // the arrow says it opens a menu
    m_button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_button->setIconSize(QSize(24, 24));
    m_button->setPopupMode(QToolButton::InstantPopup);
    m_button->setMenu(m_menu);
    m_button->setToolTip(tr("Reading comfort: profiles, text size, spacing, colours and read aloud"));
    m_button->setAccessibleName(tr("Reading comfort"));
    m_button->setAccessibleDescription(m_button->toolTip());
    m_button->setFocusPolicy(Qt::TabFocus);
    toolbar->addWidget(m_button);
}

// A second toolbar row for reading: the colour themes one click each, Listen, and the Comfort menu.
void ComfortController::createReadingBar()
{
    m_bar = new QToolBar(tr("Reading"), m_window);
    m_bar->setObjectName(QStringLiteral("readingToolbar"));
    m_bar->setAccessibleName(tr("Reading comfort"));
    m_bar->setMovable(false);
    m_bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_bar->setIconSize(QSize(24, 24));
    m_window->addToolBarBreak(Qt::TopToolBarArea);
    m_window->addToolBar(Qt::TopToolBarArea, m_bar);
    auto *label = new QLabel(tr("Colours:"), m_bar);
    m_bar->addWidget(label);
    m_themeBarGroup = new QActionGroup(this);
    for (const Theme &t : Theme::all()) {
        QAction *action = m_bar->addAction(
            GlyphIcon::swatch(QColor::fromRgb(t.background), QColor::fromRgb(t.text), QColor::fromRgb(t.text)),
            themeName(t));
        action->setCheckable(true);
        action->setData(t.id);
        action->setObjectName(QStringLiteral("themeButton-") + t.id);
        action->setToolTip(
            tr("%1 colours for the window and the article (%2 switches)")
                .arg(themeName(t), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T).toString(QKeySequence::NativeText)));
        action->setStatusTip(tr("Use the %1 colours").arg(themeName(t)));
        m_themeBarGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, id = t.id] { setTheme(id); });
        if (QWidget *button = m_bar->widgetForAction(action)) {
            button->setAccessibleName(tr("%1 colours").arg(themeName(t)));
            button->setAccessibleDescription(action->toolTip());
            button->setFocusPolicy(Qt::TabFocus);
        }
    }
    m_bar->addSeparator();
}

void ComfortController::rebuildProfileMenu()
{
    for (QAction *action : m_profileGroup->actions()) {
        m_profileGroup->removeAction(action);
        m_menu->removeAction(action);
        action->deleteLater();
    }
    const QList<QAction *> existing = m_menu->actions();
    QAction *before = nullptr;
    for (QAction *action : existing) {
        if (action->objectName() == QLatin1String("comfortSaveProfile")) {
            before = action;
        }
    }
    QList<QAction *> created;
    const auto all = profiles();
    for (const ComfortProfile &profile : all) {
        const QString name =
            profile.builtIn ? QCoreApplication::translate("Myelin::ComfortProfile", profile.name.toUtf8().constData())
                            : profile.name;
        auto *action = new QAction(name, m_menu);
        action->setCheckable(true);
        action->setData(profile.id);
        action->setObjectName(QStringLiteral("profile-") + profile.id);
        connect(action, &QAction::triggered, this, [this, id = profile.id] { applyProfile(id); });
        m_profileGroup->addAction(action);
        created << action;
    }
    if (before == nullptr) {
        m_menu->addActions(created);
        QAction *save = m_menu->addAction(tr("&Save these settings as a profile\u2026"), this, [this] {
            bool ok = false;
            const QString name = QInputDialog::getText(m_window, tr("Save comfort profile"),
                                                       tr("Name for this profile (for example \"Evening\"):"),
                                                       QLineEdit::Normal, QString(), &ok);
            if (ok && !saveProfile(name)) {
                m_window->statusBar()->showMessage(
                    tr("Please choose a name that is not empty and not one of the built-in profiles."), 8000);
            }
        });
        save->setObjectName(QStringLiteral("comfortSaveProfile"));
        QAction *remove = m_menu->addAction(tr("&Delete a profile\u2026"), this, [this] {
            QStringList names;
            for (const ComfortProfile &profile : std::as_const(m_custom)) {
                names << profile.name;
            }
            bool ok = false;
            const QString name = QInputDialog::getItem(m_window, tr("Delete comfort profile"), tr("Profile to delete:"),
                                                       names, 0, false, &ok);
            if (ok) {
                deleteProfile(ComfortProfile::customId(name));
            }
        });
        remove->setObjectName(QStringLiteral("comfortDeleteProfile"));
    } else {
        m_menu->insertActions(before, created);
    }
    if (auto *remove = m_menu->findChild<QAction *>(QStringLiteral("comfortDeleteProfile"))) {
        remove->setEnabled(!m_custom.isEmpty());
    }
    for (QAction *action : m_menu->actions()) {
        if (action->objectName() == QLatin1String("comfortDeleteProfile")) {
            action->setEnabled(!m_custom.isEmpty());
        }
    }
}

void ComfortController::syncMenu()
{
    if (m_menu == nullptr) {
        return;
    }
    const ReadingStyle current = style();
    auto check = [](QActionGroup *group, const QVariant &value) {
        for (QAction *action : group->actions()) {
            action->setChecked(action->data() == value);
        }
    };
    check(m_themeGroup, current.theme);
    check(m_themeBarGroup, theme().id); // the buttons show the colours in use, also when following the system
    check(m_lineGroup, current.lineHeightPercent);
    check(m_letterGroup, current.letterSpacing);
    check(m_wordGroup, current.wordSpacing);
    check(m_measureGroup, current.measure);
    check(m_profileGroup, m_profileId);
    if (m_profileId.isEmpty()) {
        for (QAction *action : m_profileGroup->actions()) {
            action->setChecked(false);
        }
    }
    const QSignalBlocker fontBlock(m_fontAction);
    m_fontAction->setChecked(current.font == ReadingStyle::DyslexiaFont);
    const QSignalBlocker listenBlock(m_listenAction);
    m_listenAction->setChecked(m_showListen);
}

} // namespace Myelin::Ui
