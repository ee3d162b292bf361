// SPDX-License-Identifier: GPL-3.0-or-later
#include "comfortdialog.h"

#include "comfortpreview.h"
#include "comfortprofiles.h"
#include "core/contentrepository.h"
#include "ui/shell/readingstylecontroller.h"
#include "ui/shell/relativefont.h"
#include "userdata/settings.h"
#include "web/bundledfonts.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QCoreApplication>
#include <QGridLayout>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Myelin::Ui {

namespace {
QString choiceLabel(const char *label)
{
    return QCoreApplication::translate("Myelin::ReadingStyle", label);
}

void relabel(QPushButton *toggle)
{
    toggle->setText((toggle->isChecked() ? QStringLiteral("\u2611  ") : QStringLiteral("\u2610  ")) +
                    toggle->property("plainText").toString());
}

QLabel *rowLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}
} // namespace

ComfortDialog::ComfortDialog(const Context &context, bool firstRun, QWidget *parent)
    : QDialog(parent), m_style(context.style), m_profiles(context.profiles), m_firstRun(firstRun),
      m_before(context.style.style()), m_listenBefore(context.profiles.showListen()), m_profileRow(new QHBoxLayout),
      m_profileGroup(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("comfortDialog"));
    setWindowTitle(firstRun ? tr("Welcome to Myelin") : tr("Reading comfort"));
    setAccessibleName(windowTitle());
    setAccessibleDescription(tr("Choose the text size, colours, spacing and read aloud that suit you today"));

    auto *heading = new QLabel(firstRun ? tr("Make reading comfortable") : tr("Reading comfort"), this);
    setRelativeFont(heading, 1.5, true);
    heading->setAccessibleName(heading->text());
    auto *intro = new QLabel(firstRun ? tr("Choose what is easiest for your eyes today. The preview shows the "
                                           "change at once. You can change any of this later from the Comfort "
                                           "button in the toolbar or the Comfort menu.")
                                      : tr("Every change shows at once, in the preview and in the article."),
                             this);
    intro->setWordWrap(true);

    // One click for a whole set-up.
    auto *profileLabel = new QLabel(tr("Quick choices:"), this);
    m_profileGroup->setExclusive(true);
    rebuildProfiles();
    connect(&m_profiles, &ComfortProfiles::listChanged, this, &ComfortDialog::rebuildProfiles);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(8);
    int row = 0;
    grid->addWidget(profileLabel, row, 0);
    grid->addLayout(m_profileRow, row++, 1);

    m_smaller = makeButton(tr("A\u2212  Smaller"), tr("Make the text smaller"));
    m_larger = makeButton(tr("A+  Larger"), tr("Make the text larger"));
    m_size = new QLabel(this);
    m_size->setMinimumWidth(60);
    m_size->setAlignment(Qt::AlignCenter);
    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_smaller);
    sizeRow->addWidget(m_size);
    sizeRow->addWidget(m_larger);
    sizeRow->addStretch(1);
    grid->addWidget(rowLabel(tr("Text size:"), m_larger, this), row, 0);
    grid->addLayout(sizeRow, row++, 1);
    connect(m_smaller, &QPushButton::clicked, &m_style, [this] { m_style.changeFontSize(-1); });
    connect(m_larger, &QPushButton::clicked, &m_style, [this] { m_style.changeFontSize(+1); });

    m_theme = new QComboBox(this);
    m_theme->addItem(tr("Follow the system (light or dark)"), ReadingStyle::SystemTheme);
    for (const Theme &t : Theme::all()) {
        m_theme->addItem(QCoreApplication::translate("Myelin::Theme", t.name.toUtf8().constData()), t.id);
    }
    m_theme->setAccessibleName(tr("Colours"));
    m_theme->setToolTip(tr("Colours of the window and the article. Pictures keep their own colours."));
    connect(m_theme, &QComboBox::activated, this, [this](int index) {
        ReadingStyle style = m_style.style();
        style.theme = m_theme->itemData(index).toString();
        m_style.setStyle(style);
    });
    grid->addWidget(rowLabel(tr("Colours:"), m_theme, this), row, 0);
    grid->addWidget(m_theme, row++, 1);

    m_spacing = new QComboBox(this);
    for (const char *label : {QT_TR_NOOP("Normal"), QT_TR_NOOP("Wide"), QT_TR_NOOP("Extra wide")}) {
        m_spacing->addItem(tr(label));
    }
    m_spacing->setAccessibleName(tr("Spacing"));
    m_spacing->setToolTip(tr("Space between lines, letters and words"));
    connect(m_spacing, &QComboBox::activated, this, [this](int index) {
        if (index > 2) {
            return; // "Custom": set below
        }
        ReadingStyle style = m_style.style();
        style.setSpacingLevel(index);
        m_style.setStyle(style);
    });
    grid->addWidget(rowLabel(tr("Spacing:"), m_spacing, this), row, 0);
    grid->addWidget(m_spacing, row++, 1);

    if (!firstRun) {
        addChoiceRow(grid, row++, tr("Line spacing:"), tr("Line spacing"), ReadingStyle::lineHeightChoices(),
                     &ReadingStyle::lineHeightPercent);
        addChoiceRow(grid, row++, tr("Letter spacing:"), tr("Letter spacing"), ReadingStyle::letterSpacingChoices(),
                     &ReadingStyle::letterSpacing);
        addChoiceRow(grid, row++, tr("Word spacing:"), tr("Word spacing"), ReadingStyle::wordSpacingChoices(),
                     &ReadingStyle::wordSpacing);
        addChoiceRow(grid, row++, tr("Line length:"), tr("Line length"), ReadingStyle::measureChoices(),
                     &ReadingStyle::measure);
    }

    m_font = makeToggle(tr("Easier-to-read letters"), tr("OpenDyslexic: a font with heavier, more distinct letters"));
    m_font->setVisible(Web::BundledFonts::hasDyslexiaFont());
    connect(m_font, &QPushButton::toggled, this, [this](bool on) {
        ReadingStyle style = m_style.style();
        style.font = on ? ReadingStyle::DyslexiaFont : QString();
        m_style.setStyle(style);
    });
    grid->addWidget(m_font, row++, 1);

    m_listen = makeToggle(tr("Show the Listen button"),
                          tr("A Listen button in the toolbar reads the article aloud (Ctrl+Shift+L)"));
    connect(m_listen, &QPushButton::toggled, &m_profiles, &ComfortProfiles::setShowListen);
    grid->addWidget(m_listen, row++, 1);
    grid->setRowStretch(row, 1);

    auto *previewLabel = new QLabel(tr("Preview"), this);
    QFont previewFont = previewLabel->font();
    previewFont.setBold(true);
    previewLabel->setFont(previewFont);
    m_preview = new ComfortPreview(context.repository, context.repository.rootSlug(), this);
    auto *previewColumn = new QVBoxLayout;
    previewColumn->addWidget(previewLabel);
    if (m_preview != nullptr) {
        m_preview->setMinimumSize(420, 300);
        previewColumn->addWidget(m_preview, 1);
        m_preview->setReadingStyle(m_style.rootStyle(), m_style.theme().background);
    }

    auto *columns = new QHBoxLayout;
    columns->addLayout(grid, 0);
    columns->addSpacing(12);
    columns->addLayout(previewColumn, 1);

    auto *buttons = new QHBoxLayout;
    if (firstRun) {
        m_skip = makeButton(tr("Skip for now"), tr("Keep the usual settings and start reading"));
        connect(m_skip, &QPushButton::clicked, this, &ComfortDialog::skip);
        buttons->addWidget(m_skip);
    } else {
        QPushButton *save = makeButton(tr("Save as a profile\u2026"), tr("Keep these settings under a name"));
        connect(save, &QPushButton::clicked, this, [this] {
            bool ok = false;
            const QString name = QInputDialog::getText(this, tr("Save comfort profile"),
                                                       tr("Name for this profile (for example \"Evening\"):"),
                                                       QLineEdit::Normal, QString(), &ok);
            if (ok) {
                m_profiles.save(name);
            }
        });
        buttons->addWidget(save);
    }
    buttons->addStretch(1);
    m_done = makeButton(firstRun ? tr("Start reading") : tr("Close"),
                        firstRun ? tr("Keep these settings and start reading") : tr("Close this page"));
    m_done->setDefault(true);
    connect(m_done, &QPushButton::clicked, this, &QDialog::accept);
    buttons->addWidget(m_done);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(10);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addLayout(columns, 1);
    layout->addLayout(buttons);

    connect(&m_style, &ReadingStyleController::styleChanged, this, &ComfortDialog::refresh);
    connect(&m_profiles, &ComfortProfiles::changed, this, &ComfortDialog::refresh);
    refresh();
    resize(firstRun ? 980 : 1040, firstRun ? 600 : 700);
}

