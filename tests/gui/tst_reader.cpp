// SPDX-License-Identifier: GPL-3.0-or-later
// The reader as a user drives it: tree, breadcrumb, related items, text size, history, outside links
// and the promise that no page can reach the network.
#include "core/contenturl.h"
#include "readerfixture.h"
#include "testsupport.h"
#include "ui/shell/breadcrumbbar.h"
#include "ui/shell/glossarypanel.h"
#include "ui/shell/relatedpanel.h"
#include "ui/shell/sidepanes.h"
#include "web/requestinterceptor.h"
#include "web/urlscheme.h"
#include "web/webpage.h"

#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTreeView>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineView>

Q_DECLARE_METATYPE(Myelin::ContentUrl::Kind)

using namespace Myelin;

class TestReader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString settingsPath() const { return m_dir.filePath(QStringLiteral("settings.ini")); }
    QString userDbPath() const { return m_dir.filePath(QStringLiteral("user.db")); }

    std::unique_ptr<Test::Reader> startReader(const QString &content = QStringLiteral(MYELIN_MINI_DB),
                                              const QString &slug = {})
    {
        auto reader = std::make_unique<Test::Reader>(content, settingsPath(), userDbPath());
        if (!reader->isValid() || !reader->start(slug)) {
            return nullptr;
        }
        return reader;
    }

