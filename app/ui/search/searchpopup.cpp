// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchpopup.h"

#include "searchresultdelegate.h"
#include "ui/shell/appstyle.h"

#include <QEvent>
#include <QListView>
#include <QScrollBar>
#include <QVBoxLayout>

namespace Myelin::Ui {

namespace {
constexpr int PreferredWidth = 520;
}

SearchPopup::SearchPopup(QWidget *window)
    : QFrame(window), m_model(new SearchResultsModel(this)), m_list(new QListView(this))
{
    setObjectName(QStringLiteral("searchPopup"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    setAccessibleName(tr("Search results"));

    m_list->setModel(m_model);
    m_list->setItemDelegate(new SearchResultDelegate(m_list));
    m_list->setFocusPolicy(Qt::NoFocus); // typing goes on in the search field
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(false);
    m_list->setResizeMode(QListView::Adjust); // re-wrap the snippets when the width changes
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setMouseTracking(true);
    m_list->setAccessibleName(tr("Search results"));
    m_list->setAccessibleDescription(tr("Use the Up and Down keys in the search field to choose, Enter to open."));
    m_list->setFrameShape(QFrame::NoFrame);
    connect(m_list, &QListView::clicked, this, [this](const QModelIndex &index) { emit entryActivated(index.row()); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(1, 1, 1, 1);
    layout->addWidget(m_list);
    hide();
    window->installEventFilter(this); // follow the window's size
}

void SearchPopup::setEntries(QList<SearchResultsModel::Entry> entries)
{
    m_model->setEntries(std::move(entries));
    if (isVisible()) {
        reposition();
    }
}

void SearchPopup::showBelow(QWidget *anchor)
{
    m_anchor = anchor;
    reposition();
    show();
    raise();
}

void SearchPopup::reposition()
{
    if (m_anchor == nullptr || parentWidget() == nullptr) {
        return;
    }
    QWidget *window = parentWidget();
    const QRect anchorRect(m_anchor->mapTo(window, QPoint(0, 0)), m_anchor->size());
    const int width = qMin(qMax(anchorRect.width(), PreferredWidth), window->width() - 16);
    // Right-aligned with the field when it sits on the right, never past the window's edges.
    int x = anchorRect.center().x() > window->width() / 2 ? anchorRect.right() + 1 - width : anchorRect.left();
    x = qBound(8, x, qMax(8, window->width() - width - 8));
    const int top = anchorRect.bottom() + 2;
    const int maxHeight = qMax(120, window->height() - top - 16);
    m_list->doItemsLayout();
    int contentHeight = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        contentHeight += m_list->sizeHintForRow(row);
    }
    // A list that fits shows no scroll bar (a one-line "Did you mean" had arrows beside it): room for
    // the frame and its focus ring on both sides, and no scroll bar unless the rows need it.
    const int needed = contentHeight + 2 * qMax(m_list->frameWidth(), FocusRingWidth) + 2;
    const int height = qMin(maxHeight, needed);
    m_list->setVerticalScrollBarPolicy(needed <= maxHeight ? Qt::ScrollBarAlwaysOff : Qt::ScrollBarAsNeeded);
    setGeometry(x, top, width, height);
}

void SearchPopup::moveSelection(int rows)
{
    const int count = m_model->rowCount();
    if (count == 0) {
        return;
    }
    int row = currentRow();
    const int step = rows > 0 ? 1 : -1;
    int remaining = qAbs(rows);
    int target = row;
    if (row < 0) {
        row = step > 0 ? -1 : count;
    }
    for (int r = row + step; r >= 0 && r < count && remaining > 0; r += step) {
        const auto *entry = m_model->entry(r);
        if (entry != nullptr && SearchResultsModel::isSelectable(entry->type)) {
            target = r;
            --remaining;
        }
    }
    if (target >= 0) {
        const QModelIndex index = m_model->index(target);
        m_list->setCurrentIndex(index);
        m_list->scrollTo(index);
    }
}

int SearchPopup::currentRow() const
{
    const QModelIndexList selected = m_list->selectionModel()->selectedIndexes();
    return selected.isEmpty() ? -1 : selected.first().row();
}

bool SearchPopup::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible()) {
        reposition();
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace Myelin::Ui