QPushButton *ComfortDialog::makeButton(const QString &text, const QString &description)
{
    auto *button = new QPushButton(text, this);
    button->setAutoDefault(false);
    button->setToolTip(description);
    button->setAccessibleName(text);
    button->setAccessibleDescription(description);
    button->setMinimumHeight(44);
    button->setMinimumWidth(44);
    return button;
}

// An on/off choice as a big button with a box drawn in its text (a check box only answers clicks on its
// small box and label).
QPushButton *ComfortDialog::makeToggle(const QString &text, const QString &description)
{
    QPushButton *button = makeButton(text, description);
    button->setCheckable(true);
    button->setStyleSheet(QStringLiteral("text-align: left; padding-left: 12px;"));
    button->setProperty("plainText", text);
    relabel(button);
    connect(button, &QPushButton::toggled, button, [button] { relabel(button); });
    return button;
}

QComboBox *ComfortDialog::addChoiceRow(QGridLayout *grid, int row, const QString &label, const QString &description,
                                       const QList<ReadingStyle::Choice> &choices, int ReadingStyle::*field)
{
    auto *box = new QComboBox(this);
    for (const ReadingStyle::Choice &choice : choices) {
        box->addItem(choiceLabel(choice.label), choice.value);
    }
    box->setAccessibleName(description);
    box->setToolTip(description);
    connect(box, &QComboBox::activated, this, [this, box, field](int index) {
        ReadingStyle style = m_style.style();
        style.*field = box->itemData(index).toInt();
        m_style.setStyle(style);
    });
    grid->addWidget(rowLabel(label, box, this), row, 0);
    grid->addWidget(box, row, 1);
    m_choiceBoxes.append({box, field});
    return box;
}

