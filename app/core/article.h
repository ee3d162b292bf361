// SPDX-License-Identifier: GPL-3.0-or-later
// Plain value types read from the content database.
#ifndef MYELIN_CORE_ARTICLE_H
#define MYELIN_CORE_ARTICLE_H

#include <QList>
#include <QString>

namespace Myelin {

struct ArticleRef
{
    QString slug;
    QString title;
    QString summary;
};

inline bool operator==(const ArticleRef &a, const ArticleRef &b)
{
    return a.slug == b.slug && a.title == b.title && a.summary == b.summary;
}
inline bool operator!=(const ArticleRef &a, const ArticleRef &b)
{
    return !(a == b);
}

struct Source
{
    QString title;
    QString publisher;
    int year = 0;
    QString url;
};

struct Article
{
    int id = 0;
    QString slug;
    QString title;
    QString summary;
    QString evidence; // empty, or one of Schema::EvidenceIds
    QString reviewed; // YYYY-MM-DD
    QString html;     // sanitised body
    QString plain;
    int wordCount = 0;
    QList<ArticleRef> breadcrumb; // from the root down to the parent (excludes this article)
    QList<ArticleRef> related;
    QList<Source> sources;

    // Languages (content/README: translations). language: the language of title, summary and text
    // ("en", or a translation's code); wanted: the language the reader asked for ("" for English), so a
    // page can say when it falls back to English; languages: every language the article is in.
    QString language = QStringLiteral("en");
    QString wanted;
    QStringList languages;
    QString translatedFrom; // a translation: the English reviewed date it follows
    bool outOfDate = false; // a translation the English has changed since
    QString englishReviewed;
};

// The frame around an article in the window: enough to show where it is and what is related.
struct ArticleHeader
{
    int id = 0;
    QString slug;
    QString title;
    QList<ArticleRef> breadcrumb;
    QList<ArticleRef> related;
};

struct GlossaryTerm
{
    QString slug;
    QString term;
    QString definition;
    QStringList seeAlso;
    QString articleSlug;
    QString language; // of term and definition when translated ("es"); empty for the English original
};

struct TimelineEvent
{
    int id = 0;
    QString date; // YYYY, YYYY-MM or YYYY-MM-DD
    int year = 0;
    QString title;
    QString text;
    QString topic;
    QString articleSlug;
    Source source;
    QString language; // of title and text when translated ("es"); empty for the English original
};

struct Quote
{
    QString text;     // our translation where language is set, else the words as said
    QString original; // the words as said, when text is a translation
    QString language; // of text and role when translated ("es"); empty for the English original
    QString who;
    QString role;
    QString date;
    QString articleSlug;
    Source source;
};

struct Image
{
    QString mime;
    QByteArray data;
};

} // namespace Myelin

#endif // MYELIN_CORE_ARTICLE_H
