// SPDX-License-Identifier: GPL-3.0-or-later
// The "Bookmarks" side pane: the bookmarks, and on its second page the history, chosen with two tabs at
// the top (one side tab for both keeps the side tabs few; one row of tabs, not buttons that wrap, keeps
// the list its room at large text sizes).
#ifndef MYELIN_UI_BOOKMARKS_LIBRARYPANE_H
#define MYELIN_UI_BOOKMARKS_LIBRARYPANE_H

#include <QWidget>

class QStackedWidget;
class QTabBar;

namespace Myelin::Ui {

class BookmarksPage;
class HistoryPage;

class LibraryPane : public QWidget
{
    Q_OBJECT

public:
    enum class Page
    {
        Bookmarks,
        History
    };

    LibraryPane(BookmarksPage *bookmarks, HistoryPage *history, QWidget *parent = nullptr);

    void showPage(Page page);
    Page currentPage() const;
    BookmarksPage *bookmarksPage() const { return m_bookmarks; }
    HistoryPage *historyPage() const { return m_history; }
    QTabBar *switcher() const { return m_switcher; }

private:
    BookmarksPage *m_bookmarks;
    HistoryPage *m_history;
    QTabBar *m_switcher;
    QStackedWidget *m_stack;
};

} // namespace Myelin::Ui

#endif // MYELIN_UI_BOOKMARKS_LIBRARYPANE_H
