// SPDX-License-Identifier: GPL-3.0-or-later
// Every entry of the data folder is either compiled or named in a diagnostic: special files, broken,
// looping and outside links, names that are not UTF-8 and stray files. Runs the real myelin-build on a
// copy of tests/fixtures/compiler/valid with one entry changed.
#include "compilertestsupport.h"

#include <QTemporaryDir>
#include <QtTest>
#include <filesystem>
#include <fstream>
#include <memory>
#include <system_error>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using CompilerTest::reports;

namespace {

namespace fs = std::filesystem;

fs::path toPath(const QString &path)
{
    return fs::path(path.toStdString());
}

// False where links cannot be made (Windows without the right to make them).
bool symlink(const QString &target, const QString &link)
{
    std::error_code error;
    if (QFileInfo(QFileInfo(link).dir(), target).isDir()) {
        fs::create_directory_symlink(toPath(target), toPath(link), error);
    } else {
        fs::create_symlink(toPath(target), toPath(link), error);
    }
    return !error;
}

#define LINK_OR_SKIP(target, link)                                                                                     \
    do {                                                                                                               \
        if (!symlink(target, link)) {                                                                                  \
            QSKIP("symbolic links cannot be made here");                                                               \
        }                                                                                                              \
    } while (false)

bool makeFifo(const QString &path)
{
#ifdef Q_OS_UNIX
    return ::mkfifo(QFile::encodeName(path).constData(), 0600) == 0;
#else
    Q_UNUSED(path)
    return false;
#endif
}

// The article files of the fixture, as --report counts them.
constexpr int FixtureArticles = 4;

QString articlesLine(int count)
{
    return QStringLiteral("articles: %1, ").arg(count);
}

} // namespace

