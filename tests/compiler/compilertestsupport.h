// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers shared by the compiler tests: content trees in memory, and running the real myelin-build.
#ifndef MYELIN_COMPILER_TESTS_COMPILERTESTSUPPORT_H
#define MYELIN_COMPILER_TESTS_COMPILERTESTSUPPORT_H

#include <QByteArray>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace CompilerTest {

// Relative path -> file content.
using Files = QMap<QString, QByteArray>;

inline Files readTree(const QString &root)
{
    Files files;
    const QDir base(root);
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly)) {
            files.insert(base.relativeFilePath(path), file.readAll());
        }
    }
    return files;
}

inline bool writeTree(const QString &root, const Files &files)
{
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        const QString path = root + QLatin1Char('/') + it.key();
        if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
            return false;
        }
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(it.value()) != it.value().size()) {
            return false;
        }
    }
    return true;
}

struct RunResult
{
    bool finished = false;
    bool crashed = false;
    int exitCode = -1;
    QString out;
    QString err;
};

inline RunResult runCompiler(const QStringList &arguments, int timeoutMs = 60000)
{
    QProcess process;
    process.start(QStringLiteral(MYELIN_BUILD_EXE), arguments);
    RunResult result;
    if (!process.waitForStarted(timeoutMs)) {
        return result;
    }
    result.finished = process.waitForFinished(timeoutMs);
    if (!result.finished) {
        process.kill();
        process.waitForFinished();
    }
    result.crashed = process.exitStatus() == QProcess::CrashExit;
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

// True if some line of stderr starts with "<dir>/<file>:<line>: <kind>:" and contains message.
inline bool reports(const QString &stderrText, const QString &dir, const QString &file, int line, const QString &kind,
                    const QString &message)
{
    const QString prefix = QStringLiteral("%1/%2:%3: %4:").arg(dir, file).arg(line).arg(kind);
    const QStringList lines = stderrText.split(QLatin1Char('\n'));
    for (const QString &text : lines) {
        if (text.startsWith(prefix) && text.contains(message)) {
            return true;
        }
    }
    return false;
}

inline QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

} // namespace CompilerTest

#endif // MYELIN_COMPILER_TESTS_COMPILERTESTSUPPORT_H
