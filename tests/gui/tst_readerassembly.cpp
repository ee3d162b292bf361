// SPDX-License-Identifier: GPL-3.0-or-later
// The whole reader put together (ui/assembly): after a content update is installed, the window is
// made again on the new content without a restart, on the article the reader was reading, with every
// feature and the user's bookmarks and settings; going back does the same on the previous content.
#include "../update/packtestkit.h"
#include "core/contentdatabase.h"
#include "core/contentrepository.h"
#include "testsupport.h"
#include "ui/assembly/readerassembly.h"
#include "ui/shell/articleview.h"
#include "ui/shell/breadcrumbbar.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/readerhost.h"
#include "ui/shell/readingstylecontroller.h"
#include "ui/update/updatecontroller.h"
#include "userdata/personallibrary.h"
#include "userdata/settings.h"
#include "userdata/userdatabase.h"
#include "web/urlscheme.h"

#include <QAction>
#include <QMenuBar>
#include <QPointer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QTreeView>
#include <QWebEngineView>

using namespace Myelin;

class TestReaderAssembly : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Update::SecretKey m_key = Update::SecretKey::generate();

    QString path(const QString &name) const { return m_dir.filePath(name); }

    static bool waitForArticle(Ui::MainWindow *window, const QString &slug)
    {
        return QTest::qWaitFor(
            [&] {
                return window->articleView() != nullptr && window->currentSlug() == slug &&
                       !window->articleView()->currentTitle().isEmpty();
            },
            20000);
    }

    static QStringList menuTitles(const Ui::MainWindow *window)
    {
        QStringList titles;
        for (const QAction *action : window->menuBar()->actions()) {
            titles << action->text();
        }
        return titles;
    }

    // The reader put together as main() does, on the mini content, with its own settings, user data and
    // update store (files named from prefix); warning: what the content choice says was set aside.
    struct Assembled
    {
        Assembled(const QString &settingsPath, const QString &userDbPath, const QString &storePath)
            : settings(settingsPath), userData(userDbPath), library(userData), style(settings), store(storePath)
        {
            settings.setComfortFirstRunDone(true); // no first-run page in the way
        }
        Settings settings;
        UserDatabase userData;
        PersonalLibrary library;
        Ui::ReadingStyleController style;
        Update::ContentStore store;
        std::unique_ptr<Ui::ReaderAssembly> reader; // null when the content did not open
        QString problem;
    };

    std::unique_ptr<Assembled> assemble(const QString &prefix, const QString &warning = {}) const
    {
        auto made = std::make_unique<Assembled>(path(prefix + QStringLiteral("settings.ini")),
                                                path(prefix + QStringLiteral("user.db")),
                                                path(prefix + QStringLiteral("content")));
        const QString bundled = QStringLiteral(MYELIN_MINI_DB);
        Update::ContentStore::Choice choice = made->store.choose(bundled);
        if (!warning.isEmpty()) {
            choice = {bundled, {}, warning};
        }
        auto content = Ui::OpenedContent::open(choice, &made->problem);
        if (content) {
            made->reader = std::make_unique<Ui::ReaderAssembly>(
                Ui::ReaderAssembly::Dependencies{made->settings, made->userData, made->library, made->style,
                                                 made->store, Test::keysWith(m_key), bundled, nullptr,
                                                 &Ui::linkedInEngine},
                std::move(*content));
        }
        return made;
    }

