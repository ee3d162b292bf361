// SPDX-License-Identifier: GPL-3.0-or-later
// The "Bookmarks" side pane: the bookmarks, and on its second page the history, chosen with two buttons
// at the top (one side tab for both keeps the tabs few enough to read at large text sizes).
#ifndef MYELIN_UI_BOOKMARKS_LIBRARYPANE_H
#define MYELIN_UI_BOOKMARKS_LIBRARYPANE_H

#include <QWidget>

class QPushButton;
class QStackedWidget;

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
    QPushButton *pageButton(Page page) const;

private:
    BookmarksPage *m_bookmarks;
    HistoryPage *m_history;
    QPushButton *m_bookmarksButton;
    QPushButton *m_historyButton;
    QStackedWidget *m_stack;
};

} // namespace Myelin::Ui

#endif // MYELIN_UI_BOOKMARKS_LIBRARYPANE_H
