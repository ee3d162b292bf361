// SPDX-License-Identifier: GPL-3.0-or-later
// Full-text search over articles, glossary terms and timeline events, ranked by bm25 in the FTS5
// index `search` (title, summary and body weighted 10, 5, 1). In a large collection, where ranking
// every match of a common word would take too long, matches in a title or summary come first, ranked
// in the small index `titles`, then matches in the text. Each hit has a highlighted title and
// snippet. Reads only the rows it returns; nothing happens until the first query.
#ifndef MYELIN_CORE_SEARCHENGINE_H
#define MYELIN_CORE_SEARCHENGINE_H

#include "searchquery.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <memory>
#include <optional>

class QSqlQuery;

namespace Myelin {

class ContentDatabase;
class SpellingSuggester;
class SearchThesaurus;
class TranslatedSearch;

struct SearchHit
{
    enum class Kind
    {
        Article,
        Term,
        Event,
    };

    Kind kind = Kind::Article;
    QString ref;     // article or term slug, or the event's id
    QString title;   // plain
    QString snippet; // marked: matched words between SearchEngine::MatchStart and MatchEnd
    QString markedTitle;
    int year = 0;     // events only
    double score = 0; // bm25 (higher is better) within its tier: title and summary hits come first

    QString kindId() const;                    // "article", "term", "event"
    static Kind kindFromId(const QString &id); // the reverse; anything else is an article
};

class SearchEngine
{
    Q_DECLARE_TR_FUNCTIONS(Myelin::SearchEngine)

public:
    // Markers around matched words in SearchHit::snippet and markedTitle. They never occur in
    // content (the compiler writes plain text), and toHtml() escapes everything else.
    static constexpr char16_t MatchStart = 0x2;
    static constexpr char16_t MatchEnd = 0x3;

    struct Options
    {
        int limit = 8;
        std::optional<SearchHit::Kind> kind; // only this kind when set
        bool asYouType = true;               // the last word is matched as a prefix
        // At most this many matches are ranked by bm25 in one index (see Result::partial).
        int maxRanked = DefaultMaxRanked;
    };

    // A glossary term the query names ("uhthoff", "what is myelin"): shown as a card above the
    // results, and not again among them.
    struct Definition
    {
        QString slug;
        QString term;
        QString definition;
    };

    struct Result
    {
        SearchQuery query;
        QList<SearchHit> hits;
        std::optional<Definition> definition;
        QStringList addedWords; // synonyms searched as well ("representative" for "MP")
        bool relaxed = false;   // nothing held every word: these hold some of them
        bool hasMore = false;   // more hits exist beyond the limit
        // Title and summary matches come first, then matches in the text. The query matched so
        // many documents that some were not ranked: only the title matches (or the first of them),
        // or in the text none; the rest follow in index order. Ranking tens of thousands of rows
        // would take far longer than a keystroke.
        bool partial = false;
        QString error; // empty unless the database failed (never because of what was typed)
    };

    explicit SearchEngine(const ContentDatabase &database);
    ~SearchEngine();
    SearchEngine(const SearchEngine &) = delete;
    SearchEngine &operator=(const SearchEngine &) = delete;

    Result search(const QString &text) const { return search(text, Options()); }
    // In the reader's language as well (setLanguage): the translated articles and terms that match come
    // first, stemmed in that language; English hits follow for what is not translated.
    Result search(const QString &text, const Options &options) const;
    // "es", "pt_BR" (empty or "en": English only). Call before searching.
    void setLanguage(const QString &language);

    // "Did you mean ...?": the corrected query, or empty; only a correction that finds something.
    // Loads the content's vocabulary on first use.
    QString suggest(const QString &text, int hitCount);
    SpellingSuggester &spelling();

    // The default for Options::maxRanked: ranking 300 rows takes well under a millisecond.
    static constexpr int DefaultMaxRanked = 300;

    // A row in rank order, and the index that ranked it.
    struct Ranked
    {
        enum class Index
        {
            Titles,     // matched in the title or summary (the small `titles` index)
            Everything, // matched only with the text (the `search` index)
            Lead,       // not matched, but the article the query's synonym group or question is about
        };
        qint64 rowid = 0;
        double score = 0; // bm25 within its index, higher is better
        Index index = Index::Everything;
        int matched = 0; // when not every word matched: how many of the query's words (slots) the row holds
    };

    // A marked string as HTML: everything escaped, matches in <b>...</b>.
    static QString toHtml(const QString &marked);
    // A marked string without its markers.
    static QString toPlain(const QString &marked);
    static QString kindLabel(SearchHit::Kind kind); // "Article", "Glossary", "Timeline"

private:
    // Where each kind lives in the index's rowids (the compiler writes articles, then terms, then
    // events); checked on first use, so a different order only costs speed, never correctness.
    struct Layout
    {
        bool known = false;
        qint64 articles = 0;
        qint64 terms = 0;
        qint64 events = 0;
    };
    const Layout &layout() const;
    QString kindWeight() const;
    QString kindFilter(SearchHit::Kind kind) const;
    QList<Ranked> rankedRowids(const QString &expression, const QString &filter, int count, int maxRanked,
                               Result &result) const;
    bool readTitleHits(const QString &expression, const QList<Ranked> &shown, QHash<qint64, SearchHit> &found,
                       Result &result) const;
    bool readTextHits(const QString &expression, const QList<Ranked> &shown, QHash<qint64, SearchHit> &found,
                      Result &result) const;
    // A hit's kind, ref and title from three columns of a result row, starting at column first.
    static SearchHit hitFromRow(const QSqlQuery &row, int first);
    SearchThesaurus &thesaurus() const;
    void countMatchedSlots(QList<Ranked> &rows, const QStringList &parts) const;
    void addLeadArticles(QList<Ranked> &rows, const QStringList &slugs, Result &result) const;
    bool readLeadHits(const QList<Ranked> &shown, QHash<qint64, SearchHit> &found, Result &result) const;
    // Rows that also match what was typed (without synonyms) rank higher; the lead articles and the
    // articles named as the query come first; the definition card's term is left out.
    void reorder(QList<Ranked> &rows, const struct SearchPlan &plan, const QString &text, Result &result) const;
    std::optional<Definition> definition(const QString &slug) const;
    Result searchOriginal(const QString &text, const Options &options) const; // the English index
    void addTranslatedHits(const QString &text, const Options &options, Result &result) const;

    const ContentDatabase &m_database;
    mutable std::optional<Layout> m_layout;
    std::unique_ptr<SpellingSuggester> m_spelling;        // created on first use
    mutable std::unique_ptr<SearchThesaurus> m_thesaurus; // loaded on first use
    std::unique_ptr<TranslatedSearch> m_translated;       // when the reader's language is not English
    QString m_language;                                   // for the spelling suggester, made later
};

} // namespace Myelin

#endif // MYELIN_CORE_SEARCHENGINE_H
