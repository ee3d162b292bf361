// SPDX-License-Identifier: GPL-3.0-or-later
// The content database's schema: shared by the compiler (writer) and the reader.
#ifndef MYELIN_CORE_SCHEMA_H
#define MYELIN_CORE_SCHEMA_H

namespace Myelin::Schema {

// Stored in PRAGMA user_version and in meta('schema_version'). Bump on any incompatible change.
inline constexpr int Version = 3;

// Tables every valid content database has; the reader checks them on open.
inline constexpr const char *RequiredTables[] = {"meta",       "articles", "related",  "sources", "glossary",
                                                 "timeline",   "quotes",   "images",   "search",  "titles",
                                                 "vocabulary", "synonyms", "questions"};

// The whole schema, in creation order. Ids are assigned in sorted order by the compiler so the
// output is deterministic.
inline constexpr const char *CreateStatements[] = {
    "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
    // parent_id is NULL only for the root article. evidence is NULL or one of the evidence ids.
    "CREATE TABLE articles(id INTEGER PRIMARY KEY, slug TEXT NOT NULL UNIQUE, title TEXT NOT NULL, "
    "parent_id INTEGER REFERENCES articles(id), sort_order INTEGER NOT NULL, summary TEXT NOT NULL, "
    "evidence TEXT, reviewed TEXT NOT NULL, html TEXT NOT NULL, plain TEXT NOT NULL, "
    "word_count INTEGER NOT NULL, reading_grade REAL NOT NULL)",
    "CREATE INDEX articles_by_parent ON articles(parent_id, sort_order, id)",
    "CREATE TABLE related(article_id INTEGER NOT NULL REFERENCES articles(id), position INTEGER NOT NULL, "
    "related_id INTEGER NOT NULL REFERENCES articles(id), PRIMARY KEY(article_id, position)) WITHOUT ROWID",
    "CREATE TABLE sources(article_id INTEGER NOT NULL REFERENCES articles(id), position INTEGER NOT NULL, "
    "title TEXT NOT NULL, publisher TEXT NOT NULL, year INTEGER NOT NULL, url TEXT NOT NULL, "
    "PRIMARY KEY(article_id, position)) WITHOUT ROWID",
    // definition is plain text; see_also is a space-separated list of term slugs.
    "CREATE TABLE glossary(id INTEGER PRIMARY KEY, slug TEXT NOT NULL UNIQUE, term TEXT NOT NULL, "
    "definition TEXT NOT NULL, see_also TEXT NOT NULL, article_id INTEGER REFERENCES articles(id))",
    // date is YYYY, YYYY-MM or YYYY-MM-DD; year is its first four digits.
    "CREATE TABLE timeline(id INTEGER PRIMARY KEY, date TEXT NOT NULL, year INTEGER NOT NULL, "
    "title TEXT NOT NULL, text TEXT NOT NULL, topic TEXT NOT NULL, article_id INTEGER REFERENCES articles(id), "
    "source_title TEXT NOT NULL, source_publisher TEXT NOT NULL, source_year INTEGER NOT NULL, "
    "source_url TEXT NOT NULL)",
    "CREATE INDEX timeline_by_date ON timeline(date, id)",
    "CREATE TABLE quotes(id INTEGER PRIMARY KEY, text TEXT NOT NULL, who TEXT NOT NULL, role TEXT NOT NULL, "
    "date TEXT NOT NULL, article_id INTEGER REFERENCES articles(id), source_title TEXT NOT NULL, "
    "source_publisher TEXT NOT NULL, source_year INTEGER NOT NULL, source_url TEXT NOT NULL)",
    "CREATE TABLE images(name TEXT PRIMARY KEY, mime TEXT NOT NULL, data BLOB NOT NULL, alt TEXT NOT NULL, "
    "caption TEXT NOT NULL, credit TEXT NOT NULL) WITHOUT ROWID",
    // kind is 'article', 'term' or 'event'; ref is the slug (article, term) or id (event).
    "CREATE VIRTUAL TABLE search USING fts5(title, summary, body, kind UNINDEXED, ref UNINDEXED, "
    "tokenize = 'porter unicode61 remove_diacritics 2', prefix = '2 3 4 5')",
    // Titles and summaries again, under the same rowids as in `search`: a small index that ranks the
    // best matches at typing speed even when a common word is in the text of every document.
    "CREATE VIRTUAL TABLE titles USING fts5(title, summary, kind UNINDEXED, ref UNINDEXED, "
    "tokenize = 'porter unicode61 remove_diacritics 2', prefix = '2 3 4 5')",
    // Every word of the indexed text as written (lower case, without accents; not stemmed: "liberation",
    // not "liber") and how many rows hold it: the vocabulary for "Did you mean", read in a moment.
    "CREATE TABLE vocabulary(term TEXT PRIMARY KEY, documents INTEGER NOT NULL) WITHOUT ROWID",
    // synonyms.yaml: words readers use for the same thing, in groups; article and term are the slugs
    // of what the group is about ('' if none).
    "CREATE TABLE synonyms(group_id INTEGER NOT NULL, position INTEGER NOT NULL, phrase TEXT NOT NULL, "
    "article TEXT NOT NULL, term TEXT NOT NULL, PRIMARY KEY(group_id, position)) WITHOUT ROWID",
    // The questions an article answers, as readers ask them ("Can I have children?").
    "CREATE TABLE questions(article_id INTEGER NOT NULL REFERENCES articles(id), position INTEGER NOT NULL, "
    "text TEXT NOT NULL, PRIMARY KEY(article_id, position)) WITHOUT ROWID",
    // Translations beside the English (articles/<language>/<slug>.md; language as "es", "pt_BR"):
    // their own words and dates; tree place, sources and links are the English article's. Added after
    // version 3 without a bump: a reader that does not know them ignores them, and a database without
    // them simply has no translations (not in RequiredTables).
    "CREATE TABLE article_translations(article_id INTEGER NOT NULL REFERENCES articles(id), language TEXT NOT NULL, "
    "title TEXT NOT NULL, summary TEXT NOT NULL, reviewed TEXT NOT NULL, translated_from TEXT NOT NULL, "
    "out_of_date INTEGER NOT NULL, html TEXT NOT NULL, plain TEXT NOT NULL, PRIMARY KEY(article_id, language)) "
    "WITHOUT ROWID",
    // The translations' search index: words stemmed per language (compiler/translationindex.cpp), the
    // words as shown beside them; and every word form of the translations with its stem.
    "CREATE VIRTUAL TABLE search_translations USING fts5(title, summary, body, language UNINDEXED, "
    "kind UNINDEXED, ref UNINDEXED, shown_title UNINDEXED, shown_summary UNINDEXED, "
    "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4 5')",
    "CREATE TABLE word_stems(language TEXT NOT NULL, word TEXT NOT NULL, stem TEXT NOT NULL, "
    "PRIMARY KEY(language, word)) WITHOUT ROWID",
    "CREATE TABLE glossary_translations(glossary_id INTEGER NOT NULL REFERENCES glossary(id), language TEXT NOT NULL, "
    "term TEXT NOT NULL, definition TEXT NOT NULL, reviewed TEXT NOT NULL, PRIMARY KEY(glossary_id, language)) "
    "WITHOUT ROWID",
    // Timeline events and quotes in other languages (timeline.<language>.yaml, quotes.<language>.yaml),
    // added later still, also without a bump: the reader looks for each table before it reads it. A
    // quote's translation is ours; the words as said stay in quotes.text.
    "CREATE TABLE timeline_translations(timeline_id INTEGER NOT NULL REFERENCES timeline(id), "
    "language TEXT NOT NULL, title TEXT NOT NULL, text TEXT NOT NULL, reviewed TEXT NOT NULL, "
    "PRIMARY KEY(timeline_id, language)) WITHOUT ROWID",
    "CREATE TABLE quote_translations(quote_id INTEGER NOT NULL REFERENCES quotes(id), language TEXT NOT NULL, "
    "text TEXT NOT NULL, role TEXT NOT NULL, reviewed TEXT NOT NULL, PRIMARY KEY(quote_id, language)) WITHOUT ROWID",
    // Each language's own "Did you mean" words (as vocabulary, from its translations and synonyms) and its
    // synonyms (synonyms.<language>.yaml), each phrase also as its stems for the search expression.
    "CREATE TABLE vocabulary_translations(language TEXT NOT NULL, term TEXT NOT NULL, documents INTEGER NOT NULL, "
    "PRIMARY KEY(language, term)) WITHOUT ROWID",
    "CREATE TABLE synonym_translations(language TEXT NOT NULL, group_id INTEGER NOT NULL, position INTEGER NOT NULL, "
    "phrase TEXT NOT NULL, stems TEXT NOT NULL, PRIMARY KEY(language, group_id, position)) WITHOUT ROWID",
};

// Keys in the meta table.
inline constexpr const char *MetaSchemaVersion = "schema_version";
inline constexpr const char *MetaContentVersion = "content_version";
inline constexpr const char *MetaContentDate = "content_date"; // newest reviewed date, YYYY-MM-DD
inline constexpr const char *MetaTitle = "title";

// Evidence statuses accepted in front matter.
inline constexpr const char *EvidenceIds[] = {"established", "emerging", "mixed", "not-supported", "no-evidence"};

// Timeline topics accepted in timeline.yaml.
inline constexpr const char *TimelineTopics[] = {"research", "trial", "safety", "funding", "policy", "media"};

// The addresses inside compiled HTML (myelin://article/<slug>, ...) are core/contenturl's.

} // namespace Myelin::Schema

#endif // MYELIN_CORE_SCHEMA_H
