// SPDX-License-Identifier: GPL-3.0-or-later
#include "comfortcontroller.h"

#include "comfortdialog.h"
#include "comfortprofiles.h"
#include "core/theme.h"
#include "keyboardnavigation.h"
#include "readaloudcontroller.h"
#include "ui/shell/articleview.h"
#include "ui/shell/glyphicon.h"
#include "ui/shell/readerhost.h"
#include "ui/shell/readingstylecontroller.h"
#include "userdata/settings.h"
#include "web/bundledfonts.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
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

ComfortController::ComfortController(ReaderHost &host) : ComfortController(host, Options{}) {}

ComfortController::ComfortController(ReaderHost &host, const Options &options, QObject *parent)
    : QObject(parent != nullptr ? parent : &host), m_host(host), m_style(host.readingStyle()), m_options(options),
      m_profiles(new ComfortProfiles(host, this))
{
    createReadingBar();
    m_readAloud = new ReadAloudController(host, options.speechEngine, this, m_bar);
    m_keyboard = new KeyboardNavigation(host, this);
    createMenu();
    m_readAloud->setButtonVisible(m_profiles->showListen());

    connect(m_profiles, &ComfortProfiles::changed, this, &ComfortController::syncMenu);
    connect(m_profiles, &ComfortProfiles::listChanged, this, &ComfortController::rebuildProfileMenu);
    connect(m_profiles, &ComfortProfiles::showListenChanged, m_readAloud, &ReadAloudController::setButtonVisible);
    connect(m_profiles, &ComfortProfiles::speechWanted, m_readAloud, &ReadAloudController::prepare);
    connect(&m_style, &ReadingStyleController::styleChanged, this, &ComfortController::syncMenu);
    connect(&m_style, &ReadingStyleController::themeChanged, this, &ComfortController::themeChanged);
    if (m_options.offerFirstRun && !m_host.settings().comfortFirstRunDone()) {
        // The first article has just been asked for: the dialog comes up while it loads, before it is
        // on screen, rather than a moment later over a page the reader has started to read.
        m_host.whenWindowShown(this, [this] { openDialog(true); });
    }
    const auto all = m_profiles->all();
    for (const ComfortProfile &profile : all) {
        if (profile.id == m_profiles->currentId() && profile.prepareSpeech) {
            // "Read-aloud ready": start the engine once the article is on screen, not before.
            QTimer::singleShot(1500, m_readAloud, &ReadAloudController::prepare);
        }
    }
    themeChanged();
    syncMenu();
}

void ComfortController::setTheme(const QString &id)
{
    m_style.setTheme(id);
    m_host.showStatus(tr("Colours: %1. Press %2 for the next colours.")
                          .arg(id == ReadingStyle::SystemTheme ? tr("Follow the system") : themeName(Theme::byId(id)),
                               QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T).toString(QKeySequence::NativeText)),
                      6000);
}

void ComfortController::cycleTheme()
{
    setTheme(m_style.nextThemeId());
}

ComfortDialog *ComfortController::openDialog(bool firstRun)
{
    if (m_dialog == nullptr) {
        m_dialog = new ComfortDialog({m_style, *m_profiles, m_host.repository()}, firstRun, m_host.window());
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &QDialog::finished, this, [this] {
            m_host.settings().setComfortFirstRunDone(true);
            m_host.settings().sync();
        });
    }
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
    return m_dialog;
}

void ComfortController::themeChanged()
{
    const QColor ink = QColor::fromRgb(m_style.theme().text);
    m_button->setIcon(GlyphIcon::make(GlyphIcon::Glyph::Comfort, ink));
    m_button->setStyleSheet(QStringLiteral("QToolButton::menu-indicator { image: none; width: 0; }"));
    m_readAloud->refreshIcons();
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
            ReadingStyle style = m_style.style();
            style.*field = value;
            m_style.setStyle(style);
        });
    }
}

