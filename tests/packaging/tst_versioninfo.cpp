// SPDX-License-Identifier: GPL-3.0-or-later
// `myelin --version` and the facts behind it (core/versioninfo): the real program prints the app,
// content and Qt versions without a display, for the installed content or --content <file>, and
// names the file with a non-zero exit when the content cannot be read.
#include "core/contentdatabase.h"
#include "core/contentrepository.h"
#include "core/schema.h"
#include "core/versioninfo.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using Myelin::VersionInfo;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// The real reader with no display at all: no DISPLAY, WAYLAND_DISPLAY or QT_QPA_PLATFORM.
Run runReader(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}) {
        env.remove(QString::fromLatin1(name));
    }
    // No content update installed for this user: the bundled content is the one named.
    static const QTemporaryDir home;
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.path());
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(MYELIN_READER_EXE), arguments);
    Run run;
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit) {
        process.kill();
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString metaOf(const QString &path, const char *key)
{
    auto opened = Myelin::ContentDatabase::open(path);
    if (!opened.database) {
        return {};
    }
    return Myelin::ContentRepository(*opened.database).meta(QLatin1String(key));
}

} // namespace

class TestVersionInfo : public QObject
{
    Q_OBJECT

private slots:
    void versionIsRequested_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("requested");
        QTest::newRow("--version") << QStringList{"myelin", "--version"} << true;
        QTest::newRow("-v") << QStringList{"myelin", "-v"} << true;
        QTest::newRow("after other options") << QStringList{"myelin", "--content", "x.db", "--version"} << true;
        QTest::newRow("none") << QStringList{"myelin", "--open", "ccsvi"} << false;
        QTest::newRow("after --") << QStringList{"myelin", "--", "--version"} << false;
        QTest::newRow("only a prefix") << QStringList{"myelin", "--versions"} << false;
        QTest::newRow("no arguments") << QStringList{"myelin"} << false;
    }

    void versionIsRequested()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, requested);
        std::vector<QByteArray> storage;
        std::vector<const char *> argv;
        for (const QString &argument : arguments) {
            storage.push_back(argument.toUtf8());
        }
        for (const QByteArray &bytes : storage) {
            argv.push_back(bytes.constData());
        }
        argv.push_back(nullptr);
        QCOMPARE(VersionInfo::requestedIn(int(arguments.size()), argv.data()), requested);
    }

    void textNamesEachVersion()
    {
        VersionInfo info;
        info.applicationVersion = QStringLiteral("1.2.3");
        info.contentVersion = QStringLiteral("2026.11.1");
        info.contentDate = QStringLiteral("2026-11-26");
        info.qtRuntimeVersion = info.qtBuildVersion = QStringLiteral("6.4.2");
        QCOMPARE(info.text(), QStringLiteral("Myelin 1.2.3\nContent 2026.11.1, reviewed up to 2026-11-26\nQt 6.4.2"));
        info.contentOrigin = QStringLiteral("bundled with Myelin");
        QCOMPARE(info.text(), QStringLiteral("Myelin 1.2.3\nContent 2026.11.1, reviewed up to 2026-11-26\n"
                                             "Content bundled with Myelin\nQt 6.4.2"));
        info.contentOrigin.clear();
        info.qtRuntimeVersion = QStringLiteral("6.4.3");
        info.contentVersion.clear();
        QCOMPARE(info.text(), QStringLiteral("Myelin 1.2.3\nQt 6.4.3 (built with Qt 6.4.2)"));
    }

    void currentIsThisBuild()
    {
        const VersionInfo info = VersionInfo::current();
        QCOMPARE(info.applicationVersion, QStringLiteral(MYELIN_VERSION_STRING));
        QCOMPARE(info.qtRuntimeVersion, QString::fromLatin1(qVersion()));
        QCOMPARE(info.qtBuildVersion, QStringLiteral(QT_VERSION_STR));
        QVERIFY(info.contentVersion.isEmpty());
        QCOMPARE(VersionInfo::issueTrackerUrl(), QStringLiteral(MYELIN_HOMEPAGE_URL "/issues"));
        QCOMPARE(VersionInfo::thirdPartyComponents().size(), 8);
    }

    void programPrintsTheInstalledContentVersion()
    {
        const Run run = runReader({QStringLiteral("--version")});
        QCOMPARE(run.exitCode, 0);
        const QString version = metaOf(QStringLiteral(MYELIN_CONTENT_DB), Myelin::Schema::MetaContentVersion);
        const QString date = metaOf(QStringLiteral(MYELIN_CONTENT_DB), Myelin::Schema::MetaContentDate);
        QVERIFY(!version.isEmpty());
        const QString expected =
            QStringLiteral("Myelin %1\nContent %2, reviewed up to %3\nContent bundled with Myelin\nQt %4\n")
                .arg(QStringLiteral(MYELIN_VERSION_STRING), version, date, QString::fromLatin1(qVersion()));
        QCOMPARE(run.out, expected);
    }

    void programPrintsTheGivenContentVersion()
    {
        const Run run = runReader({QStringLiteral("--content"), QStringLiteral(MYELIN_MINI_DB), QStringLiteral("-v")});
        QCOMPARE(run.exitCode, 0);
        const QString version = metaOf(QStringLiteral(MYELIN_MINI_DB), Myelin::Schema::MetaContentVersion);
        QVERIFY2(run.out.contains(QStringLiteral("Content %1").arg(version)), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("Content from the file %1").arg(QStringLiteral(MYELIN_MINI_DB))),
                 qPrintable(run.out));
    }

    void unreadableContentIsNamed()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("nowhere.db"));
        const Run run = runReader({QStringLiteral("--version"), QStringLiteral("--content"), missing});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.startsWith(QStringLiteral("Myelin " MYELIN_VERSION_STRING "\n")), qPrintable(run.out));
        QVERIFY(!run.out.contains(QLatin1String("Content")));
        QVERIFY2(run.err.contains(missing), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestVersionInfo)
#include "tst_versioninfo.moc"
