// SPDX-License-Identifier: GPL-3.0-or-later
#include "frontmatter.h"

#include <QStringList>

namespace Myelin::Compiler {

QString normaliseLineEndings(const QString &text)
{
    QString result = text;
    result.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    result.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return result;
}

namespace {

bool isDelimiter(const QString &line)
{
    QString trimmed = line;
    while (!trimmed.isEmpty() && (trimmed.back() == QLatin1Char(' ') || trimmed.back() == QLatin1Char('\t'))) {
        trimmed.chop(1);
    }
    return trimmed == QLatin1String("---");
}

} // namespace

FrontMatter splitFrontMatter(const QString &text)
{
    FrontMatter result;
    const QStringList lines = normaliseLineEndings(text).split(QLatin1Char('\n'));
    if (lines.isEmpty() || !isDelimiter(lines.first())) {
        result.body = lines.join(QLatin1Char('\n'));
        return result;
    }
    result.found = true;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (isDelimiter(lines.at(i))) {
            result.closed = true;
            result.closingLine = int(i) + 1;
            result.yaml = lines.mid(1, i - 1).join(QLatin1Char('\n'));
            result.body = lines.mid(i + 1).join(QLatin1Char('\n'));
            result.bodyLineOffset = int(i) + 1;
            return result;
        }
    }
    result.yaml = lines.mid(1).join(QLatin1Char('\n'));
    return result;
}

} // namespace Myelin::Compiler
