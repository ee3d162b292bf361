// SPDX-License-Identifier: GPL-3.0-or-later
// Runs a real program as a user or script would, and keeps what it said and how it ended.
#ifndef MYELIN_TESTS_PROCESSRUN_H
#define MYELIN_TESTS_PROCESSRUN_H

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace Myelin::Test {

struct ProcessRun
{
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::CrashExit; // also when it did not finish in time
    QString out;
    QString err;
};

inline ProcessRun runProcess(const QString &program, const QStringList &arguments, const QProcessEnvironment &env,
                             int timeoutMs = 30000)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    ProcessRun result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitCode();
    result.status = process.exitStatus();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

// The lines of a program's output that the program itself wrote: those that begin with one of its
// prefixes (its name, the files it reports on). Qt may write lines of its own to the same stream, such
// as Qt 6.8's warning that the "C" locale is not UTF-8; tests judge the project's lines, not Qt's.
inline QStringList ownLines(const QString &text, const QStringList &prefixes)
{
    QStringList own;
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        for (const QString &prefix : prefixes) {
            if (line.startsWith(prefix)) {
                own << line;
                break;
            }
        }
    }
    return own;
}

} // namespace Myelin::Test

#endif // MYELIN_TESTS_PROCESSRUN_H
