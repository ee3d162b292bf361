// SPDX-License-Identifier: GPL-3.0-or-later
#include "printhtml.h"

#include "core/articlerenderer.h"
#include "core/contenturl.h"
#include "core/theme.h"
#include "exportformat.h"
#include "handout.h"
#include "htmlrewriter.h"
#include "selfcontainedhtml.h"

#include <QRegularExpression>
#include <algorithm>

namespace Myelin::Export {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// Several lines typed by a volunteer, kept as lines.
QString lines(const QString &text)
{
    QStringList result;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty()) {
            result << esc(line.trimmed());
        }
    }
    return result.join(QStringLiteral("<br>"));
}

} // namespace

PrintHtml::PrintHtml(double textPoints) : m_textPoints(textPoints) {}

QString PrintHtml::rootStyle() const
{
    // Paper is black on white whatever the screen theme; the later font-size wins over the 100% size.
    ReadingStyle paper = m_style;
    paper.fontPercent = 100;
    return rootStyleFor(Theme::print(), paper) +
           QStringLiteral("font-size:%1px;").arg(QString::number(pointsToPixels(m_textPoints), 'f', 2));
}

QString PrintHtml::forPaper(const QString &html)
{
    return SelfContainedHtml::withoutAppLinks(html);
}

QString PrintHtml::article(const Article &article) const
{
    QString html = ArticleRenderer(rootStyle(), ArticleRenderer::Medium::Document).renderArticle(article);
    // The review date and the "not medical advice" note go under the summary, where they always fit,
    // instead of last, where they were often pushed onto a page of their own.
    const qsizetype header = html.indexOf(QStringLiteral("</header>"));
    if (header > 0) {
        static const QRegularExpression endNotes(
            QStringLiteral("<p class=\"reviewed\">[^<]*</p>(<p class=\"disclaimer\" role=\"note\">[^<]*</p>)?"));
        const QRegularExpressionMatch match = endNotes.match(html, header);
        if (match.hasMatch()) {
            const QString notes = match.captured();
            html.remove(match.capturedStart(), match.capturedLength());
            html.insert(header, notes);
        }
    }
    return forPaper(html);
}

QString PrintHtml::timeline(const QList<TimelineEvent> &events) const
{
    return forPaper(ArticleRenderer(rootStyle(), ArticleRenderer::Medium::Document).renderTimeline(events, {}, {}));
}

QString PrintHtml::glossaryTerm(const GlossaryTerm &term, const QString &articleTitle) const
{
    return forPaper(
        ArticleRenderer(rootStyle(), ArticleRenderer::Medium::Document).renderGlossaryTerm(term, articleTitle));
}

QString PrintHtml::quotes(const QList<Quote> &quotes) const
{
    return forPaper(ArticleRenderer(rootStyle(), ArticleRenderer::Medium::Document).renderQuotes(quotes));
}

QString PrintHtml::glossary(const QList<GlossaryTerm> &terms) const
{
    QString body = QStringLiteral("<article class=\"print-glossary\"><header><h1 id=\"title\">") + esc(tr("Glossary")) +
                   QStringLiteral("</h1><p class=\"summary\">") +
                   esc(tr("The medical words used in this handout, from A to Z.")) +
                   QStringLiteral("</p></header><dl class=\"glossary-list\">");
    for (const GlossaryTerm &term : terms) {
        body += QStringLiteral("<div class=\"glossary-entry\"><dt>%1</dt><dd>%2</dd></div>")
                    .arg(esc(term.term), esc(term.definition));
    }
    body += QStringLiteral("</dl></article>");
    return page(tr("Glossary"), body);
}

