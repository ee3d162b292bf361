// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookmarkscontroller.h"

#include "bookmarkspage.h"
#include "historypage.h"
#include "pageref.h"
#include "readingposition.h"
#include "staricon.h"
#include "ui/shell/articleview.h"
#include "ui/shell/deferredpane.h"
#include "ui/shell/readerhost.h"
#include "ui/shell/readingstylecontroller.h"
#include "userdata/personallibrary.h"
#include "userdata/userdatabase.h"

#include <QAction>
#include <QEvent>
#include <QMenu>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>
#include <utility>

namespace Myelin::Ui {

BookmarksController::BookmarksController(ReaderHost &host, PersonalLibrary &library, QObject *parent)
    : QObject(parent != nullptr ? parent : &host), m_host(host), m_library(library),
      // Made when first shown or asked for (DeferredPane): the window opens on another pane.
      m_bookmarksPane(new DeferredPane([this] { return makeBookmarksPage(); })),
      m_historyPane(new DeferredPane([this] { return makeHistoryPage(); })),
      m_position(new ReadingPositionKeeper(host, library.history, this)),
      m_bookmarkAction(new QAction(tr("Bookmark This Page"), this)),
      m_showBookmarks(new QAction(tr("Show Bookmarks"), this)), m_showHistory(new QAction(tr("Show History"), this)),
      m_menu(new QMenu(tr("&Bookmarks"), host.window()))
{
    m_visitWriter.setSingleShot(true);
    m_visitWriter.setInterval(1500);
    connect(&m_visitWriter, &QTimer::timeout, this, &BookmarksController::writeVisits);
    connect(&library.history, &HistoryStore::aboutToClear, this, &BookmarksController::writeVisits);
    host.window()->installEventFilter(this); // closing the window writes the visits
    host.addSidePane(m_bookmarksPane, tr("Bookmarks"));
    host.addSidePane(m_historyPane, tr("History"));

    m_bookmarkAction->setObjectName(QStringLiteral("bookmarkThisPage"));
    m_bookmarkAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(m_bookmarkAction, &QAction::triggered, this, &BookmarksController::toggleBookmark);
    m_showBookmarks->setObjectName(QStringLiteral("showBookmarks"));
    m_showBookmarks->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_showBookmarks->setStatusTip(tr("Show your bookmarks beside the article"));
    connect(m_showBookmarks, &QAction::triggered, this, [this] {
        m_host.showSidePane(m_bookmarksPane);
        bookmarksPage()->setFocus(Qt::ShortcutFocusReason);
    });
    m_showHistory->setObjectName(QStringLiteral("showHistory"));
    m_showHistory->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_showHistory->setStatusTip(tr("Show the pages you read, by day"));
    connect(m_showHistory, &QAction::triggered, this, [this] {
        m_host.showSidePane(m_historyPane);
        historyPage()->setFocus(Qt::ShortcutFocusReason);
    });
    host.window()->addActions({m_bookmarkAction, m_showBookmarks, m_showHistory}); // wherever the keyboard is

    m_menu->setObjectName(QStringLiteral("bookmarksMenu"));
    connect(m_menu, &QMenu::aboutToShow, this, &BookmarksController::rebuildMenu);
    rebuildMenu(); // the keyboard shortcuts are listed before the menu is first opened
    host.addMenu(m_menu);
    placeOnToolBar();

    connect(&m_library.bookmarks, &BookmarkStore::changed, this, &BookmarksController::updateBookmarkAction);
    connect(&host.readingStyle(), &ReadingStyleController::themeChanged, this,
            &BookmarksController::updateBookmarkAction);
    connect(m_position, &ReadingPositionKeeper::restored, this, [this](const QString &, const QString &heading) {
        m_host.showStatus(heading.isEmpty() ? tr("Back where you left off in this article.")
                                            : tr("Back where you left off, at \u201c%1\u201d.").arg(heading),
                          8000);
    });
    connect(m_host.articleView(), &ArticleView::urlChanged, this, &BookmarksController::pageChanged);
    connect(m_host.articleView(), &ArticleView::loadFinished, this, &BookmarksController::pageLoaded);
    pageChanged();
    updateBookmarkAction();
}

BookmarksPage *BookmarksController::bookmarksPage() const
{
    return m_bookmarksPane->contentAs<BookmarksPage>();
}

HistoryPage *BookmarksController::historyPage() const
{
    return m_historyPane->contentAs<HistoryPage>();
}

QWidget *BookmarksController::makeBookmarksPage()
{
    auto *bookmarks = new BookmarksPage(m_library.bookmarks, m_host.repository(), m_host.readingStyle());
    connect(bookmarks, &BookmarksPage::openRequested, this,
            [this](const QString &ref, const QString &title) { openSaved(ref, title); });
    connect(bookmarks, &BookmarksPage::saveFailed, this, &BookmarksController::reportSaveProblem);
    return bookmarks;
}

QWidget *BookmarksController::makeHistoryPage()
{
    auto *history = new HistoryPage(m_library.history, m_host.repository());
    connect(history, &HistoryPage::openRequested, this,
            [this](const QString &ref, const QString &title) { openSaved(ref, title); });
    connect(history, &HistoryPage::saveFailed, this, &BookmarksController::reportSaveProblem);
    return history;
}

void BookmarksController::placeOnToolBar()
{
    // After the search box and Print: a narrow window moves Glossary, Timeline and Quotes (also in the
    // Go menu), then this, into the toolbar's overflow menu before the search box.
    m_host.mainToolBar()->addAction(m_bookmarkAction);
}

BookmarksController::~BookmarksController()
{
    writeVisits();
}

bool BookmarksController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_host.window() && event->type() == QEvent::Close) {
        writeVisits();
    }
    return QObject::eventFilter(watched, event);
}

