// SPDX-License-Identifier: GPL-3.0-or-later
// Opens the main window on the bundled content, as a new user would, and checks that the tree is
// filled and the first article is rendered by Qt WebEngine.
#include "core/contentdatabase.h"
#include "core/contentrepository.h"
#include "testsupport.h"
#include "ui/shell/articleview.h"
#include "ui/shell/breadcrumbbar.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/readingstylecontroller.h"
#include "userdata/settings.h"
#include "userdata/userdatabase.h"
#include "web/urlscheme.h"
#include "web/webpage.h"

#include <QAction>
#include <QMenu>
#include <QTemporaryDir>
#include <QTreeView>
#include <QWebEngineScript>
#include <QWebEngineView>

using namespace Myelin;

class TestMainWindowSmoke : public QObject
{
    Q_OBJECT

private slots:
    void opensOnTheBundledContent()
    {
        auto opened = ContentDatabase::open(QStringLiteral(MYELIN_CONTENT_DB));
        QVERIFY2(opened.database, qPrintable(opened.message));
        const ContentRepository repository(*opened.database);
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        UserDatabase userData(dir.filePath(QStringLiteral("user.db")));

        Ui::ReadingStyleController style(settings);
        Ui::MainWindow window(
            {*opened.database, repository, settings, userData, style, Ui::ArticleView::forWindow(repository, style)});
        QVERIFY(window.articleView() != nullptr);
        QSignalSpy shown(&window, &Ui::MainWindow::articleShown);
        QSignalSpy loaded(window.articleView(), &Ui::ArticleView::loadFinished);
        window.openArticle(QString());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QVERIFY(window.tree()->model()->rowCount() >= 1);
        QVERIFY(!loaded.isEmpty() || loaded.wait(30000));
        QCOMPARE(loaded.first().first().toBool(), true);

        const QString root = repository.rootSlug();
        const auto article = repository.article(root);
        QVERIFY(article.has_value());
        QTRY_COMPARE_WITH_TIMEOUT(window.articleView()->currentTitle(), article->title, 10000);
        QCOMPARE(window.currentSlug(), root);
        QTRY_VERIFY(shown.count() >= 1); // with its frame, once the page is on screen
        QCOMPARE(window.tree()->currentIndex().data().toString(), article->title);
        QCOMPARE(window.breadcrumb()->partTitles().last(), article->title);

        // The article body really rendered: ask the page (the app's isolated world) for its heading.
        QString heading;
        window.articleView()->page()->runJavaScript(QStringLiteral("document.querySelector('h1').textContent"),
                                                    QWebEngineScript::ApplicationWorld,
                                                    [&heading](const QVariant &v) { heading = v.toString(); });
        QTRY_COMPARE_WITH_TIMEOUT(heading, article->title, 10000);

        // Help > How to Use Myelin (F1) opens the bundled guide.
        auto *guide = window.findChild<QAction *>(QStringLiteral("helpGuide"));
        QVERIFY(guide);
        QVERIFY(guide->shortcuts().contains(QKeySequence(QKeySequence::HelpContents)));
        guide->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(window.currentSlug(), QString::fromLatin1(Ui::MainWindow::HelpArticle), 10000);

        // Help > Get Help Now, first in the menu, opens the emergency numbers and crisis lines.
        auto *getHelp = window.findChild<QAction *>(QStringLiteral("getHelpNow"));
        QVERIFY(getHelp);
        const QList<QAction *> helpItems = getHelp->associatedObjects().isEmpty()
                                               ? QList<QAction *>()
                                               : qobject_cast<QMenu *>(getHelp->associatedObjects().first())->actions();
        QCOMPARE(helpItems.value(0), getHelp);
        getHelp->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(window.currentSlug(), QString::fromLatin1(Ui::MainWindow::GetHelpArticle), 10000);
    }

    void aWindowMadeWithoutItsViewPaintsFirstAndOpensTheLastPageAskedFor()
    {
        // ReaderAssembly's window (issue 21): tree and frame painted before the web engine starts; a
        // page asked for meanwhile opens when the view comes.
        auto opened = ContentDatabase::open(QStringLiteral(MYELIN_CONTENT_DB));
        QVERIFY2(opened.database, qPrintable(opened.message));
        const ContentRepository repository(*opened.database);
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        UserDatabase userData(dir.filePath(QStringLiteral("user.db")));
        Ui::ReadingStyleController style(settings);
        Ui::MainWindow window({*opened.database, repository, settings, userData, style});
        QCOMPARE(window.articleView(), nullptr);
        const QStringList slugs = repository.articleSlugs(3);
        QVERIFY(slugs.size() == 3);
        window.openArticle(slugs.at(1));
        window.openArticle(slugs.at(2)); // the reader clicked again before the engine started
        QCOMPARE(window.currentSlug(), slugs.at(2));
        QCOMPARE(window.breadcrumb()->partTitles().last(), repository.article(slugs.at(2))->title);

        QSignalSpy painted(&window, &Ui::MainWindow::framePainted);
        window.resize(1024, 768);
        window.show();
        QVERIFY(painted.wait(20000));
        QCOMPARE(window.articleView(), nullptr); // the window does not make one itself
        // Nothing needs the view meanwhile: back and forward are off, the text size changes.
        QAction *back = nullptr;
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->text() == QLatin1String("Back")) {
                back = action;
            }
        }
        QVERIFY(back != nullptr);
        QVERIFY(!back->isEnabled());
        back->trigger(); // e.g. the mouse's back button, which does not ask whether the action is on
        style.setFontPercent(150);

        auto *view = Ui::ArticleView::forWindow(repository, style);
        QSignalSpy loaded(view, &Ui::ArticleView::loadFinished);
        window.setArticleView(view);
        QCOMPARE(window.articleView(), view);
        QCOMPARE(view->currentUrl().path(), QLatin1Char('/') + slugs.at(2));
        QVERIFY(loaded.wait(20000));
        QTRY_COMPARE_WITH_TIMEOUT(view->currentTitle(), repository.article(slugs.at(2))->title, 10000);
        QCOMPARE(window.currentSlug(), slugs.at(2));
        QCOMPARE(painted.count(), 1);
    }
};

MYELIN_GUI_TEST_MAIN(TestMainWindowSmoke)
#include "tst_mainwindow_smoke.moc"
