// SPDX-License-Identifier: GPL-3.0-or-later
#include "databasewriter.h"

#include "core/schema.h"
#include "translationindex.h"

#include <QMap>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>
#include <algorithm>
#include <tuple>

namespace Myelin::Compiler {

void sortContent(Content &content)
{
    std::stable_sort(content.articles.begin(), content.articles.end(),
                     [](const Article &a, const Article &b) { return a.slug < b.slug; });
    std::stable_sort(content.glossary.begin(), content.glossary.end(),
                     [](const GlossaryTerm &a, const GlossaryTerm &b) { return a.id < b.id; });
    std::stable_sort(content.timeline.begin(), content.timeline.end(),
                     [](const TimelineEvent &a, const TimelineEvent &b) {
                         return std::tie(a.date, a.title, a.text) < std::tie(b.date, b.title, b.text);
                     });
    std::stable_sort(content.quotes.begin(), content.quotes.end(), [](const Quote &a, const Quote &b) {
        return std::tie(a.date, a.who, a.text) < std::tie(b.date, b.who, b.text);
    });
    std::stable_sort(content.images.begin(), content.images.end(),
                     [](const ImageEntry &a, const ImageEntry &b) { return a.name < b.name; });
    std::stable_sort(content.translations.begin(), content.translations.end(),
                     [](const ArticleTranslation &a, const ArticleTranslation &b) {
                         return std::tie(a.language, a.slug) < std::tie(b.language, b.slug);
                     });
    std::stable_sort(
        content.glossaryTranslations.begin(), content.glossaryTranslations.end(),
        [](const GlossaryTranslation &a, const GlossaryTranslation &b) { return a.language < b.language; });
    std::stable_sort(
        content.timelineTranslations.begin(), content.timelineTranslations.end(),
        [](const TimelineTranslation &a, const TimelineTranslation &b) { return a.language < b.language; });
    std::stable_sort(content.quoteTranslations.begin(), content.quoteTranslations.end(),
                     [](const QuoteTranslation &a, const QuoteTranslation &b) { return a.language < b.language; });
    std::stable_sort(content.synonymTranslations.begin(), content.synonymTranslations.end(),
                     [](const SynonymTranslation &a, const SynonymTranslation &b) { return a.language < b.language; });
}

QHash<QString, qint64> timelineRowIds(const Content &content)
{
    QHash<QString, qint64> ids;
    for (qsizetype i = 0; i < content.timeline.size(); ++i) {
        if (!content.timeline.at(i).id.isEmpty()) {
            ids.insert(content.timeline.at(i).id, qint64(i) + 1);
        }
    }
    return ids;
}

namespace {

// Text that may be empty but never NULL (a null QString would be bound as NULL).
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QString(0, QLatin1Char(' '))) : QVariant(value);
}

QVariant nullableId(const QMap<QString, qint64> &ids, bool present, const QString &slug)
{
    if (!present || !ids.contains(slug)) {
        return QVariant(QMetaType::fromType<qint64>());
    }
    return ids.value(slug);
}

class Writer
{
public:
    Writer(const Content &content, QSqlDatabase &db) : m_content(content), m_db(db) {}

    bool write()
    {
        for (qsizetype i = 0; i < m_content.articles.size(); ++i) {
            m_articleIds.insert(m_content.articles.at(i).slug, qint64(i) + 1);
        }
        if (!exec(QStringLiteral("PRAGMA journal_mode = MEMORY")) ||
            !exec(QStringLiteral("PRAGMA user_version = %1").arg(Schema::Version))) {
            return false;
        }
        if (!m_db.transaction()) {
            return fail(m_db.lastError());
        }
        for (const char *statement : Schema::CreateStatements) {
            if (!exec(QString::fromUtf8(statement))) {
                return false;
            }
        }
        if (!writeMeta() || !writeArticles() || !writeGlossary() || !writeTimeline() || !writeQuotes() ||
            !writeImages() || !writeSynonyms() || !writeSearch() || !writeTranslations() ||
            !writeTranslationIndex(m_content, m_db, &m_error)) {
            return false;
        }
        if (!m_db.commit()) {
            return fail(m_db.lastError());
        }
        return exec(QStringLiteral("INSERT INTO search(search) VALUES('optimize')")) &&
               exec(QStringLiteral("INSERT INTO titles(titles) VALUES('optimize')")) &&
               exec(QStringLiteral("INSERT INTO search_translations(search_translations) VALUES('optimize')")) &&
               exec(QStringLiteral("VACUUM"));
    }

