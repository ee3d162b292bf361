// SPDX-License-Identifier: GPL-3.0-or-later
// What the reader's scheme handler (web/schemehandler) serves for every kind of address, and that it
// serves nothing for the rest: each row names an address, the MIME type expected (empty: nothing) and
// a piece of the reply.
#include "core/contenturl.h"
#include "minicontent.h"
#include "web/schemehandler.h"

#include <QTest>

using namespace Myelin;
using Kind = ContentUrl::Kind;

class TestSchemeHandler : public QObject
{
    Q_OBJECT

private:
    Test::MiniContent m_mini;

private slots:
    void initTestCase()
    {
        m_mini = Test::MiniContent::open();
        QVERIFY2(m_mini, m_mini.why());
    }

    void replies_data()
    {
        QTest::addColumn<QUrl>("url");
        QTest::addColumn<QString>("mime");
        QTest::addColumn<QByteArray>("contains");
        const QString html = QStringLiteral("text/html;charset=utf-8");
        QTest::newRow("article") << ContentUrl::build(Kind::Article, QStringLiteral("alpha")) << html
                                 << QByteArray("Alpha article");
        QTest::newRow("article with a heading")
            << QUrl(QStringLiteral("myelin://article/alpha#sources")) << html << QByteArray("Alpha article");
        QTest::newRow("unknown article: a page that says so")
            << ContentUrl::build(Kind::Article, QStringLiteral("nope")) << html << QByteArray("Article not found");
        QTest::newRow("glossary term") << ContentUrl::build(Kind::Glossary, QStringLiteral("stenosis")) << html
                                       << QByteArray("<h1 id=\"title\">");
        QTest::newRow("unknown glossary term: a page that says so")
            << ContentUrl::build(Kind::Glossary, QStringLiteral("nope")) << html << QByteArray("Term not found");
        QTest::newRow("timeline") << ContentUrl::build(Kind::Timeline) << html << QByteArray("class=\"timeline\"");
        QTest::newRow("timeline topic") << ContentUrl::build(Kind::Timeline, QStringLiteral("research")) << html
                                        << QByteArray("button active\" href=\"myelin://timeline/research\"");
        QTest::newRow("quotes") << ContentUrl::build(Kind::Quotes) << html << QByteArray("Quote source");
        QTest::newRow("image") << ContentUrl::build(Kind::Image, QStringLiteral("dot"))
                               << QStringLiteral("image/svg+xml") << QByteArray("<svg");
        QTest::newRow("unknown image") << ContentUrl::build(Kind::Image, QStringLiteral("nope")) << QString()
                                       << QByteArray();
        QTest::newRow("stylesheet") << ContentUrl::build(Kind::Style, QStringLiteral("content.css"))
                                    << QStringLiteral("text/css;charset=utf-8") << QByteArray("font-face");
        QTest::newRow("another stylesheet")
            << ContentUrl::build(Kind::Style, QStringLiteral("other.css")) << QString() << QByteArray();
        QTest::newRow("font outside the fonts folder")
            << ContentUrl::build(Kind::Font, QStringLiteral("../../etc/passwd")) << QString() << QByteArray();
        QTest::newRow("feedback is never a page")
            << QUrl(QStringLiteral("myelin://feedback/alpha?answer=yes")) << QString() << QByteArray();
        QTest::newRow("print documents are the print handler's")
            << ContentUrl::build(Kind::Print, QStringLiteral("1")) << QString() << QByteArray();
        QTest::newRow("unknown kind") << QUrl(QStringLiteral("myelin://settings/all")) << QString() << QByteArray();
        QTest::newRow("no kind") << QUrl(QStringLiteral("myelin:///alpha")) << QString() << QByteArray();
        QTest::newRow("another scheme") << QUrl(QStringLiteral("https://example.org/article/alpha")) << QString()
                                        << QByteArray();
        QTest::newRow("file") << QUrl(QStringLiteral("file:///etc/passwd")) << QString() << QByteArray();
    }

    void replies()
    {
        QFETCH(QUrl, url);
        QFETCH(QString, mime);
        QFETCH(QByteArray, contains);
        const Web::SchemeHandler handler(*m_mini.repository);
        const Web::SchemeHandler::Reply reply = handler.replyFor(url);
        QCOMPARE(QString::fromLatin1(reply.mime), mime);
        if (mime.isEmpty()) {
            QVERIFY(reply.data.isEmpty());
        } else {
            QVERIFY2(reply.data.contains(contains), reply.data.left(400).constData());
        }
    }

    void pagesLinkOnlyToTheReadersOwnAddresses()
    {
        // The article page's feedback links are built by core/contenturl; its stylesheet is written into
        // it, so that it needs no second request before it is drawn.
        const Web::SchemeHandler handler(*m_mini.repository);
        const QByteArray page = handler.replyFor(ContentUrl::build(Kind::Article, QStringLiteral("alpha"))).data;
        QVERIFY(!page.contains(ContentUrl::href(Kind::Style, QStringLiteral("content.css")).toUtf8()));
        QVERIFY(!Web::SchemeHandler::styleSheet().isEmpty());
        QVERIFY(page.contains("<style>" + Web::SchemeHandler::styleSheet().toUtf8() + "</style>"));
        QVERIFY(page.contains(
            ContentUrl::feedbackHref(QStringLiteral("alpha"), QStringLiteral("answer=yes")).toHtmlEscaped().toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestSchemeHandler)
#include "tst_schemehandler.moc"
