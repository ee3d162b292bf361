// SPDX-License-Identifier: GPL-3.0-or-later
// The personal library's reading side: bookmarks (Ctrl+D and the star in the toolbar, the Bookmarks
// menu, the Bookmarks pane), the history of pages read (recorded once each page is shown), and the
// reading position given back when an article is opened again. Made in main.cpp on the window's
// ReaderHost and the user's PersonalLibrary.
#ifndef MYELIN_UI_BOOKMARKS_BOOKMARKSCONTROLLER_H
#define MYELIN_UI_BOOKMARKS_BOOKMARKSCONTROLLER_H

#include "userdata/librarytypes.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QTimer>
#include <optional>

class QAction;
class QMenu;
class QWidget;

namespace Myelin {
struct PersonalLibrary;
}

namespace Myelin::Ui {

class BookmarksPage;
class DeferredPane;
class HistoryPage;
class ReaderHost;
class ReadingPositionKeeper;

class BookmarksController : public QObject
{
    Q_OBJECT

public:
    BookmarksController(ReaderHost &host, PersonalLibrary &library, QObject *parent = nullptr);
    ~BookmarksController() override; // writes the visits not yet written

    QAction *bookmarkAction() const { return m_bookmarkAction; } // Ctrl+D and the star; data(): bookmarked
    QAction *showBookmarksAction() const { return m_showBookmarks; }
    QAction *showHistoryAction() const { return m_showHistory; }
    QMenu *menu() const { return m_menu; }
    // The Bookmarks and History side panes (made when first asked for, or shown).
    BookmarksPage *bookmarksPage() const;
    HistoryPage *historyPage() const;
    ReadingPositionKeeper *readingPosition() const { return m_position; }
    QString currentRef() const { return m_ref; }                      // the page shown, as bookmarks name it
    int pendingVisits() const { return int(m_pendingVisits.size()); } // read, not yet written

    // Opens a bookmark's or history entry's page; a page the content no longer has is named in the
    // status line instead.
    void openSaved(const QString &ref, const QString &title);
    void toggleBookmark();

signals:
    void visitRecorded(const QString &ref);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void pageChanged();
    void pageLoaded(bool ok);
    void updateBookmarkAction();
    void placeOnToolBar();
    void rebuildMenu();
    void reportSaveProblem(const QString &what);
    void writeVisits();
    QWidget *makeBookmarksPage();
    QWidget *makeHistoryPage();

    ReaderHost &m_host;
    PersonalLibrary &m_library;
    DeferredPane *m_bookmarksPane;
    DeferredPane *m_historyPane;
    ReadingPositionKeeper *m_position;
    QAction *m_bookmarkAction;
    QAction *m_showBookmarks;
    QAction *m_showHistory;
    QMenu *m_menu;
    QString m_ref;         // the page shown
    QString m_recordedRef; // the page last put in the history
    struct PendingVisit
    {
        QString ref;
        QString title;
        QDateTime when;
    };
    QList<PendingVisit> m_pendingVisits; // visits not yet written: after a moment, never during a switch
    QTimer m_visitWriter;
    QString m_actionState;               // what the Bookmark action last said (updateBookmarkAction)
    std::optional<Bookmark> m_unstarred; // removed with the star: Ctrl+D again puts it back as it was
};

} // namespace Myelin::Ui

#endif // MYELIN_UI_BOOKMARKS_BOOKMARKSCONTROLLER_H