    QString error() const { return m_error; }

private:
    bool fail(const QSqlError &error)
    {
        m_error = error.text();
        return false;
    }

    bool exec(const QString &sql)
    {
        QSqlQuery query(m_db);
        if (!query.exec(sql)) {
            return fail(query.lastError());
        }
        return true;
    }

    bool insert(const QString &sql, const QVariantList &values)
    {
        QSqlQuery query(m_db);
        if (!query.prepare(sql)) {
            return fail(query.lastError());
        }
        for (const QVariant &value : values) {
            query.addBindValue(value);
        }
        if (!query.exec()) {
            return fail(query.lastError());
        }
        return true;
    }

    QString newestReviewDate() const
    {
        QString newest;
        for (const Article &article : m_content.articles) {
            newest = std::max(newest, article.reviewed);
        }
        return newest;
    }

    bool writeMeta()
    {
        const QString sql = QStringLiteral("INSERT INTO meta(key, value) VALUES(?, ?)");
        return insert(sql, {QLatin1String(Schema::MetaContentDate), newestReviewDate()}) &&
               insert(sql, {QLatin1String(Schema::MetaContentVersion), m_content.version}) &&
               insert(sql, {QLatin1String(Schema::MetaSchemaVersion), QString::number(Schema::Version)}) &&
               insert(sql, {QLatin1String(Schema::MetaTitle), m_content.title});
    }

    bool writeArticles()
    {
        for (const Article &article : m_content.articles) {
            const qint64 id = m_articleIds.value(article.slug);
            const QVariant evidence =
                article.evidence.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(article.evidence);
            if (!insert(
                    QStringLiteral("INSERT INTO articles(id, slug, title, parent_id, sort_order, summary, evidence, "
                                   "reviewed, html, plain, word_count, reading_grade) "
                                   "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    {id, article.slug, article.title,
                     nullableId(m_articleIds, article.hasParent, article.parent.target), article.order, article.summary,
                     evidence, article.reviewed, article.html, article.plain, article.wordCount,
                     article.readingGrade})) {
                return false;
            }
            for (qsizetype i = 0; i < article.related.size(); ++i) {
                if (!insert(QStringLiteral("INSERT INTO related(article_id, position, related_id) VALUES(?, ?, ?)"),
                            {id, qint64(i), m_articleIds.value(article.related.at(i).target)})) {
                    return false;
                }
            }
            for (qsizetype i = 0; i < article.questions.size(); ++i) {
                if (!insert(QStringLiteral("INSERT INTO questions(article_id, position, text) VALUES(?, ?, ?)"),
                            {id, qint64(i), article.questions.at(i).target})) {
                    return false;
                }
            }
            for (qsizetype i = 0; i < article.sources.size(); ++i) {
                const SourceRef &source = article.sources.at(i);
                if (!insert(QStringLiteral("INSERT INTO sources(article_id, position, title, publisher, year, url) "
                                           "VALUES(?, ?, ?, ?, ?, ?)"),
                            {id, qint64(i), source.title, source.publisher, source.year, source.url})) {
                    return false;
                }
            }
        }
        return true;
    }

    bool writeGlossary()
    {
        for (qsizetype i = 0; i < m_content.glossary.size(); ++i) {
            const GlossaryTerm &term = m_content.glossary.at(i);
            QStringList seeAlso;
            for (const Reference &other : term.seeAlso) {
                seeAlso.append(other.target);
            }
            if (!insert(QStringLiteral("INSERT INTO glossary(id, slug, term, definition, see_also, article_id) "
                                       "VALUES(?, ?, ?, ?, ?, ?)"),
                        {qint64(i) + 1, term.id, term.term, term.definition, text(seeAlso.join(QLatin1Char(' '))),
                         nullableId(m_articleIds, term.hasArticle, term.article.target)})) {
                return false;
            }
        }
        return true;
    }