void BookmarksController::pageChanged()
{
    ArticleView *view = m_host.articleView();
    m_ref = view != nullptr ? PageRef::fromUrl(view->currentUrl()) : QString();
    if (!PageRef::exists(m_host.repository(), m_ref)) {
        m_ref.clear(); // an address the content has no page for: nothing to bookmark
    }
    m_unstarred.reset();
    updateBookmarkAction();
}

void BookmarksController::pageLoaded(bool ok)
{
    ArticleView *view = m_host.articleView();
    if (!ok || view == nullptr) {
        return; // a page that failed to load was not read
    }
    const QString ref = PageRef::fromUrl(view->currentUrl());
    if (ref.isEmpty() || ref == m_recordedRef || !PageRef::exists(m_host.repository(), ref)) {
        return; // not a page (or one the content lacks: an error page), or the same page again (a heading in it)
    }
    QString title = PageRef::currentTitle(m_host.repository(), ref);
    if (title.isEmpty()) {
        title = view->currentTitle();
    }
    // Written once the reader stays a moment (or the window closes): the disk never delays the page.
    m_recordedRef = ref;
    m_pendingVisits.append({ref, title, QDateTime::currentDateTimeUtc()});
    m_visitWriter.start();
}

void BookmarksController::writeVisits()
{
    m_visitWriter.stop();
    const QList<PendingVisit> pending = std::exchange(m_pendingVisits, {});
    for (const PendingVisit &visit : pending) {
        if (m_library.history.recordVisit(visit.ref, visit.title, visit.when)) {
            emit visitRecorded(visit.ref);
        }
    }
}

void BookmarksController::updateBookmarkAction()
{
    const bool page = !m_ref.isEmpty();
    const bool marked = page && m_library.bookmarks.isBookmarked(m_ref);
    const Theme theme = m_host.readingStyle().theme();
    const QString key = m_bookmarkAction->shortcut().toString(QKeySequence::NativeText);
    QWidget *button = m_host.mainToolBar()->widgetForAction(m_bookmarkAction);
    // Most pages change nothing here (not bookmarked, like the last): the toolbar is left as it is.
    const QString state = QStringLiteral("%1 %2 %3 %4 %5 %6")
                              .arg(int(page))
                              .arg(int(marked))
                              .arg(theme.text)
                              .arg(theme.accent)
                              .arg(quintptr(button)) // a new button is named afresh
                              .arg(key);
    if (state == m_actionState) {
        return;
    }
    m_actionState = state;
    m_bookmarkAction->setEnabled(page);
    m_bookmarkAction->setData(marked); // the look says it (the filled star, "Bookmarked"), not a pressed button
    m_bookmarkAction->setText(marked ? tr("Remove Bookmark") : tr("Bookmark This Page"));
    m_bookmarkAction->setIconText(marked ? tr("Bookmarked") : tr("Bookmark"));
    const QString tip = marked ? tr("Remove bookmark") : tr("Bookmark this page");
    m_bookmarkAction->setToolTip(tr("%1 (%2)").arg(tip, key));
    m_bookmarkAction->setStatusTip(marked ? tr("This page is bookmarked. Press %1 to remove the bookmark.").arg(key)
                                          : tr("Keep this page in your bookmarks"));
    m_bookmarkAction->setIcon(StarIcon::make(marked, QColor::fromRgb(theme.text), QColor::fromRgb(theme.accent)));
    if (button != nullptr) {
        // The name starts with the words on the button, then says what pressing it does.
        button->setAccessibleName(marked ? tr("Bookmarked: Remove bookmark") : tr("Bookmark this page"));
        button->setAccessibleDescription(m_bookmarkAction->toolTip());
        button->setObjectName(QStringLiteral("bookmarkButton"));
    }
}

