// SPDX-License-Identifier: GPL-3.0-or-later
#include "translationparser.h"

#include "core/translatedcolumns.h"
#include "formats.h"
#include "frontmatter.h"
#include "yamlmap.h"

#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <algorithm>

namespace Myelin::Compiler {

namespace {

std::optional<QString> dayField(YamlMap &fields, const char *key)
{
    const auto day = fields.text(key, Need::Required);
    if (day && !isValidDay(*day)) {
        fields.error(
            fields.keyLine(key),
            QStringLiteral("%1 date '%2' must be a real date written YYYY-MM-DD").arg(QLatin1String(key), *day));
        return std::nullopt;
    }
    return day;
}

bool readOutOfDate(YamlMap &fields)
{
    if (!fields.has("out_of_date")) {
        return false;
    }
    const auto value = fields.text("out_of_date", Need::Optional).value_or(QString());
    if (value != QLatin1String("true") && value != QLatin1String("false")) {
        fields.error(fields.keyLine("out_of_date"),
                     QStringLiteral("out_of_date must be true or false, not '%1'").arg(value));
    }
    return value == QLatin1String("true");
}

// A translated glossary, timeline or quotes file: language, reviewed and translated_from, then a list
// of items by the English ids, each with two translated fields.
struct ListShape
{
    const char *listKey;  // "terms"
    const char *itemName; // "term", in messages
    const char *first;    // "term"
    const char *second;   // "definition"
    Need secondNeed;
};

struct TranslatedItem
{
    QString id;
    int line = 1;
    QString first;
    QString second;
};

struct TranslatedList
{
    QString reviewed;
    QString translatedFrom;
    QList<TranslatedItem> items;
};

TranslatedList parseTranslatedList(const QString &relativePath, const QString &language, const QString &text,
                                   const ListShape &shape, Diagnostics &diagnostics)
{
    TranslatedList list;
    const YamlLocation where{relativePath, 1};
    const auto document = parseYaml(text, where, diagnostics);
    if (!document || !document->IsMap()) {
        if (document) {
            diagnostics.error(relativePath, 1,
                              QStringLiteral("the file must be fields (language, reviewed, translated_from, %1), "
                                             "not %2")
                                  .arg(QLatin1String(shape.listKey), describeNode(*document)));
        }
        return list;
    }
    YamlMap fields(*document, where, diagnostics);
    if (const auto code = fields.text("language", Need::Required); code && *code != language) {
        fields.error(fields.keyLine("language"),
                     QStringLiteral("language '%1' does not match the file name's '%2'").arg(*code, language));
    }
    list.reviewed = dayField(fields, "reviewed").value_or(QString());
    list.translatedFrom = dayField(fields, "translated_from").value_or(QString());
    fields.warnUnknownFields({"language", "reviewed", "translated_from", shape.listKey});
    const auto items = fields.list(shape.listKey, Need::Required);
    if (!items) {
        return list;
    }
    for (const YAML::Node &node : *items) {
        if (!node.IsMap()) {
            diagnostics.error(relativePath, where.lineOf(node, 1),
                              QStringLiteral("each %1 must be a set of fields (id, %2, %3), not %4")
                                  .arg(QLatin1String(shape.itemName), QLatin1String(shape.first),
                                       QLatin1String(shape.second), describeNode(node)));
            continue;
        }
        YamlMap itemFields(node, where, diagnostics);
        TranslatedItem item;
        item.line = itemFields.keyLine("id");
        const auto id = itemFields.text("id", Need::Required);
        const auto first = itemFields.text(shape.first, Need::Required);
        const auto second = itemFields.text(shape.second, shape.secondNeed);
        itemFields.warnUnknownFields({"id", shape.first, shape.second});
        if (id && first && (second || shape.secondNeed == Need::Optional)) {
            item.id = *id;
            item.first = *first;
            item.second = second.value_or(QString());
            list.items.append(item);
        }
    }
    return list;
}

} // namespace

bool isTranslationLanguage(const QString &code)
{
    // The reader's rule for a language code (core/translatedcolumns), and one Qt knows.
    return isLanguageCode(code) && QLocale(code).language() != QLocale::AnyLanguage &&
           QLocale(code).language() != QLocale::C;
}

QString translatedFileLanguage(const QString &fileName, const char *base)
{
    static const QRegularExpression pattern(QStringLiteral("^([a-z]+)\\.([A-Za-z_]+)\\.yaml$"));
    const auto match = pattern.match(fileName);
    return match.hasMatch() && match.captured(1) == QLatin1String(base) && isTranslationLanguage(match.captured(2))
               ? match.captured(2)
               : QString();
}

ArticleTranslation parseArticleTranslation(const QString &relativePath, const QString &language, const QString &text,
                                           Diagnostics &diagnostics)
{
    ArticleTranslation translation;
    translation.file = relativePath;
    translation.language = language;
    const QString fileSlug = QFileInfo(relativePath).completeBaseName();
    translation.slug = fileSlug;

    const FrontMatter split = splitFrontMatter(text);
    if (!split.found || !split.closed) {
        diagnostics.error(relativePath, 1,
                          QStringLiteral("missing or unclosed front matter: the file must start with a '---' line, "
                                         "the fields, then another '---' line"));
        return translation;
    }
    translation.body = split.body;
    translation.bodyLineOffset = split.bodyLineOffset;
    translation.hasBody = !split.body.trimmed().isEmpty();
    if (!translation.hasBody) {
        diagnostics.error(relativePath, split.closingLine,
                          QStringLiteral("the translation has no text after the front matter"));
    }
    const YamlLocation where{relativePath, split.yamlFirstLine};
    const auto document = parseYaml(split.yaml, where, diagnostics);
    if (!document) {
        return translation;
    }
    if (!document->IsMap()) {
        diagnostics.error(
            relativePath, split.yamlFirstLine,
            QStringLiteral("the front matter must be 'field: value' lines, not %1").arg(describeNode(*document)));
        return translation;
    }
    YamlMap fields(*document, where, diagnostics);
    translation.slugLine = fields.keyLine("slug");
    if (const auto slug = fields.text("slug", Need::Required)) {
        if (*slug != fileSlug) {
            fields.error(translation.slugLine,
                         QStringLiteral("slug '%1' does not match the file name '%2.md'").arg(*slug, fileSlug));
        }
        translation.slug = *slug;
    }
    translation.title = fields.text("title", Need::Required).value_or(QString());
    translation.summary = fields.text("summary", Need::Required).value_or(QString());
    if (const auto questions = fields.textList("questions", Need::Optional)) {
        translation.questions = *questions;
    }
    translation.reviewed = dayField(fields, "reviewed").value_or(QString());
    translation.translatedFromLine = fields.keyLine("translated_from");
    translation.translatedFrom = dayField(fields, "translated_from").value_or(QString());
    translation.outOfDate = readOutOfDate(fields);
    for (const char *english : {"parent", "order", "related", "evidence", "sources"}) {
        if (fields.has(english)) {
            fields.error(fields.keyLine(english), QStringLiteral("'%1' comes from the English article; a translation "
                                                                 "gives only slug, title, summary, questions, "
                                                                 "reviewed, translated_from and out_of_date")
                                                      .arg(QLatin1String(english)));
        }
    }
    fields.warnUnknownFields({"slug", "title", "summary", "questions", "reviewed", "translated_from", "out_of_date",
                              "parent", "order", "related", "evidence", "sources"});
    return translation;
}

GlossaryTranslation parseGlossaryTranslation(const QString &relativePath, const QString &language, const QString &text,
                                             Diagnostics &diagnostics)
{
    const TranslatedList list = parseTranslatedList(
        relativePath, language, text, {"terms", "term", "term", "definition", Need::Required}, diagnostics);
    GlossaryTranslation glossary{language, relativePath, list.reviewed, list.translatedFrom, {}};
    for (const TranslatedItem &item : list.items) {
        GlossaryTerm term;
        term.id = item.id;
        term.line = item.line;
        term.term = item.first;
        term.definition = item.second;
        glossary.terms.append(term);
    }
    return glossary;
}

TimelineTranslation parseTimelineTranslation(const QString &relativePath, const QString &language, const QString &text,
                                             Diagnostics &diagnostics)
{
    const TranslatedList list = parseTranslatedList(relativePath, language, text,
                                                    {"events", "event", "title", "text", Need::Required}, diagnostics);
    TimelineTranslation timeline{language, relativePath, list.reviewed, list.translatedFrom, {}};
    for (const TranslatedItem &item : list.items) {
        TimelineEvent event;
        event.id = item.id;
        event.line = item.line;
        event.title = item.first;
        event.text = item.second;
        timeline.events.append(event);
    }
    return timeline;
}

QuoteTranslation parseQuoteTranslation(const QString &relativePath, const QString &language, const QString &text,
                                       Diagnostics &diagnostics)
{
    const TranslatedList list = parseTranslatedList(relativePath, language, text,
                                                    {"quotes", "quote", "text", "role", Need::Optional}, diagnostics);
    QuoteTranslation quotes{language, relativePath, list.reviewed, list.translatedFrom, {}};
    for (const TranslatedItem &item : list.items) {
        Quote quote;
        quote.id = item.id;
        quote.line = item.line;
        quote.text = item.first;
        quote.role = item.second;
        quotes.quotes.append(quote);
    }
    return quotes;
}

SynonymTranslation parseSynonymTranslation(const QString &relativePath, const QString &language, const QString &text,
                                           Diagnostics &diagnostics)
{
    SynonymTranslation synonyms{language, relativePath, {}};
    const YamlLocation where{relativePath, 1};
    const auto document = parseYaml(text, where, diagnostics);
    if (!document || !document->IsMap()) {
        if (document) {
            diagnostics.error(relativePath, 1,
                              QStringLiteral("the file must be fields (language, reviewed, groups), not %1")
                                  .arg(describeNode(*document)));
        }
        return synonyms;
    }
    YamlMap fields(*document, where, diagnostics);
    if (const auto code = fields.text("language", Need::Required); code && *code != language) {
        fields.error(fields.keyLine("language"),
                     QStringLiteral("language '%1' does not match the file name's '%2'").arg(*code, language));
    }
    dayField(fields, "reviewed");
    fields.warnUnknownFields({"language", "reviewed", "groups"});
    const auto groups = fields.list("groups", Need::Required);
    if (!groups) {
        return synonyms;
    }
    for (const YAML::Node &node : *groups) {
        if (!node.IsMap()) {
            diagnostics.error(relativePath, where.lineOf(node, 1),
                              QStringLiteral("each group must be 'words: [...]', not %1").arg(describeNode(node)));
            continue;
        }
        YamlMap groupFields(node, where, diagnostics);
        SynonymGroup group;
        group.line = groupFields.keyLine("words");
        const auto words = groupFields.textList("words", Need::Required);
        groupFields.warnUnknownFields({"words"});
        if (!words) {
            continue;
        }
        if (words->size() < 2) {
            groupFields.error(group.line, QStringLiteral("a group needs at least two words"));
            continue;
        }
        const auto nothingToFind = std::find_if(words->cbegin(), words->cend(), [](const Reference &word) {
            return std::none_of(word.target.cbegin(), word.target.cend(), [](QChar c) { return c.isLetterOrNumber(); });
        });
        if (nothingToFind != words->cend()) {
            groupFields.error(nothingToFind->line,
                              QStringLiteral("'%1' has no letters or digits to search for").arg(nothingToFind->target));
            continue;
        }
        group.words = *words;
        synonyms.groups.append(group);
    }
    return synonyms;
}

} // namespace Myelin::Compiler
