// SPDX-License-Identifier: GPL-3.0-or-later
// The reader's own addresses (core/contenturl): every kind built and read back, and what is not one.
#include "core/contenturl.h"

#include <QTest>
#include <QUrlQuery>

using namespace Myelin;
using Kind = ContentUrl::Kind;

Q_DECLARE_METATYPE(Myelin::ContentUrl::Kind)

class TestContentUrl : public QObject
{
    Q_OBJECT

private slots:
    void everyKindRoundTrips_data()
    {
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("text");
        QTest::newRow("article") << Kind::Article << QStringLiteral("ccsvi")
                                 << QStringLiteral("myelin://article/ccsvi");
        QTest::newRow("glossary") << Kind::Glossary << QStringLiteral("ms") << QStringLiteral("myelin://glossary/ms");
        QTest::newRow("timeline, all") << Kind::Timeline << QString() << QStringLiteral("myelin://timeline/");
        QTest::newRow("timeline, topic") << Kind::Timeline << QStringLiteral("trial")
                                         << QStringLiteral("myelin://timeline/trial");
        QTest::newRow("quotes") << Kind::Quotes << QString() << QStringLiteral("myelin://quotes/");
        QTest::newRow("image") << Kind::Image << QStringLiteral("veins") << QStringLiteral("myelin://image/veins");
        QTest::newRow("font") << Kind::Font << QStringLiteral("OpenDyslexic-Regular.woff")
                              << QStringLiteral("myelin://font/OpenDyslexic-Regular.woff");
        QTest::newRow("style") << Kind::Style << QStringLiteral("content.css")
                               << QStringLiteral("myelin://style/content.css");
        QTest::newRow("feedback") << Kind::Feedback << QStringLiteral("ccsvi")
                                  << QStringLiteral("myelin://feedback/ccsvi");
        QTest::newRow("print") << Kind::Print << QStringLiteral("7") << QStringLiteral("myelin://print/7");
    }

    void everyKindRoundTrips()
    {
        QFETCH(Kind, kind);
        QFETCH(QString, id);
        QFETCH(QString, text);
        QCOMPARE(ContentUrl::href(kind, id), text);
        const QUrl url = ContentUrl::build(kind, id);
        QCOMPARE(url.toString(), text);
        QVERIFY(ContentUrl::isContentUrl(url));
        const auto parts = ContentUrl::parse(url);
        QVERIFY(parts.has_value());
        QCOMPARE(parts->kind, kind);
        QCOMPARE(parts->id, id);
        QCOMPARE(ContentUrl::kindFromName(ContentUrl::kindName(kind)), std::optional<Kind>(kind));
        QVERIFY(text.startsWith(ContentUrl::prefix(kind)));
    }

    void pagesAreWhatTheReaderReads()
    {
        using ContentUrl::Kind;
        for (Kind kind : {Kind::Article, Kind::Glossary, Kind::Timeline, Kind::Quotes}) {
            QVERIFY2(ContentUrl::isPage(kind), qPrintable(ContentUrl::kindName(kind)));
        }
        for (Kind kind : {Kind::Image, Kind::Font, Kind::Style, Kind::Feedback, Kind::Print}) {
            QVERIFY2(!ContentUrl::isPage(kind), qPrintable(ContentUrl::kindName(kind)));
        }
    }

    void fragmentsAndQueriesAreNotPartOfTheId()
    {
        const auto heading = ContentUrl::parse(QUrl(QStringLiteral("myelin://article/ccsvi#trials")));
        QVERIFY(heading);
        QCOMPARE(heading->id, QStringLiteral("ccsvi"));
        const auto answer = ContentUrl::parse(QUrl(QStringLiteral("myelin://feedback/ccsvi?answer=yes")));
        QVERIFY(answer);
        QCOMPARE(answer->kind, Kind::Feedback);
        QCOMPARE(answer->id, QStringLiteral("ccsvi"));
    }

    void onlyTheReadersOwnFeedbackCarriesThisRunsKey()
    {
        const QUrl own(ContentUrl::feedbackHref(QStringLiteral("ccsvi"), QStringLiteral("answer=no")));
        QVERIFY(ContentUrl::carriesThisRunsKey(own));
        const auto parts = ContentUrl::parse(own);
        QVERIFY(parts);
        QCOMPARE(parts->kind, Kind::Feedback);
        QCOMPARE(parts->id, QStringLiteral("ccsvi"));
        QVERIFY(!ContentUrl::carriesThisRunsKey(QUrl(QStringLiteral("myelin://feedback/ccsvi?answer=no"))));
        QVERIFY(!ContentUrl::carriesThisRunsKey(QUrl(QStringLiteral("myelin://feedback/ccsvi?key=&answer=no"))));
        QVERIFY(!ContentUrl::carriesThisRunsKey(
            QUrl(QStringLiteral("myelin://feedback/ccsvi?key=00000000000000000000000000000000&answer=no"))));
        // 128 bits, written as 32 hexadecimal digits.
        const QString key = QUrlQuery(own).queryItemValue(QStringLiteral("key"));
        QCOMPARE(key.size(), 32);
    }

    void otherAddressesAreNotOurs_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ownScheme");
        QTest::newRow("web") << QStringLiteral("https://example.org/article/ccsvi") << false;
        QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << false;
        QTest::newRow("mail") << QStringLiteral("mailto:someone@example.org") << false;
        QTest::newRow("relative") << QStringLiteral("article/ccsvi") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("unknown kind") << QStringLiteral("myelin://settings/all") << true;
        QTest::newRow("no kind") << QStringLiteral("myelin:///ccsvi") << true;
        QTest::newRow("kind in another case") << QStringLiteral("myelin://ARTICLE2/x") << true;
    }

    void otherAddressesAreNotOurs()
    {
        QFETCH(QString, text);
        QFETCH(bool, ownScheme);
        const QUrl url(text);
        QCOMPARE(ContentUrl::isContentUrl(url), ownScheme);
        QVERIFY(!ContentUrl::parse(url).has_value());
    }
};

QTEST_GUILESS_MAIN(TestContentUrl)
#include "tst_contenturl.moc"
