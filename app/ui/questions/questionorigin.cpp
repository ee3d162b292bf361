// SPDX-License-Identifier: GPL-3.0-or-later
#include "questionorigin.h"

#include "core/contentrepository.h"
#include "core/contenturl.h"

namespace Myelin::Ui {

namespace {
const QString TermPrefix = QStringLiteral("glossary/");
}

QString QuestionOrigin::termSlug(const QString &termId)
{
    return TermPrefix + termId;
}

QUrl QuestionOrigin::pageUrl(const ContentRepository &repository, const Question &question)
{
    if (!hasPage(question) || isPageGone(repository, question)) {
        return {};
    }
    if (question.slug.startsWith(TermPrefix)) {
        return ContentUrl::build(ContentUrl::Kind::Glossary, question.slug.mid(TermPrefix.size()));
    }
    return ContentUrl::build(ContentUrl::Kind::Article, question.slug);
}

bool QuestionOrigin::isPageGone(const ContentRepository &repository, const Question &question)
{
    if (!hasPage(question)) {
        return false;
    }
    if (question.slug.startsWith(TermPrefix)) {
        return !repository.glossaryTerm(question.slug.mid(TermPrefix.size())).has_value();
    }
    return !repository.hasArticle(question.slug);
}

QString QuestionOrigin::pageTitle(const ContentRepository &repository, const Question &question)
{
    if (hasPage(question) && !isPageGone(repository, question)) {
        if (question.slug.startsWith(TermPrefix)) {
            return repository.glossaryTerm(question.slug.mid(TermPrefix.size()))->term;
        }
        if (const auto article = repository.article(question.slug)) {
            return article->title;
        }
    }
    return question.sourceTitle.isEmpty() ? question.slug : question.sourceTitle;
}

QString QuestionOrigin::quoted(const QString &text)
{
    QString plain = text.simplified();
    if (plain.size() > QuoteLength) {
        plain = plain.left(QuoteLength).section(QLatin1Char(' '), 0, -2) + QStringLiteral("\u2026");
    }
    return QStringLiteral("\u201C%1\u201D").arg(plain);
}

QString QuestionOrigin::describe(const ContentRepository &repository, const Question &question, bool onPaper)
{
    const bool quote = !question.quote.trimmed().isEmpty();
    if (!hasPage(question)) {
        return quote ? quoted(question.quote) : QString();
    }
    const QString title = pageTitle(repository, question);
    QString text =
        quote ? tr("From \u201C%1\u201D: %2").arg(title, quoted(question.quote)) : tr("From \u201C%1\u201D").arg(title);
    if (!onPaper && isPageGone(repository, question)) {
        text = tr("%1 (no longer in the library)").arg(text);
    }
    return text;
}

} // namespace Myelin::Ui
