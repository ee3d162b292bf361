// SPDX-License-Identifier: GPL-3.0-or-later
// Shared set-up for Myelin's tests: isolated user data, headless GUI, and the one place where the
// Chromium sandbox may be turned off (tests running as root only; the shipped app never does).
#ifndef MYELIN_TESTS_TESTSUPPORT_H
#define MYELIN_TESTS_TESTSUPPORT_H

#include <QApplication>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

// GUI tests run as the reader does: in English with its plural forms ("1 page", "3 pages"), which live
// in myelin_en.qm. Only tests built with the reader's core have it.
#if __has_include("core/translations.h")
#include "core/translations.h"
#define MYELIN_TEST_ENGLISH_PLURALS                                                                                    \
    const auto englishPlurals = Myelin::Translations::installForApplication(QStringLiteral("en"));
#else
#define MYELIN_TEST_ENGLISH_PLURALS
#endif

namespace Myelin::Test {

inline void prepareEnvironment()
{
    QStandardPaths::setTestModeEnabled(true);
#ifdef Q_OS_UNIX
    if (geteuid() == 0) {
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    }
#endif
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
}

} // namespace Myelin::Test

// main() for tests that need QApplication and Qt WebEngine.
#define MYELIN_GUI_TEST_MAIN(TestClass)                                                                                \
    int main(int argc, char *argv[])                                                                                   \
    {                                                                                                                  \
        Myelin::Test::prepareEnvironment();                                                                            \
        Myelin::Web::registerUrlScheme();                                                                              \
        QApplication app(argc, argv);                                                                                  \
        QApplication::setOrganizationName(QStringLiteral("MyelinTests"));                                              \
        QApplication::setApplicationName(QStringLiteral(#TestClass));                                                  \
        MYELIN_TEST_ENGLISH_PLURALS                                                                                    \
        TestClass test;                                                                                                \
        return QTest::qExec(&test, argc, argv);                                                                        \
    }

#endif // MYELIN_TESTS_TESTSUPPORT_H
