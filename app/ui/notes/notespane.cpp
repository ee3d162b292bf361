// SPDX-License-Identifier: GPL-3.0-or-later
#include "notespane.h"

#include "highlightdialog.h"
#include "noteitemdelegate.h"
#include "notestext.h"
#include "ui/shell/buttonshelf.h"

#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Myelin::Ui {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
constexpr int SlugRole = Qt::UserRole + 2;
constexpr int ColourRole = Qt::UserRole + 3;
constexpr int QuoteLength = 160; // characters of a passage shown in the list; the rest in the tooltip
constexpr int NoteLength = 400;
} // namespace

NotesPane::NotesPane(QWidget *parent)
    : QWidget(parent), m_list(new QListWidget(this)), m_empty(new QLabel(this)),
      m_open(new QPushButton(tr("Open"), this)), m_edit(new QPushButton(tr("Edit\u2026"), this)),
      m_remove(new QPushButton(tr("Remove"), this)), m_undoStrip(new QWidget(this)), m_undoLabel(new QLabel(this)),
      m_undo(new QPushButton(tr("Undo"), this))
{
    setObjectName(QStringLiteral("notesPane"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);

    m_empty->setText(tr("No highlights yet. Select a passage in an article, right-click it and choose "
                        "Highlight\u2026 to keep it here with your own note."));
    m_empty->setWordWrap(true);
    m_empty->setAccessibleName(m_empty->text());
    layout->addWidget(m_empty);

    m_list->setItemDelegate(new NoteItemDelegate(m_list));
    m_list->setWordWrap(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setSpacing(2);
    m_list->setUniformItemSizes(false);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setAccessibleName(tr("Notes and highlights"));
    m_list->setAccessibleDescription(tr("Your highlights by article. Press Enter to show one in its article, "
                                        "Delete to remove it."));
    m_list->installEventFilter(this);
    m_list->setMinimumHeight(fontMetrics().lineSpacing() * 5);
    layout->addWidget(m_list, 1);
    setFocusProxy(m_list);

    auto *buttons = new ButtonShelf(this);
    m_open->setAccessibleName(tr("Open"));
    m_open->setAccessibleDescription(tr("Show the chosen highlight in its article"));
    m_edit->setAccessibleName(tr("Edit note"));
    m_edit->setAccessibleDescription(tr("Change the chosen highlight's note or colour"));
    m_remove->setAccessibleName(tr("Remove"));
    m_remove->setAccessibleDescription(tr("Remove the chosen highlight and its note (you can undo it)"));
    for (QPushButton *button : {m_open, m_edit, m_remove}) {
        button->setAutoDefault(false);
        buttons->addButton(button); // at a large text size, Edit and Remove fold into a More menu
    }
    layout->addWidget(buttons);

    // The Undo strip stays until it is used or another removal replaces it.
    auto *strip = new QVBoxLayout(m_undoStrip);
    strip->setContentsMargins(0, 4, 0, 0);
    m_undoLabel->setWordWrap(true);
    m_undo->setAccessibleDescription(tr("Bring back the highlight you removed"));
    m_undo->setAutoDefault(false);
    strip->addWidget(m_undoLabel);
    strip->addWidget(m_undo, 0, Qt::AlignLeft);
    m_undoStrip->hide();
    layout->addWidget(m_undoStrip);

    connect(m_list, &QListWidget::itemActivated, this, &NotesPane::activate);
    connect(m_list, &QListWidget::currentItemChanged, this, &NotesPane::updateButtons);
    connect(m_open, &QPushButton::clicked, this, [this] { activate(m_list->currentItem()); });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentHighlight()) {
            emit editRequested(id);
        }
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentHighlight()) {
            emit removeRequested(id);
        }
    });
    connect(m_undo, &QPushButton::clicked, this, &NotesPane::undoRequested);
    updateButtons();
}

void NotesPane::setShades(const QList<HighlightShade> &shades)
{
    m_shades = shades;
    refreshSwatches();
}

void NotesPane::refreshSwatches()
{
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        if (item->data(NoteItemDelegate::IsArticleRole).toBool()) {
            continue;
        }
        const QString colour = item->data(ColourRole).toString();
        HighlightShade shade = m_shades.value(0, HighlightShade{colour, 0xfff2a8, 0x1b1f24, 0x8a6d00});
        for (const HighlightShade &s : m_shades) {
            if (s.name == colour) {
                shade = s;
            }
        }
        item->setData(NoteItemDelegate::SwatchRole, QColor::fromRgb(shade.background));
        item->setData(NoteItemDelegate::EdgeRole, QColor::fromRgb(shade.edge));
    }
}

