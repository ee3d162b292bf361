// SPDX-License-Identifier: GPL-3.0-or-later
#include "questionspane.h"

#include "questiondelegate.h"
#include "questionorigin.h"
#include "ui/shell/flowlayout.h"
#include "userdata/questionstore.h"

#include <QAction>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace Myelin::Ui {

namespace {

constexpr int TargetSize = 44;

QPushButton *button(const QString &text, const QString &name, const QString &tip, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setAccessibleName(name);
    b->setToolTip(tip);
    b->setMinimumHeight(TargetSize);
    b->setAutoDefault(false);
    return b;
}

QLabel *wrapping(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QWidget *row(QWidget *parent, const QList<QWidget *> &widgets)
{
    auto *holder = new QWidget(parent);
    auto *flow = new FlowLayout(holder);
    flow->setContentsMargins(0, 0, 0, 0);
    for (QWidget *widget : widgets) {
        widget->setParent(holder);
        flow->addWidget(widget);
    }
    return holder;
}

} // namespace

QuestionsPane::QuestionsPane(QuestionStore &store, const ContentRepository &repository, QWidget *parent)
    : QWidget(parent), m_store(store), m_repository(repository),
      m_intro(wrapping(tr("Questions to ask at your next appointment."), this)), m_field(new QLineEdit(this)),
      m_add(button(tr("&Add"), tr("Add question"), tr("Add the question typed above to the end of the list"), this)),
      m_empty(wrapping(tr("No questions yet. Type one above, or right-click in an article and choose \"Add to My "
                          "Questions\"."),
                       this)),
      m_list(new QListView(this)), m_model(new QStandardItemModel(this)),
      m_up(button(tr("Move &Up"), tr("Move up"), tr("Move the chosen question one place earlier (Ctrl+Up)"), this)),
      m_down(
          button(tr("Move Do&wn"), tr("Move down"), tr("Move the chosen question one place later (Ctrl+Down)"), this)),
      m_edit(button(tr("&Edit\u2026"), tr("Edit"), tr("Change the chosen question's words (F2)"), this)),
      m_delete(button(tr("&Delete"), tr("Delete"), tr("Delete the chosen question; you can undo it"), this)),
      m_open(button(tr("&Open Page"), tr("Open page"), tr("Open the page the question came from (Enter)"), this)),
      m_undoStrip(new QWidget(this)), m_undoLabel(wrapping(QString(), m_undoStrip)),
      m_undo(button(tr("&Undo"), tr("Undo"), tr("Put the deleted question back (Ctrl+Z)"), m_undoStrip)),
      m_dismiss(button(tr("Dismiss"), tr("Dismiss"), tr("Hide this message; the question stays deleted"), m_undoStrip)),
      m_print(button(tr("&Print\u2026"), tr("Print my questions"),
                     tr("Print your questions on one page in large print, with space for the answers"), this)),
      m_pdf(button(tr("Save as P&DF\u2026"), tr("Save my questions as PDF"), tr("Save the same page as a PDF file"),
                   this)),
      m_printNote(wrapping(tr("Tick a question off when it has been answered: ticked ones are left out when you "
                              "print."),
                           this))
{
    setObjectName(QStringLiteral("questionsPane"));
    setAccessibleName(tr("Questions"));
    // Everything scrolls together, so the list keeps a useful height at any text size.
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Never sideways: the words wrap, the buttons flow onto more lines, and the pane scrolls down.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *content = new QWidget(scroll);
    content->setMinimumWidth(1); // as wide as the pane, never wider: its widest button does not widen it
    scroll->setWidget(content);
    outer->addWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4); // the widest button fits a narrow pane at large text
    layout->addWidget(m_intro);

    m_field->setPlaceholderText(tr("Type a question"));
    m_field->setAccessibleName(tr("Type a question"));
    m_field->setAccessibleDescription(tr("Enter adds it to the end of the list"));
    m_field->setMinimumHeight(TargetSize);
    m_field->setClearButtonEnabled(true);
    layout->addWidget(m_field);
    layout->addWidget(row(this, {m_add}));
    connect(m_field, &QLineEdit::returnPressed, this, &QuestionsPane::addTyped);
    connect(m_add, &QPushButton::clicked, this, &QuestionsPane::addTyped);
    connect(m_field, &QLineEdit::textChanged, this, &QuestionsPane::updateButtons);

