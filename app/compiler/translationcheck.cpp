// SPDX-License-Identifier: GPL-3.0-or-later
#include "translationcheck.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace Myelin::Compiler {

namespace {

// Every "](source:N)", "](article:slug)" and "](glossary:id)" target of a Markdown text, sorted, repeats kept.
QStringList linkTargets(const QString &markdown)
{
    static const QRegularExpression link(QStringLiteral("\\]\\(((?:source|article|glossary):[^)\\s]+)\\)"));
    QStringList targets;
    for (auto it = link.globalMatch(markdown); it.hasNext();) {
        targets.append(it.next().captured(1));
    }
    targets.sort();
    return targets;
}

// What one list has that the other lacks, counting repeats: "source:3, article:symptoms".
QString missingFrom(QStringList have, const QStringList &lack)
{
    for (const QString &target : lack) {
        have.removeOne(target);
    }
    have.removeDuplicates();
    return have.join(QStringLiteral(", "));
}

void checkArticle(const ArticleTranslation &translation, const Article &english, Diagnostics &diagnostics)
{
    if (!translation.translatedFrom.isEmpty() && !english.reviewed.isEmpty()) {
        if (translation.translatedFrom > english.reviewed) {
            diagnostics.error(translation.file, translation.translatedFromLine,
                              QStringLiteral("translated_from %1 is later than the English article's reviewed date "
                                             "%2 (%3): copy the English reviewed date")
                                  .arg(translation.translatedFrom, english.reviewed, english.file));
        } else if (translation.translatedFrom < english.reviewed && !translation.outOfDate) {
            diagnostics.error(translation.file, translation.translatedFromLine,
                              QStringLiteral("the English article (%1) was reviewed on %2, after the version this "
                                             "translates (%3): update the translation and translated_from, or mark "
                                             "it out_of_date: true")
                                  .arg(english.file, english.reviewed, translation.translatedFrom));
        }
    }
    const QStringList ours = linkTargets(translation.body);
    const QStringList theirs = linkTargets(english.body);
    if (ours != theirs) {
        const QString lost = missingFrom(theirs, ours);
        const QString added = missingFrom(ours, theirs);
        diagnostics.error(translation.file, translation.bodyLineOffset + 1,
                          QStringLiteral("the links and citations differ from the English article's (%1):%2%3")
                              .arg(english.file, lost.isEmpty() ? QString() : QStringLiteral(" missing %1;").arg(lost),
                                   added.isEmpty() ? QString() : QStringLiteral(" not in the English: %1").arg(added)));
    }
}

} // namespace

void validateTranslations(const Content &content, Diagnostics &diagnostics)
{
    QHash<QString, const Article *> articles;
    for (const Article &article : content.articles) {
        articles.insert(article.slug, &article);
    }
    for (const ArticleTranslation &translation : content.translations) {
        const Article *english = articles.value(translation.slug);
        if (english == nullptr) {
            diagnostics.error(
                translation.file, translation.slugLine,
                QStringLiteral("no English article '%1' (articles/%1.md): a translation needs its original")
                    .arg(translation.slug));
            continue;
        }
        checkArticle(translation, *english, diagnostics);
    }

    QSet<QString> terms;
    for (const GlossaryTerm &term : content.glossary) {
        terms.insert(term.id);
    }
    for (const GlossaryTranslation &glossary : content.glossaryTranslations) {
        QSet<QString> seen;
        for (const GlossaryTerm &term : glossary.terms) {
            if (!terms.contains(term.id)) {
                diagnostics.error(
                    glossary.file, term.line,
                    QStringLiteral("no term '%1' in glossary.yaml: a translation needs its original").arg(term.id));
            } else if (seen.contains(term.id)) {
                diagnostics.error(glossary.file, term.line,
                                  QStringLiteral("term '%1' is translated twice in this file").arg(term.id));
            }
            seen.insert(term.id);
        }
    }
}

} // namespace Myelin::Compiler
