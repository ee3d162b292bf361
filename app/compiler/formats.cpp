// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats.h"

#include <QDate>
#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

namespace Myelin::Compiler {

bool isValidSlug(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9]+(?:-[a-z0-9]+)*$"));
    return pattern.match(text).hasMatch();
}

namespace {

bool isRealDate(int year, int month, int day)
{
    return year >= 1 && QDate(year, month, day).isValid();
}

} // namespace

bool isValidDay(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9]{4})-([0-9]{2})-([0-9]{2})$"));
    const QRegularExpressionMatch match = pattern.match(text);
    return match.hasMatch() &&
           isRealDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
}

bool isValidPartialDate(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch()) {
        return false;
    }
    const int year = match.captured(1).toInt();
    const int month = match.captured(2).isEmpty() ? 1 : match.captured(2).toInt();
    const int day = match.captured(3).isEmpty() ? 1 : match.captured(3).toInt();
    return isRealDate(year, month, day);
}

bool isHttpUrl(const QString &text)
{
    for (const QChar c : text) {
        if (c.isSpace() || c.unicode() < 0x20) {
            return false;
        }
    }
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme();
    return url.isValid() && (scheme == QLatin1String("http") || scheme == QLatin1String("https")) &&
           !url.host().isEmpty();
}

QString slugify(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD).toLower();
    QString slug;
    bool pendingHyphen = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing) {
            continue;
        }
        const ushort u = c.unicode();
        if ((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9')) {
            if (pendingHyphen && !slug.isEmpty()) {
                slug.append(QLatin1Char('-'));
            }
            pendingHyphen = false;
            slug.append(c);
        } else {
            pendingHyphen = true;
        }
    }
    return slug.isEmpty() ? QStringLiteral("section") : slug;
}

QString joinedList(const char *const *items, int count)
{
    QStringList words;
    for (int i = 0; i < count; ++i) {
        words.append(QString::fromLatin1(items[i]));
    }
    return words.join(QStringLiteral(", "));
}

} // namespace Myelin::Compiler
