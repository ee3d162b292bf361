// SPDX-License-Identifier: GPL-3.0-or-later
// The compiler's limits (app/compiler/buildlimits.h, data/README.md): files above the size limits and
// articles nested too deeply are refused with file:line, quickly and without reading a file whole, and
// a mistake repeated thousands of times is shown a few times and counted. Runs the real myelin-build on
// a copy of tests/fixtures/compiler/valid with one article added or one file made too large.
#include "buildlimits.h"
#include "compilertestsupport.h"
#include "processrun.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

using CompilerTest::reports;
using namespace Myelin::Compiler;

namespace {

// 11 lines: the body starts on line 12.
const char ArticleHead[] = "---\n"
                           "slug: big\n"
                           "title: Big\n"
                           "parent: home\n"
                           "order: 9\n"
                           "summary: A long article.\n"
                           "related: []\n"
                           "reviewed: 2026-01-01\n"
                           "sources:\n"
                           "  - {title: S, publisher: P, year: 2020, url: \"https://example.org/s\"}\n"
                           "---\n";

constexpr int BodyLine = 12;

QByteArray article(const QByteArray &body)
{
    return QByteArray(ArticleHead) + body;
}

// An article of exactly size bytes: the head, then plain paragraphs.
QByteArray articleOfSize(qint64 size)
{
    QByteArray text(ArticleHead);
    const QByteArray paragraph("Plain words make a sentence that anyone can read.\n\n");
    while (text.size() + paragraph.size() <= size) {
        text.append(paragraph);
    }
    text.append(QByteArray(qsizetype(size - text.size()), 'x'));
    return text;
}

} // namespace