    bool writeTranslations()
    {
        for (const ArticleTranslation &t : m_content.translations) {
            if (!m_articleIds.contains(t.slug)) {
                continue; // reported by translationcheck
            }
            if (!insert(
                    QStringLiteral("INSERT INTO article_translations(article_id, language, title, summary, reviewed, "
                                   "translated_from, out_of_date, html, plain) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    {m_articleIds.value(t.slug), t.language, text(t.title), text(t.summary), text(t.reviewed),
                     text(t.translatedFrom), t.outOfDate ? 1 : 0, text(t.html), text(t.plain)})) {
                return false;
            }
        }
        QHash<QString, qint64> termIds;
        for (qsizetype i = 0; i < m_content.glossary.size(); ++i) {
            termIds.insert(m_content.glossary.at(i).id, qint64(i) + 1);
        }
        for (const GlossaryTranslation &glossary : m_content.glossaryTranslations) {
            QSet<QString> written;
            for (const GlossaryTerm &term : glossary.terms) {
                if (!termIds.contains(term.id) || written.contains(term.id)) {
                    continue; // reported by translationcheck
                }
                written.insert(term.id);
                if (!insert(QStringLiteral("INSERT INTO glossary_translations(glossary_id, language, term, definition, "
                                           "reviewed) VALUES(?, ?, ?, ?, ?)"),
                            {termIds.value(term.id), glossary.language, term.term, term.definition,
                             text(glossary.reviewed)})) {
                    return false;
                }
            }
        }
        return writeTimelineTranslations() && writeQuoteTranslations();
    }

    bool writeTimelineTranslations()
    {
        const QHash<QString, qint64> eventIds = timelineRowIds(m_content);
        for (const TimelineTranslation &timeline : m_content.timelineTranslations) {
            QSet<QString> written;
            for (const TimelineEvent &event : timeline.events) {
                if (!eventIds.contains(event.id) || written.contains(event.id)) {
                    continue; // reported by translationcheck
                }
                written.insert(event.id);
                if (!insert(QStringLiteral("INSERT INTO timeline_translations(timeline_id, language, title, text, "
                                           "reviewed) VALUES(?, ?, ?, ?, ?)"),
                            {eventIds.value(event.id), timeline.language, event.title, event.text,
                             text(timeline.reviewed)})) {
                    return false;
                }
            }
        }
        return true;
    }

    bool writeQuoteTranslations()
    {
        QHash<QString, qint64> quoteIds;
        for (qsizetype i = 0; i < m_content.quotes.size(); ++i) {
            if (!m_content.quotes.at(i).id.isEmpty()) {
                quoteIds.insert(m_content.quotes.at(i).id, qint64(i) + 1);
            }
        }
        for (const QuoteTranslation &translated : m_content.quoteTranslations) {
            QSet<QString> written;
            for (const Quote &quote : translated.quotes) {
                if (!quoteIds.contains(quote.id) || written.contains(quote.id)) {
                    continue; // reported by translationcheck
                }
                written.insert(quote.id);
                if (!insert(QStringLiteral("INSERT INTO quote_translations(quote_id, language, text, role, "
                                           "reviewed) VALUES(?, ?, ?, ?, ?)"),
                            {quoteIds.value(quote.id), translated.language, quote.text, text(quote.role),
                             text(translated.reviewed)})) {
                    return false;
                }
            }
        }
        return true;
    }

    bool writeTimeline()
    {
        for (qsizetype i = 0; i < m_content.timeline.size(); ++i) {
            const TimelineEvent &event = m_content.timeline.at(i);
            if (!insert(QStringLiteral("INSERT INTO timeline(id, date, year, title, text, topic, article_id, "
                                       "source_title, source_publisher, source_year, source_url) "
                                       "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        {qint64(i) + 1, event.date, event.date.left(4).toInt(), event.title, event.text, event.topic,
                         nullableId(m_articleIds, event.hasArticle, event.article.target), event.source.title,
                         event.source.publisher, event.source.year, event.source.url})) {
                return false;
            }
        }
        return true;
    }

    bool writeQuotes()
    {
        for (qsizetype i = 0; i < m_content.quotes.size(); ++i) {
            const Quote &quote = m_content.quotes.at(i);
            if (!insert(
                    QStringLiteral("INSERT INTO quotes(id, text, who, role, date, article_id, source_title, "
                                   "source_publisher, source_year, source_url) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    {qint64(i) + 1, quote.text, quote.who, text(quote.role), quote.date,
                     nullableId(m_articleIds, quote.hasArticle, quote.article.target), quote.source.title,
                     quote.source.publisher, quote.source.year, quote.source.url})) {
                return false;
            }
        }
        return true;
    }

