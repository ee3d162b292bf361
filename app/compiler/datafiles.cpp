// SPDX-License-Identifier: GPL-3.0-or-later
#include "datafiles.h"

#include "core/schema.h"
#include "formats.h"
#include "yamlmap.h"

#include <QFileInfo>
#include <QSet>
#include <algorithm>
#include <functional>
#include <iterator>

namespace Myelin::Compiler::DataFiles {

namespace {

// Parses a file that holds a list of mappings and calls read for each mapping.
void forEachItem(const QString &text, const QString &file, Diagnostics &diagnostics,
                 const std::function<void(YamlMap &)> &read)
{
    const YamlLocation where{file, 1};
    const auto document = parseYaml(text, where, diagnostics);
    if (!document || !document->IsDefined() || document->IsNull()) {
        return;
    }
    if (!document->IsSequence()) {
        diagnostics.error(file, where.lineOf(*document, 1),
                          QStringLiteral("the file must be a list of entries, each starting with '- '"));
        return;
    }
    for (const YAML::Node &item : *document) {
        if (!item.IsMap()) {
            diagnostics.error(file, where.lineOf(item, 1),
                              QStringLiteral("each entry must be a set of fields, not %1").arg(describeNode(item)));
            continue;
        }
        YamlMap fields(item, where, diagnostics);
        read(fields);
    }
}

std::optional<Reference> optionalReference(YamlMap &fields, const char *key)
{
    if (const auto target = fields.text(key, Need::Optional)) {
        return Reference{*target, fields.keyLine(key)};
    }
    return std::nullopt;
}

std::optional<QString> partialDate(YamlMap &fields)
{
    const auto date = fields.text("date", Need::Required);
    if (date && !isValidPartialDate(*date)) {
        fields.error(fields.keyLine("date"),
                     QStringLiteral("date '%1' must be a real date written YYYY, YYYY-MM or YYYY-MM-DD").arg(*date));
        return std::nullopt;
    }
    return date;
}

std::optional<SourceRef> itemSource(YamlMap &fields, const QString &why)
{
    if (!fields.has("source")) {
        fields.error(fields.keyLine("source"), QStringLiteral("missing required field 'source': %1").arg(why));
        return std::nullopt;
    }
    return readSource(fields.value("source"), fields.location(), fields.diagnostics(), fields.keyLine("source"));
}

bool isTimelineTopic(const QString &text)
{
    for (const char *topic : Schema::TimelineTopics) {
        if (text == QLatin1String(topic)) {
            return true;
        }
    }
    return false;
}

std::optional<QString> slugField(YamlMap &fields, const char *key)
{
    const auto value = fields.text(key, Need::Required);
    if (value && !isValidSlug(*value)) {
        fields.error(fields.keyLine(key),
                     QStringLiteral("%1 '%2' may only use lower-case letters, digits and single hyphens")
                         .arg(QLatin1String(key), *value));
        return std::nullopt;
    }
    return value;
}

// The optional id of a timeline event or quote (what a translation names it by): slug-shaped and
// used once in the file.
QString itemId(YamlMap &fields, QSet<QString> &seen, int *line)
{
    *line = fields.keyLine("id");
    if (!fields.has("id")) {
        return {};
    }
    const auto id = slugField(fields, "id");
    if (!id) {
        return {};
    }
    if (seen.contains(*id)) {
        fields.error(*line, QStringLiteral("id '%1' is used twice in this file").arg(*id));
        return {};
    }
    seen.insert(*id);
    return *id;
}

} // namespace

void parseContentInfo(const QString &text, Content &content, Diagnostics &diagnostics)
{
    const QString file = QLatin1String(ContentFile);
    const YamlLocation where{file, 1};
    const auto document = parseYaml(text, where, diagnostics);
    if (!document) {
        return;
    }
    if (!document->IsMap()) {
        diagnostics.error(file, where.lineOf(*document, 1),
                          QStringLiteral("content.yaml must hold 'title:' and 'version:' fields"));
        return;
    }
    YamlMap fields(*document, where, diagnostics);
    content.title = fields.text("title", Need::Required).value_or(QString());
    content.version = fields.text("version", Need::Required).value_or(QString());
    fields.warnUnknownFields({"title", "version"});
}

QList<GlossaryTerm> parseGlossary(const QString &text, Diagnostics &diagnostics)
{
    QList<GlossaryTerm> terms;
    forEachItem(text, QLatin1String(GlossaryFile), diagnostics, [&](YamlMap &fields) {
        GlossaryTerm term;
        term.line = fields.keyLine("id");
        const auto id = slugField(fields, "id");
        const auto name = fields.text("term", Need::Required);
        const auto definition = fields.text("definition", Need::Required);
        const auto seeAlso = fields.textList("see_also", Need::Optional);
        const auto article = optionalReference(fields, "article");
        fields.warnUnknownFields({"id", "term", "definition", "see_also", "article"});
        if (!id || !name || !definition || !seeAlso) {
            return;
        }
        term.id = *id;
        term.term = *name;
        term.definition = *definition;
        term.seeAlso = *seeAlso;
        term.hasArticle = article.has_value();
        term.article = article.value_or(Reference{});
        terms.append(term);
    });
    return terms;
}

QList<SynonymGroup> parseSynonyms(const QString &text, Diagnostics &diagnostics)
{
    QList<SynonymGroup> groups;
    forEachItem(text, QLatin1String(SynonymsFile), diagnostics, [&](YamlMap &fields) {
        SynonymGroup group;
        group.line = fields.keyLine("words");
        const auto words = fields.textList("words", Need::Required);
        const auto article = optionalReference(fields, "article");
        const auto term = optionalReference(fields, "term");
        fields.warnUnknownFields({"words", "article", "term"});
        if (!words) {
            return;
        }
        if (words->size() < 2 && !article && !term) {
            fields.error(group.line, QStringLiteral("a group needs at least two words, or one word and the article "
                                                    "or term it is about"));
            return;
        }
        for (const Reference &word : *words) {
            if (!std::any_of(word.target.cbegin(), word.target.cend(), [](QChar c) { return c.isLetterOrNumber(); })) {
                fields.error(word.line, QStringLiteral("'%1' has no letters or digits to search for").arg(word.target));
                return;
            }
        }
        group.words = *words;
        group.hasArticle = article.has_value();
        group.article = article.value_or(Reference{});
        group.hasTerm = term.has_value();
        group.term = term.value_or(Reference{});
        groups.append(group);
    });
    return groups;
}

QList<TimelineEvent> parseTimeline(const QString &text, Diagnostics &diagnostics)
{
    QList<TimelineEvent> events;
    QSet<QString> ids;
    forEachItem(text, QLatin1String(TimelineFile), diagnostics, [&](YamlMap &fields) {
        TimelineEvent event;
        event.line = fields.line();
        event.id = itemId(fields, ids, &event.idLine);
        const auto date = partialDate(fields);
        const auto title = fields.text("title", Need::Required);
        const auto eventText = fields.text("text", Need::Required);
        auto topic = fields.text("topic", Need::Required);
        if (topic && !isTimelineTopic(*topic)) {
            fields.error(fields.keyLine("topic"),
                         QStringLiteral("unknown timeline topic '%1' (use one of: %2)")
                             .arg(*topic, joinedList(Schema::TimelineTopics, int(std::size(Schema::TimelineTopics)))));
            topic.reset();
        }
        const auto article = optionalReference(fields, "article");
        const auto source = itemSource(fields, QStringLiteral("every event needs a published source"));
        fields.warnUnknownFields({"id", "date", "title", "text", "topic", "article", "source"});
        if (!date || !title || !eventText || !topic || !source) {
            return;
        }
        event.date = *date;
        event.title = *title;
        event.text = *eventText;
        event.topic = *topic;
        event.hasArticle = article.has_value();
        event.article = article.value_or(Reference{});
        event.source = *source;
        events.append(event);
    });
    return events;
}

QList<Quote> parseQuotes(const QString &text, Diagnostics &diagnostics)
{
    QList<Quote> quotes;
    QSet<QString> ids;
    forEachItem(text, QLatin1String(QuotesFile), diagnostics, [&](YamlMap &fields) {
        Quote quote;
        quote.line = fields.line();
        quote.id = itemId(fields, ids, &quote.idLine);
        const auto quoteText = fields.text("text", Need::Required);
        const auto who = fields.text("who", Need::Required);
        const auto role = fields.text("role", Need::Optional);
        const auto date = partialDate(fields);
        const auto article = optionalReference(fields, "article");
        const auto source =
            itemSource(fields, QStringLiteral("a quote needs a real, published source that anyone can check"));
        fields.warnUnknownFields({"id", "text", "who", "role", "date", "article", "source"});
        if (!quoteText || !who || !date || !source) {
            return;
        }
        quote.text = *quoteText;
        quote.who = *who;
        quote.role = role.value_or(QString());
        quote.date = *date;
        quote.hasArticle = article.has_value();
        quote.article = article.value_or(Reference{});
        quote.source = *source;
        quotes.append(quote);
    });
    return quotes;
}

QString imageMimeType(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("svg")) {
        return QStringLiteral("image/svg+xml");
    }
    if (suffix == QLatin1String("png")) {
        return QStringLiteral("image/png");
    }
    if (suffix == QLatin1String("jpg") || suffix == QLatin1String("jpeg")) {
        return QStringLiteral("image/jpeg");
    }
    if (suffix == QLatin1String("webp")) {
        return QStringLiteral("image/webp");
    }
    return {};
}

