// SPDX-License-Identifier: GPL-3.0-or-later
// `myelin export`, run as a script would run it: the real binary, without a display, its exit codes,
// its messages (each naming the article, file or folder that is the problem) and the files it writes.
#include "processrun.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QPdfDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

class TestExportCli : public QObject
{
    Q_OBJECT

private:
    using Run = Myelin::Test::ProcessRun;

    QTemporaryDir m_dir;

    static Run run(const QStringList &arguments, bool withDisplayVariables = false)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (withDisplayVariables) {
            // As if started from a desktop session whose display has gone away: export must not need it.
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
            env.insert(QStringLiteral("DISPLAY"), QStringLiteral(":97"));
        } else {
            env.remove(QStringLiteral("QT_QPA_PLATFORM"));
            env.remove(QStringLiteral("DISPLAY"));
        }
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        return Myelin::Test::runProcess(QStringLiteral(MYELIN_READER_EXE),
                                        QStringList{QStringLiteral("export")} + arguments, env, 90000);
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QString write(const QString &name, const QByteArray &bytes) const
    {
        QFile file(path(name));
        file.open(QIODevice::WriteOnly);
        file.write(bytes);
        return file.fileName();
    }

    static QStringList pdfPages(const QString &file)
    {
        QPdfDocument document;
        document.load(file);
        QStringList pages;
        for (int i = 0; i < document.pageCount(); ++i) {
            // Without white space: pdfium's line breaking is a heuristic; the letters and their order are not.
            pages << document.getAllText(i).text().remove(QRegularExpression(QStringLiteral("\\s+")));
        }
        return pages;
    }

    static QStringList content() { return {QStringLiteral("--content"), QStringLiteral(MYELIN_MINI_DB)}; }

private slots:
    void initTestCase()
    {
        // Only here may the sandbox be off, and only as root (see tests/support/testsupport.h); the
        // child process inherits it. The shipped program never turns it off itself.
        Myelin::Test::prepareEnvironment();
        QVERIFY(m_dir.isValid());
    }

    void helpExplainsTheCommand()
    {
        const Run r = run({QStringLiteral("--help")});
        QCOMPARE(r.status, QProcess::NormalExit);
        QCOMPARE(r.exitCode, 0);
        for (const char *option : {"--pdf <file>", "--html <file>", "--text <file>", "--handout <file>", "--paper"}) {
            QVERIFY2(r.out.contains(QString::fromLatin1(option)), qPrintable(r.out));
        }
        QVERIFY(r.out.contains(QStringLiteral("myelin export --handout welcome.json --pdf welcome.pdf")));
    }

