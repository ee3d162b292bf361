// SPDX-License-Identifier: GPL-3.0-or-later
// Bookmarks and history as a reader drives them, from the keyboard: Ctrl+D and the star, folders,
// rename (F2), move (Ctrl+Up/Down and the folder menu), delete with Undo (Ctrl+Z and the message's
// button), the same bookmarks in a new window on the same user database, history by day with
// clearing, and pages a content update removed ("no longer in the library").
#include "readerfixture.h"
#include "testsupport.h"
#include "ui/bookmarks/bookmarkscontroller.h"
#include "ui/bookmarks/bookmarkspage.h"
#include "ui/bookmarks/historypage.h"
#include "ui/bookmarks/messagestrip.h"
#include "ui/comfort/keyboardnavigation.h"
#include "ui/shell/readerhost.h"
#include "ui/shell/sidepanes.h"
#include "userdata/personallibrary.h"
#include "web/urlscheme.h"

#include <QAction>
#include <QApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <algorithm>

using namespace Myelin;
using Ui::BookmarksPage;

namespace {

// A window with the bookmarks feature over the user database in dir.
struct Session
{
    Session(const QTemporaryDir &dir)
        : reader(std::make_unique<Test::Reader>(QStringLiteral(MYELIN_MINI_DB),
                                                dir.filePath(QStringLiteral("settings.ini")),
                                                dir.filePath(QStringLiteral("user.db")))),
          library(std::make_unique<PersonalLibrary>(reader->userData))
    {
        controller = new Ui::BookmarksController(reader->window->host(), *library);
        new Ui::KeyboardNavigation(reader->window->host()); // the Tab order and F6, as in the reader
    }
    ~Session()
    {
        reader->window.reset(); // the feature first (it saves the reading place), then its stores
        library.reset();
        reader.reset();
    }
    std::unique_ptr<Test::Reader> reader;
    std::unique_ptr<PersonalLibrary> library;
    Ui::BookmarksController *controller = nullptr;
};

QStringList rowTexts(const QAbstractItemModel *model, const QModelIndex &parent = {})
{
    QStringList texts;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        texts << model->index(row, 0, parent).data().toString();
    }
    return texts;
}

template <typename T> T *waitForDialog(const QString &name)
{
    T *dialog = nullptr;
    (void)QTest::qWaitFor(
        [&] {
            dialog = qobject_cast<T *>(QApplication::activeModalWidget());
            return dialog != nullptr && dialog->objectName() == name && dialog->isVisible();
        },
        5000);
    return dialog != nullptr && dialog->objectName() == name ? dialog : nullptr;
}

// Types text into the open input dialog and presses Enter, as a person would.
bool answerDialog(const QString &name, const QString &text)
{
    auto *dialog = waitForDialog<QInputDialog>(name);
    if (dialog == nullptr) {
        return false;
    }
    auto *field = dialog->findChild<QLineEdit *>();
    field->selectAll();
    QTest::keyClicks(field, text);
    QTest::keyClick(field, Qt::Key_Return);
    return QTest::qWaitFor(
        [dialog = QPointer<QInputDialog>(dialog)] { return dialog.isNull() || !dialog->isVisible(); });
}

} // namespace

class TestBookmarks : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Session> m_session;

    Test::Reader &reader() { return *m_session->reader; }
    Ui::BookmarksController &controller() { return *m_session->controller; }
    BookmarksPage &page() { return *controller().bookmarksPage(); }
    QTreeView *tree() { return page().tree(); }
    BookmarkStore &store() { return m_session->library->bookmarks; }

    QWidget *starButton() { return reader().window->mainToolBar()->widgetForAction(controller().bookmarkAction()); }

    void pressOnWindow(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget *target = QApplication::focusWidget() != nullptr ? QApplication::focusWidget() : reader().window.get();
        QTest::keyClick(target, Qt::Key(key), modifiers);
    }

    // Selects the row whose text starts with text (in the whole tree) with the keyboard's current item.
    bool select(const QString &text)
    {
        const QModelIndexList found = page().model()->match(page().model()->index(0, 0), Qt::DisplayRole, text, 1,
                                                            Qt::MatchStartsWith | Qt::MatchRecursive);
        if (found.isEmpty()) {
            return false;
        }
        tree()->setCurrentIndex(found.constFirst());
        return focusTree();
    }

    bool focusTree()
    {
        reader().window->activateWindow();
        tree()->setFocus();
        return QTest::qWaitFor([this] { return tree()->hasFocus() && reader().window->isActiveWindow(); });
    }

