// SPDX-License-Identifier: GPL-3.0-or-later
// Freeing left pages' memory: the engine's flags are in force in a running page (gc offered to the
// app's scripts, no compiler), a collection runs in the app's script world once a page has been on screen for a moment,
// and moving on before then postpones it to the next page.
#include "readerfixture.h"
#include "testsupport.h"
#include "web/engineflags.h"
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

    void theAppsScriptsRunWithoutACompiler()
    {
        // --jitless (web/engineflags) is in force: V8 offers no WebAssembly without a compiler.
        QCOMPARE(m_reader->eval(QStringLiteral("typeof WebAssembly")).toString(), QStringLiteral("undefined"));
        QCOMPARE(m_reader->eval(QStringLiteral("typeof gc")).toString(), QStringLiteral("function"));
        QCOMPARE(m_reader->eval(QStringLiteral("[3, 1, 2].sort().join()")).toString(), QStringLiteral("1,2,3"));
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
    Myelin::Web::EngineFlags::apply(); // as the app does, before QApplication
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("MyelinTests"));
    QApplication::setApplicationName(QStringLiteral("TestIdleCollector"));
    TestIdleCollector test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_idlecollector.moc"
