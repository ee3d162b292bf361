// SPDX-License-Identifier: GPL-3.0-or-later
#include "glossarypanel.h"

#include "core/bidi.h"
#include "core/contentrepository.h"

#include <QContextMenuEvent>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace Myelin::Ui {

namespace {
constexpr int SlugRole = Qt::UserRole + 1;
constexpr int SearchTextRole = Qt::UserRole + 2;
} // namespace

GlossaryPanel::GlossaryPanel(const ContentRepository &repository, QWidget *parent)
    : QWidget(parent), m_repository(repository), m_filter(new QLineEdit(this)), m_list(new QListView(this)),
      m_model(new QStandardItemModel(this)), m_proxy(new QSortFilterProxyModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_filter->setPlaceholderText(tr("Filter terms"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumHeight(36);
    m_filter->setAccessibleName(tr("Filter glossary terms"));
    m_filter->setAccessibleDescription(tr("Type part of a word to show only matching terms"));
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(SearchTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_list->setModel(m_proxy);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setWordWrap(true);
    m_list->setAccessibleName(tr("Glossary terms"));
    m_list->setAccessibleDescription(tr("Press Enter to read a term's definition"));
    m_filter->setFocusProxy(nullptr);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        if (m_proxy->rowCount() > 0) {
            emit termRequested(m_proxy->index(0, 0).data(SlugRole).toString());
        }
    });
    auto open = [this](const QModelIndex &index) {
        if (index.isValid()) {
            emit termRequested(index.data(SlugRole).toString());
        }
    };
    connect(m_list, &QListView::clicked, this, open);
    connect(m_list, &QListView::activated, this, open);
    m_list->installEventFilter(this);
}

void GlossaryPanel::addContextAction(QAction *action)
{
    m_contextActions << action;
}

bool GlossaryPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::ContextMenu) {
        const auto *menuEvent = static_cast<QContextMenuEvent *>(event);
        // From the keyboard: the current term; from the mouse: the one under the pointer.
        showContextMenu(menuEvent->reason() == QContextMenuEvent::Keyboard
                            ? QPoint()
                            : m_list->viewport()->mapFrom(m_list, menuEvent->pos()));
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

QMenu *GlossaryPanel::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = pos.isNull() ? m_list->currentIndex() : m_list->indexAt(pos);
    if (!index.isValid()) {
        return nullptr;
    }
    m_list->setCurrentIndex(index);
    const QString slug = index.data(SlugRole).toString();
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setAccessibleName(tr("Glossary term"));
    menu->addAction(tr("&Open"), this, [this, slug] { emit termRequested(slug); });
    emit contextMenuAboutToShow(slug);
    if (!m_contextActions.isEmpty()) {
        menu->addSeparator();
        menu->addActions(m_contextActions);
    }
    const QRect item = m_list->visualRect(index);
    const QPoint at = pos.isNull() ? item.bottomLeft() : pos;
    menu->popup(m_list->viewport()->mapToGlobal(at));
    return menu;
}

void GlossaryPanel::showEvent(QShowEvent *event)
{
    load();
    QWidget::showEvent(event);
}

void GlossaryPanel::load()
{
    if (m_loaded) {
        return;
    }
    m_loaded = true;
    for (const GlossaryTerm &term : m_repository.glossaryTerms()) {
        auto *item = new QStandardItem(Bidi::isolated(term.term));
        item->setData(term.term, Qt::AccessibleTextRole);
        item->setData(term.slug, SlugRole);
        item->setData(term.term + QLatin1Char(' ') + term.definition, SearchTextRole);
        item->setToolTip(term.definition);
        item->setData(term.definition, Qt::AccessibleDescriptionRole);
        m_model->appendRow(item);
    }
}

int GlossaryPanel::visibleCount() const
{
    return m_proxy->rowCount();
}

} // namespace Myelin::Ui
