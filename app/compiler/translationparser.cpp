// SPDX-License-Identifier: GPL-3.0-or-later
#include "translationparser.h"

#include "core/translatedcolumns.h"
#include "formats.h"
#include "frontmatter.h"
#include "yamlmap.h"

#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

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

} // namespace

bool isTranslationLanguage(const QString &code)
{
    // The reader's rule for a language code (core/translatedcolumns), and one Qt knows.
    return isLanguageCode(code) && QLocale(code).language() != QLocale::AnyLanguage &&
           QLocale(code).language() != QLocale::C;
}

QString glossaryTranslationLanguage(const QString &fileName)
{
    static const QRegularExpression pattern(QStringLiteral("^glossary\\.([A-Za-z_]+)\\.yaml$"));
    const auto match = pattern.match(fileName);
    return match.hasMatch() && isTranslationLanguage(match.captured(1)) ? match.captured(1) : QString();
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
    GlossaryTranslation glossary;
    glossary.file = relativePath;
    glossary.language = language;
    const YamlLocation where{relativePath, 1};
    const auto document = parseYaml(text, where, diagnostics);
    if (!document || !document->IsMap()) {
        if (document) {
            diagnostics.error(relativePath, 1,
                              QStringLiteral("the file must be fields (language, reviewed, translated_from, terms), "
                                             "not %1")
                                  .arg(describeNode(*document)));
        }
        return glossary;
    }
    YamlMap fields(*document, where, diagnostics);
    if (const auto code = fields.text("language", Need::Required); code && *code != language) {
        fields.error(fields.keyLine("language"),
                     QStringLiteral("language '%1' does not match the file name's '%2'").arg(*code, language));
    }
    glossary.reviewed = dayField(fields, "reviewed").value_or(QString());
    glossary.translatedFrom = dayField(fields, "translated_from").value_or(QString());
    fields.warnUnknownFields({"language", "reviewed", "translated_from", "terms"});
    const auto terms = fields.list("terms", Need::Required);
    if (!terms) {
        return glossary;
    }
    for (const YAML::Node &item : *terms) {
        if (!item.IsMap()) {
            diagnostics.error(relativePath, where.lineOf(item, 1),
                              QStringLiteral("each term must be a set of fields (id, term, definition), not %1")
                                  .arg(describeNode(item)));
            continue;
        }
        YamlMap termFields(item, where, diagnostics);
        GlossaryTerm term;
        term.line = termFields.keyLine("id");
        const auto id = termFields.text("id", Need::Required);
        const auto name = termFields.text("term", Need::Required);
        const auto definition = termFields.text("definition", Need::Required);
        termFields.warnUnknownFields({"id", "term", "definition"});
        if (id && name && definition) {
            term.id = *id;
            term.term = *name;
            term.definition = *definition;
            glossary.terms.append(term);
        }
    }
    return glossary;
}

} // namespace Myelin::Compiler
