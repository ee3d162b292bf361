// SPDX-License-Identifier: GPL-3.0-or-later
// Freeing left pages' memory: the engine flag is added without losing the user's flags, a
// collection runs in the app's script world once a page has been on screen for a moment, and
// moving on before then postpones it to the next page.
#include "readerfixture.h"
#include "testsupport.h"
#include "web/idlecollector.h"
#include "web/urlscheme.h"

#include <QTemporaryDir>

using Myelin::Web::IdleCollector;

class TestIdleCollector : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Myelin::Test::Reader> m_reader;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_reader = std::make_unique<Myelin::Test::Reader>(QStringLiteral(MYELIN_CONTENT_DB),
                                                          m_dir.filePath(QStringLiteral("settings.ini")),
                                                          m_dir.filePath(QStringLiteral("user.db")));
        QVERIFY2(m_reader->isValid(), qPrintable(m_reader->error()));
        QVERIFY(m_reader->start(QStringLiteral("ccsvi")));
        QVERIFY(m_reader->window->articleView()->collector() != nullptr);
    }

    void enableKeepsTheUsersFlags()
    {
        const QByteArray saved = qgetenv("QTWEBENGINE_CHROMIUM_FLAGS");
        qputenv("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu");
        IdleCollector::enable();
        QCOMPARE(qgetenv("QTWEBENGINE_CHROMIUM_FLAGS"), QByteArray("--disable-gpu --js-flags=--expose-gc"));
        IdleCollector::enable(); // once is enough
        QCOMPARE(qgetenv("QTWEBENGINE_CHROMIUM_FLAGS"), QByteArray("--disable-gpu --js-flags=--expose-gc"));
        qunsetenv("QTWEBENGINE_CHROMIUM_FLAGS");
        IdleCollector::enable();
        QCOMPARE(qgetenv("QTWEBENGINE_CHROMIUM_FLAGS"), QByteArray("--js-flags=--expose-gc"));
        qputenv("QTWEBENGINE_CHROMIUM_FLAGS", saved);
    }

    void collectsOnceThePageHasSettled()
    {
        IdleCollector *collector = m_reader->window->articleView()->collector();
        QTRY_VERIFY(!collector->isPending()); // the first page's collection is done with
        QSignalSpy collected(collector, &IdleCollector::collected);
        QVERIFY(m_reader->open(QStringLiteral("vitamin-d-and-sunlight")));
        QVERIFY(collected.isEmpty()); // not while the page is still arriving
        QVERIFY(collected.wait(IdleCollector::DefaultIdleMs + 5000));
        QCOMPARE(collected.size(), 1);
        QCOMPARE(collected.first().first().toBool(), true); // the engine offered a collection
        // Content pages cannot reach it: their JavaScript is off.
        QCOMPARE(m_reader->eval(QStringLiteral("document.querySelectorAll('script').length")).toInt(), 0);
    }

    void movingOnPostponesIt()
    {
        IdleCollector *collector = m_reader->window->articleView()->collector();
        collector->setIdleMs(1500);
        QTRY_VERIFY(!collector->isPending());
        QSignalSpy collected(collector, &IdleCollector::collected);
        QVERIFY(m_reader->open(QStringLiteral("fatigue")));
        QVERIFY(m_reader->open(QStringLiteral("causes-of-ms"))); // well before 1.5 s
        QVERIFY(collected.wait(6000));
        QCOMPARE(collected.size(), 1);
        QVERIFY(!collector->isPending()); // nothing left that could bring a second one
        collector->setIdleMs(IdleCollector::DefaultIdleMs);
    }
};

int main(int argc, char *argv[])
{
    Myelin::Test::prepareEnvironment();
    Myelin::Web::registerUrlScheme();
    IdleCollector::enable(); // as the app does, before QApplication
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("MyelinTests"));
    QApplication::setApplicationName(QStringLiteral("TestIdleCollector"));
    TestIdleCollector test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_idlecollector.moc"
