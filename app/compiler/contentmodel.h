// SPDX-License-Identifier: GPL-3.0-or-later
// The content as read from the source files, with the line of every field that is checked later.
#ifndef MYELIN_COMPILER_CONTENTMODEL_H
#define MYELIN_COMPILER_CONTENTMODEL_H

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Myelin::Compiler {

// A published source: every article, timeline event and quote names at least one.
struct SourceRef
{
    QString title;
    QString publisher;
    int year = 0;
    QString url;
};

// A reference to another item by slug or id, with the line it was written on.
struct Reference
{
    QString target;
    int line = 1;
};

struct Article
{
    QString file; // relative path, e.g. "articles/ccsvi.md"
    QString slug; // from the front matter, or the file name if the field is missing
    int slugLine = 1;
    int frontMatterLine = 2; // first line of the front matter fields
    QString title;
    bool hasParent = false;
    Reference parent;
    qint64 order = 0;
    int orderLine = 1;
    QString summary;
    QList<Reference> related;
    QString evidence; // empty if not given
    QString reviewed; // YYYY-MM-DD
    QList<SourceRef> sources;
    QList<Reference> questions; // questions the article answers, as readers ask them
    QString body;               // Markdown
    int bodyLineOffset = 0;     // file line = bodyLineOffset + line within the body
    bool hasBody = false;

    // Filled in by the renderer.
    QString html;
    QString plain;
    int wordCount = 0;
    double readingGrade = 0.0;
    int citedFigures = 0;
    QList<Reference> uncitedFigures; // target: the sentence; line: its line in the file
};

struct GlossaryTerm
{
    QString id;
    int line = 1;
    QString term;
    QString definition;
    QList<Reference> seeAlso;
    bool hasArticle = false;
    Reference article;
};

struct TimelineEvent
{
    int line = 1;
    QString id; // optional in English (needed to translate the event), e.g. "zamboni-essay"
    int idLine = 1;
    QString date; // YYYY, YYYY-MM or YYYY-MM-DD
    QString title;
    QString text;
    QString topic;
    bool hasArticle = false;
    Reference article;
    SourceRef source;
};

struct Quote
{
    int line = 1;
    QString id; // optional in English (needed to translate the quote), e.g. "zamboni-2010"
    int idLine = 1;
    QString text;
    QString who;
    QString role;
    QString date;
    bool hasArticle = false;
    Reference article;
    SourceRef source;
};

// Words readers use for the same thing (MP, member of parliament, representative); searching one
// finds the others. The group may name the article or glossary term the words are about.
struct SynonymGroup
{
    int line = 1;
    QList<Reference> words;
    bool hasArticle = false;
    Reference article;
    bool hasTerm = false;
    Reference term;
};

struct ImageEntry
{
    int line = 1;
    QString name;
    QString file; // file name inside images/
    int fileLine = 1;
    QString alt;
    QString caption;
    QString credit;
    QString mime;
    QByteArray data;
};

// A translation of an article (articles/<language>/<slug>.md): its own title, summary, questions and
// text; its place in the tree, related articles, evidence and sources are the English article's.
struct ArticleTranslation
{
    QString language; // as in the folder name: "es", "pt_BR"
    QString file;
    QString slug;
    int slugLine = 1;
    QString title;
    QString summary;
    QList<Reference> questions;
    QString reviewed;       // this translation's own review, YYYY-MM-DD
    QString translatedFrom; // the English article's reviewed date it was translated from
    int translatedFromLine = 1;
    bool outOfDate = false; // the English changed since; shown with a notice
    QString body;
    int bodyLineOffset = 0;
    bool hasBody = false;

    // Filled in by the renderer.
    QString html;
    QString plain;
    int wordCount = 0;
};

// A translated glossary (glossary.<language>.yaml): terms and definitions by the English ids.
struct GlossaryTranslation
{
    QString language;
    QString file;
    QString reviewed;
    QString translatedFrom;
    QList<GlossaryTerm> terms; // id, line, term and definition only
};

// A translated timeline (timeline.<language>.yaml): event titles and texts by the English ids; dates,
// topics, articles and sources are the English events'.
struct TimelineTranslation
{
    QString language;
    QString file;
    QString reviewed;
    QString translatedFrom;
    QList<TimelineEvent> events; // id, line, title and text only
};

// Translated quotes (quotes.<language>.yaml): our translation of each quote's words and of the
// speaker's role, by the English ids; the reader shows the words as said beside them.
struct QuoteTranslation
{
    QString language;
    QString file;
    QString reviewed;
    QString translatedFrom;
    QList<Quote> quotes; // id, line, text and role only
};

// Synonyms for a language's search (synonyms.<language>.yaml): groups of words in that language.
struct SynonymTranslation
{
    QString language;
    QString file;
    QList<SynonymGroup> groups; // line and words only
};

struct Content
{
    QString title;
    QString version;
    QList<Article> articles;
    QList<GlossaryTerm> glossary;
    QList<TimelineEvent> timeline;
    QList<Quote> quotes;
    QList<ImageEntry> images;
    QList<SynonymGroup> synonyms;
    QList<ArticleTranslation> translations;
    QList<GlossaryTranslation> glossaryTranslations;
    QList<TimelineTranslation> timelineTranslations;
    QList<QuoteTranslation> quoteTranslations;
    QList<SynonymTranslation> synonymTranslations;
};

} // namespace Myelin::Compiler

#endif // MYELIN_COMPILER_CONTENTMODEL_H