QList<QPushButton *> ComfortDialog::profileButtons() const
{
    QList<QPushButton *> out;
    for (QAbstractButton *button : m_profileGroup->buttons()) {
        out << static_cast<QPushButton *>(button);
    }
    return out;
}

void ComfortDialog::rebuildProfiles()
{
    for (QAbstractButton *button : m_profileGroup->buttons()) {
        m_profileGroup->removeButton(button);
        delete button;
    }
    const auto profiles = m_profiles.all();
    for (const ComfortProfile &profile : profiles) {
        const QString name =
            profile.builtIn ? QCoreApplication::translate("Myelin::ComfortProfile", profile.name.toUtf8().constData())
                            : profile.name;
        QString description;
        if (profile.id == QLatin1String("standard")) {
            description = tr("The usual text size, spacing and colours");
        } else if (profile.id == QLatin1String("tired-eyes")) {
            description = tr("Larger text, more space, shorter lines and a cream background");
        } else if (profile.id == QLatin1String("listen")) {
            description = tr("Larger text with the Listen button ready to read aloud");
        } else {
            description = tr("Your saved profile \"%1\"").arg(profile.name);
        }
        QPushButton *button = makeButton(name, description);
        button->setCheckable(true);
        button->setProperty("profileId", profile.id);
        connect(button, &QPushButton::clicked, this, [this, id = profile.id] { m_profiles.apply(id); });
        m_profileGroup->addButton(button);
        m_profileRow->addWidget(button);
    }
    refresh();
}

void ComfortDialog::refresh()
{
    if (m_theme == nullptr) {
        return; // still being built
    }
    const ReadingStyle style = m_style.style();
    {
        const QSignalBlocker block(m_theme);
        m_theme->setCurrentIndex(qMax(0, m_theme->findData(style.theme)));
    }
    {
        const QSignalBlocker block(m_spacing);
        const int level = style.spacingLevel();
        if (level < 0 && m_spacing->count() == 3) {
            m_spacing->addItem(tr("Custom"));
        } else if (level >= 0 && m_spacing->count() > 3) {
            m_spacing->removeItem(3);
        }
        m_spacing->setCurrentIndex(level < 0 ? 3 : level);
    }
    for (const auto &[box, field] : m_choiceBoxes) {
        const QSignalBlocker block(box);
        box->setCurrentIndex(qMax(0, box->findData(style.*field)));
    }
    {
        const QSignalBlocker block(m_font);
        m_font->setChecked(style.font == ReadingStyle::DyslexiaFont);
        relabel(m_font);
    }
    {
        const QSignalBlocker block(m_listen);
        m_listen->setChecked(m_profiles.showListen());
        relabel(m_listen);
    }
    m_size->setText(tr("%1%").arg(style.fontPercent));
    m_size->setAccessibleName(tr("Text size %1%").arg(style.fontPercent));
    m_smaller->setEnabled(style.fontPercent > Settings::FontSteps[0]);
    m_larger->setEnabled(style.fontPercent < Settings::FontSteps[std::size(Settings::FontSteps) - 1]);
    const QString profile = m_profiles.currentId();
    for (QAbstractButton *button : m_profileGroup->buttons()) {
        button->setChecked(button->property("profileId").toString() == profile);
    }
    if (profile.isEmpty()) {
        m_profileGroup->setExclusive(false);
        for (QAbstractButton *button : m_profileGroup->buttons()) {
            button->setChecked(false);
        }
        m_profileGroup->setExclusive(true);
    }
    if (m_preview != nullptr) {
        m_preview->setReadingStyle(m_style.rootStyle(), m_style.theme().background);
    }
}

void ComfortDialog::skip()
{
    m_profiles.setShowListen(m_listenBefore);
    m_style.setStyle(m_before);
    reject();
}

} // namespace Myelin::Ui