private slots:
    void anUpdateRebuildsTheWindowInPlaceAndGoingBackToo()
    {
        const QString pack = path(QStringLiteral("newer.myelinpack"));
        const QString newerDb =
            Test::contentCopy(path(QStringLiteral("n.db")), QStringLiteral("1.3.0"), [](QSqlQuery &q) {
                q.exec(QStringLiteral("UPDATE articles SET title = 'Gamma, corrected' WHERE slug = 'gamma'"));
            });
        QVERIFY(Test::writePack(pack, newerDb, m_key, {}, QStringLiteral(MYELIN_MINI_DB)));

        const auto assembled = assemble(QString());
        QVERIFY2(assembled->reader, qPrintable(assembled->problem));
        Ui::ReaderAssembly &reader = *assembled->reader;
        PersonalLibrary &library = assembled->library;
        Ui::ReadingStyleController &style = assembled->style;
        const QString bundled = QStringLiteral(MYELIN_MINI_DB);
        reader.build(QStringLiteral("beta"));
        QPointer<Ui::MainWindow> first = reader.window();
        first->resize(1200, 800);
        first->show();
        QVERIFY(QTest::qWaitForWindowExposed(first));
        QVERIFY(waitForArticle(first, QStringLiteral("beta")));
        const QStringList menus = menuTitles(first);
        QVERIFY(menus.size() >= 6); // File, Go, View, Comfort, Bookmarks, Help: every feature is there
        QVERIFY(library.bookmarks.addBookmark(QStringLiteral("beta"), QStringLiteral("Beta article")) > 0);
        style.setFontPercent(150);

        // Install the pack: the window is made again, on the new content, at the same article.
        const auto accept = [](auto &&...) { return true; };
        reader.updates()->setPrompts({accept, accept, [](const QString &, const QString &) {}});
        QSignalSpy replaced(&reader, &Ui::ReaderAssembly::windowReplaced);
        QVERIFY(reader.updates()->importPack(pack));
        QVERIFY(replaced.wait(20000));
        QTRY_VERIFY(first.isNull()); // the old window and its features are gone
        Ui::MainWindow *second = reader.window();
        QVERIFY(second->isVisible());
        QVERIFY(waitForArticle(second, QStringLiteral("beta")));
        QCOMPARE(reader.content().choice.origin.source, Update::ContentStore::Origin::Source::Pack);
        QCOMPARE(reader.content().repository->article(QStringLiteral("gamma"))->title,
                 QStringLiteral("Gamma, corrected"));
        QCOMPARE(menuTitles(second), menus);
        QCOMPARE(library.bookmarks.bookmarks().size(), 1); // the user's data is untouched
        QCOMPARE(style.fontPercent(), 150);

        // Going back: the bundled content again, in a new window, at the same article.
        reader.updates()->setPrompts({accept, accept, [](const QString &, const QString &) {}});
        QPointer<Ui::MainWindow> secondPointer = second;
        QVERIFY(reader.updates()->goBack());
        QVERIFY(replaced.wait(20000));
        QTRY_VERIFY(secondPointer.isNull());
        QVERIFY(waitForArticle(reader.window(), QStringLiteral("beta")));
        QCOMPARE(reader.content().choice.path, bundled);
        QCOMPARE(reader.content().repository->article(QStringLiteral("gamma"))->title, QStringLiteral("Gamma article"));
        QCOMPARE(library.bookmarks.bookmarks().size(), 1);
    }

    void theWindowIsPaintedBeforeTheEngineStartsAndEveryFeatureHearsTheArticle_data()
    {
        QTest::addColumn<int>("textPercent");
        QTest::newRow("100%") << 100;
        QTest::newRow("300%") << 300;
    }

    void theWindowIsPaintedBeforeTheEngineStartsAndEveryFeatureHearsTheArticle()
    {
        QFETCH(int, textPercent);
        // Issue 21: the window is made and painted without the web engine, its tree and the first
        // article's frame (title, breadcrumb) in it; the engine, the article and the features follow
        // that first frame, and every feature hears of the first article (history records it once).
        const auto assembled = assemble(QStringLiteral("first-%1-").arg(textPercent));
        QVERIFY2(assembled->reader, qPrintable(assembled->problem));
        Ui::ReaderAssembly &reader = *assembled->reader;
        PersonalLibrary &library = assembled->library;
        assembled->style.setFontPercent(textPercent);
        reader.build(QStringLiteral("gamma"));
        Ui::MainWindow *window = reader.window();
        QCOMPARE(window->articleView(), nullptr);                 // no engine before the first frame
        QCOMPARE(window->currentSlug(), QStringLiteral("gamma")); // the frame: title, breadcrumb, tree
        QVERIFY(window->windowTitle().startsWith(QStringLiteral("Gamma article")));
        QCOMPARE(window->tree()->currentIndex().data().toString(), QStringLiteral("Gamma article"));
        QCoreApplication::processEvents();
        QVERIFY(!reader.featuresMade()); // not shown, not painted: nothing started
        QCOMPARE(reader.updates(), nullptr);

        QSignalSpy painted(window, &Ui::MainWindow::framePainted);
        QSignalSpy ready(&reader, &Ui::ReaderAssembly::featuresReady);
        window->resize(1024, 768);
        window->show(); // painted at the next turn of the event loop, once laid out
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QVERIFY(!reader.featuresMade());
        const auto top = [window] { return window->breadcrumb()->mapTo(window, QPoint(0, 0)).y(); };
        const auto treeTop = [window] { return window->tree()->mapTo(window, QPoint(0, 0)).y(); };
        const int firstTop = top();
        const int firstTreeTop = treeTop();
        QVERIFY(ready.wait(20000));
        // The reading row (colours, Listen, Comfort) came with the features into the row kept for it:
        // the breadcrumb, and the article under it, stayed where they were.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QVERIFY(window->findChild<QToolBar *>(QStringLiteral("readingToolbar")) != nullptr);
        QCOMPARE(window->findChild<QToolBar *>(QStringLiteral("reservedRow")), nullptr);
        QCOMPARE(top(), firstTop);
        // The side panes the features added (Questions, Notes, Bookmarks, History) came into the places
        // kept for them in the switcher: the tree stayed where it was too.
        QCOMPARE(treeTop(), firstTreeTop);
        QCOMPARE(painted.count(), 1); // the features came after the frame
        QVERIFY(window->articleView() != nullptr);
        QCOMPARE(window->articleView()->currentUrl().path(), QStringLiteral("/gamma"));
        QVERIFY(reader.updates() != nullptr);
        QVERIFY(waitForArticle(window, QStringLiteral("gamma")));
        QTRY_COMPARE_WITH_TIMEOUT(library.history.visits().size(), 1, 10000); // heard by Bookmarks
        QCOMPARE(library.history.visits().constFirst().slug, QStringLiteral("gamma"));
    }

    void anUnknownFirstArticleOpensTheHomePage()
    {
        const auto assembled = assemble(QStringLiteral("unknown-"));
        QVERIFY2(assembled->reader, qPrintable(assembled->problem));
        Ui::ReaderAssembly &reader = *assembled->reader;
        reader.build(QStringLiteral("no-such-article"));
        QCOMPARE(reader.window()->currentSlug(), QStringLiteral("home"));
        QSignalSpy ready(&reader, &Ui::ReaderAssembly::featuresReady);
        reader.window()->show();
        QVERIFY(ready.wait(20000));
        QCOMPARE(reader.window()->articleView()->currentUrl().path(), QStringLiteral("/home"));
        QVERIFY(waitForArticle(reader.window(), QStringLiteral("home")));
    }

    void aSetAsideUpdateIsSaidOnceTheWindowIsShown()
    {
        // What the updates feature says at start waits for the window, or a message box would come up
        // alone.
        const QString warning = QStringLiteral("The content update was damaged and is not used.");
        const auto assembled = assemble(QStringLiteral("aside-"), warning);
        QVERIFY2(assembled->reader, qPrintable(assembled->problem));
        Ui::ReaderAssembly &reader = *assembled->reader;
        reader.build(QStringLiteral("beta"));
        QVERIFY(!reader.window()->statusBar()->currentMessage().contains(warning));
        reader.window()->show();
        QTRY_VERIFY(reader.window()->statusBar()->currentMessage().contains(warning));
    }

    void heldPageSignalsAreHeardOnRelease()
    {
        auto opened = ContentDatabase::open(QStringLiteral(MYELIN_MINI_DB));
        QVERIFY(opened.database);
        ContentRepository repository(*opened.database);
        Ui::ArticleView view(repository, QString());
        view.resize(800, 600);
        view.show();
        QSignalSpy first(view.webView(), &QWebEngineView::loadFinished);
        view.openUrl(QUrl(QStringLiteral("myelin://article/alpha")));
        QVERIFY(first.wait(20000));

        view.holdPageSignals();
        QSignalSpy address(&view, &Ui::ArticleView::urlChanged);
        QSignalSpy heard(&view, &Ui::ArticleView::loadFinished);
        QSignalSpy engine(view.webView(), &QWebEngineView::loadFinished);
        view.openUrl(QUrl(QStringLiteral("myelin://article/beta")));
        QVERIFY(engine.wait(20000));
        QCOMPARE(address.count(), 0); // held
        QCOMPARE(heard.count(), 0);
        view.releasePageSignals();
        QCOMPARE(address.count(), 1);
        QCOMPARE(address.constFirst().constFirst().toUrl().path(), QStringLiteral("/beta"));
        QCOMPARE(heard.count(), 1);
        QCOMPARE(heard.constFirst().constFirst().toBool(), true);
        view.releasePageSignals(); // nothing more held
        QCOMPARE(address.count(), 1);
        QCOMPARE(heard.count(), 1);
        view.openUrl(QUrl(QStringLiteral("myelin://article/gamma")));
        QVERIFY(heard.wait(20000)); // no longer held
        QCOMPARE(address.count(), 2);
    }
};

MYELIN_GUI_TEST_MAIN(TestReaderAssembly)
#include "tst_readerassembly.moc"