    bool writeImages()
    {
        for (const ImageEntry &image : m_content.images) {
            if (!insert(QStringLiteral(
                            "INSERT INTO images(name, mime, data, alt, caption, credit) VALUES(?, ?, ?, ?, ?, ?)"),
                        {image.name, image.mime, image.data, image.alt, image.caption, image.credit})) {
                return false;
            }
        }
        return true;
    }

    bool writeSynonyms()
    {
        for (qsizetype g = 0; g < m_content.synonyms.size(); ++g) {
            const SynonymGroup &group = m_content.synonyms.at(g);
            for (qsizetype i = 0; i < group.words.size(); ++i) {
                if (!insert(QStringLiteral("INSERT INTO synonyms(group_id, position, phrase, article, term) "
                                           "VALUES(?, ?, ?, ?, ?)"),
                            {qint64(g) + 1, qint64(i), group.words.at(i).target,
                             text(group.hasArticle ? group.article.target : QString()),
                             text(group.hasTerm ? group.term.target : QString())})) {
                    return false;
                }
            }
        }
        return true;
    }

    bool writeSearch()
    {
        const QString sql = QStringLiteral("INSERT INTO search(title, summary, body, kind, ref) VALUES(?, ?, ?, ?, ?)");
        for (const Article &article : m_content.articles) {
            // The questions an article answers are found like its text ("is ms fatal").
            QString body = article.plain;
            for (const Reference &question : article.questions) {
                body += QLatin1Char('\n') + question.target;
            }
            if (!insert(sql, {article.title, article.summary, body, QStringLiteral("article"), article.slug})) {
                return false;
            }
        }
        for (const GlossaryTerm &term : m_content.glossary) {
            if (!insert(sql, {term.term, text(QString()), term.definition, QStringLiteral("term"), term.id})) {
                return false;
            }
        }
        for (qsizetype i = 0; i < m_content.timeline.size(); ++i) {
            const TimelineEvent &event = m_content.timeline.at(i);
            if (!insert(sql,
                        {event.title, text(QString()), event.text, QStringLiteral("event"), QString::number(i + 1)})) {
                return false;
            }
        }
        // The titles index shares the rowids of the search index. The vocabulary is every word as
        // written (the same tokenizer without the stemmer), synonyms included, from a temporary index
        // (fts5vocab lives in the temp schema).
        return exec(QStringLiteral("INSERT INTO titles(rowid, title, summary, kind, ref) "
                                   "SELECT rowid, title, summary, kind, ref FROM search ORDER BY rowid")) &&
               exec(QStringLiteral("CREATE VIRTUAL TABLE temp.words USING fts5(text, "
                                   "tokenize = 'unicode61 remove_diacritics 2')")) &&
               exec(QStringLiteral("INSERT INTO temp.words(text) SELECT title || ' ' || summary || ' ' || body "
                                   "FROM search ORDER BY rowid")) &&
               exec(QStringLiteral("INSERT INTO temp.words(text) SELECT phrase FROM synonyms ORDER BY group_id, "
                                   "position")) &&
               exec(QStringLiteral("CREATE VIRTUAL TABLE temp.word_counts USING fts5vocab(temp, words, row)")) &&
               exec(QStringLiteral("INSERT INTO vocabulary(term, documents) "
                                   "SELECT term, doc FROM temp.word_counts ORDER BY term")) &&
               exec(QStringLiteral("DROP TABLE temp.word_counts")) && exec(QStringLiteral("DROP TABLE temp.words"));
    }

    const Content &m_content;
    QSqlDatabase &m_db;
    QMap<QString, qint64> m_articleIds;
    QString m_error;
};

} // namespace

bool writeDatabase(const Content &content, const QString &path, QString *error)
{
    const QString connection = QStringLiteral("myelin-build-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool ok = false;
    {
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
            *error = QStringLiteral("the Qt SQLite driver (QSQLITE) is not available");
            return false;
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        if (!db.open()) {
            *error = db.lastError().text();
        } else {
            Writer writer(content, db);
            ok = writer.write();
            if (!ok) {
                *error = writer.error();
                db.rollback();
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

} // namespace Myelin::Compiler