    m_empty->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_empty);
    m_list->setModel(m_model);
    m_list->setItemDelegate(new QuestionDelegate(m_list));
    m_list->setAccessibleName(tr("My questions"));
    m_list->setAccessibleDescription(tr(
        "Space ticks a question off, Enter opens its page, F2 edits, Delete deletes, Ctrl+Up and Ctrl+Down move it"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setDragEnabled(false);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setWordWrap(true);
    m_list->setUniformItemSizes(false);
    m_list->setResizeMode(QListView::Adjust); // rows wrap again when the pane is resized
    m_list->installEventFilter(this);
    // Room for three or four questions with their sources; the pane scrolls when it is smaller.
    m_list->setMinimumHeight(m_list->fontMetrics().lineSpacing() * 11);
    layout->addWidget(m_list, 1);
    connect(m_list, &QListView::activated, this, [this] { openCurrent(); });
    connect(m_model, &QStandardItemModel::itemChanged, this, [this](QStandardItem *item) { itemChanged(item->row()); });

    layout->addWidget(row(this, {m_up, m_down, m_edit, m_delete, m_open}));
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(+1); });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentId()) {
            emit editRequested(id);
        }
    });
    connect(m_delete, &QPushButton::clicked, this, &QuestionsPane::deleteCurrent);
    connect(m_open, &QPushButton::clicked, this, &QuestionsPane::openCurrent);

    // "Deleted ..." with Undo: stays until dismissed or the next change.
    m_undoStrip->setObjectName(QStringLiteral("questionsUndoStrip"));
    m_undoStrip->setAutoFillBackground(true);
    m_undoStrip->setBackgroundRole(QPalette::AlternateBase);
    auto *strip = new QVBoxLayout(m_undoStrip);
    m_undoLabel->setAccessibleName(tr("Deleted question"));
    strip->addWidget(m_undoLabel);
    strip->addWidget(row(m_undoStrip, {m_undo, m_dismiss}));
    m_undoStrip->setVisible(false);
    layout->addWidget(m_undoStrip);
    connect(m_undo, &QPushButton::clicked, this, &QuestionsPane::undo);
    connect(m_dismiss, &QPushButton::clicked, this, &QuestionsPane::dismissUndo);
    auto *undoKey = new QShortcut(QKeySequence::Undo, this, this, &QuestionsPane::undo);
    undoKey->setContext(Qt::WidgetWithChildrenShortcut);

    layout->addWidget(row(this, {m_print, m_pdf}));
    m_printNote->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_printNote);
    m_print->setEnabled(false);
    m_pdf->setEnabled(false);

    connect(&m_store, &QuestionStore::changed, this, &QuestionsPane::reload);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &QuestionsPane::updateButtons);
    reload();
}

void QuestionsPane::setPrintActions(QAction *print, QAction *pdf)
{
    for (auto [b, action] : {std::pair{m_print, print}, std::pair{m_pdf, pdf}}) {
        disconnect(b, &QPushButton::clicked, nullptr, nullptr);
        if (action != nullptr) {
            connect(b, &QPushButton::clicked, action, &QAction::trigger);
        }
    }
    m_print->setProperty("available", print != nullptr);
    m_pdf->setProperty("available", pdf != nullptr);
    updateButtons();
}

qint64 QuestionsPane::currentId() const
{
    const QModelIndex index = m_list->currentIndex();
    return index.isValid() ? index.data(IdRole).toLongLong() : 0;
}

bool QuestionsPane::select(qint64 id)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        if (index.data(IdRole).toLongLong() == id) {
            m_list->setCurrentIndex(index);
            m_list->scrollTo(index);
            return true;
        }
    }
    return false;
}

void QuestionsPane::reload()
{
    const qint64 current = currentId();
    const int currentRow = m_list->currentIndex().row();
    m_reloading = true;
    m_model->clear();
    for (const Question &q : m_store.questions()) {
        auto *item = new QStandardItem(q.text);
        item->setData(q.id, IdRole);
        const QString source = QuestionOrigin::describe(m_repository, q);
        item->setData(source, QuestionDelegate::SourceRole);
        item->setCheckable(true);
        item->setCheckState(q.done ? Qt::Checked : Qt::Unchecked);
        item->setEditable(false);
        item->setDragEnabled(false);
        item->setDropEnabled(false);
        // What a screen reader says: the question, where it came from, and whether it is done.
        item->setData(QStringList{q.text, source, q.done ? tr("Ticked off") : QString()}
                          .join(QStringLiteral(". "))
                          .replace(QStringLiteral(". . "), QStringLiteral(". ")),
                      Qt::AccessibleTextRole);
        item->setToolTip(source.isEmpty() ? q.text : q.text + QLatin1Char('\n') + source);
        m_model->appendRow(item);
    }
    m_reloading = false;
    if (!select(current) && m_model->rowCount() > 0 && currentRow >= 0) {
        // The current one was deleted: its neighbour, so the keyboard stays in the list.
        m_list->setCurrentIndex(m_model->index(qMin(currentRow, m_model->rowCount() - 1), 0));
    }
    m_empty->setVisible(m_model->rowCount() == 0);
    updateButtons();
}

