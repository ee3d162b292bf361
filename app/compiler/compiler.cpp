// SPDX-License-Identifier: GPL-3.0-or-later
#include "compiler.h"

#include "contentloader.h"
#include "databasewriter.h"
#include "markdownrenderer.h"
#include "readability.h"
#include "report.h"
#include "translationcheck.h"
#include "validator.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <filesystem>
#include <system_error>

namespace Myelin::Compiler {

namespace {

void renderArticle(Article &article, const LinkTargets &targets, Diagnostics &diagnostics)
{
    if (!article.hasBody) {
        return;
    }
    QStringList sourceTitles;
    for (const SourceRef &source : article.sources) {
        sourceTitles.append(source.title);
    }
    const RenderedMarkdown rendered = renderMarkdown(article.body, targets, sourceTitles);
    for (const Issue &issue : rendered.issues) {
        const int line = article.bodyLineOffset + (issue.line > 0 ? issue.line : 1);
        diagnostics.add(issue.severity, article.file, line, issue.message);
    }
    for (const FigureSentence &figure : rendered.figures) {
        if (figure.cited) {
            ++article.citedFigures;
        } else {
            const int line = article.bodyLineOffset + (figure.line > 0 ? figure.line : 1);
            article.uncitedFigures.append(Reference{figure.sentence, line});
            // A warning (an error with --strict, as the bundled content is built): every figure is traceable.
            diagnostics.warning(article.file, line,
                                QStringLiteral("figure without a citation: add [N](source:N) after \"%1\"")
                                    .arg(figure.sentence.left(80)));
        }
    }
    // Citation markers ("MS.[2] Next") are not words and would hide the sentence break from the count.
    static const QRegularExpression citation(QStringLiteral("\\[\\d+\\]"));
    const Readability readability = measureReadability(QString(rendered.text).remove(citation));
    article.html = rendered.html;
    article.plain = normaliseWhitespace(rendered.text);
    article.wordCount = readability.words;
    article.readingGrade = readability.grade;
}

// A translated article's text, with the English article's sources and the same links (translationcheck.cpp
// has compared them); the figures were checked in the English.
void renderTranslation(ArticleTranslation &translation, const QHash<QString, const Article *> &english,
                       const LinkTargets &targets, Diagnostics &diagnostics)
{
    const Article *original = english.value(translation.slug);
    if (!translation.hasBody || original == nullptr) {
        return;
    }
    QStringList sourceTitles;
    for (const SourceRef &source : original->sources) {
        sourceTitles.append(source.title);
    }
    const RenderedMarkdown rendered = renderMarkdown(translation.body, targets, sourceTitles);
    for (const Issue &issue : rendered.issues) {
        const int line = translation.bodyLineOffset + (issue.line > 0 ? issue.line : 1);
        diagnostics.add(issue.severity, translation.file, line, issue.message);
    }
    translation.html = rendered.html;
    translation.plain = normaliseWhitespace(rendered.text);
    translation.wordCount = int(translation.plain.split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
}

// The output's folder must exist and the output must not be a folder.
bool checkOutputPath(const QString &output, QTextStream &err)
{
    const QFileInfo info(output);
    QString problem;
    if (info.isDir()) {
        problem = QStringLiteral("it is a directory");
    } else if (!QFileInfo(info.absolutePath()).isDir()) {
        problem = QStringLiteral("the directory '%1' does not exist").arg(info.absolutePath());
    } else if (!QFileInfo(info.absolutePath()).isWritable()) {
        problem = QStringLiteral("the directory '%1' is not writable").arg(info.absolutePath());
    }
    if (problem.isEmpty()) {
        return true;
    }
    err << output << ": error: cannot write output: " << problem << Qt::endl;
    return false;
}

std::filesystem::path toPath(const QString &path)
{
    return std::filesystem::path(path.toStdU16String());
}

int writeOutput(const Content &content, const QString &output, QTextStream &err)
{
    const QString temporary = output + QStringLiteral(".tmp");
    if (QFileInfo::exists(temporary) && !QFile::remove(temporary)) {
        err << temporary << ": error: cannot remove the old temporary file" << Qt::endl;
        return ExitIoError;
    }
    QString error;
    if (!writeDatabase(content, temporary, &error)) {
        QFile::remove(temporary);
        err << output << ": error: cannot write output: " << error << Qt::endl;
        return ExitIoError;
    }
    std::error_code code;
    std::filesystem::rename(toPath(temporary), toPath(output), code);
    if (code) {
        QFile::remove(temporary);
        err << output << ": error: cannot write output: " << QString::fromStdString(code.message()) << Qt::endl;
        return ExitIoError;
    }
    return ExitSuccess;
}

} // namespace

LinkTargets linkTargetsFor(const Content &content)
{
    LinkTargets targets;
    for (const Article &article : content.articles) {
        targets.articles.insert(article.slug);
    }
    for (const GlossaryTerm &term : content.glossary) {
        targets.glossary.insert(term.id, term.definition);
    }
    for (const ImageEntry &image : content.images) {
        targets.images.insert(image.name, ImageInfo{image.alt, image.caption, image.credit});
    }
    return targets;
}

BuildResult buildContent(const QString &dataDir, bool strict)
{
    BuildResult result{Content(), Diagnostics(strict), {}};
    ContentLoader loader(dataDir, result.diagnostics);
    result.content = loader.load();
    result.ioErrors = loader.ioErrors();
    if (!result.ioErrors.isEmpty()) {
        return result;
    }
    validateContent(result.content, result.diagnostics);
    const LinkTargets targets = linkTargetsFor(result.content);
    for (Article &article : result.content.articles) {
        renderArticle(article, targets, result.diagnostics);
    }
    validateTranslations(result.content, result.diagnostics);
    QHash<QString, const Article *> english;
    for (const Article &article : std::as_const(result.content.articles)) {
        english.insert(article.slug, &article);
    }
    for (ArticleTranslation &translation : result.content.translations) {
        renderTranslation(translation, english, targets, result.diagnostics);
    }
    sortContent(result.content);
    return result;
}

int compile(const CompileOptions &options, QTextStream &out, QTextStream &err)
{
    if (!checkOutputPath(options.output, err)) {
        return ExitIoError;
    }
    const BuildResult result = buildContent(options.dataDir, options.strict);
    if (!result.ioErrors.isEmpty()) {
        for (const QString &message : result.ioErrors) {
            err << message << Qt::endl;
        }
        return ExitIoError;
    }
    const QList<Diagnostic> diagnostics = result.diagnostics.sorted();
    for (const Diagnostic &diagnostic : diagnostics) {
        err << Diagnostics::format(diagnostic, options.dataDir) << '\n';
    }
    if (options.report) {
        out << formatReport(result.content);
        out.flush();
    }
    const int errors = result.diagnostics.errorCount();
    const int warnings = result.diagnostics.warningCount();
    if (errors > 0) {
        err << "myelin-build: " << errors << (errors == 1 ? " error" : " errors") << ", " << warnings
            << (warnings == 1 ? " warning" : " warnings") << "; " << options.output << " was not written" << Qt::endl;
        return ExitContentError;
    }
    if (warnings > 0) {
        err << "myelin-build: " << warnings << (warnings == 1 ? " warning" : " warnings") << Qt::endl;
    }
    err.flush();
    return writeOutput(result.content, options.output, err);
}

} // namespace Myelin::Compiler