class TestCompilerLimits : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir; // a new one for each test
    QString m_data;
    QString m_output;

    QString path(const QString &relative) const { return m_data + QLatin1Char('/') + relative; }

    CompilerTest::RunResult build(bool strict = true)
    {
        QStringList arguments{m_data, QStringLiteral("-o"), m_output};
        if (strict) {
            arguments << QStringLiteral("--strict");
        }
        QElapsedTimer timer;
        timer.start();
        auto result = CompilerTest::runCompiler(arguments, 120000);
        qInfo("myelin-build took %lld ms", timer.elapsed());
        return result;
    }

    void expectError(const CompilerTest::RunResult &result, const QString &file, int line, const QString &message)
    {
        QVERIFY2(result.finished && !result.crashed, qPrintable(result.err.left(2000)));
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(reports(result.err, m_data, file, line, QStringLiteral("error"), message),
                 qPrintable(result.err.left(2000)));
        QVERIFY(!QFileInfo::exists(m_output));
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_data = m_dir->filePath(QStringLiteral("data"));
        m_output = m_dir->filePath(QStringLiteral("out.db"));
        QVERIFY(CompilerTest::writeTree(m_data,
                                        CompilerTest::readTree(QStringLiteral(MYELIN_FIXTURES_DIR "/compiler/valid"))));
    }

    void articleAtTheLimitBuilds()
    {
        QVERIFY(CompilerTest::writeTree(m_data,
                                        {{QStringLiteral("articles/big.md"), articleOfSize(Limits::ArticleBytes)}}));
        const auto result = build(false);
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(!result.err.contains(QStringLiteral("larger than")), qPrintable(result.err.left(2000)));
    }

    void articleAboveTheLimitIsRefused()
    {
        QVERIFY(CompilerTest::writeTree(
            m_data, {{QStringLiteral("articles/big.md"), articleOfSize(Limits::ArticleBytes + 1)}}));
        expectError(build(), QStringLiteral("articles/big.md"), 1,
                    QStringLiteral("the file is larger than 1 MiB, the most an article may be"));
    }

    void hugeSparseArticleIsRefused()
    {
        // 3 GiB that take no room on disk: the build must stop after the first MiB, not read them all
        // (the old build ran out of memory).
#ifndef Q_OS_UNIX
        QSKIP("files are not sparse by default here");
#else
        QFile file(path(QStringLiteral("articles/huge.md")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write(ArticleHead) > 0);
        if (!file.resize(qint64(3) << 30)) {
            QSKIP("no sparse files here");
        }
        file.close();
        expectError(build(), QStringLiteral("articles/huge.md"), 1,
                    QStringLiteral("the file is larger than 1 MiB, the most an article may be"));
#endif
    }

    void otherFilesAboveTheLimitAreRefused_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("start");
        QTest::addColumn<QString>("kind");
        QTest::newRow("glossary") << QStringLiteral("glossary.yaml") << QByteArray("# comment\n")
                                  << QStringLiteral("a data file");
        QTest::newRow("image") << QStringLiteral("images/photo.png") << QByteArray("\x89PNG\r\n\x1a\n")
                               << QStringLiteral("an image file");
    }

    void otherFilesAboveTheLimitAreRefused()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, start);
        QFETCH(QString, kind);
        QByteArray data = start;
        data.append(QByteArray(qsizetype(Limits::OtherFileBytes + 1 - data.size()), '#'));
        QVERIFY(CompilerTest::writeTree(m_data, {{file, data}}));
        expectError(build(), file, 1, QStringLiteral("the file is larger than 4 MiB, the most %1 may be").arg(kind));
    }

    void nestingAtTheLimitBuilds()
    {
        // Quotes inside quotes: each is a <blockquote>, the innermost text a <p>.
        const QByteArray body = QByteArray("> ").repeated(Limits::NestingDepth - 1) + "Deep, but not too deep.\n";
        QVERIFY(CompilerTest::writeTree(m_data, {{QStringLiteral("articles/big.md"), article(body)}}));
        const auto result = build();
        QCOMPARE(result.exitCode, 0);
    }

    void deepNestingIsRefused_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("line");
        const int depth = 100000;
        QTest::newRow("one more quote") << QByteArray("> ").repeated(Limits::NestingDepth) + "x\n" << BodyLine;
        QTest::newRow("100,000 nested quotes") << QByteArray("> ").repeated(depth) + "x\n" << BodyLine;
        QTest::newRow("100,000 nested lists") << QByteArray("Intro.\n\n") + QByteArray("- ").repeated(depth) + "x\n"
                                              << BodyLine + 2;
        QTest::newRow("100,000 nested divs") << QByteArray("<div>").repeated(depth) + "x\n" << BodyLine;
        QTest::newRow("quotes holding raw HTML")
            << QByteArray("> > > ") + QByteArray("<blockquote>").repeated(depth / 2) + "x\n"
            << BodyLine;
    }

    void deepNestingIsRefused()
    {
        // The build once took 30 s and more for these, then wrote an article no one could print.
        QFETCH(QByteArray, body);
        QFETCH(int, line);
        QVERIFY(CompilerTest::writeTree(m_data, {{QStringLiteral("articles/big.md"), article(body)}}));
        expectError(build(), QStringLiteral("articles/big.md"), line,
                    QStringLiteral("the text is nested too deeply: more than %1 levels").arg(Limits::NestingDepth));
    }

    void repeatedMistakesAreCounted()
    {
        const int times = 20000;
        QVERIFY(CompilerTest::writeTree(m_data, {{QStringLiteral("articles/big.md"),
                                                  article(QByteArray("Text <u>x</u> text.\n\n").repeated(times))}}));
        const auto result = build(false);
        QCOMPARE(result.exitCode, 0);
        const QString prefix = m_data + QStringLiteral("/articles/big.md:");
        const QStringList lines = Myelin::Test::ownLines(result.err, {prefix});
        QCOMPARE(lines.size(), Limits::SimilarDiagnostics + 1);
        const int more = times - Limits::SimilarDiagnostics - 1;
        QVERIFY2(
            lines.last().endsWith(QStringLiteral("<u> removed (its text is kept) (and %1 more like this)").arg(more)),
            qPrintable(lines.last()));
        QVERIFY2(result.err.contains(QStringLiteral("myelin-build: %1 warnings").arg(times)),
                 qPrintable(result.err.right(500)));
    }
};

QTEST_GUILESS_MAIN(TestCompilerLimits)
#include "tst_compiler_limits.moc"
