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

} // namespace Myelin::Test

#endif // MYELIN_TESTS_PROCESSRUN_H