void QuestionsPane::updateButtons()
{
    const QModelIndex index = m_list->currentIndex();
    const bool chosen = index.isValid();
    m_add->setEnabled(!m_field->text().trimmed().isEmpty());
    m_up->setEnabled(chosen && index.row() > 0);
    m_down->setEnabled(chosen && index.row() < m_model->rowCount() - 1);
    m_edit->setEnabled(chosen);
    m_delete->setEnabled(chosen);
    bool page = false;
    if (chosen) {
        if (const auto q = m_store.question(currentId())) {
            page = !QuestionOrigin::pageUrl(m_repository, *q).isEmpty();
        }
    }
    m_open->setEnabled(page);
    bool open = false;
    for (int row = 0; row < m_model->rowCount() && !open; ++row) {
        open = m_model->item(row)->checkState() != Qt::Checked;
    }
    m_print->setEnabled(open && m_print->property("available").toBool());
    m_pdf->setEnabled(open && m_pdf->property("available").toBool());
}

void QuestionsPane::forgetUndo()
{
    m_removed.reset();
    m_undoStrip->setVisible(false);
}

qint64 QuestionsPane::addTyped()
{
    const QString text = m_field->text().simplified();
    if (text.isEmpty()) {
        return 0;
    }
    forgetUndo();
    const qint64 id = m_store.addQuestion(text);
    if (id == 0) {
        emit message(tr("The question could not be saved."));
        return 0;
    }
    m_field->clear();
    select(id);
    emit message(tr("Added to your questions."));
    return id;
}

void QuestionsPane::moveCurrent(int delta)
{
    const qint64 id = currentId();
    if (id == 0) {
        return;
    }
    forgetUndo();
    m_store.moveQuestion(id, delta);
    select(id);
    updateButtons();
}

void QuestionsPane::setCurrentDone(bool done)
{
    const qint64 id = currentId();
    if (id != 0) {
        forgetUndo();
        m_store.setDone(id, done);
        select(id);
    }
}

void QuestionsPane::itemChanged(int row)
{
    if (m_reloading) {
        return;
    }
    QStandardItem *item = m_model->item(row);
    if (item == nullptr) {
        return;
    }
    const qint64 id = item->data(IdRole).toLongLong();
    const bool done = item->checkState() == Qt::Checked;
    forgetUndo();
    m_list->setCurrentIndex(item->index());
    // The store's changed() reloads the list; do it after this signal has returned.
    QMetaObject::invokeMethod(
        this,
        [this, id, done] {
            m_store.setDone(id, done);
            select(id);
        },
        Qt::QueuedConnection);
}

void QuestionsPane::deleteCurrent()
{
    const qint64 id = currentId();
    if (id == 0) {
        return;
    }
    std::optional<Question> removed = m_store.removeQuestion(id);
    if (!removed) {
        emit message(tr("The question could not be deleted."));
        return;
    }
    m_removed = removed;
    m_undoLabel->setText(tr("Deleted: %1").arg(QuestionOrigin::quoted(removed->text)));
    m_undoStrip->setVisible(true);
    emit message(tr("Question deleted. Undo puts it back."));
}

void QuestionsPane::undo()
{
    if (!m_removed) {
        return;
    }
    const Question question = *m_removed;
    if (!m_store.restoreQuestion(question)) {
        emit message(tr("The question could not be put back."));
        return;
    }
    forgetUndo();
    select(question.id);
    m_list->setFocus(Qt::OtherFocusReason);
    emit message(tr("Question put back."));
}

void QuestionsPane::dismissUndo()
{
    forgetUndo();
    m_list->setFocus(Qt::OtherFocusReason);
}

void QuestionsPane::openCurrent()
{
    const auto q = m_store.question(currentId());
    if (!q) {
        return;
    }
    const QUrl url = QuestionOrigin::pageUrl(m_repository, *q);
    if (!url.isEmpty()) {
        emit openRequested(url);
    } else if (QuestionOrigin::hasPage(*q)) {
        emit message(
            tr("\u201C%1\u201D is no longer in the library.").arg(QuestionOrigin::pageTitle(m_repository, *q)));
    } else {
        emit message(tr("This question was typed, not added from a page."));
    }
}

bool QuestionsPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool ctrl = key->modifiers() & Qt::ControlModifier;
        if (ctrl && key->key() == Qt::Key_Up) {
            moveCurrent(-1);
            return true;
        }
        if (ctrl && key->key() == Qt::Key_Down) {
            moveCurrent(+1);
            return true;
        }
        if (key->matches(QKeySequence::Undo)) {
            undo();
            return true;
        }
        if (key->key() == Qt::Key_Delete && key->modifiers() == Qt::NoModifier) {
            deleteCurrent();
            return true;
        }
        if (key->key() == Qt::Key_F2) {
            if (const qint64 id = currentId()) {
                emit editRequested(id);
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Myelin::Ui
