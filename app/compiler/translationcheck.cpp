// SPDX-License-Identifier: GPL-3.0-or-later
#include "translationcheck.h"

#include "datafiles.h"

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

// The numbers written in digits in a text, sorted: a translation keeps every figure ("2.8 million" and
// "2,8 millones" both give 2 and 8; "32-fold" and "32 veces" both 32).
QStringList figures(const QString &text)
{
    // Thousands separators differ by language ("1,767", "1.767", "1 767", "1767"): a separator before
    // exactly three digits is dropped first, so all four are 1767; decimals ("2.8", "2,8") stay two.
    static const QRegularExpression thousands(QStringLiteral("(?<=[0-9])[,.\\x{00a0}\\x{202f} ](?=[0-9]{3}(?![0-9]))"));
    static const QRegularExpression digits(QStringLiteral("[0-9]+"));
    QStringList found;
    const QString joined = QString(text).remove(thousands);
    for (auto it = digits.globalMatch(joined); it.hasNext();) {
        found.append(it.next().captured());
    }
    found.sort();
    return found;
}

// One translated file of items by the English ids (glossary, timeline, quotes).
struct ItemCheck
{
    QString file;
    QString kind;                    // "term"
    QString englishFile;             // "glossary.yaml"
    QHash<QString, QString> english; // id -> the English words, for the figures
    QSet<QString> seen;

    void item(const QString &id, int line, const QString &words, Diagnostics &diagnostics)
    {
        if (!english.contains(id)) {
            diagnostics.error(file, line,
                              QStringLiteral("no %1 with id '%2' in %3: a translation needs its original")
                                  .arg(kind, id, englishFile));
            return;
        }
        if (seen.contains(id)) {
            diagnostics.error(file, line, QStringLiteral("%1 '%2' is translated twice in this file").arg(kind, id));
            return;
        }
        seen.insert(id);
        const QStringList ours = figures(words);
        const QStringList theirs = figures(english.value(id));
        if (ours != theirs) {
            const QString lost = missingFrom(theirs, ours);
            const QString added = missingFrom(ours, theirs);
            diagnostics.error(
                file, line,
                QStringLiteral("the figures of %1 '%2' differ from the English (%3):%4%5")
                    .arg(kind, id, englishFile, lost.isEmpty() ? QString() : QStringLiteral(" missing %1;").arg(lost),
                         added.isEmpty() ? QString() : QStringLiteral(" not in the English: %1").arg(added)));
        }
    }
};

// Lower case, accents kept, every run of other characters one space, with a space at each end: so that
// " médico de familia " is found as whole words.
QString wordsOf(const QString &text)
{
    static const QRegularExpression other(QStringLiteral("[^\\p{L}\\p{N}]+"));
    return QLatin1Char(' ') + text.toLower().replace(other, QStringLiteral(" ")).trimmed() + QLatin1Char(' ');
}

// A language's synonyms: a word belongs to one group, and a group must find something, so at least
// one of its words is in that language's translated text.
void checkSynonyms(const Content &content, Diagnostics &diagnostics)
{
    for (const SynonymTranslation &synonyms : content.synonymTranslations) {
        QString text;
        for (const ArticleTranslation &t : content.translations) {
            if (t.language == synonyms.language) {
                text += wordsOf(t.title + QLatin1Char(' ') + t.summary + QLatin1Char(' ') + t.body);
            }
        }
        for (const GlossaryTranslation &g : content.glossaryTranslations) {
            for (const GlossaryTerm &term : g.terms) {
                text += g.language == synonyms.language ? wordsOf(term.term + QLatin1Char(' ') + term.definition)
                                                        : QString();
            }
        }
        for (const TimelineTranslation &tl : content.timelineTranslations) {
            for (const TimelineEvent &event : tl.events) {
                text +=
                    tl.language == synonyms.language ? wordsOf(event.title + QLatin1Char(' ') + event.text) : QString();
            }
        }
        QHash<QString, int> firstLine;
        for (const SynonymGroup &group : synonyms.groups) {
            bool found = false;
            for (const Reference &word : group.words) {
                const QString key = word.target.simplified().toCaseFolded();
                if (const auto seen = firstLine.constFind(key); seen != firstLine.constEnd()) {
                    diagnostics.error(synonyms.file, word.line,
                                      QStringLiteral("'%1' is already in the group on line %2: a word belongs to one "
                                                     "group")
                                          .arg(word.target)
                                          .arg(*seen));
                } else {
                    firstLine.insert(key, group.line);
                }
                found = found || text.contains(wordsOf(word.target));
            }
            if (!found) {
                diagnostics.error(synonyms.file, group.line,
                                  QStringLiteral("no word of this group is in the %1 translations, so it would find "
                                                 "nothing")
                                      .arg(synonyms.language));
            }
        }
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

    QHash<QString, QString> terms;
    for (const GlossaryTerm &term : content.glossary) {
        terms.insert(term.id, term.term + QLatin1Char('\n') + term.definition);
    }
    for (const GlossaryTranslation &glossary : content.glossaryTranslations) {
        ItemCheck check{glossary.file, QStringLiteral("term"), QLatin1String(DataFiles::GlossaryFile), terms, {}};
        for (const GlossaryTerm &term : glossary.terms) {
            check.item(term.id, term.line, term.term + QLatin1Char('\n') + term.definition, diagnostics);
        }
    }
    QHash<QString, QString> events;
    for (const TimelineEvent &event : content.timeline) {
        if (!event.id.isEmpty()) {
            events.insert(event.id, event.title + QLatin1Char('\n') + event.text);
        }
    }
    for (const TimelineTranslation &timeline : content.timelineTranslations) {
        ItemCheck check{timeline.file, QStringLiteral("event"), QLatin1String(DataFiles::TimelineFile), events, {}};
        for (const TimelineEvent &event : timeline.events) {
            check.item(event.id, event.line, event.title + QLatin1Char('\n') + event.text, diagnostics);
        }
    }
    checkSynonyms(content, diagnostics);
    QHash<QString, QString> quotes;
    for (const Quote &quote : content.quotes) {
        if (!quote.id.isEmpty()) {
            quotes.insert(quote.id, quote.text + QLatin1Char('\n') + quote.role);
        }
    }
    for (const QuoteTranslation &translated : content.quoteTranslations) {
        ItemCheck check{translated.file, QStringLiteral("quote"), QLatin1String(DataFiles::QuotesFile), quotes, {}};
        for (const Quote &quote : translated.quotes) {
            check.item(quote.id, quote.line, quote.text + QLatin1Char('\n') + quote.role, diagnostics);
        }
    }
}

} // namespace Myelin::Compiler
