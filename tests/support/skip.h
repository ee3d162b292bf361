// SPDX-License-Identifier: GPL-3.0-or-later
// QSKIP without its variadic part. Qt 6 declares MYELIN_SKIP(statement, ...) and leaves the "..." empty,
// which C++17 allows only as an extension: Clang's -Wpedantic (macOS builds with Clang, warnings as
// errors) reports every QSKIP. MYELIN_SKIP does what QSKIP does: records the skip, then returns.
#ifndef MYELIN_TESTS_SKIP_H
#define MYELIN_TESTS_SKIP_H

#include "skip.h"

#include <QTest>

#define MYELIN_SKIP(message)                                                                                           \
    do {                                                                                                               \
        QTest::qSkip(static_cast<const char *>(message), __FILE__, __LINE__);                                          \
        return;                                                                                                        \
    } while (false)

#endif // MYELIN_TESTS_SKIP_H