void ComfortController::createMenu()
{
    m_menu = new QMenu(tr("&Comfort"), m_host.window());
    m_menu->setObjectName(QStringLiteral("comfortMenu"));
    m_host.addMenu(m_menu);

    QAction *settingsAction = m_menu->addAction(tr("Reading &comfort\u2026"), this, [this] { openDialog(false); });
    settingsAction->setObjectName(QStringLiteral("comfortSettings"));
    settingsAction->setStatusTip(tr("Choose text size, colours, spacing and read aloud, with a preview"));

    m_menu->addSection(tr("Profiles"));
    // Profiles sit in the menu itself, one click each.
    m_profileGroup = new QActionGroup(this);
    rebuildProfileMenu();

    // Short enough to fit an 800-pixel screen in one column: spacing and colours open to the side.
    m_menu->addSection(tr("Text and colours"));
    m_menu->addActions(m_host.textSizeActions());
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
        ReadingStyle style = m_style.style();
        style.font = on ? ReadingStyle::DyslexiaFont : QString();
        if (style != m_style.style()) {
            m_style.setStyle(style);
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
    m_host.window()->addAction(next);

    m_menu->addSection(tr("Read aloud"));
    m_listenAction = m_menu->addAction(tr("Show the Listen &button"));
    m_listenAction->setObjectName(QStringLiteral("comfortShowListen"));
    m_listenAction->setCheckable(true);
    connect(m_listenAction, &QAction::toggled, this, [this](bool on) { m_profiles->setShowListen(on); });
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
    m_bar = new QToolBar(tr("Reading"), m_host.window());
    m_bar->setObjectName(QStringLiteral("readingToolbar"));
    m_bar->setAccessibleName(tr("Reading comfort"));
    m_bar->setMovable(false);
    m_bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_bar->setIconSize(QSize(24, 24));
    m_host.addToolBarRow(m_bar);
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
    QList<QAction *> created;
    const auto all = m_profiles->all();
    for (const ComfortProfile &profile : all) {
        auto *action = new QAction(ComfortProfiles::displayName(profile), m_menu);
        action->setCheckable(true);
        action->setData(profile.id);
        action->setObjectName(QStringLiteral("profile-") + profile.id);
        connect(action, &QAction::triggered, this, [this, id = profile.id] { m_profiles->apply(id); });
        m_profileGroup->addAction(action);
        created << action;
    }
    if (m_saveProfileAction == nullptr) {
        m_menu->addActions(created);
        m_saveProfileAction = m_menu->addAction(tr("Sa&ve these settings as a profile\u2026"), this, [this] {
            bool ok = false;
            const QString name = QInputDialog::getText(m_host.window(), tr("Save comfort profile"),
                                                       tr("Name for this profile (for example \"Evening\"):"),
                                                       QLineEdit::Normal, QString(), &ok);
            if (ok && !m_profiles->save(name)) {
                m_host.showStatus(tr("Please choose a name that is not empty and not one of the built-in profiles."),
                                  8000);
            }
        });
        m_saveProfileAction->setObjectName(QStringLiteral("comfortSaveProfile"));
        m_deleteProfileAction = m_menu->addAction(tr("&Delete a profile\u2026"), this, [this] {
            QStringList names;
            const auto custom = m_profiles->custom();
            for (const ComfortProfile &profile : custom) {
                names << profile.name;
            }
            bool ok = false;
            const QString name = QInputDialog::getItem(m_host.window(), tr("Delete comfort profile"),
                                                       tr("Profile to delete:"), names, 0, false, &ok);
            if (ok) {
                m_profiles->remove(ComfortProfile::customId(name));
            }
        });
        m_deleteProfileAction->setObjectName(QStringLiteral("comfortDeleteProfile"));
    } else {
        m_menu->insertActions(m_saveProfileAction, created);
    }
    m_deleteProfileAction->setEnabled(!m_profiles->custom().isEmpty());
}

void ComfortController::syncMenu()
{
    if (m_menu == nullptr) {
        return;
    }
    const ReadingStyle current = m_style.style();
    auto check = [](QActionGroup *group, const QVariant &value) {
        for (QAction *action : group->actions()) {
            action->setChecked(action->data() == value);
        }
    };
    check(m_themeGroup, current.theme);
    check(m_themeBarGroup, m_style.theme().id); // the buttons show the colours in use, also when following the system
    check(m_lineGroup, current.lineHeightPercent);
    check(m_letterGroup, current.letterSpacing);
    check(m_wordGroup, current.wordSpacing);
    check(m_measureGroup, current.measure);
    check(m_profileGroup, m_profiles->currentId());
    if (m_profiles->currentId().isEmpty()) {
        for (QAction *action : m_profileGroup->actions()) {
            action->setChecked(false);
        }
    }
    const QSignalBlocker fontBlock(m_fontAction);
    m_fontAction->setChecked(current.font == ReadingStyle::DyslexiaFont);
    const QSignalBlocker listenBlock(m_listenAction);
    m_listenAction->setChecked(m_profiles->showListen());
}

} // namespace Myelin::Ui
