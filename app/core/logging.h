// SPDX-License-Identifier: GPL-3.0-or-later
// Logging to a category with <<, as Qt's qCDebug does, on every compiler in C++17 without a warning.
// Qt's qCDebug, qCInfo and qCWarning are variadic macros, and used with only a category they leave
// their "..." empty, which C++17 allows only as an extension: Clang's -Wpedantic (macOS builds with
// Clang, warnings as errors) reports it on every such line. These macros have no variadic part and do
// what Qt's do: nothing after the macro is evaluated unless the category's level is enabled, and the
// message carries the file, line, function and category name.
//   MYELIN_DEBUG(lcScheme) << "not found:" << url;
#ifndef MYELIN_CORE_LOGGING_H
#define MYELIN_CORE_LOGGING_H

#include <QLoggingCategory>
#include <QMessageLogger>

#define MYELIN_LOG_IF_ENABLED(category, enabled, method)                                                               \
    for (bool myelinLogOn = (category)().enabled(); myelinLogOn; myelinLogOn = false)                                  \
    QMessageLogger(QT_MESSAGELOG_FILE, QT_MESSAGELOG_LINE, QT_MESSAGELOG_FUNC, (category)().categoryName()).method()

#define MYELIN_DEBUG(category) MYELIN_LOG_IF_ENABLED(category, isDebugEnabled, debug)
#define MYELIN_INFO(category) MYELIN_LOG_IF_ENABLED(category, isInfoEnabled, info)
#define MYELIN_WARNING(category) MYELIN_LOG_IF_ENABLED(category, isWarningEnabled, warning)

#endif // MYELIN_CORE_LOGGING_H
