// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchresultspanel.h"

#include "searchresultdelegate.h"

#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

namespace Myelin::Ui {

SearchResultsPanel::SearchResultsPanel(QWidget *parent)
    : QWidget(parent), m_heading(new QLabel(this)), m_model(new SearchResultsModel(this)), m_list(new QListView(this))
{
    setObjectName(QStringLiteral("searchResultsPanel"));
    setAccessibleName(tr("All search results"));
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setAccessibleName(tr("Search results summary"));
    m_heading->setContentsMargins(8, 8, 8, 4);

    m_list->setModel(m_model);
    m_list->setItemDelegate(new SearchResultDelegate(m_list));
    m_list->setUniformItemSizes(false);
    m_list->setResizeMode(QListView::Adjust); // re-wrap the snippets when the width changes
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAccessibleName(tr("All search results"));
    m_list->setAccessibleDescription(
        tr("Articles, glossary terms, timeline events and your own notes and questions. Press Enter to open one."));
    m_list->installEventFilter(this);
    connect(m_list, &QListView::clicked, this, &SearchResultsPanel::activate);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_heading);
    layout->addWidget(m_list, 1);
}

void SearchResultsPanel::showResults(const QString &query, const QList<SearchResultsModel::Entry> &entries, int total,
                                     const QString &suggestion)
{
    if (total == 0) {
        m_heading->setText(tr("No results for \u201C%1\u201D.").arg(query));
    } else {
        m_heading->setText(tr("%n results for \u201C%1\u201D", nullptr, int(total)).arg(query));
    }
    QList<SearchResultsModel::Entry> rows;
    if (!suggestion.isEmpty()) {
        rows.append({SearchResultsModel::EntryType::Suggestion, {}, suggestion});
    }
    rows += entries;
    m_model->setEntries(rows);
    // Start on the first result, so Enter or the arrow keys work at once.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const auto type = m_model->entry(row)->type;
        if (type == SearchResultsModel::EntryType::Hit || type == SearchResultsModel::EntryType::OwnWords) {
            m_list->setCurrentIndex(m_model->index(row));
            break;
        }
    }
}

void SearchResultsPanel::activate(const QModelIndex &index)
{
    const auto *entry = m_model->entry(index.row());
    if (entry == nullptr) {
        return;
    }
    if (entry->type == SearchResultsModel::EntryType::Hit || entry->type == SearchResultsModel::EntryType::Definition) {
        emit hitActivated(entry->hit);
    } else if (entry->type == SearchResultsModel::EntryType::Suggestion) {
        emit suggestionActivated(entry->text);
    } else if (entry->type == SearchResultsModel::EntryType::OwnWords) {
        emit ownWordsActivated(entry->own);
    }
}

bool SearchResultsPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            activate(m_list->currentIndex());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Myelin::Ui
