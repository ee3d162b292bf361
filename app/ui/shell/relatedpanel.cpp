// SPDX-License-Identifier: GPL-3.0-or-later
#include "relatedpanel.h"

#include "core/bidi.h"
#include "relateditemdelegate.h"
#include "relativefont.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace Myelin::Ui {

namespace {
constexpr int SlugRole = Qt::UserRole + 1;
}

RelatedPanel::RelatedPanel(QWidget *parent) : QWidget(parent), m_list(new QListWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    auto *heading = new QLabel(tr("Related items"), this);
    setRelativeFont(heading, 1.15, true);
    heading->setBuddy(m_list);
    layout->addWidget(heading);
    layout->addWidget(m_list, 1);

    m_list->setItemDelegate(new RelatedItemDelegate(m_list));
    m_list->setWordWrap(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setSpacing(3);
    m_list->setUniformItemSizes(false);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setAccessibleName(tr("Related items"));
    m_list->setAccessibleDescription(tr("Articles related to the open one. Press Enter to open one."));
    connect(m_list, &QListWidget::itemClicked, this, &RelatedPanel::activate);
    connect(m_list, &QListWidget::itemActivated, this, &RelatedPanel::activate);
}

void RelatedPanel::setItems(const QList<ArticleRef> &items)
{
    if (items == m_items && m_list->count() == items.size()) {
        return;
    }
    m_items = items;
    m_list->clear();
    for (const ArticleRef &ref : items) {
        auto *item = new QListWidgetItem(Bidi::isolated(ref.title), m_list);
        item->setData(RelatedItemDelegate::TitleRole, Bidi::isolated(ref.title));
        item->setData(RelatedItemDelegate::SummaryRole, Bidi::isolated(ref.summary));
        item->setData(SlugRole, ref.slug);
        item->setToolTip(ref.summary);
        item->setData(Qt::AccessibleTextRole, ref.title);
        item->setData(Qt::AccessibleDescriptionRole, ref.summary);
    }
}

bool RelatedPanel::isEmpty() const
{
    return m_list->count() == 0;
}

void RelatedPanel::activate(QListWidgetItem *item)
{
    if (item != nullptr) {
        emit articleRequested(item->data(SlugRole).toString());
    }
}

} // namespace Myelin::Ui
