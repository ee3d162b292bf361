// SPDX-License-Identifier: GPL-3.0-or-later
#include "contenturl.h"

#include <QRandomGenerator>
#include <QUrlQuery>
#include <array>
#include <utility>

namespace Myelin::ContentUrl {

namespace {

constexpr std::array<std::pair<Kind, const char *>, 9> Names = {{
    {Kind::Article, "article"},
    {Kind::Glossary, "glossary"},
    {Kind::Timeline, "timeline"},
    {Kind::Quotes, "quotes"},
    {Kind::Image, "image"},
    {Kind::Font, "font"},
    {Kind::Style, "style"},
    {Kind::Feedback, "feedback"},
    {Kind::Print, "print"},
}};

const QString KeyItem = QStringLiteral("key");

// 128 random bits from the system's generator, once per run.
const QString &thisRunsKey()
{
    static const QString key = [] {
        QString text;
        for (int i = 0; i < 4; ++i) {
            text += QStringLiteral("%1").arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'));
        }
        return text;
    }();
    return key;
}

} // namespace

bool isPage(Kind kind)
{
    switch (kind) {
    case Kind::Article:
    case Kind::Glossary:
    case Kind::Timeline:
    case Kind::Quotes:
        return true;
    case Kind::Image:
    case Kind::Font:
    case Kind::Style:
    case Kind::Feedback:
    case Kind::Print:
        break;
    }
    return false;
}

QString kindName(Kind kind)
{
    for (const auto &[k, name] : Names) {
        if (k == kind) {
            return QLatin1String(name);
        }
    }
    return {};
}

std::optional<Kind> kindFromName(const QString &name)
{
    for (const auto &[kind, text] : Names) {
        if (name == QLatin1String(text)) {
            return kind;
        }
    }
    return std::nullopt;
}

QString prefix(Kind kind)
{
    return QLatin1String(Scheme) + QStringLiteral("://") + kindName(kind) + QLatin1Char('/');
}

QString href(Kind kind, const QString &id)
{
    return prefix(kind) + id;
}

QUrl build(Kind kind, const QString &id)
{
    return QUrl(href(kind, id));
}

std::optional<Parts> parse(const QUrl &url)
{
    if (!isContentUrl(url)) {
        return std::nullopt;
    }
    const auto kind = kindFromName(url.host());
    if (!kind) {
        return std::nullopt;
    }
    QString id = url.path();
    if (id.startsWith(QLatin1Char('/'))) {
        id.remove(0, 1);
    }
    return Parts{*kind, id};
}

bool isContentUrl(const QUrl &url)
{
    return url.scheme() == QLatin1String(Scheme);
}

QString feedbackHref(const QString &slug, const QString &query)
{
    return href(Kind::Feedback, slug) + QLatin1Char('?') + KeyItem + QLatin1Char('=') + thisRunsKey() +
           QLatin1Char('&') + query;
}

bool carriesThisRunsKey(const QUrl &url)
{
    return QUrlQuery(url).queryItemValue(KeyItem) == thisRunsKey();
}

} // namespace Myelin::ContentUrl
