// SPDX-License-Identifier: GPL-3.0-or-later
// Read queries over an open content database. Every call reads only the rows it needs, so start-up
// and page loads stay flat in corpus size.
#ifndef MYELIN_CORE_CONTENTREPOSITORY_H
#define MYELIN_CORE_CONTENTREPOSITORY_H

#include "article.h"

#include <QSqlQuery>
#include <QVariantList>
#include <map>
#include <optional>

namespace Myelin {

class ContentDatabase;

class ContentRepository
{
public:
    explicit ContentRepository(const ContentDatabase &database);

    // The article with this slug, with its breadcrumb, related items and sources: in language()
    // where it is translated, else in English (Article::wanted says what was asked for).
    std::optional<Article> article(const QString &slug) const;
    // The same in a given language ("en": the English original).
    std::optional<Article> article(const QString &slug, const QString &language) const;
    // The reader's language for content ("es", "pt_BR"; empty or "en": English). Set by the window's
    // maker from the interface language.
    void setLanguage(const QString &language);
    QString language() const { return m_language; }
    // What the window shows around an article (title, breadcrumb, related items), without its text.
    // Opening an article asks for both (the page, then the window's frame around it, or the other way
    // round): what the first read is kept for the second, so each row is read once.
    std::optional<ArticleHeader> articleHeader(const QString &slug) const;
    bool hasArticle(const QString &slug) const;
    // The tree's root article (no parent); empty when the database has none.
    QString rootSlug() const;
    // The first `limit` article slugs in id (alphabetical) order.
    QStringList articleSlugs(int limit) const;
    int articleCount() const;
    std::optional<GlossaryTerm> glossaryTerm(const QString &slug) const;
    // In this language ("en": the English original, as a page's "Read it in English" asks).
    std::optional<GlossaryTerm> glossaryTerm(const QString &slug, const QString &language) const;
    QList<GlossaryTerm> glossaryTerms() const; // A to Z
    // Events in date order; only those of topic when it is not empty.
    QList<TimelineEvent> timeline(const QString &topic = {}) const;
    QList<TimelineEvent> timeline(const QString &topic, const QString &language) const;
    QStringList timelineTopics() const;
    QList<Quote> quotes() const;
    std::optional<Image> image(const QString &name) const;
    QString meta(const QString &key) const;
    QString origin() const; // ContentDatabase::origin()

    // How many SQL queries this repository has run (benchmarks and tests count them per page).
    quint64 queryCount() const { return m_queries; }
    // How many prepared statements are kept to be run again (tests).
    size_t preparedCount() const { return m_statements.size(); }

private:
    // The rows of a query; the prepared statement goes back to be run again once they are read.
    class Rows
    {
    public:
        Rows(QSqlQuery query, QString sql, std::map<QString, QSqlQuery> *prepared);
        Rows(Rows &&other) noexcept;
        Rows(const Rows &) = delete;
        Rows &operator=(const Rows &) = delete;
        Rows &operator=(Rows &&) = delete;
        ~Rows();
        bool next() { return m_query.next(); }
        QVariant value(int column) const { return m_query.value(column); }

    private:
        QSqlQuery m_query;
        QString m_sql;
        std::map<QString, QSqlQuery> *m_prepared;
    };
    Rows run(const QString &sql, const QVariantList &values) const;
    QList<ArticleRef> breadcrumb(int articleId) const;
    QList<ArticleRef> related(int articleId) const;
    QList<Source> sources(int articleId) const;

    bool applyTranslation(Article &article, const QString &language) const;

    const ContentDatabase &m_database;
    QString m_language;      // what the reader asked for
    QString m_joinLanguage;  // the same when this content has translation tables, else empty
    QString m_eventLanguage; // the same when it has timeline_translations
    QString m_quoteLanguage; // the same when it has quote_translations
    mutable quint64 m_queries = 0;
    // The last article read whole and the last header (the content never changes under an open
    // repository: an update opens a new one).
    mutable std::optional<Article> m_lastArticle;
    mutable std::optional<ArticleHeader> m_lastHeader;
    mutable std::map<QString, QSqlQuery> m_statements; // prepared statements by their SQL, not in use (run())
};

} // namespace Myelin

#endif // MYELIN_CORE_CONTENTREPOSITORY_H
