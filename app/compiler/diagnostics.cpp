// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnostics.h"

#include <algorithm>

namespace Myelin::Compiler {

void Diagnostics::add(Severity severity, const QString &file, int line, const QString &message)
{
    if (m_strict) {
        severity = Severity::Error;
    }
    m_items.append(Diagnostic{severity, file, std::max(line, 1), message});
}

int Diagnostics::errorCount() const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(),
                             [](const Diagnostic &d) { return d.severity == Severity::Error; }));
}

int Diagnostics::warningCount() const
{
    return int(m_items.size()) - errorCount();
}

QList<Diagnostic> Diagnostics::sorted() const
{
    QList<Diagnostic> result = m_items;
    std::stable_sort(result.begin(), result.end(), [](const Diagnostic &a, const Diagnostic &b) {
        if (a.file != b.file) {
            return a.file < b.file;
        }
        return a.line < b.line;
    });
    return result;
}

QString Diagnostics::format(const Diagnostic &diagnostic, const QString &root)
{
    const QString kind = diagnostic.severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
    return QStringLiteral("%1:%2: %3: %4")
        .arg(joinPath(root, diagnostic.file), QString::number(diagnostic.line), kind, diagnostic.message);
}

QString joinPath(const QString &root, const QString &relative)
{
    if (root.isEmpty()) {
        return relative;
    }
    if (relative.isEmpty()) {
        return root;
    }
    if (root.endsWith(QLatin1Char('/'))) {
        return root + relative;
    }
    return root + QLatin1Char('/') + relative;
}

} // namespace Myelin::Compiler