private slots:
    void initTestCase()
    {
        m_session = std::make_unique<Session>(m_dir);
        QVERIFY2(reader().isValid(), qPrintable(reader().error()));
        QVERIFY(reader().start(QStringLiteral("alpha")));
        QVERIFY(QTest::qWaitForWindowActive(reader().window.get()));
    }

    void cleanupTestCase() { m_session.reset(); }

    void ctrlDBookmarksThePageAndTheStarSaysSo()
    {
        QWidget *star = starButton();
        QVERIFY(star != nullptr && star->isVisible());
        QCOMPARE(star->accessibleName(), QStringLiteral("Bookmark this page"));
        QVERIFY(star->toolTip().startsWith(QStringLiteral("Bookmark this page")));
        QVERIFY(!controller().bookmarkAction()->data().toBool());
        const QImage outline = controller().bookmarkAction()->icon().pixmap(24, 24).toImage();

        reader().window->articleView()->setFocus();
        QTest::keyClick(reader().window.get(), Qt::Key_D, Qt::ControlModifier);
        QTRY_VERIFY(store().isBookmarked(QStringLiteral("alpha")));
        QCOMPARE(store().bookmarkFor(QStringLiteral("alpha"))->title, QStringLiteral("Alpha article"));
        QCOMPARE(star->accessibleName(), QStringLiteral("Bookmarked: Remove bookmark"));
        QVERIFY(star->toolTip().startsWith(QStringLiteral("Remove bookmark")));
        QVERIFY(controller().bookmarkAction()->data().toBool());
        // The look changes (a filled star in the theme's accent colour), not only the words.
        const QImage filled = controller().bookmarkAction()->icon().pixmap(24, 24).toImage();
        QVERIFY(filled != outline);
        QCOMPARE(QColor(filled.pixel(12, 13)).rgb(), QColor::fromRgb(reader().style.theme().accent).rgb());
        QVERIFY(reader().window->statusBar()->currentMessage().contains(QStringLiteral("Alpha article")));

        // Ctrl+D again removes it; once more puts it back.
        QTest::keyClick(reader().window.get(), Qt::Key_D, Qt::ControlModifier);
        QTRY_VERIFY(!store().isBookmarked(QStringLiteral("alpha")));
        QCOMPARE(star->accessibleName(), QStringLiteral("Bookmark this page"));
        QTest::keyClick(reader().window.get(), Qt::Key_D, Qt::ControlModifier);
        QTRY_VERIFY(store().isBookmarked(QStringLiteral("alpha")));

        // The star follows the page shown.
        QVERIFY(reader().open(QStringLiteral("beta")));
        QTRY_COMPARE(star->accessibleName(), QStringLiteral("Bookmark this page"));
        // From a page not bookmarked to another, the action has nothing new to say: the toolbar is left
        // as it is (no new icon, words or size while the page is drawn).
        QSignalSpy changed(controller().bookmarkAction(), &QAction::changed);
        QVERIFY(reader().open(QStringLiteral("home")));
        QVERIFY(reader().open(QStringLiteral("beta")));
        QCOMPARE(changed.count(), 0);
        QCOMPARE(star->accessibleName(), QStringLiteral("Bookmark this page"));
        QTest::keyClick(reader().window.get(), Qt::Key_D, Qt::ControlModifier);
        QVERIFY(reader().open(QStringLiteral("gamma")));
        QTest::keyClick(reader().window.get(), Qt::Key_D, Qt::ControlModifier);
        QTRY_COMPARE(store().bookmarks().size(), 3);
        QVERIFY(reader().open(QStringLiteral("beta")));
        QTRY_COMPARE(star->accessibleName(), QStringLiteral("Bookmarked: Remove bookmark"));
    }

    void thePanesAreMadeWhenFirstShown()
    {
        // A window of its own, on the same library: nothing opened a pane in it yet.
        Test::Reader other(QStringLiteral(MYELIN_MINI_DB), m_dir.filePath(QStringLiteral("other.ini")),
                           m_dir.filePath(QStringLiteral("user.db")));
        QVERIFY2(other.isValid(), qPrintable(other.error()));
        auto *bookmarks = new Ui::BookmarksController(other.window->host(), *m_session->library);
        QVERIFY(other.start(QStringLiteral("alpha")));
        QVERIFY(other.window->findChildren<Ui::BookmarksPage *>().isEmpty());
        QVERIFY(other.window->findChildren<Ui::HistoryPage *>().isEmpty());
        bookmarks->showBookmarksAction()->trigger();
        QCOMPARE(other.window->findChildren<Ui::BookmarksPage *>().size(), 1);
        QTRY_VERIFY(bookmarks->bookmarksPage()->isVisible());
        QVERIFY(other.window->findChildren<Ui::HistoryPage *>().isEmpty()); // still not shown
        other.window->close();
        reader().window->activateWindow(); // the other tests' window has the keyboard again
        QVERIFY(QTest::qWaitForWindowActive(reader().window.get()));
    }

    void thePaneOpensFromTheKeyboardAndIsARegion()
    {
        QTest::keyClick(reader().window.get(), Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(tree()->hasFocus());
        QVERIFY(reader().window->sideTabs()->currentWidget()->isAncestorOf(controller().bookmarksPage()));
        QCOMPARE(reader().window->sideTabs()->title(reader().window->sideTabs()->currentIndex()),
                 QStringLiteral("Bookmarks"));
        const QList<QWidget *> regions = reader().window->host().regions(); // F6 stops in the pane
        QVERIFY(std::any_of(regions.begin(), regions.end(),
                            [this](QWidget *region) { return region->isAncestorOf(controller().bookmarksPage()); }));
        QCOMPARE(rowTexts(page().model()), QStringList({QStringLiteral("Alpha article"), QStringLiteral("Beta article"),
                                                        QStringLiteral("Gamma article")}));
        // Tab from the side tabs reaches the pane's list, and on to its buttons.
        QWidget *chosen =
            reader().window->sideTabs()->switcherControls().at(reader().window->sideTabs()->currentIndex());
        chosen->setFocus();
        QTest::keyClick(chosen, Qt::Key_Tab);
        QTRY_VERIFY(controller().bookmarksPage()->isAncestorOf(QApplication::focusWidget()));
        // Enter opens the bookmark.
        QVERIFY(select(QStringLiteral("Alpha")));
        QSignalSpy loaded(reader().window->articleView(), &Ui::ArticleView::loadFinished);
        QTest::keyClick(tree(), Qt::Key_Return);
        QVERIFY(loaded.wait(20000));
        QCOMPARE(reader().window->currentSlug(), QStringLiteral("alpha"));
    }

    void foldersAreMadeRenamedAndMoved()
    {
        QVERIFY(select(QStringLiteral("Alpha")));
        QTest::keyClick(tree(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(answerDialog(QStringLiteral("newFolderDialog"), QStringLiteral("For my neurologist")));
        QTRY_COMPARE(store().folders().size(), 1);
        QCOMPARE(store().folders().constFirst().name, QStringLiteral("For my neurologist"));
        QCOMPARE(tree()->currentIndex().data().toString(), QStringLiteral("For my neurologist"));
        QTest::keyClick(tree(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(answerDialog(QStringLiteral("newFolderDialog"), QStringLiteral("Daily life")));
        QTRY_COMPARE(store().folders().size(), 2);

        // Move a bookmark into a folder with the button's menu, from the keyboard.
        QVERIFY(select(QStringLiteral("Beta")));
        QPushButton *move = page().button(QStringLiteral("moveBookmark"));
        QVERIFY(move->isEnabled());
        QTimer::singleShot(0, this, [this] {
            QMenu *menu = page().moveMenu();
            (void)QTest::qWaitFor([menu] { return menu->isVisible(); });
            for (QAction *action : menu->actions()) {
                if (action->text() == QLatin1String("For my neurologist")) {
                    menu->setActiveAction(action);
                }
            }
            QTest::keyClick(menu, Qt::Key_Return);
        });
        move->setFocus();
        QTest::keyClick(move, Qt::Key_Space);
        QTRY_COMPARE(store().bookmarksIn(store().folders().constFirst().id).size(), 1);
        QCOMPARE(tree()->currentIndex().data().toString(), QStringLiteral("Beta article"));
        QCOMPARE(tree()->currentIndex().parent().data().toString(), QStringLiteral("For my neurologist"));

        // F2 renames the bookmark.
        QVERIFY(focusTree());
        QTest::keyClick(tree(), Qt::Key_F2);
        QVERIFY(answerDialog(QStringLiteral("renameDialog"), QStringLiteral("Beta, ask about this")));
        QTRY_COMPARE(store().bookmarkFor(QStringLiteral("beta"))->title, QStringLiteral("Beta, ask about this"));
        // And the folder, with the button.
        QVERIFY(select(QStringLiteral("Daily")));
        page().button(QStringLiteral("renameBookmark"))->click();
        QVERIFY(answerDialog(QStringLiteral("renameDialog"), QStringLiteral("Home and work")));
        QTRY_COMPARE(store().folders().at(1).name, QStringLiteral("Home and work"));

        // Ctrl+Up moves the folder above the other; Ctrl+Down moves a bookmark down.
        QVERIFY(select(QStringLiteral("Home and work")));
        QTest::keyClick(tree(), Qt::Key_Up, Qt::ControlModifier);
        QTRY_COMPARE(store().folders().constFirst().name, QStringLiteral("Home and work"));
        QCOMPARE(tree()->currentIndex().data().toString(), QStringLiteral("Home and work"));
        QVERIFY(select(QStringLiteral("Alpha")));
        QTest::keyClick(tree(), Qt::Key_Down, Qt::ControlModifier);
        QTRY_COMPARE(store().bookmarksIn(0).constFirst().slug, QStringLiteral("gamma"));
        page().button(QStringLiteral("moveUp"))->click();
        QTRY_COMPARE(store().bookmarksIn(0).constFirst().slug, QStringLiteral("alpha"));
        QCOMPARE(rowTexts(page().model()),
                 QStringList({QStringLiteral("Home and work"), QStringLiteral("For my neurologist"),
                              QStringLiteral("Alpha article"), QStringLiteral("Gamma article")}));
    }

    void deleteThenUndoWithCtrlZAndTheButton()
    {
        Ui::MessageStrip *strip = page().messageStrip();
        QVERIFY(select(QStringLiteral("Gamma")));
        QTest::keyClick(tree(), Qt::Key_Delete);
        QTRY_VERIFY(!store().isBookmarked(QStringLiteral("gamma")));
        QVERIFY(strip->isVisible());
        QVERIFY(strip->text().contains(QStringLiteral("Gamma article")));
        QVERIFY(strip->undoButton()->isVisible());
        QVERIFY(tree()->hasFocus()); // the keyboard stays in the list
        QTest::keyClick(tree(), Qt::Key_Z, Qt::ControlModifier);
        QTRY_VERIFY(store().isBookmarked(QStringLiteral("gamma")));
        QCOMPARE(tree()->currentIndex().data().toString(), QStringLiteral("Gamma article"));

        // A folder goes with its bookmarks, and the Undo button brings them all back.
        QVERIFY(select(QStringLiteral("For my neurologist")));
        page().button(QStringLiteral("deleteBookmark"))->click();
        QTRY_COMPARE(store().folders().size(), 1);
        QVERIFY(!store().isBookmarked(QStringLiteral("beta")));
        QVERIFY2(strip->text().contains(QStringLiteral("and the bookmark in it")), qPrintable(strip->text()));
        strip->undoButton()->click();
        QTRY_COMPARE(store().folders().size(), 2);
        QCOMPARE(store().bookmarkFor(QStringLiteral("beta"))->title, QStringLiteral("Beta, ask about this"));

        // The message stays until it is closed or the reader does something else.
        QVERIFY(select(QStringLiteral("Alpha")));
        QTest::keyClick(tree(), Qt::Key_Delete);
        QTRY_VERIFY(strip->isVisible());
        QCoreApplication::processEvents();
        QVERIFY(strip->isVisible());
        strip->closeButton()->click();
        QVERIFY(!strip->isVisible());
        QTest::keyClick(tree(), Qt::Key_Z, Qt::ControlModifier); // still undoable from the keyboard
        QTRY_VERIFY(store().isBookmarked(QStringLiteral("alpha")));
        QVERIFY(select(QStringLiteral("Gamma")));
        QTest::keyClick(tree(), Qt::Key_Delete);
        QTRY_VERIFY(strip->isVisible());
        QVERIFY(select(QStringLiteral("Home and work")));
        QTest::keyClick(tree(), Qt::Key_Down, Qt::ControlModifier); // the next action
        QTRY_VERIFY(!strip->isVisible());
        QCOMPARE(store().folders().constLast().name, QStringLiteral("Home and work"));
        QTest::keyClick(tree(), Qt::Key_Up, Qt::ControlModifier);
        QTest::keyClick(tree(), Qt::Key_Z, Qt::ControlModifier);
        QTRY_VERIFY(store().isBookmarked(QStringLiteral("gamma")));
    }

    void theMenuListsTheBookmarks()
    {
        QMenu *menu = controller().menu();
        QVERIFY(reader().window->menuBar()->actions().contains(menu->menuAction()));
        emit menu->aboutToShow();
        QStringList texts;
        for (QAction *action : menu->actions()) {
            texts << action->text();
        }
        QVERIFY(texts.contains(QStringLiteral("Show Bookmarks")));
        QVERIFY(texts.contains(QStringLiteral("Show History")));
        QVERIFY(texts.contains(QStringLiteral("Home and work")));
        QVERIFY(texts.contains(QStringLiteral("Alpha article")));
    }

    void aPageNoLongerInTheLibraryStaysListed()
    {
        QVERIFY(store().addBookmark(QStringLiteral("an-old-article"), QStringLiteral("An old article")) > 0);
        QVERIFY(select(QStringLiteral("An old article (no longer in the library)")));
        const QModelIndex index = tree()->currentIndex();
        QVERIFY(index.data().toString().contains(QStringLiteral("no longer in the library"), Qt::CaseInsensitive));
        QVERIFY(index.data(Qt::AccessibleTextRole).toString().startsWith(index.data().toString()));
        QVERIFY(index.data(Qt::AccessibleTextRole)
                    .toString()
                    .contains(QStringLiteral("no longer in the library"), Qt::CaseInsensitive));
        const QString before = reader().window->currentSlug();
        QTest::keyClick(tree(), Qt::Key_Return);
        QTRY_VERIFY(
            reader().window->statusBar()->currentMessage().contains(QStringLiteral("no longer in the library")));
        QVERIFY(reader().window->statusBar()->currentMessage().contains(QStringLiteral("An old article")));
        QCOMPARE(reader().window->currentSlug(), before);
        // In the history too.
        QVERIFY(m_session->library->history.recordVisit(QStringLiteral("an-old-article"),
                                                        QStringLiteral("An old article")));
        Ui::HistoryPage *history = controller().historyPage();
        controller().showHistoryAction()->trigger();
        QTRY_VERIFY(history->tree()->hasFocus());
        // History is a side pane of its own, beside Bookmarks.
        QVERIFY(reader().window->sideTabs()->currentWidget()->isAncestorOf(history));
        QCOMPARE(reader().window->sideTabs()->title(reader().window->sideTabs()->currentIndex()),
                 QStringLiteral("History"));
        const QModelIndexList found =
            history->model()->match(history->model()->index(0, 0), Ui::HistoryPage::TitleRole,
                                    QStringLiteral("An old article"), 1, Qt::MatchExactly | Qt::MatchRecursive);
        QVERIFY(!found.isEmpty());
        QVERIFY(found.constFirst().data().toString().contains(QStringLiteral("no longer in the library"),
                                                              Qt::CaseInsensitive));
        QVERIFY(found.constFirst()
                    .data(Qt::AccessibleTextRole)
                    .toString()
                    .contains(QStringLiteral("no longer"), Qt::CaseInsensitive));
        reader().window->statusBar()->clearMessage();
        history->tree()->setCurrentIndex(found.constFirst());
        QTest::keyClick(history->tree(), Qt::Key_Return);
        QTRY_VERIFY(
            reader().window->statusBar()->currentMessage().contains(QStringLiteral("no longer in the library")));
        QVERIFY(m_session->library->history.clearAll());
    }

    // A visit is written a moment after the page is shown; clearing the history before then clears it
    // too, so a cleared history never gains a visit afterwards.
    void clearingTheHistoryAlsoClearsAVisitNotYetWritten()
    {
        QVERIFY(m_session->library->history.clearAll());
        QVERIFY(reader().open(QStringLiteral("beta")));
        QCOMPARE(controller().pendingVisits(), 1);
        QVERIFY(m_session->library->history.clearAll());
        QCOMPARE(controller().pendingVisits(), 0);
        QVERIFY(m_session->library->history.visits().isEmpty());
    }

    void historyListsPagesShownByDay()
    {
        Ui::HistoryPage *history = controller().historyPage();
        controller().showHistoryAction()->trigger();
        QVERIFY(reader().open(QStringLiteral("gamma")));
        QVERIFY(reader().open(QStringLiteral("beta")));
        QTRY_COMPARE(rowTexts(history->model()), QStringList{QStringLiteral("Today")});
        const QStringList today = rowTexts(history->model(), history->model()->index(0, 0));
        QCOMPARE(today.size(), 2);
        QVERIFY(today.at(0).endsWith(QStringLiteral("Beta article"))); // newest first
        QVERIFY(today.at(1).endsWith(QStringLiteral("Gamma article")));
        // A page that fails to load is not recorded.
        QSignalSpy loaded(reader().window->articleView(), &Ui::ArticleView::loadFinished);
        reader().window->openUrl(QUrl(QStringLiteral("myelin://article/no-such-article")));
        QVERIFY(loaded.wait(20000));
        QTRY_COMPARE(reader().window->articleView()->currentUrl().path(), QStringLiteral("/no-such-article"));
        QVERIFY(reader().open(QStringLiteral("gamma"))); // a page that loads, after it
        // Written a moment later, never while the page is being drawn.
        QTRY_COMPARE(m_session->library->history.visits().constFirst().slug, QStringLiteral("gamma"));
        QCOMPARE(m_session->library->history.visits().size(), 2);
        // Enter on an entry opens it.
        history->tree()->setCurrentIndex(history->model()->index(1, 0, history->model()->index(0, 0)));
        history->tree()->setFocus();
        QVERIFY(QTest::qWaitFor([history] { return history->tree()->hasFocus(); }));
        QSignalSpy opened(reader().window->articleView(), &Ui::ArticleView::loadFinished);
        QTest::keyClick(history->tree(), Qt::Key_Return);
        QVERIFY(opened.wait(20000));
        QCOMPARE(reader().window->currentSlug(), QStringLiteral("beta"));

        // Clear this day asks first; "Keep It" keeps it, the clear button clears.
        history->tree()->setCurrentIndex(history->model()->index(0, 0));
        history->clearDayButton()->click();
        auto *box = waitForDialog<QMessageBox>(QStringLiteral("clearHistoryQuestion"));
        QVERIFY(box != nullptr);
        QTest::keyClick(box, Qt::Key_Escape);
        QTRY_VERIFY(QApplication::activeModalWidget() == nullptr);
        QCOMPARE(m_session->library->history.visits().size(), 2);
        history->clearDayButton()->click();
        box = waitForDialog<QMessageBox>(QStringLiteral("clearHistoryQuestion"));
        QVERIFY(box != nullptr);
        box->findChild<QPushButton *>(QStringLiteral("confirmClear"))->click();
        QTRY_VERIFY(m_session->library->history.visits().isEmpty());
        QTRY_VERIFY(history->model()->rowCount() == 0);

        QVERIFY(reader().open(QStringLiteral("alpha")));
        QTRY_COMPARE(m_session->library->history.visits().size(), 1);
        history->clearAllButton()->click();
        box = waitForDialog<QMessageBox>(QStringLiteral("clearHistoryQuestion"));
        QVERIFY(box != nullptr);
        box->findChild<QPushButton *>(QStringLiteral("confirmClear"))->click();
        QTRY_VERIFY(m_session->library->history.visits().isEmpty());
    }

    void aNewWindowOnTheSameDatabaseHasTheSameBookmarks()
    {
        const QStringList top = rowTexts(page().model());
        const QStringList inFolder = rowTexts(page().model(), page().model()->index(1, 0));
        m_session.reset(); // closes the window and the database
        m_session = std::make_unique<Session>(m_dir);
        QVERIFY(reader().start(QStringLiteral("beta")));
        QCOMPARE(rowTexts(page().model()), top);
        QCOMPARE(rowTexts(page().model(), page().model()->index(1, 0)), inFolder);
        QCOMPARE(inFolder, QStringList{QStringLiteral("Beta, ask about this")});
        QTRY_COMPARE(starButton()->accessibleName(), QStringLiteral("Bookmarked: Remove bookmark"));
    }
};

MYELIN_GUI_TEST_MAIN(TestBookmarks)
#include "tst_bookmarks.moc"