class TestCompilerFolder : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir; // a new one for each test
    QString m_data;
    QString m_output;

    CompilerTest::RunResult build(bool strict)
    {
        QStringList arguments{m_data, QStringLiteral("-o"), m_output, QStringLiteral("--report")};
        if (strict) {
            arguments << QStringLiteral("--strict");
        }
        return CompilerTest::runCompiler(arguments, 30000);
    }

    QString path(const QString &relative) const { return m_data + QLatin1Char('/') + relative; }

    // Builds with and without --strict: both must fail, name the entry as an error and write nothing.
    void expectRefused(const QString &entry, const QString &message)
    {
        for (const bool strict : {false, true}) {
            const auto result = build(strict);
            QVERIFY2(result.finished, "the build did not finish");
            QCOMPARE(result.exitCode, 1);
            QVERIFY2(reports(result.err, m_data, entry, 1, QStringLiteral("error"), message), qPrintable(result.err));
            QVERIFY(!QFileInfo::exists(m_output));
        }
    }

    // Without --strict the entry is a warning and the content builds; with it, an error.
    void expectIgnored(const QString &entry, const QString &message)
    {
        auto result = build(false);
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(reports(result.err, m_data, entry, 1, QStringLiteral("warning"), message), qPrintable(result.err));
        QVERIFY(result.out.contains(articlesLine(FixtureArticles)));
        QVERIFY(QFile::remove(m_output));
        result = build(true);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(reports(result.err, m_data, entry, 1, QStringLiteral("error"), message), qPrintable(result.err));
        QVERIFY(!QFileInfo::exists(m_output));
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_data = m_dir->filePath(QStringLiteral("data"));
        m_output = m_dir->filePath(QStringLiteral("out.db"));
        const auto files = CompilerTest::readTree(QStringLiteral(MYELIN_FIXTURES_DIR "/compiler/valid"));
        QCOMPARE(files.size(), 11);
        QVERIFY(CompilerTest::writeTree(m_data, files));
    }

    void fixtureBuildsCleanly()
    {
        // Project files at the top of the folder are not content and need no word.
        QVERIFY(CompilerTest::writeTree(m_data, {{QStringLiteral("README.md"), QByteArray("# Notes\n")},
                                                 {QStringLiteral("CMakeLists.txt"), QByteArray("# build\n")}}));
        // Nor is what file managers leave in every folder they open.
        QVERIFY(CompilerTest::writeTree(m_data,
                                        {{QStringLiteral("articles/.DS_Store"), QByteArray("\0\0\0\1Bud1")},
                                         {QStringLiteral("images/._diagram.svg"), QByteArray("\0\5\26\7")},
                                         {QStringLiteral("Thumbs.db"), QByteArray("thumbs")},
                                         {QStringLiteral("articles/desktop.ini"), QByteArray("[.ShellClassInfo]")}}));
        const auto result = build(true);
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(!result.err.contains(m_data), qPrintable(result.err));
        QVERIFY(result.out.contains(articlesLine(FixtureArticles)));
    }

    void fifoIsNeverOpened_data()
    {
        QTest::addColumn<QString>("entry");
        QTest::newRow("article") << QStringLiteral("articles/piped.md");
        QTest::newRow("data file") << QStringLiteral("glossary.yaml");
        QTest::newRow("listed image") << QStringLiteral("images/diagram.svg");
    }

    void fifoIsNeverOpened()
    {
        QFETCH(QString, entry);
        QFile::remove(path(entry));
        if (!makeFifo(path(entry))) {
            QSKIP("named pipes cannot be made here");
        }
        // Nobody writes to the pipe: a build that opened it would wait for ever (and the run time out).
        expectRefused(entry, QStringLiteral("not read: it is a named pipe (FIFO), not a regular file"));
    }

    void nonUtf8NameIsNamed()
    {
#ifdef Q_OS_WIN
        QSKIP("file names are UTF-16 on Windows");
#else
        const fs::path file = toPath(path(QStringLiteral("articles"))) / fs::path(std::string("caf\xe9.md"));
        std::ofstream(file) << "---\nslug: cafe\n---\nText.\n";
        if (!fs::is_regular_file(file)) {
            QSKIP("this file system takes only UTF-8 names");
        }
        expectRefused(QStringLiteral("articles/caf\\xE9.md"), QStringLiteral("the file name is not UTF-8 text"));
#endif
    }

    void controlCharacterInNameIsEscaped()
    {
#ifdef Q_OS_WIN
        QSKIP("Windows file names cannot hold control characters");
#else
        QVERIFY(CompilerTest::writeTree(m_data, {{QStringLiteral("articles/two\nlines.md"), QByteArray("x")}}));
        expectRefused(QStringLiteral("articles/two\\x0Alines.md"), QStringLiteral("holds control characters"));
#endif
    }

    void brokenAndLoopingLinks_data()
    {
        QTest::addColumn<QString>("entry");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("message");
        QTest::newRow("broken article") << QStringLiteral("articles/gone.md") << QStringLiteral("nowhere.md")
                                        << QStringLiteral("a broken symbolic link: 'nowhere.md' does not exist");
        QTest::newRow("article linking to itself") << QStringLiteral("articles/loop.md") << QStringLiteral("loop.md")
                                                   << QStringLiteral("a symbolic link that leads round in a loop");
        QTest::newRow("broken data file") << QStringLiteral("quotes.yaml") << QStringLiteral("old-quotes.yaml")
                                          << QStringLiteral("a broken symbolic link");
        QTest::newRow("broken image") << QStringLiteral("images/photo.png") << QStringLiteral("lost.png")
                                      << QStringLiteral("a broken symbolic link");
    }

    void brokenAndLoopingLinks()
    {
        QFETCH(QString, entry);
        QFETCH(QString, target);
        QFETCH(QString, message);
        QFile::remove(path(entry));
        LINK_OR_SKIP(target, path(entry));
        expectRefused(entry, message);
    }

    void linkCycleIsRefused()
    {
        LINK_OR_SKIP(QStringLiteral("b.md"), path(QStringLiteral("articles/a.md")));
        LINK_OR_SKIP(QStringLiteral("a.md"), path(QStringLiteral("articles/b.md")));
        expectRefused(QStringLiteral("articles/a.md"), QStringLiteral("leads round in a loop"));
        QVERIFY(reports(build(true).err, m_data, QStringLiteral("articles/b.md"), 1, QStringLiteral("error"),
                        QStringLiteral("leads round in a loop")));
    }

    void linksOutsideTheFolderAreRefused_data()
    {
        QTest::addColumn<QString>("entry");
        QTest::addColumn<QString>("outsideFile"); // copied from this fixture file
        QTest::newRow("article") << QStringLiteral("articles/spine.md") << QStringLiteral("articles/spine.md");
        QTest::newRow("svg image") << QStringLiteral("images/diagram.svg") << QStringLiteral("images/diagram.svg");
        QTest::newRow("data file") << QStringLiteral("timeline.yaml") << QStringLiteral("timeline.yaml");
        QTest::newRow("articles folder") << QStringLiteral("articles") << QString();
    }

    void linksOutsideTheFolderAreRefused()
    {
        QFETCH(QString, entry);
        QFETCH(QString, outsideFile);
        // The outside copy is valid content: before links were checked, it was compiled in without a word.
        const QString outside = m_dir->filePath(QStringLiteral("outside/") + entry);
        QVERIFY(QDir().mkpath(QFileInfo(outside).absolutePath()));
        if (outsideFile.isEmpty()) {
            QVERIFY(QDir().rename(path(entry), outside));
        } else {
            QVERIFY(QFile::rename(path(outsideFile), outside));
        }
        LINK_OR_SKIP(outside, path(entry));
        expectRefused(entry, QStringLiteral("a symbolic link to '%1', outside the data folder")
                                 .arg(QFileInfo(outside).canonicalFilePath()));
    }

    void relativeLinkOutsideIsRefused()
    {
        QVERIFY(QFile::rename(path(QStringLiteral("articles/spine.md")), m_dir->filePath(QStringLiteral("spine.md"))));
        LINK_OR_SKIP(QStringLiteral("../../spine.md"), path(QStringLiteral("articles/spine.md")));
        expectRefused(QStringLiteral("articles/spine.md"), QStringLiteral("outside the data folder"));
    }

    void linksInsideTheFolderAreFollowed()
    {
        // The folder itself is reached through a link, and an article links to a file elsewhere in it.
        const QString linkedData = m_dir->filePath(QStringLiteral("linked-data"));
        LINK_OR_SKIP(m_data, linkedData);
        QVERIFY(QFile::rename(path(QStringLiteral("articles/spine.md")), path(QStringLiteral("spine-source.md"))));
        LINK_OR_SKIP(QStringLiteral("../spine-source.md"), path(QStringLiteral("articles/spine.md")));
        const auto result =
            CompilerTest::runCompiler({linkedData, QStringLiteral("-o"), m_output, QStringLiteral("--report")}, 30000);
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(articlesLine(FixtureArticles)));
        // The link target itself is a stray file at the top: named, not silently skipped.
        QVERIFY2(reports(result.err, linkedData, QStringLiteral("spine-source.md"), 1, QStringLiteral("warning"),
                         QStringLiteral("ignored")),
                 qPrintable(result.err));
    }

    void folderNamedLikeAnArticleIsAnError()
    {
        QVERIFY(QDir(m_data).mkpath(QStringLiteral("articles/chapter.md")));
        expectRefused(QStringLiteral("articles/chapter.md"), QStringLiteral("a folder, not an article file"));
    }

    void strayEntriesAreNamed_data()
    {
        QTest::addColumn<QString>("entry");
        QTest::addColumn<QString>("message");
        QTest::newRow("text file in articles")
            << QStringLiteral("articles/notes.txt") << QStringLiteral("ignored: not an article");
        QTest::newRow("hidden file in articles")
            << QStringLiteral("articles/.draft.md.swp") << QStringLiteral("ignored: not an article");
        QTest::newRow("folder in articles") << QStringLiteral("articles/old/") << QStringLiteral("ignored");
        QTest::newRow("article at the top")
            << QStringLiteral("stray.md") << QStringLiteral("ignored: the build reads only content.yaml");
        QTest::newRow("unlisted image") << QStringLiteral("images/unused.png")
                                        << QStringLiteral("ignored: no valid entry in images/images.yaml");
    }

    void strayEntriesAreNamed()
    {
        QFETCH(QString, entry);
        QFETCH(QString, message);
        if (entry.endsWith(QLatin1Char('/'))) {
            entry.chop(1);
            QVERIFY(QDir(m_data).mkpath(entry));
        } else {
            QVERIFY(CompilerTest::writeTree(m_data, {{entry, QByteArray("not content\n")}}));
        }
        expectIgnored(entry, message);
    }

    void fifoWithAnotherNameIsNamed()
    {
        if (!makeFifo(path(QStringLiteral("articles/pipe")))) {
            QSKIP("named pipes cannot be made here");
        }
        expectIgnored(QStringLiteral("articles/pipe"), QStringLiteral("ignored: not an article"));
    }
};

QTEST_GUILESS_MAIN(TestCompilerFolder)
#include "tst_compiler_folder.moc"
