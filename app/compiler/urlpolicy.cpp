// SPDX-License-Identifier: GPL-3.0-or-later
#include "urlpolicy.h"

#include "core/contenturl.h"

namespace Myelin::Compiler {

namespace {

bool isAsciiLetter(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}

bool isSchemeChar(QChar c)
{
    return isAsciiLetter(c) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('+') ||
           c == QLatin1Char('-') || c == QLatin1Char('.');
}

// The part after "<scheme>://<kind>/" if url starts with it (scheme compared case-insensitively).
std::optional<QString> myelinPath(const QString &cleaned, ContentUrl::Kind kind)
{
    const QString prefix = ContentUrl::prefix(kind);
    if (!cleaned.startsWith(prefix, Qt::CaseInsensitive)) {
        return std::nullopt;
    }
    return cleaned.mid(prefix.size());
}

} // namespace

QString cleanUrl(const QString &raw)
{
    QString result;
    result.reserve(raw.size());
    for (const QChar c : raw) {
        if (c != QLatin1Char('\t') && c != QLatin1Char('\n') && c != QLatin1Char('\r')) {
            result.append(c);
        }
    }
    qsizetype start = 0;
    qsizetype end = result.size();
    while (start < end && result.at(start).unicode() <= 0x20) {
        ++start;
    }
    while (end > start && result.at(end - 1).unicode() <= 0x20) {
        --end;
    }
    return result.mid(start, end - start);
}

QString urlScheme(const QString &cleaned)
{
    qsizetype colon = -1;
    for (qsizetype i = 0; i < cleaned.size(); ++i) {
        const QChar c = cleaned.at(i);
        if (c == QLatin1Char(':')) {
            colon = i;
            break;
        }
        if (c == QLatin1Char('/') || c == QLatin1Char('?') || c == QLatin1Char('#')) {
            return {};
        }
    }
    if (colon < 0) {
        return {};
    }
    if (colon == 0 || !isAsciiLetter(cleaned.at(0))) {
        return QStringLiteral("?");
    }
    for (qsizetype i = 1; i < colon; ++i) {
        if (!isSchemeChar(cleaned.at(i))) {
            return QStringLiteral("?");
        }
    }
    return cleaned.left(colon).toLower();
}

CheckedLink checkHref(const QString &raw, const LinkTargets &targets)
{
    const QString url = cleanUrl(raw);
    const QString scheme = urlScheme(url);
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https")) {
        return {LinkKind::External, url, {}};
    }
    if (scheme == QLatin1String("mailto")) {
        return {LinkKind::Mail, url, {}};
    }
    if (scheme.isEmpty() && url.startsWith(QLatin1Char('#'))) {
        return {LinkKind::Fragment, url, {}};
    }
    if (scheme == QLatin1String(ContentUrl::Scheme)) {
        if (const auto path = myelinPath(url, ContentUrl::Kind::Article)) {
            const QString slug = path->section(QLatin1Char('#'), 0, 0);
            if (targets.articles.contains(slug)) {
                return {LinkKind::Article, ContentUrl::href(ContentUrl::Kind::Article, *path), slug};
            }
        } else if (const auto id = myelinPath(url, ContentUrl::Kind::Glossary)) {
            if (targets.glossary.contains(*id)) {
                return {LinkKind::Glossary, ContentUrl::href(ContentUrl::Kind::Glossary, *id), *id};
            }
        }
    }
    return {};
}

std::optional<QString> checkImageSource(const QString &raw, const LinkTargets &targets)
{
    const QString url = cleanUrl(raw);
    if (urlScheme(url) != QLatin1String(ContentUrl::Scheme)) {
        return std::nullopt;
    }
    const auto name = myelinPath(url, ContentUrl::Kind::Image);
    if (!name || !targets.images.contains(*name)) {
        return std::nullopt;
    }
    return name;
}

QString displayUrl(const QString &raw)
{
    QString result;
    for (const QChar c : raw) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f) {
            result.append(QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0')));
        } else {
            result.append(c);
        }
    }
    constexpr qsizetype MaxLength = 80;
    if (result.size() > MaxLength) {
        result = result.left(MaxLength) + QStringLiteral("...");
    }
    return result;
}

} // namespace Myelin::Compiler
