// SPDX-License-Identifier: GPL-3.0-or-later
#include "contentrepository.h"

#include "contentdatabase.h"
#include "translatedcolumns.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Myelin {

ContentRepository::ContentRepository(const ContentDatabase &database) : m_database(database) {}

ContentRepository::Rows::Rows(QSqlQuery query, QString sql, std::map<QString, QSqlQuery> *prepared)
    : m_query(std::move(query)), m_sql(std::move(sql)), m_prepared(prepared)
{}

ContentRepository::Rows::Rows(Rows &&other) noexcept
    : m_query(std::move(other.m_query)), m_sql(std::move(other.m_sql)),
      m_prepared(std::exchange(other.m_prepared, nullptr))
{}

ContentRepository::Rows::~Rows()
{
    if (m_prepared != nullptr && m_query.lastError().type() == QSqlError::NoError) {
        m_query.finish(); // no read left open on the content
        m_prepared->insert_or_assign(m_sql, std::move(m_query));
    }
}

ContentRepository::Rows ContentRepository::run(const QString &sql, const QVariantList &values) const
{
    ++m_queries;
    // Each statement is prepared once and run again with new values: SQLite parses it once, not at
    // every page (the content never changes under an open repository). The rows being read hold the
    // statement until they are done with; the same statement asked for meanwhile is prepared anew.
    std::map<QString, QSqlQuery> *keep = &m_statements;
    QSqlQuery query = [&] {
        if (const auto prepared = m_statements.find(sql); prepared != m_statements.end()) {
            QSqlQuery taken = std::move(prepared->second);
            m_statements.erase(prepared);
            return taken;
        }
        QSqlQuery made(m_database.connection());
        made.setForwardOnly(true);
        if (!made.prepare(sql)) {
            keep = nullptr; // not kept: it says what went wrong
        }
        return made;
    }();
    for (const QVariant &value : values) {
        query.addBindValue(value);
    }
    query.exec();
    return Rows(std::move(query), sql, keep);
}

std::optional<ArticleHeader> ContentRepository::articleHeader(const QString &slug) const
{
    if (m_lastHeader && m_lastHeader->slug == slug) {
        return m_lastHeader;
    }
    if (m_lastArticle && m_lastArticle->slug == slug) {
        m_lastHeader = ArticleHeader{m_lastArticle->id, m_lastArticle->slug, m_lastArticle->title,
                                     m_lastArticle->breadcrumb, m_lastArticle->related};
        return m_lastHeader;
    }
    const TranslatedColumns words = translatedArticleColumns(QStringLiteral("a"), m_joinLanguage);
    Rows query =
        run(QStringLiteral("SELECT a.id, a.slug, %1 FROM articles a%2 WHERE a.slug = ?").arg(words.title, words.join),
            {slug});
    if (!query.next()) {
        return std::nullopt;
    }
    ArticleHeader header;
    header.id = query.value(0).toInt();
    header.slug = query.value(1).toString();
    header.title = query.value(2).toString();
    header.breadcrumb = breadcrumb(header.id);
    header.related = related(header.id);
    m_lastHeader = header;
    return header;
}

void ContentRepository::setLanguage(const QString &language)
{
    m_language = isLanguageCode(language) ? language : QString();
    m_joinLanguage = hasTranslationTables(m_database.connection()) ? m_language : QString();
    m_eventLanguage =
        hasTable(m_database.connection(), QStringLiteral("timeline_translations")) ? m_language : QString();
    m_quoteLanguage = hasTable(m_database.connection(), QStringLiteral("quote_translations")) ? m_language : QString();
    m_lastArticle.reset();
    m_lastHeader.reset();
}

std::optional<Article> ContentRepository::article(const QString &slug) const
{
    return article(slug, m_language);
}

bool ContentRepository::applyTranslation(Article &article, const QString &language) const
{
    if (language.isEmpty()) {
        return false; // English: no query (article switches stay as they were)
    }
    if (language != m_language ? !hasTranslationTables(m_database.connection()) : m_joinLanguage.isEmpty()) {
        return false; // content built before translations
    }
    Rows query = run(QStringLiteral("SELECT language, title, summary, reviewed, translated_from, out_of_date, html, "
                                    "plain FROM article_translations WHERE article_id = ? ORDER BY language"),
                     {article.id});
    bool applied = false;
    const QString base = language.section(QLatin1Char('_'), 0, 0); // "pt_BR" also takes "pt"
    while (query.next()) {
        const QString code = query.value(0).toString();
        article.languages.append(code);
        if (applied || (code != language && code != base)) {
            continue;
        }
        article.language = code;
        article.englishReviewed = article.reviewed;
        article.title = query.value(1).toString();
        article.summary = query.value(2).toString();
        article.reviewed = query.value(3).toString();
        article.translatedFrom = query.value(4).toString();
        article.outOfDate = query.value(5).toInt() != 0;
        article.html = query.value(6).toString();
        article.plain = query.value(7).toString();
        article.wordCount = int(article.plain.count(QLatin1Char(' ')) + 1);
        applied = true;
    }
    return applied;
}