QList<ImageEntry> parseImageList(const QString &text, Diagnostics &diagnostics)
{
    QList<ImageEntry> images;
    forEachItem(text, QLatin1String(ImagesFile), diagnostics, [&](YamlMap &fields) {
        ImageEntry image;
        image.line = fields.keyLine("name");
        image.fileLine = fields.keyLine("file");
        const auto name = slugField(fields, "name");
        auto file = fields.text("file", Need::Required);
        const auto alt = fields.text("alt", Need::Required);
        const auto caption = fields.text("caption", Need::Required);
        const auto credit = fields.text("credit", Need::Required);
        fields.warnUnknownFields({"name", "file", "alt", "caption", "credit"});
        if (file) {
            if (file->contains(QLatin1Char('/')) || file->contains(QLatin1Char('\\')) ||
                file->startsWith(QLatin1Char('.'))) {
                fields.error(image.fileLine,
                             QStringLiteral("image file '%1' must be a plain file name inside images/").arg(*file));
                file.reset();
            } else if (imageMimeType(*file).isEmpty()) {
                fields.error(image.fileLine,
                             QStringLiteral("image file '%1' must be .svg, .png, .jpg, .jpeg or .webp").arg(*file));
                file.reset();
            }
        }
        if (!name || !file || !alt || !caption || !credit) {
            return;
        }
        image.name = *name;
        image.file = *file;
        image.mime = imageMimeType(*file);
        image.alt = *alt;
        image.caption = *caption;
        image.credit = *credit;
        images.append(image);
    });
    return images;
}

} // namespace Myelin::Compiler::DataFiles