void BookmarksController::toggleBookmark()
{
    if (m_ref.isEmpty()) {
        updateBookmarkAction();
        return;
    }
    BookmarkStore &store = m_library.bookmarks;
    if (const auto existing = store.bookmarkFor(m_ref)) {
        std::optional<Bookmark> removed;
        while (const auto next = store.bookmarkFor(m_ref)) { // a page kept twice is unbookmarked once
            removed = store.removeBookmark(next->id);
            if (!removed) {
                reportSaveProblem(tr("The bookmark could not be removed."));
                break;
            }
            if (!m_unstarred) {
                m_unstarred = removed;
            }
        }
        if (removed) {
            m_host.showStatus(tr("Bookmark removed. Press %1 to put it back.")
                                  .arg(m_bookmarkAction->shortcut().toString(QKeySequence::NativeText)),
                              10000);
        }
    } else if (m_unstarred && m_unstarred->slug == m_ref && store.restoreBookmark(*m_unstarred)) {
        m_host.showStatus(tr("Bookmarked again: \u201c%1\u201d.").arg(m_unstarred->title), 8000);
        m_unstarred.reset();
    } else {
        QString title = PageRef::currentTitle(m_host.repository(), m_ref);
        if (title.isEmpty() && m_host.articleView() != nullptr) {
            title = m_host.articleView()->currentTitle();
        }
        if (store.addBookmark(m_ref, title) != 0) {
            m_host.showStatus(tr("Bookmarked \u201c%1\u201d. Your bookmarks are in the Bookmarks pane (%2).")
                                  .arg(title, m_showBookmarks->shortcut().toString(QKeySequence::NativeText)),
                              10000);
        } else {
            reportSaveProblem(tr("The bookmark could not be saved."));
        }
    }
    updateBookmarkAction();
}

void BookmarksController::openSaved(const QString &ref, const QString &title)
{
    if (!PageRef::exists(m_host.repository(), ref)) {
        m_host.showStatus(tr("\u201c%1\u201d is no longer in the library: a content update renamed or removed it. "
                             "Your saved entry is kept.")
                              .arg(title),
                          0);
        return;
    }
    if (PageRef::isArticle(ref)) {
        m_host.openArticle(ref);
    } else {
        m_host.openUrl(PageRef::toUrl(ref));
    }
}

void BookmarksController::rebuildMenu()
{
    m_menu->clear();
    qDeleteAll(m_menu->findChildren<QMenu *>(QString(), Qt::FindDirectChildrenOnly)); // the folders' menus
    m_menu->addAction(m_bookmarkAction);
    m_menu->addAction(m_showBookmarks);
    m_menu->addAction(m_showHistory);
    const QList<BookmarkFolder> folders = m_library.bookmarks.folders();
    const QList<Bookmark> loose = m_library.bookmarks.bookmarksIn(0);
    if (folders.isEmpty() && loose.isEmpty()) {
        return;
    }
    m_menu->addSection(tr("Your Bookmarks"));
    auto add = [this](QMenu *menu, const Bookmark &bookmark) {
        const bool missing = !PageRef::exists(m_host.repository(), bookmark.slug);
        QString text = bookmark.title.isEmpty() ? bookmark.slug : bookmark.title;
        text.replace(QLatin1Char('&'), QStringLiteral("&&"));
        QAction *action = menu->addAction(missing ? tr("%1 (no longer in the library)").arg(text) : text);
        connect(action, &QAction::triggered, this,
                [this, ref = bookmark.slug, title = bookmark.title] { openSaved(ref, title); });
    };
    const QIcon folderIcon = m_menu->style()->standardIcon(QStyle::SP_DirIcon);
    for (const BookmarkFolder &folder : folders) {
        QString name = folder.name;
        QMenu *sub = m_menu->addMenu(folderIcon, name.replace(QLatin1Char('&'), QStringLiteral("&&")));
        const QList<Bookmark> inside = m_library.bookmarks.bookmarksIn(folder.id);
        if (inside.isEmpty()) {
            sub->addAction(tr("(empty)"))->setEnabled(false);
        }
        for (const Bookmark &bookmark : inside) {
            add(sub, bookmark);
        }
    }
    for (const Bookmark &bookmark : loose) {
        add(m_menu, bookmark);
    }
}

void BookmarksController::reportSaveProblem(const QString &what)
{
    const QString why = m_library.database.errorMessage();
    m_host.reportSaveProblem(why.isEmpty() ? what : tr("%1 %2").arg(what, why));
}

} // namespace Myelin::Ui
