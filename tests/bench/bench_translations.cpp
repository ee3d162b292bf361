// SPDX-License-Identifier: GPL-3.0-or-later
// Translations benchmark (not a test): what choosing and loading the interface language
// (core/translations) adds to start-up. Each case runs in a fresh process, as at a real start, and
// times the one call main.cpp makes, with QApplication already there. Prints figures, asserts nothing.
//
// usage: bench_translations [--runs N]
//   english   LANG=en_US.UTF-8: the common case, nothing to look for
//   missing   LANG=de_DE.UTF-8, no myelin_de.qm in the build: the folder is searched, nothing loaded
//   german    LANG=de_DE.UTF-8 and a full myelin_de.qm (every string of translations/myelin_en.ts)
#include "core/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

namespace {

// In the child: one timed call; prints "<microseconds> <language or ->".
int runCase(const QString &name, const QString &germanDir)
{
    QElapsedTimer timer;
    timer.start();
    if (name == QLatin1String("german")) {
        const Myelin::Translations translations(QLocale().uiLanguages(), germanDir,
                                                {QLibraryInfo::path(QLibraryInfo::TranslationsPath)});
        const qint64 ns = timer.nsecsElapsed();
        std::printf("%lld %s\n", ns / 1000, qPrintable(translations.language()));
        return 0;
    }
    const auto translations = Myelin::Translations::installForApplication();
    const qint64 ns = timer.nsecsElapsed();
    std::printf("%lld %s\n", ns / 1000, translations.language().isEmpty() ? "-" : qPrintable(translations.language()));
    return 0;
}

// A myelin_de.qm holding a translation of every string in the source catalogue.
bool makeFullGerman(const QString &dir)
{
    QFile source(QStringLiteral(MYELIN_SOURCE_DIR "/translations/myelin_en.ts"));
    if (!source.open(QIODevice::ReadOnly)) {
        return false;
    }
    QString xml = QString::fromUtf8(source.readAll());
    xml.replace(QStringLiteral("language=\"en_US\""), QStringLiteral("language=\"de_DE\""));
    static const QRegularExpression unfinished(
        QStringLiteral("<source>(.*?)</source>(\\s*)<translation type=\"unfinished\"></translation>"),
        QRegularExpression::DotMatchesEverythingOption);
    xml.replace(unfinished, QStringLiteral("<source>\\1</source>\\2<translation>\\1 (de)</translation>"));
    const QString ts = QDir(dir).filePath(QStringLiteral("myelin_de.ts"));
    QFile out(ts);
    if (!out.open(QIODevice::WriteOnly) || out.write(xml.toUtf8()) < 0) {
        return false;
    }
    out.close();
    return QProcess::execute(QStringLiteral(MYELIN_LRELEASE), {QStringLiteral("-silent"), ts, QStringLiteral("-qm"),
                                                               QDir(dir).filePath(QStringLiteral("myelin_de.qm"))}) ==
           0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc >= 3 && QByteArray(argv[1]) == "--case") {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        return runCase(QString::fromLocal8Bit(argv[2]), argc >= 4 ? QString::fromLocal8Bit(argv[3]) : QString());
    }

    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Processes per case."),
                                        QStringLiteral("N"), QStringLiteral("21"));
    parser.addOption(runsOption);
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());

    QTemporaryDir dir;
    if (!dir.isValid() || !makeFullGerman(dir.path())) {
        std::fprintf(stderr, "bench_translations: could not make a German translation with %s\n", MYELIN_LRELEASE);
        return 1;
    }
    std::printf("myelin_de.qm: %lld bytes; translations folder of this build: %s\n",
                static_cast<long long>(QFileInfo(dir.filePath(QStringLiteral("myelin_de.qm"))).size()),
                qPrintable(Myelin::Translations::locateDirectory(QCoreApplication::applicationDirPath())));

    struct Case
    {
        const char *name;
        const char *lang;
    };
    for (const Case &c :
         {Case{"english", "en_US.UTF-8"}, Case{"missing", "de_DE.UTF-8"}, Case{"german", "de_DE.UTF-8"}}) {
        QList<double> ms;
        QString language;
        for (int i = 0; i < runs; ++i) {
            QProcess child;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.remove(QStringLiteral("LC_ALL"));
            env.remove(QStringLiteral("LC_MESSAGES"));
            env.remove(QStringLiteral("LANGUAGE"));
            env.insert(QStringLiteral("LANG"), QString::fromLatin1(c.lang));
            child.setProcessEnvironment(env);
            child.start(QCoreApplication::applicationFilePath(),
                        {QStringLiteral("--case"), QString::fromLatin1(c.name), dir.path()});
            if (!child.waitForFinished(30000) || child.exitCode() != 0) {
                std::fprintf(stderr, "bench_translations: case %s failed: %s\n", c.name,
                             child.readAllStandardError().constData());
                return 1;
            }
            const QStringList parts = QString::fromLocal8Bit(child.readAllStandardOutput()).trimmed().split(u' ');
            ms.append(parts.value(0).toDouble() / 1000.0);
            language = parts.value(1);
        }
        std::sort(ms.begin(), ms.end());
        std::printf("%-8s language %-3s  median %.3f ms  max %.3f ms  (%d processes)\n", c.name, qPrintable(language),
                    ms.at(ms.size() / 2), ms.last(), runs);
    }
    return 0;
}
