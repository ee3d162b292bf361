// SPDX-License-Identifier: GPL-3.0-or-later
#include "highlightdialog.h"

#include "notestext.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace Myelin::Ui {

namespace {
// A swatch for a button: the shade with its edge line under it, as the article draws it.
QIcon swatchIcon(const HighlightShade &shade, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor::fromRgb(shade.edge), qMax(2, size / 10)));
    painter.setBrush(QColor::fromRgb(shade.background));
    const int inset = qMax(2, size / 10);
    painter.drawRoundedRect(QRectF(inset, inset, size - 2 * inset, size - 2 * inset), 3, 3);
    return QIcon(pixmap);
}
} // namespace

QString HighlightDialog::colourLabel(const QString &name)
{
    if (name == QLatin1String("yellow")) {
        return tr("Yellow");
    }
    if (name == QLatin1String("green")) {
        return tr("Green");
    }
    if (name == QLatin1String("blue")) {
        return tr("Blue");
    }
    if (name == QLatin1String("pink")) {
        return tr("Pink");
    }
    return name;
}

HighlightDialog::HighlightDialog(Mode mode, const QString &quote, const QList<HighlightShade> &shades, QWidget *parent)
    : QDialog(parent), m_group(new QButtonGroup(this)), m_note(new QPlainTextEdit(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("highlightDialog"));
    setWindowTitle(mode == Mode::New ? tr("Highlight") : tr("Edit Note"));
    setAccessibleName(windowTitle());
    auto *layout = new QVBoxLayout(this);

    auto *passage = new QLabel(NotesText::quoted(NotesText::elided(quote, 240)), this);
    passage->setWordWrap(true);
    passage->setTextFormat(Qt::PlainText);
    passage->setToolTip(quote);
    passage->setAccessibleName(tr("Passage: %1").arg(NotesText::elided(quote, 240)));
    passage->setAccessibleDescription(quote);
    layout->addWidget(passage);

    auto *colourHeading = new QLabel(tr("Colour"), this);
    layout->addWidget(colourHeading);
    auto *colours = new QGridLayout;
    const int iconSize = fontMetrics().height() + 8;
    for (int i = 0; i < shades.size(); ++i) {
        const HighlightShade &shade = shades.at(i);
        auto *button = new QPushButton(swatchIcon(shade, iconSize), colourLabel(shade.name), this);
        button->setCheckable(true);
        button->setIconSize(QSize(iconSize, iconSize));
        button->setMinimumHeight(qMax(56, iconSize + 20));
        button->setProperty("colour", shade.name);
        button->setAccessibleName(colourLabel(shade.name));
        button->setAccessibleDescription(tr("Highlight colour. Use the arrow keys to choose another."));
        button->setAutoDefault(false);
        button->installEventFilter(this);
        m_group->addButton(button, i);
        m_colourButtons.append(button);
        colours->addWidget(button, i / 2, i % 2);
    }
    m_group->setExclusive(true);
    layout->addLayout(colours);
    if (!m_colourButtons.isEmpty()) {
        m_colourButtons.first()->setChecked(true);
    }

    auto *noteLabel = new QLabel(tr("&Note (optional)"), this);
    noteLabel->setBuddy(m_note);
    layout->addWidget(noteLabel);
    m_note->setTabChangesFocus(true);
    m_note->setAccessibleName(tr("Note (optional)"));
    m_note->setAccessibleDescription(tr("Your own words about this passage. Ctrl+Enter saves."));
    m_note->setMinimumHeight(fontMetrics().lineSpacing() * 4 + 12);
    layout->addWidget(m_note, 1);

    saveButton()->setAccessibleName(tr("Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        connect(new QShortcut(keys, this), &QShortcut::activated, this, &QDialog::accept);
    }
    // A new highlight starts at its colour (Enter saves it at once); an edit starts in the note.
    if (mode == Mode::Edit) {
        m_note->setFocus();
    } else if (!m_colourButtons.isEmpty()) {
        m_colourButtons.first()->setFocus();
    }
    saveButton()->setDefault(true);
    setMinimumWidth(qMin(fontMetrics().averageCharWidth() * 48, 900));
}

QPushButton *HighlightDialog::saveButton() const
{
    return m_buttons->button(QDialogButtonBox::Save);
}

QString HighlightDialog::colour() const
{
    QAbstractButton *checked = m_group->checkedButton();
    return checked != nullptr ? checked->property("colour").toString() : QString();
}

void HighlightDialog::setColour(const QString &name)
{
    for (QPushButton *button : m_colourButtons) {
        if (button->property("colour").toString() == name) {
            button->setChecked(true);
        }
    }
}

QString HighlightDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

void HighlightDialog::setNote(const QString &note)
{
    m_note->setPlainText(note);
    m_note->moveCursor(QTextCursor::End);
}

bool HighlightDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Radio buttons' keys: an arrow key moves to the next colour and chooses it.
    auto *button = qobject_cast<QPushButton *>(watched);
    if (button != nullptr && event->type() == QEvent::KeyPress && m_colourButtons.contains(button)) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        int step = 0;
        if (key == Qt::Key_Right || key == Qt::Key_Down) {
            step = 1;
        } else if (key == Qt::Key_Left || key == Qt::Key_Up) {
            step = -1;
        }
        if (step != 0) {
            const int count = int(m_colourButtons.size());
            QPushButton *next = m_colourButtons.at((m_colourButtons.indexOf(button) + step + count) % count);
            next->setChecked(true);
            next->setFocus(Qt::TabFocusReason);
            return true;
        }
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            button->setChecked(true);
            accept();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace Myelin::Ui
