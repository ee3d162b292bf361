// SPDX-License-Identifier: GPL-3.0-or-later
#include "articleparser.h"

#include "core/schema.h"
#include "formats.h"
#include "frontmatter.h"
#include "yamlmap.h"

#include <QFileInfo>
#include <iterator>

namespace Myelin::Compiler {

namespace {

constexpr const char *RootSlug = "home";

bool isEvidenceId(const QString &text)
{
    for (const char *id : Schema::EvidenceIds) {
        if (text == QLatin1String(id)) {
            return true;
        }
    }
    return false;
}

void readSlug(Article &article, YamlMap &fields, const QString &fileSlug)
{
    article.slugLine = fields.keyLine("slug");
    const auto slug = fields.text("slug", Need::Required);
    if (!slug) {
        return;
    }
    if (!isValidSlug(*slug)) {
        fields.error(article.slugLine,
                     QStringLiteral("slug '%1' may only use lower-case letters, digits and single hyphens").arg(*slug));
    }
    if (*slug != fileSlug) {
        fields.error(article.slugLine,
                     QStringLiteral("slug '%1' does not match the file name '%2.md'").arg(*slug, fileSlug));
    }
    article.slug = *slug;
}

void readTreeFields(Article &article, YamlMap &fields)
{
    if (fields.has("parent")) {
        article.parent.line = fields.keyLine("parent");
        if (const auto parent = fields.text("parent", Need::Optional)) {
            article.hasParent = true;
            article.parent.target = *parent;
        }
    } else if (article.slug != QLatin1String(RootSlug)) {
        fields.error(fields.keyLine("parent"),
                     QStringLiteral("missing required field 'parent': only the root article '%1' has no parent "
                                    "(more than one root)")
                         .arg(QLatin1String(RootSlug)));
    }
    article.orderLine = fields.keyLine("order");
    if (const auto order = fields.integer("order", Need::Required)) {
        article.order = *order;
    }
    if (const auto related = fields.textList("related", Need::Required)) {
        article.related = *related;
    }
    if (const auto questions = fields.textList("questions", Need::Optional)) {
        article.questions = *questions;
    }
}

void readDescription(Article &article, YamlMap &fields)
{
    article.title = fields.text("title", Need::Required).value_or(QString());
    article.summary = fields.text("summary", Need::Required).value_or(QString());
    if (const auto evidence = fields.text("evidence", Need::Optional)) {
        if (isEvidenceId(*evidence)) {
            article.evidence = *evidence;
        } else {
            fields.error(fields.keyLine("evidence"),
                         QStringLiteral("unknown evidence status '%1' (use one of: %2)")
                             .arg(*evidence, joinedList(Schema::EvidenceIds, int(std::size(Schema::EvidenceIds)))));
        }
    }
    if (const auto reviewed = fields.text("reviewed", Need::Required)) {
        if (isValidDay(*reviewed)) {
            article.reviewed = *reviewed;
        } else {
            fields.error(fields.keyLine("reviewed"),
                         QStringLiteral("reviewed date '%1' must be a real date written YYYY-MM-DD").arg(*reviewed));
        }
    }
}

void readSources(Article &article, YamlMap &fields)
{
    const auto sources = fields.list("sources", Need::Required);
    if (!sources) {
        return;
    }
    if (sources->size() == 0) {
        fields.error(fields.keyLine("sources"), QStringLiteral("an article needs at least one source"));
        return;
    }
    for (const YAML::Node &item : *sources) {
        if (const auto source = readSource(item, fields.location(), fields.diagnostics(), fields.keyLine("sources"))) {
            article.sources.append(*source);
        }
    }
}

} // namespace

Article parseArticle(const QString &relativePath, const QString &text, Diagnostics &diagnostics)
{
    Article article;
    article.file = relativePath;
    const QString fileSlug = QFileInfo(relativePath).completeBaseName();
    article.slug = fileSlug;

    const FrontMatter split = splitFrontMatter(text);
    if (!split.found) {
        diagnostics.error(relativePath, 1,
                          QStringLiteral("missing front matter: the file must start with a '---' line, the fields, "
                                         "then another '---' line"));
        return article;
    }
    if (!split.closed) {
        diagnostics.error(relativePath, 1,
                          QStringLiteral("front matter is not closed: add a '---' line after the fields"));
        return article;
    }
    article.body = split.body;
    article.bodyLineOffset = split.bodyLineOffset;
    article.hasBody = !split.body.trimmed().isEmpty();
    if (!article.hasBody) {
        diagnostics.error(relativePath, split.closingLine,
                          QStringLiteral("the article has no text after the front matter"));
    }

    const YamlLocation where{relativePath, split.yamlFirstLine};
    const auto document = parseYaml(split.yaml, where, diagnostics);
    if (!document) {
        return article;
    }
    if (!document->IsMap()) {
        diagnostics.error(
            relativePath, split.yamlFirstLine,
            QStringLiteral("the front matter must be 'field: value' lines, not %1").arg(describeNode(*document)));
        return article;
    }
    YamlMap fields(*document, where, diagnostics);
    article.frontMatterLine = fields.line();
    readSlug(article, fields, fileSlug);
    readDescription(article, fields);
    readTreeFields(article, fields);
    readSources(article, fields);
    fields.warnUnknownFields(
        {"slug", "title", "parent", "order", "summary", "related", "evidence", "reviewed", "sources", "questions"});
    return article;
}

} // namespace Myelin::Compiler
