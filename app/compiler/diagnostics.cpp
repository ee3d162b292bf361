// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnostics.h"

#include "buildlimits.h"

#include <algorithm>

namespace Myelin::Compiler {

namespace {

// Messages of one kind differ only in what they quote ('name'): "link to 'a' removed" and "link to
// 'b' removed" are alike.
QString similarityKey(Severity severity, const QString &file, const QString &message)
{
    QString key = file;
    key.append(QChar(0)).append(severity == Severity::Error ? QLatin1Char('E') : QLatin1Char('W'));
    bool quoted = false;
    for (const QChar c : message) {
        if (c == QLatin1Char('\'')) {
            quoted = !quoted;
            key.append(c);
        } else if (!quoted) {
            key.append(c);
        }
    }
    return key;
}

} // namespace

void Diagnostics::add(Severity severity, const QString &file, int line, const QString &message)
{
    if (m_strict) {
        severity = Severity::Error;
    }
    ++(severity == Severity::Error ? m_errors : m_warnings);
    Similar &similar = m_similar[similarityKey(severity, file, message)];
    ++similar.count;
    if (similar.count <= Limits::SimilarDiagnostics) {
        m_items.append(Diagnostic{severity, file, std::max(line, 1), message});
        return;
    }
    if (similar.summary < 0) {
        similar.summary = m_items.size();
        similar.message = message;
        m_items.append(Diagnostic{severity, file, std::max(line, 1), message});
        return;
    }
    const int more = similar.count - Limits::SimilarDiagnostics - 1;
    m_items[similar.summary].message = QStringLiteral("%1 (and %2 more like this)").arg(similar.message).arg(more);
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
