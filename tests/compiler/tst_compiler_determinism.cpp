// SPDX-License-Identifier: GPL-3.0-or-later
// The same sources must give a byte-identical database, whatever the run and wherever the sources are.
#include "compilertestsupport.h"
#include "skip.h"

#include <QTemporaryDir>
#include <QtTest>

class TestCompilerDeterminism : public QObject
{
    Q_OBJECT

private:
    static QByteArray compile(const QString &data, const QString &output, QString *errors = nullptr)
    {
        const auto result = CompilerTest::runCompiler({data, QStringLiteral("-o"), output});
        if (errors) {
            *errors = result.err;
        }
        if (!result.finished || result.exitCode != 0) {
            return {};
        }
        return CompilerTest::fileHash(output);
    }

private slots:
    void fixtureCompilesToIdenticalBytes()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString fixture = QStringLiteral(MYELIN_FIXTURES_DIR "/compiler/valid");
        QString errors;
        const QByteArray first = compile(fixture, dir.filePath(QStringLiteral("first.db")), &errors);
        QVERIFY2(!first.isEmpty(), qPrintable(errors));
        const QByteArray second = compile(fixture, dir.filePath(QStringLiteral("second.db")));
        QCOMPARE(second, first);
    }

    void copiedSourcesCompileToIdenticalBytes()
    {
        // Another directory, files written in another order and at another time: same bytes.
        QTemporaryDir dir;
        const QString fixture = QStringLiteral(MYELIN_FIXTURES_DIR "/compiler/valid");
        const CompilerTest::Files files = CompilerTest::readTree(fixture);
        QVERIFY(!files.isEmpty());
        const QString copy = dir.filePath(QStringLiteral("somewhere/else/data"));
        QVERIFY(CompilerTest::writeTree(copy, files));
        const QByteArray original = compile(fixture, dir.filePath(QStringLiteral("a.db")));
        const QByteArray copied = compile(copy + QLatin1Char('/'), dir.filePath(QStringLiteral("b.db")));
        QVERIFY(!original.isEmpty());
        QCOMPARE(copied, original);
    }

    void rebuildOverExistingOutputIsIdentical()
    {
        QTemporaryDir dir;
        const QString fixture = QStringLiteral(MYELIN_FIXTURES_DIR "/compiler/valid");
        const QString output = dir.filePath(QStringLiteral("out.db"));
        const QByteArray first = compile(fixture, output);
        const QByteArray second = compile(fixture, output);
        QVERIFY(!first.isEmpty());
        QCOMPARE(second, first);
    }

    void bundledContentCompilesToIdenticalBytes()
    {
        QTemporaryDir dir;
        const QString data = QStringLiteral(MYELIN_DATA_DIR);
        QString errors;
        const QByteArray first = compile(data, dir.filePath(QStringLiteral("first.db")), &errors);
        if (first.isEmpty()) {
            MYELIN_SKIP(qPrintable(QStringLiteral("the bundled content does not compile yet:\n") + errors.left(2000)));
        }
        const QByteArray second = compile(data, dir.filePath(QStringLiteral("second.db")));
        QCOMPARE(second, first);
    }
};

QTEST_GUILESS_MAIN(TestCompilerDeterminism)
#include "tst_compiler_determinism.moc"
