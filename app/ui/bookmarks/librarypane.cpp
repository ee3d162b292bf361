// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarypane.h"

#include "bookmarkspage.h"
#include "historypage.h"
#include "ui/shell/flowlayout.h"

#include <QButtonGroup>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Myelin::Ui {

LibraryPane::LibraryPane(BookmarksPage *bookmarks, HistoryPage *history, QWidget *parent)
    : QWidget(parent), m_bookmarks(bookmarks), m_history(history),
      m_bookmarksButton(new QPushButton(tr("Bookmarks"), this)), m_historyButton(new QPushButton(tr("History"), this)),
      m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("libraryPane"));
    setAccessibleName(tr("Bookmarks and history"));
    m_bookmarksButton->setObjectName(QStringLiteral("showBookmarksPage"));
    m_bookmarksButton->setAccessibleName(tr("Bookmarks: show your bookmarks"));
    m_bookmarksButton->setToolTip(tr("Show your bookmarks"));
    m_historyButton->setObjectName(QStringLiteral("showHistoryPage"));
    m_historyButton->setAccessibleName(tr("History: show the pages you read, by day"));
    m_historyButton->setToolTip(tr("Show the pages you read, by day"));
    auto *group = new QButtonGroup(this);
    group->setExclusive(true);
    for (QPushButton *button : {m_bookmarksButton, m_historyButton}) {
        button->setCheckable(true);
        button->setAutoDefault(false);
        group->addButton(button);
    }
    m_stack->addWidget(bookmarks);
    m_stack->addWidget(history);
    connect(m_bookmarksButton, &QPushButton::clicked, this, [this] { showPage(Page::Bookmarks); });
    connect(m_historyButton, &QPushButton::clicked, this, [this] { showPage(Page::History); });

    auto *switcher = new FlowLayout;
    switcher->setSpacing(6);
    switcher->setLineSpacing(6);
    switcher->addWidget(m_bookmarksButton);
    switcher->addWidget(m_historyButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 6, 4, 0);
    layout->setSpacing(0);
    layout->addLayout(switcher);
    layout->addWidget(m_stack, 1);
    showPage(Page::Bookmarks);
}

void LibraryPane::showPage(Page page)
{
    QWidget *widget = page == Page::Bookmarks ? static_cast<QWidget *>(m_bookmarks) : m_history;
    m_stack->setCurrentWidget(widget);
    pageButton(page)->setChecked(true);
    setFocusProxy(widget); // F6 and the side tab's focus go to the page's list
}

LibraryPane::Page LibraryPane::currentPage() const
{
    return m_stack->currentWidget() == m_history ? Page::History : Page::Bookmarks;
}

QPushButton *LibraryPane::pageButton(Page page) const
{
    return page == Page::Bookmarks ? m_bookmarksButton : m_historyButton;
}

} // namespace Myelin::Ui
