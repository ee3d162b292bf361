// SPDX-License-Identifier: GPL-3.0-or-later
#include "pageref.h"

#include "core/contentrepository.h"
#include "core/contenturl.h"

#include <QCoreApplication>

namespace Myelin::Ui::PageRef {

namespace {
const char *const Context = "Myelin::Ui::PageRef";
}

QString fromUrl(const QUrl &url)
{
    const auto parts = ContentUrl::parse(url);
    if (!parts || !ContentUrl::isPage(parts->kind)) {
        return {};
    }
    if (parts->kind == ContentUrl::Kind::Article) {
        return parts->id;
    }
    return ContentUrl::kindName(parts->kind) + QLatin1Char('/') + parts->id;
}

bool isArticle(const QString &ref)
{
    return !ref.contains(QLatin1Char('/'));
}

QUrl toUrl(const QString &ref)
{
    if (isArticle(ref)) {
        return ContentUrl::build(ContentUrl::Kind::Article, ref);
    }
    const qsizetype slash = ref.indexOf(QLatin1Char('/'));
    const auto kind = ContentUrl::kindFromName(ref.left(slash));
    return kind ? ContentUrl::build(*kind, ref.mid(slash + 1)) : QUrl();
}

QString currentTitle(const ContentRepository &repository, const QString &ref)
{
    if (isArticle(ref)) {
        const auto header = repository.articleHeader(ref);
        return header ? header->title : QString();
    }
    const auto parts = ContentUrl::parse(toUrl(ref));
    if (!parts) {
        return {};
    }
    switch (parts->kind) {
    case ContentUrl::Kind::Glossary:
        if (const auto term = repository.glossaryTerm(parts->id)) {
            return QCoreApplication::translate(Context, "Glossary: %1").arg(term->term);
        }
        return {};
    case ContentUrl::Kind::Timeline:
        return QCoreApplication::translate(Context, "Timeline");
    case ContentUrl::Kind::Quotes:
        return QCoreApplication::translate(Context, "Quotes");
    default:
        return {};
    }
}

bool exists(const ContentRepository &repository, const QString &ref)
{
    if (ref.isEmpty()) {
        return false;
    }
    if (isArticle(ref)) {
        return repository.hasArticle(ref);
    }
    return !currentTitle(repository, ref).isEmpty();
}

} // namespace Myelin::Ui::PageRef