QString PrintHtml::cover(const Handout &handout, const QString &collection, const QDate &printed) const
{
    const QString title = handout.title.trimmed().isEmpty() ? tr("Information about MS") : handout.title.trimmed();
    // The cover fits one page: above large print its text stays at that size (the title is large
    // anyway, and the articles keep the chosen size).
    const QString size =
        m_textPoints > LargeTextPoints
            ? QStringLiteral(" style=\"font-size:%1px\"").arg(QString::number(pointsToPixels(LargeTextPoints), 'f', 2))
            : QString();
    QString body = QStringLiteral("<section class=\"cover\"%1><p class=\"kicker\">").arg(size) +
                   esc(tr("Information handout")) + QStringLiteral("</p><h1 id=\"title\">") + esc(title) +
                   QStringLiteral("</h1>");
    if (!handout.group.trimmed().isEmpty()) {
        body += QStringLiteral("<p class=\"cover-group\">") + esc(handout.group.trimmed()) + QStringLiteral("</p>");
    }
    if (!handout.contact.trimmed().isEmpty()) {
        body += QStringLiteral("<div class=\"cover-contact\"><h2>") + esc(tr("Contact")) + QStringLiteral("</h2><p>") +
                lines(handout.contact) + QStringLiteral("</p></div>");
    }
    body += QStringLiteral("<div class=\"cover-about\"><p>") +
            esc(tr("Printed on %1. Each article says when it was last reviewed. Medical knowledge changes, so "
                   "ask your group for the latest version.")
                    .arg(readableDate(printed))) +
            QStringLiteral("</p><p class=\"disclaimer\" role=\"note\">") +
            esc(tr("This handout is information, not medical advice. Talk to your MS team or doctor before you "
                   "change your treatment, diet or care.")) +
            QStringLiteral("</p><p class=\"cover-made\">") +
            esc(tr("Made with %1, a free offline reader about multiple sclerosis, from %2.")
                    .arg(ExportText::productName(), collection.isEmpty() ? tr("its knowledge base") : collection)) +
            QStringLiteral("</p></div></section>");
    return page(title, body);
}

QString PrintHtml::contents(const QList<ContentsEntry> &entries) const
{
    QString body = QStringLiteral("<nav class=\"toc\"><h1 id=\"title\">") + esc(tr("Contents")) +
                   QStringLiteral("</h1><p class=\"toc-intro\">") +
                   esc(tr("Each part starts on a new page. Every page has its number at the bottom.")) +
                   QStringLiteral("</p><ol class=\"toc-list\">");
    for (const ContentsEntry &entry : entries) {
        body += QStringLiteral("<li><span class=\"toc-page\">%1</span><span class=\"toc-title\">%2</span></li>")
                    .arg(esc(tr("Page %1").arg(entry.page)), esc(entry.title));
    }
    body += QStringLiteral("</ol></nav>");
    return page(tr("Contents"), body);
}

QStringList PrintHtml::glossaryTermsIn(const QString &html)
{
    static const QString prefix = ContentUrl::prefix(ContentUrl::Kind::Glossary);
    // A term id: lower-case letters, digits, '_' and '-'.
    const auto isTermId = [](QStringView id) {
        return !id.isEmpty() && std::all_of(id.begin(), id.end(), [](QChar c) {
            return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                   (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_') || c == QLatin1Char('-');
        });
    };
    QStringList ids;
    HtmlRewriter::rewrite(
        html,
        [&](HtmlRewriter::Element &element) {
            const QString href = element.attribute(u"href").trimmed();
            if (element.ns == HtmlRewriter::Namespace::Html && element.name == QLatin1String("a") &&
                href.startsWith(prefix, Qt::CaseInsensitive)) {
                const QString id = href.mid(prefix.size());
                if (isTermId(id) && !ids.contains(id)) {
                    ids << id;
                }
            }
            return HtmlRewriter::Action::Keep;
        },
        HtmlRewriter::Input::Fragment);
    return ids;
}

QString PrintHtml::page(const QString &title, const QString &body) const
{
    // In the interface language and its direction, as on screen (core/articlerenderer): cover, contents,
    // footers and notes are in the reader's language; English articles inside say they are English.
    QString html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%2\"%3><head><meta charset=\"utf-8\">"
                                  "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                                  "img-src %1:; style-src %1: 'unsafe-inline'; font-src %1:\">")
                       .arg(QLatin1String(ContentUrl::Scheme), ArticleRenderer::interfaceLanguage(),
                            ArticleRenderer::interfaceIsRightToLeft() ? QStringLiteral(" dir=\"rtl\"") : QString());
    html += QStringLiteral("<title>") + esc(title) + QStringLiteral("</title>");
    html += QStringLiteral("<link rel=\"stylesheet\" href=\"%1\">")
                .arg(ContentUrl::href(ContentUrl::Kind::Style, QStringLiteral("content.css")));
    html += QStringLiteral("<style>:root{") + rootStyle() + QStringLiteral("}</style>");
    html += QStringLiteral("</head><body><main id=\"content\">") + body + QStringLiteral("</main></body></html>\n");
    return html;
}

} // namespace Myelin::Export