void NotesPane::setGroups(const QList<Group> &groups, const QHash<qint64, bool> &placed)
{
    const qint64 keepId = currentHighlight();
    const QString keepSlug = currentArticle();
    const bool hadFocus = m_list->hasFocus();
    const int keepRow = m_list->currentRow();
    m_list->clear();
    QListWidgetItem *current = nullptr;
    for (const Group &group : groups) {
        auto *heading = new QListWidgetItem(m_list);
        const QString gone = group.inLibrary ? QString() : tr("No longer in the library");
        heading->setData(NoteItemDelegate::IsArticleRole, true);
        heading->setData(NoteItemDelegate::HeadingRole, group.title);
        heading->setData(NoteItemDelegate::StatusRole, gone);
        heading->setData(SlugRole, group.slug);
        heading->setText(group.title);
        const QString headingName = group.inLibrary ? group.title : tr("%1, no longer in the library").arg(group.title);
        heading->setData(Qt::AccessibleTextRole, headingName);
        heading->setData(Qt::AccessibleDescriptionRole,
                         group.inLibrary ? tr("Article. Press Enter to open it.")
                                         : tr("This article is not in this version of the library. Your "
                                              "highlights and notes on it are kept."));
        heading->setToolTip(headingName);
        if (keepId == 0 && group.slug == keepSlug) {
            current = heading;
        }
        for (const Highlight &h : group.highlights) {
            auto *item = new QListWidgetItem(m_list);
            const QString shortQuote = NotesText::elided(h.quote, QuoteLength);
            const auto known = placed.constFind(h.id);
            const bool notPlaced = group.inLibrary && known != placed.constEnd() && !known.value();
            const QString status = notPlaced ? tr("Could not be placed") : QString();
            item->setData(IdRole, h.id);
            item->setData(SlugRole, group.slug);
            item->setData(ColourRole, h.colour);
            item->setData(NoteItemDelegate::HeadingRole, NotesText::quoted(shortQuote));
            item->setData(NoteItemDelegate::NoteRole, NotesText::elided(h.note, NoteLength));
            item->setData(NoteItemDelegate::StatusRole, status);
            item->setText(NotesText::quoted(shortQuote));
            QStringList name{shortQuote};
            if (!h.note.isEmpty()) {
                name << tr("Note: %1").arg(NotesText::elided(h.note, NoteLength));
            }
            if (notPlaced) {
                name << status;
            }
            item->setData(Qt::AccessibleTextRole, name.join(QStringLiteral(". ")));
            QString description = tr("%1 highlight in %2: %3")
                                      .arg(HighlightDialog::colourLabel(h.colour), group.title, h.quote.simplified());
            if (notPlaced) {
                description += QLatin1Char(' ') + tr("The passage has changed since you marked it, so it is not "
                                                     "shown in the article. Your quote is kept.");
            }
            item->setData(Qt::AccessibleDescriptionRole, description);
            QString tip = NotesText::quoted(h.quote.simplified());
            if (!h.note.isEmpty()) {
                tip += QStringLiteral("\n\n") + h.note;
            }
            if (notPlaced) {
                tip += QStringLiteral("\n\n") + status;
            }
            item->setToolTip(tip);
            if (h.id == keepId) {
                current = item;
            }
        }
    }
    refreshSwatches();
    m_empty->setVisible(groups.isEmpty());
    if (current == nullptr && m_list->count() > 0) {
        // The removed row's neighbour, so Delete can be pressed again.
        current = m_list->item(qBound(0, keepRow, m_list->count() - 1));
    }
    m_list->setCurrentItem(current);
    if (hadFocus) {
        m_list->setFocus();
    }
    updateButtons();
}

qint64 NotesPane::currentHighlight() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item != nullptr ? item->data(IdRole).toLongLong() : 0;
}

QString NotesPane::currentArticle() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item != nullptr ? item->data(SlugRole).toString() : QString();
}

bool NotesPane::selectHighlight(qint64 id)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(IdRole).toLongLong() == id) {
            m_list->setCurrentRow(row);
            m_list->scrollToItem(m_list->item(row));
            return true;
        }
    }
    return false;
}

void NotesPane::showUndo(const QString &message)
{
    m_undoLabel->setText(message);
    m_undoLabel->setAccessibleName(message);
    m_undo->setAccessibleName(tr("Undo"));
    m_undoStrip->show();
}

void NotesPane::hideUndo()
{
    m_undoStrip->hide();
}

void NotesPane::activate(QListWidgetItem *item)
{
    if (item == nullptr) {
        return;
    }
    if (item->data(NoteItemDelegate::IsArticleRole).toBool()) {
        emit articleActivated(item->data(SlugRole).toString());
    } else {
        emit highlightActivated(item->data(IdRole).toLongLong());
    }
}

void NotesPane::updateButtons()
{
    const bool highlight = currentHighlight() != 0;
    m_open->setEnabled(m_list->currentItem() != nullptr);
    m_edit->setEnabled(highlight);
    m_remove->setEnabled(highlight);
}

void NotesPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange) {
        // Room for a highlight or two at any text size.
        m_list->setMinimumHeight(fontMetrics().lineSpacing() * 5);
    }
    QWidget::changeEvent(event);
}

bool NotesPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Delete && key->modifiers() == Qt::NoModifier) {
            if (const qint64 id = currentHighlight()) {
                emit removeRequested(id);
                return true;
            }
        }
        if (key->matches(QKeySequence::Undo) && !m_undoStrip->isHidden()) {
            emit undoRequested();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Myelin::Ui
