// SPDX-License-Identifier: GPL-3.0-or-later
// Errors and warnings, each tied to a file and line, printed as "path:line: error: message". Only the
// first Limits::SimilarDiagnostics of one kind per file are kept; the next one carries the count of
// the rest ("... (and N more like this)"), so a repeated mistake cannot flood the output.
#ifndef MYELIN_COMPILER_DIAGNOSTICS_H
#define MYELIN_COMPILER_DIAGNOSTICS_H

#include <QHash>
#include <QList>
#include <QString>

namespace Myelin::Compiler {

enum class Severity
{
    Warning,
    Error,
};

// A problem found inside one piece of text (an article body) before it is placed in its file.
struct Issue
{
    Severity severity = Severity::Warning;
    int line = 0; // 1-based line within the text; 0 if unknown
    QString message;
};

struct Diagnostic
{
    Severity severity = Severity::Error;
    QString file; // relative to the data directory, with '/' separators
    int line = 1; // 1-based
    QString message;
};

class Diagnostics
{
public:
    // strict: every warning is recorded as an error.
    explicit Diagnostics(bool strict = false) : m_strict(strict) {}

    void add(Severity severity, const QString &file, int line, const QString &message);
    void error(const QString &file, int line, const QString &message) { add(Severity::Error, file, line, message); }
    void warning(const QString &file, int line, const QString &message) { add(Severity::Warning, file, line, message); }

    // Every diagnostic added, also those only counted in an "and N more like this" line.
    int errorCount() const { return m_errors; }
    int warningCount() const { return m_warnings; }
    // The diagnostics to show.
    const QList<Diagnostic> &items() const { return m_items; }
    // Sorted by file, then line; problems on one line stay in the order they were found.
    QList<Diagnostic> sorted() const;

    // "root/file:line: error: message", root being the data directory as given on the command line.
    static QString format(const Diagnostic &diagnostic, const QString &root);

private:
    struct Similar
    {
        int count = 0;
        qsizetype summary = -1; // index in m_items of the line that counts the rest
        QString message;        // the message of that line
    };

    bool m_strict = false;
    QList<Diagnostic> m_items;
    QHash<QString, Similar> m_similar; // by file, severity and message without the quoted names
    int m_errors = 0;
    int m_warnings = 0;
};

// Joins a directory as the user typed it with a relative path, without doubling the separator.
QString joinPath(const QString &root, const QString &relative);

} // namespace Myelin::Compiler

#endif // MYELIN_COMPILER_DIAGNOSTICS_H
