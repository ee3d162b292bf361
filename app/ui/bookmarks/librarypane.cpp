// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarypane.h"

#include "bookmarkspage.h"
#include "historypage.h"

#include <QStackedWidget>
#include <QTabBar>
#include <QVBoxLayout>

namespace Myelin::Ui {

LibraryPane::LibraryPane(BookmarksPage *bookmarks, HistoryPage *history, QWidget *parent)
    : QWidget(parent), m_bookmarks(bookmarks), m_history(history), m_switcher(new QTabBar(this)),
      m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("libraryPane"));
    setAccessibleName(tr("Bookmarks and history"));
    m_switcher->setObjectName(QStringLiteral("libraryPages"));
    m_switcher->setAccessibleName(tr("Bookmarks or history"));
    m_switcher->setDocumentMode(true);
    m_switcher->setExpanding(false);
    m_switcher->setUsesScrollButtons(true);
    m_switcher->addTab(tr("Bookmarks"));
    m_switcher->setTabToolTip(0, tr("Your bookmarks (Ctrl+Shift+B)"));
    m_switcher->addTab(tr("History"));
    m_switcher->setTabToolTip(1, tr("The pages you read, by day (Ctrl+H)"));
    m_stack->addWidget(bookmarks);
    m_stack->addWidget(history);
    connect(m_switcher, &QTabBar::currentChanged, this,
            [this](int index) { showPage(index == 1 ? Page::History : Page::Bookmarks); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 6, 4, 0);
    layout->setSpacing(0);
    layout->addWidget(m_switcher);
    layout->addWidget(m_stack, 1);
    showPage(Page::Bookmarks);
}

void LibraryPane::showPage(Page page)
{
    QWidget *widget = page == Page::Bookmarks ? static_cast<QWidget *>(m_bookmarks) : m_history;
    m_stack->setCurrentWidget(widget);
    m_switcher->setCurrentIndex(page == Page::History ? 1 : 0);
    setFocusProxy(widget); // F6 and the side tab's focus go to the page's list
}

LibraryPane::Page LibraryPane::currentPage() const
{
    return m_stack->currentWidget() == m_history ? Page::History : Page::Bookmarks;
}

} // namespace Myelin::Ui