std::optional<Article> ContentRepository::article(const QString &slug, const QString &language) const
{
    const QString wanted = language == QLatin1String("en") ? QString() : language;
    if (m_lastArticle && m_lastArticle->slug == slug && m_lastArticle->wanted == wanted) {
        return m_lastArticle;
    }
    Rows query = run(QStringLiteral("SELECT id, slug, title, summary, IFNULL(evidence, ''), reviewed, html, "
                                    "plain, word_count FROM articles WHERE slug = ?"),
                     {slug});
    if (!query.next()) {
        return std::nullopt;
    }
    Article article;
    article.id = query.value(0).toInt();
    article.slug = query.value(1).toString();
    article.title = query.value(2).toString();
    article.summary = query.value(3).toString();
    article.evidence = query.value(4).toString();
    article.reviewed = query.value(5).toString();
    article.html = query.value(6).toString();
    article.plain = query.value(7).toString();
    article.wordCount = query.value(8).toInt();
    if (m_lastHeader && m_lastHeader->id == article.id) {
        article.breadcrumb = m_lastHeader->breadcrumb;
        article.related = m_lastHeader->related;
    } else {
        article.breadcrumb = breadcrumb(article.id);
        article.related = related(article.id);
    }
    article.sources = sources(article.id);
    article.languages = {QStringLiteral("en")};
    article.wanted = wanted;
    applyTranslation(article, wanted);
    m_lastArticle = article;
    return article;
}

bool ContentRepository::hasArticle(const QString &slug) const
{
    if ((m_lastArticle && m_lastArticle->slug == slug) || (m_lastHeader && m_lastHeader->slug == slug)) {
        return true; // the open article: asked about again as it opens (print actions)
    }
    return run(QStringLiteral("SELECT 1 FROM articles WHERE slug = ?"), {slug}).next();
}

QString ContentRepository::rootSlug() const
{
    Rows query =
        run(QStringLiteral("SELECT slug FROM articles WHERE parent_id IS NULL ORDER BY sort_order, id LIMIT 1"), {});
    return query.next() ? query.value(0).toString() : QString();
}

QList<ArticleRef> ContentRepository::breadcrumb(int articleId) const
{
    // Walks up the tree; depth is the distance from the article, so ordering by it descending gives
    // root-first order.
    const TranslatedColumns words = translatedArticleColumns(QStringLiteral("a"), m_joinLanguage);
    Rows query =
        run(QStringLiteral("WITH RECURSIVE up(id, depth) AS ("
                           " SELECT parent_id, 1 FROM articles WHERE id = ? AND parent_id IS NOT NULL"
                           " UNION ALL SELECT a.parent_id, up.depth + 1 FROM articles a JOIN up ON a.id = up.id"
                           " WHERE a.parent_id IS NOT NULL AND up.depth < 64)"
                           " SELECT a.slug, %1, %2 FROM up JOIN articles a ON a.id = up.id%3"
                           " ORDER BY up.depth DESC")
                .arg(words.title, words.summary, words.join),
            {articleId});
    QList<ArticleRef> result;
    while (query.next()) {
        result.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
    }
    return result;
}

QList<ArticleRef> ContentRepository::related(int articleId) const
{
    const TranslatedColumns words = translatedArticleColumns(QStringLiteral("a"), m_joinLanguage);
    Rows query = run(QStringLiteral("SELECT a.slug, %1, %2 FROM related r JOIN articles a ON a.id = r.related_id%3 "
                                    "WHERE r.article_id = ? ORDER BY r.position")
                         .arg(words.title, words.summary, words.join),
                     {articleId});
    QList<ArticleRef> result;
    while (query.next()) {
        result.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
    }
    return result;
}

QList<Source> ContentRepository::sources(int articleId) const
{
    Rows query =
        run(QStringLiteral("SELECT title, publisher, year, url FROM sources WHERE article_id = ? ORDER BY position"),
            {articleId});
    QList<Source> result;
    while (query.next()) {
        result.append(
            {query.value(0).toString(), query.value(1).toString(), query.value(2).toInt(), query.value(3).toString()});
    }
    return result;
}

std::optional<GlossaryTerm> ContentRepository::glossaryTerm(const QString &slug) const
{
    return glossaryTerm(slug, m_language);
}

std::optional<GlossaryTerm> ContentRepository::glossaryTerm(const QString &slug, const QString &language) const
{
    const QString join = language == m_language                          ? m_joinLanguage
                         : hasTranslationTables(m_database.connection()) ? language
                                                                         : QString();
    const TranslatedColumns words = translatedTermColumns(QStringLiteral("g"), join);
    Rows query = run(QStringLiteral("SELECT g.slug, %1, %2, g.see_also, IFNULL(a.slug, ''), %4 "
                                    "FROM glossary g LEFT JOIN articles a ON a.id = g.article_id%3 "
                                    "WHERE g.slug = ?")
                         .arg(words.title, words.summary, words.join, words.language),
                     {slug});
    if (!query.next()) {
        return std::nullopt;
    }
    return GlossaryTerm{
        query.value(0).toString(), query.value(1).toString(),
        query.value(2).toString(), query.value(3).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts),
        query.value(4).toString(), query.value(5).toString()};
}

