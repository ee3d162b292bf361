// SPDX-License-Identifier: GPL-3.0-or-later
// Every input a fuzzer crashed or hung on (tests/fixtures/fuzz/<target>/<name>), fed again to the
// target it broke, in the normal build: the bug stays fixed. A target aborts on a broken promise, and
// ctest's time limit catches a hang. Every target also runs once on nothing and on a few bytes.
#include "fuzztargets.h"

#include <QtTest>
#include <algorithm>
#include <iterator>

using namespace Myelin;

class TestFuzzReplay : public QObject
{
    Q_OBJECT

private slots:
    void replay_data()
    {
        QTest::addColumn<int>("target");
        QTest::addColumn<QByteArray>("input");
        const QDir fixtures(QStringLiteral(MYELIN_FIXTURES_DIR "/fuzz"));
        for (int i = 0; i < int(std::size(Fuzz::Targets)); ++i) {
            const QString name = QString::fromLatin1(Fuzz::Targets[i].name);
            QTest::addRow("%s/empty", Fuzz::Targets[i].name) << i << QByteArray();
            QTest::addRow("%s/bytes", Fuzz::Targets[i].name) << i << QByteArray("\0\xff\xfe---\n<\"{", 10);
            const QDir dir(fixtures.filePath(name));
            const QStringList files = dir.entryList(QDir::Files, QDir::Name);
            for (const QString &file : files) {
                QFile input(dir.filePath(file));
                QVERIFY2(input.open(QIODevice::ReadOnly), qPrintable(input.fileName()));
                QTest::addRow("%s/%s", Fuzz::Targets[i].name, qPrintable(file)) << i << input.readAll();
            }
        }
        // Fixtures only for targets that exist.
        const QStringList folders = fixtures.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString &folder : folders) {
            const bool known = std::any_of(std::begin(Fuzz::Targets), std::end(Fuzz::Targets),
                                           [&](const Fuzz::Target &t) { return folder == QLatin1String(t.name); });
            QVERIFY2(known, qPrintable(QStringLiteral("tests/fixtures/fuzz/%1 names no fuzz target").arg(folder)));
        }
    }

    void replay()
    {
        QFETCH(int, target);
        QFETCH(QByteArray, input);
        Fuzz::Targets[target].run(input); // returns, or aborts the test
    }
};

QTEST_GUILESS_MAIN(TestFuzzReplay)
#include "tst_fuzz_replay.moc"