private slots:
    void init() { QFile::remove(settingsPath()); }

    void selectingInTheTreeOpensTheArticle()
    {
        auto reader = startReader();
        QVERIFY(reader);
        QCOMPARE(reader->window->currentSlug(), QStringLiteral("home"));
        QTreeView *tree = reader->window->tree();
        const QModelIndex home = tree->model()->index(0, 0);
        tree->expand(home);
        const QModelIndex alpha = tree->model()->index(0, 0, home);
        QCOMPARE(alpha.data().toString(), QStringLiteral("Alpha article"));

        QSignalSpy loaded(reader->window->articleView(), &Ui::ArticleView::loadFinished);
        QSignalSpy shown(reader->window.get(), &Ui::MainWindow::articleShown);
        QStringList trailWhenShown; // the article is shown with its frame (the Tab order is put right then)
        connect(reader->window.get(), &Ui::MainWindow::articleShown, this,
                [&] { trailWhenShown = reader->window->breadcrumb()->partTitles(); });
        const quint64 queriesBefore = reader->repository->queryCount();
        tree->setFocus();
        const QStringList homeTrail = reader->window->breadcrumb()->partTitles();
        QStringList trailWhenLoaded;
        connect(reader->window->articleView(), &Ui::ArticleView::loadFinished, this,
                [&] { trailWhenLoaded = reader->window->breadcrumb()->partTitles(); });
        QSignalSpy pageShown(reader->window->articleView(), &Ui::ArticleView::pageShown);
        tree->setCurrentIndex(alpha); // what the arrow keys or a click do
        // The window knows the new article at once; its frame changes when the page is on screen
        // (ui/shell/pageframe): while the old page is still there, so is its frame.
        QCOMPARE(reader->window->currentSlug(), QStringLiteral("alpha"));
        QCOMPARE(reader->window->breadcrumb()->partTitles(), homeTrail);
        QVERIFY(reader->window->isFrameWaiting());
        QVERIFY(loaded.wait(20000));
        QCOMPARE(trailWhenLoaded, homeTrail); // loaded, not yet drawn
        QVERIFY(pageShown.wait(20000));
        QVERIFY(reader->window->articleView()->lastPageShownByPaint()); // drawn, not a guess
        QCOMPARE(reader->window->breadcrumb()->partTitles(),
                 (QStringList{QStringLiteral("Welcome"), QStringLiteral("Alpha article")}));
        QVERIFY(!reader->window->isFrameWaiting());
        QTRY_COMPARE(shown.size(), 1);
        QCOMPARE(trailWhenShown, (QStringList{QStringLiteral("Welcome"), QStringLiteral("Alpha article")}));
        // One click, five or six queries: the article, its breadcrumb, related items and sources, and its
        // one picture. The page and the window's frame around it both need the breadcrumb and related
        // items: whichever comes second reads what the first read (it was eight when each read its own).
        QVERIFY2(reader->repository->queryCount() - queriesBefore <= 6,
                 qPrintable(QString::number(reader->repository->queryCount() - queriesBefore)));
        QCOMPARE(reader->window->currentSlug(), QStringLiteral("alpha"));
        QCOMPARE(reader->heading(), QStringLiteral("Alpha article"));
        QCOMPARE(reader->window->breadcrumb()->partTitles(),
                 (QStringList{QStringLiteral("Welcome"), QStringLiteral("Alpha article")}));
    }

    void backAndForwardBringTheirFrames()
    {
        // Pages the engine may keep (back and forward) are drawn again: their frames follow them.
        auto reader = startReader(QStringLiteral(MYELIN_MINI_DB), QStringLiteral("alpha"));
        QVERIFY(reader);
        QVERIFY(reader->open(QStringLiteral("beta")));
        const QStringList alphaTrail{QStringLiteral("Welcome"), QStringLiteral("Alpha article")};
        const QStringList betaTrail{QStringLiteral("Welcome"), QStringLiteral("Alpha article"),
                                    QStringLiteral("Beta article")};
        QCOMPARE(reader->window->breadcrumb()->partTitles(), betaTrail);
        QVERIFY(reader->window->articleView()->canGoBack());
        reader->window->articleView()->back();
        QTRY_COMPARE_WITH_TIMEOUT(reader->window->breadcrumb()->partTitles(), alphaTrail, 20000);
        QVERIFY(!reader->window->isFrameWaiting());
        QCOMPARE(reader->window->currentSlug(), QStringLiteral("alpha"));
        reader->window->articleView()->forward();
        QTRY_COMPARE_WITH_TIMEOUT(reader->window->breadcrumb()->partTitles(), betaTrail, 20000);
        QVERIFY(!reader->window->isFrameWaiting());
    }

    void aPageLeftBeforeItCameLeavesTheFrameToTheNext()
    {
        auto reader = startReader(QStringLiteral(MYELIN_MINI_DB), QStringLiteral("alpha"));
        QVERIFY(reader);
        QSignalSpy loaded(reader->window->articleView(), &Ui::ArticleView::loadFinished);
        reader->window->openArticle(QStringLiteral("beta"));
        reader->window->openArticle(QStringLiteral("gamma")); // before Beta came
        QTRY_VERIFY_WITH_TIMEOUT(!reader->window->isFrameWaiting(), 20000);
        QCOMPARE(reader->window->currentSlug(), QStringLiteral("gamma"));
        QCOMPARE(reader->window->breadcrumb()->partTitles(),
                 (QStringList{QStringLiteral("Welcome"), QStringLiteral("Gamma article")}));
        QVERIFY(!loaded.isEmpty());
        QCOMPARE(reader->heading(), QStringLiteral("Gamma article"));
    }

    void switchingKeepsWhatDoesNotChange()
    {
        auto reader = startReader(QStringLiteral(MYELIN_MINI_DB), QStringLiteral("alpha"));
        QVERIFY(reader);
        // Alpha and Gamma are both under Welcome: the trail's "Welcome" button stays, only the title changes.
        const QList<QPushButton *> buttons = reader->window->breadcrumb()->findChildren<QPushButton *>();
        QCOMPARE(buttons.size(), 1);
        const QPointer<QPushButton> welcome = buttons.first();
        QVERIFY(reader->open(QStringLiteral("gamma")));
        QVERIFY(welcome);
        QCOMPARE(reader->window->breadcrumb()->findChildren<QPushButton *>(), QList<QPushButton *>{welcome.data()});
        QCOMPARE(reader->window->breadcrumb()->partTitles(),
                 (QStringList{QStringLiteral("Welcome"), QStringLiteral("Gamma article")}));
        // Gamma and Beta both list Alpha as related: the list stays as it is.
        QListWidget *list = reader->window->related()->list();
        QCOMPARE(list->count(), 1);
        QListWidgetItem *item = list->item(0);
        QVERIFY(reader->open(QStringLiteral("beta")));
        QCOMPARE(list->count(), 1);
        QCOMPARE(list->item(0), item);
        QCOMPARE(item->text(), QStringLiteral("Alpha article"));
        // Beta's trail is longer: made anew, right.
        QCOMPARE(
            reader->window->breadcrumb()->partTitles(),
            (QStringList{QStringLiteral("Welcome"), QStringLiteral("Alpha article"), QStringLiteral("Beta article")}));
        // A different list is shown in full.
        QVERIFY(reader->open(QStringLiteral("alpha")));
        QCOMPARE(list->count(), 2);
        QCOMPARE(list->item(1)->text(), QStringLiteral("Gamma article"));
    }

    void lastArticleIsSavedOnceTheReaderStays()
    {
        auto reader = startReader(QStringLiteral(MYELIN_MINI_DB), QStringLiteral("alpha"));
        QVERIFY(reader);
        QTRY_COMPARE(reader->settings.lastArticle(), QStringLiteral("alpha"));
        // Saving writes the settings file: not while the next article is being drawn, but once the
        // reader has stayed on it.
        QString savedWhenShown;
        connect(reader->window.get(), &Ui::MainWindow::articleShown, this,
                [&] { savedWhenShown = reader->settings.lastArticle(); });
        QVERIFY(reader->open(QStringLiteral("gamma")));
        QCOMPARE(savedWhenShown, QStringLiteral("alpha"));
        QTRY_COMPARE_WITH_TIMEOUT(reader->settings.lastArticle(), QStringLiteral("gamma"), 10000);
    }

    void deepArticleExpandsTheTreeAndShowsItsPath()
    {
        auto reader = startReader(QStringLiteral(MYELIN_MINI_DB), QStringLiteral("beta"));
        QVERIFY(reader);
        QCOMPARE(reader->window->currentSlug(), QStringLiteral("beta"));
        QCOMPARE(reader->window->tree()->currentIndex().data().toString(), QStringLiteral("Beta article"));
        QCOMPARE(
            reader->window->breadcrumb()->partTitles(),
            (QStringList{QStringLiteral("Welcome"), QStringLiteral("Alpha article"), QStringLiteral("Beta article")}));
    }

    void clickingARelatedItemLandsOnIt()
    {
        auto reader = startReader(QStringLiteral(MYELIN_MINI_DB), QStringLiteral("alpha"));
        QVERIFY(reader);
        QListWidget *list = reader->window->related()->list();
        QCOMPARE(list->count(), 2);
        QCOMPARE(list->item(1)->text(), QStringLiteral("Gamma article"));
        QSignalSpy loaded(reader->window->articleView(), &Ui::ArticleView::loadFinished);
        const QRect rect = list->visualItemRect(list->item(1));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
        QVERIFY(loaded.wait(20000));
        QCOMPARE(reader->window->currentSlug(), QStringLiteral("gamma"));
        QCOMPARE(reader->heading(), QStringLiteral("Gamma article"));
    }

    void enterOnARelatedItemOpensIt()
    {
        auto reader = startReader(QStringLiteral(MYELIN_MINI_DB), QStringLiteral("alpha"));
        QVERIFY(reader);
        QListWidget *list = reader->window->related()->list();
        list->setFocus();
        list->setCurrentRow(0);
        QSignalSpy loaded(reader->window->articleView(), &Ui::ArticleView::loadFinished);
        QTest::keyClick(list, Qt::Key_Return);
        QVERIFY(loaded.wait(20000));
        QCOMPARE(reader->window->currentSlug(), QStringLiteral("beta"));
    }

    void fontSizeStepsAndIsRememberedAcrossRestarts()
    {
        double normal = 0;
        {
            auto reader = startReader(QStringLiteral(MYELIN_MINI_DB), QStringLiteral("gamma"));
            QVERIFY(reader);
            normal = reader->bodyFontPixels();
            QCOMPARE(normal, 18.0);
            reader->style.changeFontSize(+1);
            reader->style.changeFontSize(+1);
            QCOMPARE(reader->style.fontPercent(), 125);
            QTRY_COMPARE_WITH_TIMEOUT(reader->bodyFontPixels(), 22.5, 5000);
            QVERIFY(reader->window->statusBar()->currentMessage().contains(QStringLiteral("125")));
            for (int i = 0; i < 20; ++i) {
                reader->style.changeFontSize(+1);
            }
            QCOMPARE(reader->style.fontPercent(), 300); // the largest step, never more
            reader->style.changeFontSize(-1);
            QCOMPARE(reader->style.fontPercent(), 250);
            reader->window->close();
        }
        auto again = startReader(QStringLiteral(MYELIN_MINI_DB), QStringLiteral("gamma"));
        QVERIFY(again);
        QCOMPARE(again->style.fontPercent(), 250);
        QCOMPARE(again->bodyFontPixels(), 45.0); // applied on first paint of the first article
        QVERIFY(again->open(QStringLiteral("alpha")));
        QCOMPARE(again->bodyFontPixels(), 45.0); // and on every later one
        again->style.changeFontSize(0);
        QTRY_COMPARE_WITH_TIMEOUT(again->bodyFontPixels(), normal, 5000);
    }

    void largestTextReflowsWithoutSideways()
    {
        auto reader = startReader(QStringLiteral(MYELIN_MINI_DB), QStringLiteral("alpha"));
        QVERIFY(reader);
        reader->window->resize(1024, 768);
        for (int i = 0; i < 12; ++i) {
            reader->style.changeFontSize(+1);
        }
        QTRY_COMPARE_WITH_TIMEOUT(reader->bodyFontPixels(), 54.0, 5000);
        const QString widest =
            reader
                ->eval(QStringLiteral("(() => { const w = document.documentElement.clientWidth; let out = ''; "
                                      "for (const e of document.querySelectorAll('body *')) { "
                                      "const r = e.getBoundingClientRect(); if (r.right > w + 1) "
                                      "out += e.tagName + '.' + e.className + ' ' + Math.round(r.right) + '; '; } "
                                      "return out + ' width ' + w + ' scroll ' + "
                                      "document.documentElement.scrollWidth; })()"))
                .toString();
        QVERIFY2(!widest.contains(QLatin1Char(';')), qPrintable(widest));
    }

    void backAndForward()
    {
        auto reader = startReader(QStringLiteral(MYELIN_MINI_DB), QStringLiteral("home"));
        QVERIFY(reader);
        QVERIFY(reader->open(QStringLiteral("alpha")));
        QVERIFY(reader->open(QStringLiteral("gamma")));
        QSignalSpy loaded(reader->window->articleView(), &Ui::ArticleView::loadFinished);
        QTest::keyClick(reader->window.get(), Qt::Key_Left, Qt::AltModifier);
        QTRY_COMPARE_WITH_TIMEOUT(reader->window->currentSlug(), QStringLiteral("alpha"), 10000);
        QTest::keyClick(reader->window.get(), Qt::Key_Left, Qt::AltModifier);
        QTRY_COMPARE_WITH_TIMEOUT(reader->window->currentSlug(), QStringLiteral("home"), 10000);
        QTest::keyClick(reader->window.get(), Qt::Key_Right, Qt::AltModifier);
        QTRY_COMPARE_WITH_TIMEOUT(reader->window->currentSlug(), QStringLiteral("alpha"), 10000);
        QCOMPARE(reader->window->tree()->currentIndex().data().toString(), QStringLiteral("Alpha article"));
    }

    void lastArticleReopensOnNextStart()
    {
        {
            auto reader = startReader(QStringLiteral(MYELIN_MINI_DB), QStringLiteral("beta"));
            QVERIFY(reader);
        }
        Settings settings(settingsPath());
        QCOMPARE(settings.lastArticle(), QStringLiteral("beta"));
    }

    void unknownSlugShowsHomeWithAMessage()
    {
        auto reader = startReader(QStringLiteral(MYELIN_MINI_DB), QStringLiteral("no-such-article"));
        QVERIFY(reader);
        QCOMPARE(reader->window->currentSlug(), QStringLiteral("home"));
        QVERIFY(reader->window->statusBar()->currentMessage().contains(QStringLiteral("no-such-article")));
    }

    // An address the content has no page at (a bookmark to an article a content update removed):
    // the page says so and nothing around it is still the last article's.
    void missingPageLeavesNothingOfTheLastArticle_data()
    {
        QTest::addColumn<ContentUrl::Kind>("kind");
        QTest::addColumn<QString>("title");
        QTest::newRow("article") << ContentUrl::Kind::Article << QStringLiteral("Article not found");
        QTest::newRow("glossary term") << ContentUrl::Kind::Glossary << QStringLiteral("Term not found");
    }

    void missingPageLeavesNothingOfTheLastArticle()
    {
        QFETCH(ContentUrl::Kind, kind);
        QFETCH(QString, title);
        auto reader = startReader(QStringLiteral(MYELIN_MINI_DB), QStringLiteral("beta"));
        QVERIFY(reader);
        QVERIFY(!reader->window->related()->isEmpty());
        QCOMPARE(reader->window->breadcrumb()->partTitles().size(), 3);

        QSignalSpy loaded(reader->window->articleView(), &Ui::ArticleView::loadFinished);
        reader->window->openUrl(ContentUrl::build(kind, QStringLiteral("no-such-page")));
        QVERIFY(loaded.wait(20000));
        QVERIFY(loaded.last().first().toBool()); // a page of the reader's own, not the engine's error page
        QCOMPARE(reader->heading(), title);
        QVERIFY(reader->eval(QStringLiteral("document.body.textContent"))
                    .toString()
                    .contains(QStringLiteral("\"no-such-page\"")));
        QCOMPARE(reader->window->currentSlug(), QString());
        QCOMPARE(reader->window->breadcrumb()->partTitles(), QStringList{title});
        QVERIFY(reader->window->related()->isEmpty());
        QVERIFY(reader->window->windowTitle().startsWith(title));
    }

    void externalLinkAsksAndDoesNotNavigate()
    {
        auto reader = startReader(QStringLiteral(MYELIN_MINI_DB), QStringLiteral("alpha"));
        QVERIFY(reader);
        QList<QUrl> asked;
        reader->window->setExternalLinkConfirmer([&asked](const QUrl &url) {
            asked << url;
            return false; // the user says no
        });
        const QUrl before = reader->window->articleView()->currentUrl();
        // A real mouse click on the link, where the page says it is.
        const QVariantList box =
            reader
                ->eval(QStringLiteral("(() => { const r = document.querySelector('.body a.external')"
                                      ".getBoundingClientRect(); return [r.left + 3, r.top + r.height / 2]; })()"))
                .toList();
        QCOMPARE(box.size(), 2);
        QWidget *target = reader->window->articleView()->webView()->focusProxy();
        QVERIFY(target);
        const QPoint point(qRound(box.at(0).toDouble()), qRound(box.at(1).toDouble()));
        QTest::mouseClick(target, Qt::LeftButton, {}, point);
        QTRY_COMPARE_WITH_TIMEOUT(asked.size(), 1, 10000);
        QCOMPARE(asked.first(), QUrl(QStringLiteral("https://example.org/outside")));
        // Refused in the same step as the question: the page is still the article.
        QCOMPARE(reader->eval(QStringLiteral("location.href")).toUrl(), before);
        QCOMPARE(reader->window->articleView()->currentUrl(), before);
        QCOMPARE(reader->heading(), QStringLiteral("Alpha article"));
    }

    void pagesCannotReachTheNetwork()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        int connections = 0;
        connect(&server, &QTcpServer::newConnection, this, [&] { ++connections; });

        // A database whose HTML was never sanitised: inserted directly, as an attacker could.
        const QString path = m_dir.filePath(QStringLiteral("hostile.db"));
        QFile::remove(path);
        QVERIFY(QFile::copy(QStringLiteral(MYELIN_MINI_DB), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("hostile"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            const QString base = QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort());
            query.prepare(QStringLiteral("UPDATE articles SET html = ? WHERE slug = 'gamma'"));
            query.addBindValue(QStringLiteral("<p>Hostile</p><img src=\"%1/x\"><link rel=\"stylesheet\" "
                                              "href=\"%1/y.css\"><iframe src=\"%1/z\"></iframe>"
                                              "<video src=\"%1/v\" autoplay></video>")
                                   .arg(base));
            QVERIFY(query.exec());
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("hostile"));

        auto reader = startReader(path, QStringLiteral("gamma"));
        QVERIFY(reader);
        QCOMPARE(reader->heading(), QStringLiteral("Gamma article"));
        // The page has loaded (pictures, stylesheets and frames are part of that) with the picture
        // refused: the page's own rules stop such requests before they are made.
        QTRY_VERIFY(reader
                        ->eval(QStringLiteral("(function () { var i = document.querySelector('.body img'); "
                                              "return i !== null && i.complete && i.naturalWidth === 0; })()"))
                        .toBool());
        QCoreApplication::processEvents(); // a connection that got through would be announced now
        QCOMPARE(connections, 0);
        QVERIFY(!server.hasPendingConnections());
    }

    void interceptorBlocksEverythingButTheAppsOwnScheme()
    {
        // The interceptor on its own, on a plain page that accepts every navigation: the web request
        // is stopped before any connection is made.
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        Web::RequestInterceptor interceptor;
        QWebEngineProfile profile;
        profile.setUrlRequestInterceptor(&interceptor);
        QWebEnginePage page(&profile);
        QSignalSpy loaded(&page, &QWebEnginePage::loadFinished);
        page.load(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(server.serverPort())));
        QVERIFY(loaded.wait(20000));
        QCOMPARE(loaded.first().first().toBool(), false);
        QCOMPARE(interceptor.blockedCount(), 1);
        QCoreApplication::processEvents();
        QVERIFY(!server.hasPendingConnections());
    }

    void appCannotBeSteeredToTheWeb()
    {
        auto reader = startReader(QStringLiteral(MYELIN_MINI_DB), QStringLiteral("gamma"));
        QVERIFY(reader);
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const QUrl before = reader->window->articleView()->currentUrl();
        const QUrl web(QStringLiteral("http://127.0.0.1:%1/").arg(server.serverPort()));
        QSignalSpy refused(reader->window->articleView()->page(), &Web::WebPage::navigationRefused);
        reader->window->articleView()->openUrl(web);
        QVERIFY(refused.wait(10000));
        QCOMPARE(refused.first().first().toUrl(), web);
        QCOMPARE(reader->eval(QStringLiteral("location.href")).toUrl(), before); // the page itself stayed
        QCoreApplication::processEvents();
        QVERIFY(!server.hasPendingConnections());
        QCOMPARE(reader->window->articleView()->currentUrl(), before);
    }

    void feedbackIsStoredLocally()
    {
        auto reader = startReader(QStringLiteral(MYELIN_MINI_DB), QStringLiteral("gamma"));
        QVERIFY(reader);
        QCOMPARE(reader->userData.feedback(QStringLiteral("gamma")), -1);
        QSignalSpy answered(reader->window->articleView()->page(), &Web::WebPage::feedbackAnswered);
        QWidget *target = reader->window->articleView()->webView()->focusProxy();
        const auto clickFirst = [&](const QString &selector) {
            const QVariantList box =
                reader
                    ->eval(QStringLiteral("(() => { const a = document.querySelector('%1'); "
                                          "a.scrollIntoView(); const r = a.getBoundingClientRect(); "
                                          "return [r.left + r.width / 2, r.top + r.height / 2]; })()")
                               .arg(selector))
                    .toList();
            if (box.size() == 2) {
                QTest::mouseClick(target, Qt::LeftButton, {},
                                  QPoint(qRound(box.at(0).toDouble()), qRound(box.at(1).toDouble())));
            }
            return box.size() == 2;
        };
        // A feedback link that content could hold (no key of this run) is clicked first: it changes
        // nothing. Then the reader's own "Yes" button: exactly one answer, the real one.
        reader->eval(QStringLiteral("(() => { const a = document.createElement('a'); a.id = 'forged'; "
                                    "a.textContent = 'Forged'; a.href = 'myelin://feedback/gamma?answer=no'; "
                                    "document.body.prepend(a); return true; })()"));
        QVERIFY(clickFirst(QStringLiteral("#forged")));
        QVERIFY(clickFirst(QStringLiteral(".feedback a")));
        QTRY_COMPARE_WITH_TIMEOUT(reader->userData.feedback(QStringLiteral("gamma")), 1, 10000);
        QCOMPARE(answered.size(), 1);
        QCOMPARE(answered.first().at(1).toBool(), true);
        QCOMPARE(reader->window->currentSlug(), QStringLiteral("gamma"));
    }

    void glossaryFilterAndOpenTerm()
    {
        auto reader = startReader(QStringLiteral(MYELIN_MINI_DB), QStringLiteral("gamma"));
        QVERIFY(reader);
        Ui::GlossaryPanel *panel = reader->window->glossary();
        reader->window->sideTabs()->setCurrentWidget(panel);
        QCOMPARE(panel->visibleCount(), 1);
        panel->filterBox()->setText(QStringLiteral("zzz"));
        QCOMPARE(panel->visibleCount(), 0);
        panel->filterBox()->setText(QStringLiteral("narrow")); // matches the definition too
        QCOMPARE(panel->visibleCount(), 1);
        QSignalSpy loaded(reader->window->articleView(), &Ui::ArticleView::loadFinished);
        QTest::keyClick(panel->filterBox(), Qt::Key_Return);
        QVERIFY(loaded.wait(20000));
        QCOMPARE(reader->heading(), QStringLiteral("Stenosis"));
    }

    void timelineAndQuotesPages()
    {
        auto reader = startReader(QStringLiteral(MYELIN_MINI_DB), QStringLiteral("gamma"));
        QVERIFY(reader);
        QSignalSpy loaded(reader->window->articleView(), &Ui::ArticleView::loadFinished);
        reader->window->openUrl(ContentUrl::build(ContentUrl::Kind::Timeline));
        QVERIFY(loaded.wait(20000));
        QCOMPARE(reader->heading(), QStringLiteral("Timeline"));
        QCOMPARE(reader->eval(QStringLiteral("document.querySelector('h2').textContent")).toString(),
                 QStringLiteral("2009"));
        QVERIFY(reader->eval(QStringLiteral("document.body.textContent"))
                    .toString()
                    .contains(QStringLiteral("First event")));
        reader->window->openUrl(ContentUrl::build(ContentUrl::Kind::Quotes));
        QVERIFY(loaded.wait(20000));
        QVERIFY(reader->eval(QStringLiteral("document.body.textContent"))
                    .toString()
                    .contains(QStringLiteral("A short test quote.")));
    }
};

MYELIN_GUI_TEST_MAIN(TestReader)
#include "tst_reader.moc"