QList<GlossaryTerm> ContentRepository::glossaryTerms() const
{
    const TranslatedColumns words = translatedTermColumns(QStringLiteral("g"), m_joinLanguage);
    Rows query = run(QStringLiteral("SELECT g.slug, %1 AS shown, %2, g.see_also, IFNULL(a.slug, ''), %4 "
                                    "FROM glossary g LEFT JOIN articles a ON a.id = g.article_id%3 "
                                    "ORDER BY shown COLLATE NOCASE, g.slug")
                         .arg(words.title, words.summary, words.join, words.language),
                     {});
    QList<GlossaryTerm> result;
    while (query.next()) {
        result.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                       query.value(3).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts), query.value(4).toString(),
                       query.value(5).toString()});
    }
    return result;
}

QList<TimelineEvent> ContentRepository::timeline(const QString &topic) const
{
    return timeline(topic, m_language);
}

QList<TimelineEvent> ContentRepository::timeline(const QString &topic, const QString &language) const
{
    const QString join = language == m_language                                                       ? m_eventLanguage
                         : hasTable(m_database.connection(), QStringLiteral("timeline_translations")) ? language
                                                                                                      : QString();
    const TranslatedColumns words = translatedEventColumns(QStringLiteral("t"), join);
    const QString sql =
        QStringLiteral("SELECT t.id, t.date, t.year, %1, %2, t.topic, IFNULL(a.slug, ''), t.source_title, "
                       "t.source_publisher, t.source_year, t.source_url, %3 FROM timeline t%4 "
                       "LEFT JOIN articles a ON a.id = t.article_id WHERE ? = '' OR t.topic = ? ORDER BY t.date, t.id")
            .arg(words.title, words.summary, words.language, words.join);
    // A null QString binds as SQL NULL, which would match nothing: pass a real empty string instead.
    const QString filter = topic.isEmpty() ? QStringLiteral("") : topic;
    Rows query = run(sql, {filter, filter});
    QList<TimelineEvent> result;
    while (query.next()) {
        TimelineEvent e;
        e.id = query.value(0).toInt();
        e.date = query.value(1).toString();
        e.year = query.value(2).toInt();
        e.title = query.value(3).toString();
        e.text = query.value(4).toString();
        e.topic = query.value(5).toString();
        e.articleSlug = query.value(6).toString();
        e.source = {query.value(7).toString(), query.value(8).toString(), query.value(9).toInt(),
                    query.value(10).toString()};
        e.language = query.value(11).toString();
        result.append(e);
    }
    return result;
}

int ContentRepository::articleCount() const
{
    Rows query = run(QStringLiteral("SELECT count(*) FROM articles"), {});
    return query.next() ? query.value(0).toInt() : 0;
}

QStringList ContentRepository::articleSlugs(int limit) const
{
    Rows query = run(QStringLiteral("SELECT slug FROM articles ORDER BY id LIMIT ?"), {limit});
    QStringList result;
    while (query.next()) {
        result << query.value(0).toString();
    }
    return result;
}

QStringList ContentRepository::timelineTopics() const
{
    Rows query = run(QStringLiteral("SELECT DISTINCT topic FROM timeline ORDER BY topic"), {});
    QStringList result;
    while (query.next()) {
        result << query.value(0).toString();
    }
    return result;
}

QList<Quote> ContentRepository::quotes() const
{
    const TranslatedColumns words = translatedQuoteColumns(QStringLiteral("q"), m_quoteLanguage);
    Rows query = run(QStringLiteral("SELECT %1, q.who, %2, q.date, IFNULL(a.slug, ''), q.source_title, "
                                    "q.source_publisher, q.source_year, q.source_url, %3, q.text "
                                    "FROM quotes q%4 LEFT JOIN articles a ON a.id = q.article_id "
                                    "ORDER BY q.date, q.id")
                         .arg(words.title, words.summary, words.language, words.join),
                     {});
    QList<Quote> result;
    while (query.next()) {
        Quote q;
        q.text = query.value(0).toString();
        q.who = query.value(1).toString();
        q.role = query.value(2).toString();
        q.date = query.value(3).toString();
        q.articleSlug = query.value(4).toString();
        q.source = {query.value(5).toString(), query.value(6).toString(), query.value(7).toInt(),
                    query.value(8).toString()};
        q.language = query.value(9).toString();
        if (!q.language.isEmpty()) {
            q.original = query.value(10).toString();
        }
        result.append(q);
    }
    return result;
}

std::optional<Image> ContentRepository::image(const QString &name) const
{
    Rows query = run(QStringLiteral("SELECT mime, data FROM images WHERE name = ?"), {name});
    if (!query.next()) {
        return std::nullopt;
    }
    return Image{query.value(0).toString(), query.value(1).toByteArray()};
}

QString ContentRepository::origin() const
{
    return m_database.origin();
}

QString ContentRepository::meta(const QString &key) const
{
    return m_database.meta(key);
}

} // namespace Myelin