    void articlesBecomeOnePdfWithoutADisplay()
    {
        const QString out = path(QStringLiteral("two.pdf"));
        const Run r =
            run(content() + QStringList{QStringLiteral("--pdf"), out, QStringLiteral("beta"), QStringLiteral("alpha")},
                true);
        QCOMPARE(r.status, QProcess::NormalExit);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(out), qPrintable(r.out));
        const QStringList pages = pdfPages(out);
        QVERIFY(pages.size() >= 2);
        QVERIFY(pages.first().startsWith(QStringLiteral("Betaarticle")));
        const QString all = pages.join(QString());
        QVERIFY(all.indexOf(QStringLiteral("Betaarticle")) < all.indexOf(QStringLiteral("Alphaarticle")));
        QVERIFY(all.contains(QStringLiteral("Page%1of%1").arg(pages.size())));
    }

    void handoutFileBecomesAPdf()
    {
        const QString handout = write(QStringLiteral("pack.json"), R"({
            "title": "Spring pack", "group": "Hillside group", "contact": "Hall 2",
            "articles": ["gamma", "alpha"], "glossary": true, "paper": "Letter", "textSize": 16 })");
        const QString out = path(QStringLiteral("pack.pdf"));
        const Run r = run(content() + QStringList{QStringLiteral("--handout"), handout, QStringLiteral("--pdf"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList pages = pdfPages(out);
        QVERIFY(pages.size() >= 4);
        QVERIFY(pages.at(0).contains(QStringLiteral("Springpack")));
        QVERIFY(pages.at(0).contains(QStringLiteral("Hillsidegroup")));
        QVERIFY2(pages.at(1).startsWith(QStringLiteral("Contents")), qPrintable(pages.at(1).left(300)));
        QVERIFY(pages.at(1).contains(QStringLiteral("Page3Gammaarticle")));
        QVERIFY(pages.at(1).indexOf(QStringLiteral("Gamma")) < pages.at(1).indexOf(QStringLiteral("Alphaarticle")));
        QVERIFY(pages.join(QString()).contains(QStringLiteral("Stenosis")));
    }

    void htmlAndTextExports()
    {
        const QString html = path(QStringLiteral("alpha.html"));
        const QString text = path(QStringLiteral("alpha.txt"));
        const Run r = run(content() + QStringList{QStringLiteral("--html"), html, QStringLiteral("--text"), text,
                                                  QStringLiteral("alpha")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile page(html);
        QVERIFY(page.open(QIODevice::ReadOnly));
        const QByteArray bytes = page.readAll();
        QVERIFY(bytes.contains("Alpha article"));
        QVERIFY(bytes.contains("data:image/svg+xml;base64,"));
        QVERIFY(!bytes.contains("myelin:"));
        QFile plain(text);
        QVERIFY(plain.open(QIODevice::ReadOnly));
        QVERIFY(plain.readAll().startsWith("Alpha article\n====="));
    }

    void problemsAreNamedAndRefused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QStringList>("mentions");
        QTest::addColumn<QString>("unwritten");

        const QString out = path(QStringLiteral("never.pdf"));
        const QString invalid = write(QStringLiteral("invalid.json"), "{ \"articles\": [\"alpha\", }");
        const QString wrongType = write(QStringLiteral("wrong.json"), "{ \"articles\": \"alpha\" }");
        const QString unknownIn = write(QStringLiteral("unknown.json"), "{ \"articles\": [\"alpha\", \"nope\"] }");
        const QString missing = path(QStringLiteral("missing.json"));
        const QString noFolder = path(QStringLiteral("no/such/folder/out.pdf"));

        QTest::newRow("unknown article") << (content() + QStringList{"--pdf", out, "alpha", "no-such-article"}) << 1
                                         << QStringList{"no-such-article"} << out;
        QTest::newRow("unreadable handout") << (content() + QStringList{"--handout", missing, "--pdf", out}) << 1
                                            << QStringList{missing, "does not exist"} << out;
        QTest::newRow("handout is a folder") << (content() + QStringList{"--handout", m_dir.path(), "--pdf", out}) << 1
                                             << QStringList{m_dir.path(), "folder"} << out;
        QTest::newRow("invalid json") << (content() + QStringList{"--handout", invalid, "--pdf", out}) << 1
                                      << QStringList{invalid, "not valid JSON", "line 1"} << out;
        QTest::newRow("wrong type") << (content() + QStringList{"--handout", wrongType, "--pdf", out}) << 1
                                    << QStringList{wrongType, "\"articles\""} << out;
        QTest::newRow("unknown article in handout") << (content() + QStringList{"--handout", unknownIn, "--pdf", out})
                                                    << 1 << QStringList{"nope", unknownIn} << out;
        QTest::newRow("output folder missing") << (content() + QStringList{"--pdf", noFolder, "alpha"}) << 1
                                               << QStringList{noFolder, "does not exist"} << noFolder;
        QTest::newRow("output is a folder") << (content() + QStringList{"--pdf", m_dir.path(), "alpha"}) << 1
                                            << QStringList{m_dir.path(), "folder"} << QString();
#ifdef Q_OS_UNIX
        if (geteuid() != 0) { // root may write anywhere
            const QString readOnly = path(QStringLiteral("read-only"));
            QDir().mkpath(readOnly);
            QFile::setPermissions(readOnly, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
            const QString inside = readOnly + QStringLiteral("/out.pdf");
            QTest::newRow("read-only folder")
                << (content() + QStringList{"--pdf", inside, "alpha"}) << 1 << QStringList{inside} << inside;
        }
#endif
        QTest::newRow("no output") << (content() + QStringList{"alpha"}) << 2 << QStringList{"--pdf"} << QString();
        QTest::newRow("no article") << (content() + QStringList{"--pdf", out}) << 2 << QStringList{"article"} << out;
        QTest::newRow("bad paper") << (content() + QStringList{"--paper", "A3", "--pdf", out, "alpha"}) << 2
                                   << QStringList{"A3"} << out;
        QTest::newRow("unknown option") << QStringList{"--colour"} << 2 << QStringList{"colour"} << QString();
        QTest::newRow("bad content") << QStringList{"--content", missing, "--pdf", out, "alpha"} << 1
                                     << QStringList{missing} << out;
        // Devices and pipes are not handout files: /dev/zero never ends, a pipe may never answer.
        QTest::newRow("handout is a device") << (content() + QStringList{"--handout", "/dev/zero", "--pdf", out}) << 1
                                             << QStringList{"/dev/zero", "not a regular file"} << out;
#ifdef Q_OS_UNIX
        const QString fifo = path(QStringLiteral("pipe.json"));
        QFile::remove(fifo);
        if (::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0) {
            QTest::newRow("handout is a pipe") << (content() + QStringList{"--handout", fifo, "--pdf", out}) << 1
                                               << QStringList{fifo, "not a regular file"} << out;
        }
#endif
        QTest::newRow("empty output name") << (content() + QStringList{"--pdf", "", "alpha"}) << 2
                                           << QStringList{"--pdf needs a file name"} << QString();
        QTest::newRow("empty handout name") << (content() + QStringList{"--handout", "", "--pdf", out}) << 2
                                            << QStringList{"--handout needs a file name"} << out;
        QTest::newRow("two outputs in one file") << (content() + QStringList{"--html", out, "--text", out, "alpha"})
                                                 << 1 << QStringList{out, "two files"} << out;
    }

    void neverWritesOverWhatItReads()
    {
        // The handout, or the content database, given again as the output: refused, the input intact.
        const QByteArray json = "{ \"articles\": [\"alpha\"] }";
        const QString handout = write(QStringLiteral("pack.json"), json);
        const Run overHandout = run(content() + QStringList{"--handout", handout, "--pdf", handout});
        QCOMPARE(overHandout.status, QProcess::NormalExit);
        QCOMPARE(overHandout.exitCode, 1);
        QVERIFY2(overHandout.err.contains(QStringLiteral("being read")), qPrintable(overHandout.err));
        QFile kept(handout);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), json);
        kept.close();

        // The same file by another name: a symbolic link and a hard link to the handout.
        const QString link = path(QStringLiteral("link.json"));
        QFile::remove(link);
        QVERIFY(QFile::link(handout, link));
        const Run overLink = run(content() + QStringList{"--handout", handout, "--pdf", link});
        QCOMPARE(overLink.exitCode, 1);
        QVERIFY2(overLink.err.contains(QStringLiteral("being read")), qPrintable(overLink.err));
#ifdef Q_OS_UNIX
        const QString hard = path(QStringLiteral("hard.json"));
        QFile::remove(hard);
        QCOMPARE(::link(QFile::encodeName(handout).constData(), QFile::encodeName(hard).constData()), 0);
        const Run overHard = run(content() + QStringList{"--handout", handout, "--pdf", hard});
        QCOMPARE(overHard.exitCode, 1);
        QVERIFY2(overHard.err.contains(QStringLiteral("being read")), qPrintable(overHard.err));
#endif
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), json);

        // The content database (a copy, so a failure here cannot harm the other tests).
        const QString db = path(QStringLiteral("content-copy.db"));
        QFile::remove(db);
        QVERIFY(QFile::copy(QStringLiteral(MYELIN_MINI_DB), db));
        const QByteArray before = [&db] {
            QFile f(db);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        const Run overDb = run({QStringLiteral("--content"), db, QStringLiteral("--pdf"), db, QStringLiteral("alpha")});
        QCOMPARE(overDb.exitCode, 1);
        QVERIFY2(overDb.err.contains(QStringLiteral("being read")), qPrintable(overDb.err));
        QFile after(db);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), before);
    }

    void problemsAreNamedAndRefused()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QStringList, mentions);
        QFETCH(QString, unwritten);
        const Run r = run(arguments);
        QCOMPARE(r.status, QProcess::NormalExit); // a message, never a crash
        QCOMPARE(r.exitCode, exitCode);
        // The project's own message, from its first line on (Qt may write lines of its own before it,
        // such as Qt 6.8's warning about a locale that is not UTF-8).
        const QStringList first = Myelin::Test::ownLines(r.err, {QStringLiteral("myelin export: ")});
        QVERIFY2(!first.isEmpty(), qPrintable(r.err));
        const QString own = r.err.mid(r.err.indexOf(first.constFirst()));
        for (const QString &mention : mentions) {
            QVERIFY2(own.contains(mention), qPrintable(QStringLiteral("\"%1\" not in: %2").arg(mention, r.err)));
        }
        if (!unwritten.isEmpty()) {
            QVERIFY(!QFile::exists(unwritten));
        }
        // Nothing half-written is left behind either.
        const QStringList leftovers = QDir(m_dir.path()).entryList({QStringLiteral("*.pdf.*")}, QDir::Files);
        QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(QLatin1Char(' '))));
    }
};

QTEST_GUILESS_MAIN(TestExportCli)
#include "tst_export_cli.moc"
