// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlerenderer.h"

#include "contenturl.h"
#include "readabledate.h"
#include "translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace Myelin {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString sourceLine(const Source &s)
{
    return QStringLiteral("<a class=\"external\" href=\"%1\">%2</a>. %3, %4.")
        .arg(esc(s.url), esc(s.title), esc(s.publisher))
        .arg(s.year);
}

// Glossary links come from the compiler as <a href="myelin://glossary/ID" title="DEFINITION" class="term">.
// On screen the reader shows the definition in its own popover, so the browser's tooltip must not
// show it a second time: the title goes, and screen readers get the definition as the link's
// description from a hidden list at the end of the page (aria-describedby).
QString describeTerms(const QString &html, QString &definitions)
{
    static const QRegularExpression link(QStringLiteral("<a href=\"([^\"]*)\" title=\"([^\"]*)\" class=\"term\">"));
    static const QRegularExpression unsafe(QStringLiteral("[^a-z0-9-]"));
    QString result;
    result.reserve(html.size());
    QSet<QString> described;
    qsizetype from = 0;
    auto it = link.globalMatch(html);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString href = m.captured(1);
        QString id = href.section(QLatin1Char('/'), -1).toLower();
        id.replace(unsafe, QStringLiteral("-"));
        id.prepend(QStringLiteral("term-definition-"));
        result += QStringView(html).mid(from, m.capturedStart() - from);
        result += QStringLiteral("<a href=\"%1\" class=\"term\" aria-describedby=\"%2\">").arg(href, id);
        if (!described.contains(id)) {
            described.insert(id);
            definitions += QStringLiteral("<span id=\"%1\">%2</span>").arg(id, m.captured(2));
        }
        from = m.capturedEnd();
    }
    result += QStringView(html).mid(from);
    return result;
}

} // namespace

ArticleRenderer::ArticleRenderer(QString rootStyle, Medium medium) : m_rootStyle(std::move(rootStyle)), m_medium(medium)
{}

QString ArticleRenderer::evidenceLabel(const QString &id)
{
    if (id == QLatin1String("established")) {
        return tr("Strong evidence");
    }
    if (id == QLatin1String("emerging")) {
        return tr("Emerging evidence");
    }
    if (id == QLatin1String("mixed")) {
        return tr("Mixed evidence");
    }
    if (id == QLatin1String("not-supported")) {
        return tr("Not supported by good studies");
    }
    if (id == QLatin1String("no-evidence")) {
        return tr("Not properly tested");
    }
    return {};
}

QString ArticleRenderer::evidenceExplanation(const QString &id)
{
    if (id == QLatin1String("established")) {
        return tr("Many good studies agree on the main points of this article.");
    }
    if (id == QLatin1String("emerging")) {
        return tr("Early or growing evidence supports the main points; more research is under way.");
    }
    if (id == QLatin1String("mixed")) {
        return tr("Good studies disagree about some of the main points of this article.");
    }
    if (id == QLatin1String("not-supported")) {
        return tr("The idea in this article was tested in good studies, and they did not support it.");
    }
    if (id == QLatin1String("no-evidence")) {
        return tr("The idea in this article has not been tested in proper trials.");
    }
    return {};
}

QString ArticleRenderer::disclaimer()
{
    return tr("This article is information, not medical advice. Talk to your MS team or doctor before you change "
              "your treatment, diet or care.");
}

QString ArticleRenderer::interfaceLanguage()
{
    return tr("en", "The language of this translation as a web page's lang attribute (BCP 47): de, fr, pt-BR, ar");
}

bool ArticleRenderer::interfaceIsRightToLeft()
{
    return Translations::interfaceIsRightToLeft();
}

QString ArticleRenderer::languageName(const QString &code)
{
    return Translations::nativeLanguageName(code);
}

// A notice at the top of an article whose language is not simply the reader's: a translation says what
// it was translated from (and whether the English has changed since), with a link to the English; an
// English page shown to a reader of another language says it is not translated yet, or offers the
// translation when there is one.
QString ArticleRenderer::languageNote(const Article &a) const
{
    const QString english = ContentUrl::href(ContentUrl::Kind::Article, a.slug) + QStringLiteral("?lang=en");
    const QString translated = ContentUrl::href(ContentUrl::Kind::Article, a.slug);
    const QString ui = interfaceLanguage().replace(QLatin1Char('-'), QLatin1Char('_'));
    const QString uiBase = ui.section(QLatin1Char('_'), 0, 0);
    QString note;
    QString link;
    if (a.language != QLatin1String("en")) {
        note = tr("Translated from the English version of %1.").arg(readableDate(a.translatedFrom));
        if (a.outOfDate) {
            note += QLatin1Char(' ') + tr("The English version has changed since (%1), so this translation may be "
                                          "out of date.")
                                           .arg(readableDate(a.englishReviewed));
        }
        link = QStringLiteral("<a href=\"%1\" hreflang=\"en\">%2</a>").arg(esc(english), esc(tr("Read it in English")));
    } else if (!a.wanted.isEmpty()) {
        note = tr("This page is not translated into %1 yet, so it is shown in English.").arg(languageName(a.wanted));
    } else if (uiBase != QLatin1String("en")) {
        for (const QString &code : a.languages) {
            if (code == ui || code == uiBase) {
                note = tr("You are reading the English original.");
                link = QStringLiteral("<a href=\"%1\">%2</a>")
                           .arg(esc(translated), esc(tr("Read it in %1").arg(languageName(code))));
            }
        }
    }
    if (note.isEmpty()) {
        return {};
    }
    return QStringLiteral("<p class=\"language-note\" role=\"note\">") + esc(note) +
           (link.isEmpty() || m_medium != Medium::Screen ? QString() : QLatin1Char(' ') + link) +
           QStringLiteral("</p>");
}

QString ArticleRenderer::contentLanguageAttributes(const Article &a)
{
    return textLanguageAttributes(a.language);
}

QString ArticleRenderer::textLanguageAttributes(const QString &language)
{
    const QString code =
        language.isEmpty() ? QStringLiteral("en") : QString(language).replace(QLatin1Char('_'), QLatin1Char('-'));
    if (code.section(QLatin1Char('-'), 0, 0) == interfaceLanguage().section(QLatin1Char('-'), 0, 0)) {
        return {};
    }
    const bool rtl = QLocale(code).textDirection() == Qt::RightToLeft;
    return QStringLiteral(" lang=\"%1\" dir=\"%2\"")
        .arg(esc(code), rtl ? QStringLiteral("rtl") : QStringLiteral("ltr"));
}

// Under the title of the timeline or the quotes, when the interface is not English and some or all of
// the items are shown in English: says so, in the reader's language.
QString ArticleRenderer::untranslatedNote(int english, int all, const QString &noneText, const QString &someText)
{
    const QString ui = interfaceLanguage().section(QLatin1Char('-'), 0, 0);
    if (english == 0 || ui == QLatin1String("en")) {
        return {};
    }
    const QString name = languageName(interfaceLanguage().replace(QLatin1Char('-'), QLatin1Char('_')));
    return QStringLiteral("<p class=\"language-note\" role=\"note\">") +
           esc((english == all ? noneText : someText).arg(name)) + QStringLiteral("</p>");
}

QString ArticleRenderer::page(const QString &title, const QString &, const QString &body) const
{
    QString html;
    html.reserve(body.size() + 1024);
    // The page's own words (headings, notes, buttons) are in the interface language, and right to left
    // for Arabic; text in another language says so where it starts (contentLanguageAttributes).
    // dir only for right to left: an explicit dir="ltr" changed how Chromium 108 kept the reading place
    // (tst_readingposition), and left to right is every page's default.
    html += QStringLiteral("<!DOCTYPE html>\n<html lang=\"") + esc(interfaceLanguage()) +
            (interfaceIsRightToLeft() ? QStringLiteral("\" dir=\"rtl") : QString()) +
            QStringLiteral("\"><head><meta charset=\"utf-8\">");
    html += QStringLiteral("<meta name=\"viewport\" content=\"width=device-width\">");
    // Defence in depth: even if sanitised HTML let something through, the page may load nothing but the
    // app's own resources and may run no script.
    const QString own = QLatin1String(ContentUrl::Scheme) + QLatin1Char(':');
    html += QStringLiteral("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                           "img-src %1; font-src %1; style-src %1 'unsafe-inline'\">")
                .arg(own);
    html += QStringLiteral("<title>") + esc(title) + QStringLiteral("</title>");
    if (m_styleSheet.isEmpty()) {
        html += QStringLiteral("<link rel=\"stylesheet\" href=\"%1\">")
                    .arg(ContentUrl::href(ContentUrl::Kind::Style, QStringLiteral("content.css")));
    } else {
        html += QStringLiteral("<style>") + m_styleSheet + QStringLiteral("</style>");
    }
    if (!m_rootStyle.isEmpty()) {
        html += QStringLiteral("<style>:root{") + m_rootStyle + QStringLiteral("}</style>");
    }
    html += QStringLiteral("</head><body><main id=\"content\">") + body + QStringLiteral("</main></body></html>\n");
    return html;
}

QString ArticleRenderer::renderArticle(const Article &a) const
{
    QString body;
    const QString textLanguage = contentLanguageAttributes(a);
    body += QStringLiteral("<article><header>") + languageNote(a) + QStringLiteral("<h1 id=\"title\"") + textLanguage +
            QLatin1Char('>') + esc(a.title) + QStringLiteral("</h1>");
    if (!a.evidence.isEmpty()) {
        body += QStringLiteral("<p class=\"evidence evidence-%1\"><span class=\"badge\">%2</span> %3</p>")
                    .arg(esc(a.evidence), esc(evidenceLabel(a.evidence)), esc(evidenceExplanation(a.evidence)));
    }
    // The summary in a language other than the page's is marked as such; the space stays with the label
    // (inside the element, so that the words read aloud and the words highlighted stay the same, and
    // beside the label when the page is right to left).
    body += textLanguage.isEmpty() ? QStringLiteral("<p class=\"summary\"><strong>%1</strong> %2</p>")
                                         .arg(esc(tr("In short:")), esc(a.summary))
                                   : QStringLiteral("<p class=\"summary\"><strong>%1 </strong><span%3>%2</span></p>")
                                         .arg(esc(tr("In short:")), esc(a.summary), textLanguage);
    body += QStringLiteral("</header>");
    QString definitions;
    const QString html = m_medium == Medium::Screen ? describeTerms(a.html, definitions) : a.html;
    body += QStringLiteral("<div class=\"body\"") + textLanguage + QLatin1Char('>') + html + QStringLiteral("</div>");
    if (!definitions.isEmpty()) {
        body += QStringLiteral("<div class=\"term-definitions\" hidden>") + definitions + QStringLiteral("</div>");
    }

    body += QStringLiteral("<footer>");
    if (!a.sources.isEmpty()) {
        body += QStringLiteral("<section class=\"sources\"><h2 id=\"sources\">") + esc(tr("Sources")) +
                QStringLiteral("</h2><ol>");
        for (qsizetype i = 0; i < a.sources.size(); ++i) {
            body += QStringLiteral("<li id=\"source-%1\">").arg(i + 1) + sourceLine(a.sources.at(i)) +
                    QStringLiteral("</li>");
        }
        body += QStringLiteral("</ol></section>");
    }
    body += QStringLiteral("<p class=\"reviewed\">") + esc(tr("Last reviewed: %1").arg(readableDate(a.reviewed))) +
            QStringLiteral("</p>");
    body += QStringLiteral("<p class=\"disclaimer\" role=\"note\">") + esc(disclaimer()) + QStringLiteral("</p>");
    if (m_medium == Medium::Screen) {
        body +=
            QStringLiteral("<nav class=\"feedback\" aria-label=\"%1\"><span>%2</span> "
                           "<a class=\"button\" href=\"%3\">%4</a> "
                           "<a class=\"button\" href=\"%5\">%6</a> "
                           "<a class=\"button\" href=\"%7\">%8</a></nav>")
                .arg(esc(tr("Feedback")), esc(tr("Was this useful?")),
                     esc(ContentUrl::feedbackHref(a.slug, QStringLiteral("answer=yes"))), esc(tr("Yes")),
                     esc(ContentUrl::feedbackHref(a.slug, QStringLiteral("answer=no"))), esc(tr("No")),
                     esc(ContentUrl::feedbackHref(a.slug, QStringLiteral("action=mail"))), esc(tr("Send feedback")));
    }
    body += QStringLiteral("</footer></article>");
    return page(a.title, QStringLiteral("en"), body);
}

QString ArticleRenderer::renderGlossaryTerm(const GlossaryTerm &term, const QString &articleTitle,
                                            const QHash<QString, QString> &termTitles) const
{
    QString body;
    const QString words = textLanguageAttributes(term.language);
    body += QStringLiteral("<article class=\"term\"><header>");
    if (!term.language.isEmpty() && m_medium == Medium::Screen) { // a translation: the English a click away
        body += QStringLiteral("<p class=\"language-note\" role=\"note\"><a href=\"%1\" hreflang=\"en\">%2</a></p>")
                    .arg(esc(ContentUrl::href(ContentUrl::Kind::Glossary, term.slug) + QStringLiteral("?lang=en")),
                         esc(tr("Read it in English")));
    }
    body += QStringLiteral("<p class=\"kicker\">") + esc(tr("Glossary")) + QStringLiteral("</p><h1 id=\"title\"") +
            words + QLatin1Char('>') + esc(term.term) + QStringLiteral("</h1></header>");
    body += QStringLiteral("<div class=\"body\"><p") + words + QLatin1Char('>') + esc(term.definition) +
            QStringLiteral("</p>");
    if (!term.articleSlug.isEmpty()) {
        body += QStringLiteral("<p>%1 <a href=\"%2\">%3</a></p>")
                    .arg(esc(tr("Read more:")), esc(ContentUrl::href(ContentUrl::Kind::Article, term.articleSlug)),
                         esc(articleTitle));
    }
    if (!term.seeAlso.isEmpty()) {
        body += QStringLiteral("<p>") + esc(tr("See also:")) + QStringLiteral(" ");
        QStringList links;
        for (const QString &other : term.seeAlso) {
            links << QStringLiteral("<a href=\"%1\">%2</a>")
                         .arg(esc(ContentUrl::href(ContentUrl::Kind::Glossary, other)),
                              esc(termTitles.value(other, other)));
        }
        body += links.join(QStringLiteral(", ")) + QStringLiteral("</p>");
    }
    body += QStringLiteral("</div><footer><p class=\"disclaimer\" role=\"note\">") + esc(disclaimer()) +
            QStringLiteral("</p></footer></article>");
    return page(term.term, QStringLiteral("en"), body);
}

QString ArticleRenderer::topicLabel(const QString &id)
{
    if (id == QLatin1String("research")) {
        return tr("Research");
    }
    if (id == QLatin1String("trial")) {
        return tr("Trials");
    }
    if (id == QLatin1String("safety")) {
        return tr("Safety");
    }
    if (id == QLatin1String("funding")) {
        return tr("Funding");
    }
    if (id == QLatin1String("policy")) {
        return tr("Policy");
    }
    if (id == QLatin1String("media")) {
        return tr("Media");
    }
    return id;
}

QString ArticleRenderer::renderTimeline(const QList<TimelineEvent> &events, const QStringList &topics,
                                        const QString &activeTopic) const
{
    QString body = QStringLiteral("<article class=\"timeline\"><header><h1 id=\"title\">") + esc(tr("Timeline")) +
                   QStringLiteral("</h1>");
    if (m_medium == Medium::Screen) {
        body += QStringLiteral("<nav class=\"topics\" aria-label=\"%1\"><span>%2</span> ")
                    .arg(esc(tr("Filter by topic")), esc(tr("Show:")));
        body += QStringLiteral("<a class=\"button%1\" href=\"%2\">%3</a> ")
                    .arg(activeTopic.isEmpty() ? QStringLiteral(" active") : QString(),
                         esc(ContentUrl::href(ContentUrl::Kind::Timeline)), esc(tr("All topics")));
        for (const QString &topic : topics) {
            body += QStringLiteral("<a class=\"button%1\" href=\"%2\">%3</a> ")
                        .arg(topic == activeTopic ? QStringLiteral(" active") : QString(),
                             esc(ContentUrl::href(ContentUrl::Kind::Timeline, topic)), esc(topicLabel(topic)));
        }
        body += QStringLiteral("</nav>");
    }
    const auto english =
        std::count_if(events.cbegin(), events.cend(), [](const TimelineEvent &e) { return e.language.isEmpty(); });
    body += untranslatedNote(int(english), int(events.size()),
                             tr("The timeline is not translated into %1 yet, so it is shown in English."),
                             tr("Some events are not translated into %1 yet and are shown in English."));
    if (english < events.size() && m_medium == Medium::Screen) { // a translation: the English a click away
        body += QStringLiteral("<p class=\"language-note\" role=\"note\"><a href=\"%1\" hreflang=\"en\">%2</a></p>")
                    .arg(esc(ContentUrl::href(ContentUrl::Kind::Timeline, activeTopic) + QStringLiteral("?lang=en")),
                         esc(tr("Read it in English")));
    }
    body += QStringLiteral("</header>");
    int year = 0;
    for (const TimelineEvent &e : events) {
        if (e.year != year) {
            if (year != 0) {
                body += QStringLiteral("</ol></section>");
            }
            year = e.year;
            body += QStringLiteral("<section><h2 id=\"y%1\">%1</h2><ol class=\"events\">").arg(year);
        }
        const QString words = textLanguageAttributes(e.language);
        body += QStringLiteral("<li><p class=\"when\">%1 &middot; %2</p><h3%5>%3</h3><p%5>%4</p>")
                    .arg(esc(readableDate(e.date)), esc(topicLabel(e.topic)), esc(e.title), esc(e.text), words);
        if (!e.articleSlug.isEmpty() && m_medium == Medium::Screen) { // leads nowhere on paper
            body +=
                QStringLiteral("<p><a href=\"%1\">%2</a></p>")
                    .arg(esc(ContentUrl::href(ContentUrl::Kind::Article, e.articleSlug)), esc(tr("Read the article")));
        }
        body += QStringLiteral("<p class=\"source\">%1 %2</p></li>").arg(esc(tr("Source:")), sourceLine(e.source));
    }
    if (year != 0) {
        body += QStringLiteral("</ol></section>");
    } else {
        body += QStringLiteral("<p>") + esc(tr("No events for this topic.")) + QStringLiteral("</p>");
    }
    body += QStringLiteral("</article>");
    return page(tr("Timeline"), QStringLiteral("en"), body);
}

QString ArticleRenderer::renderQuotes(const QList<Quote> &quotes) const
{
    const auto english =
        std::count_if(quotes.cbegin(), quotes.cend(), [](const Quote &q) { return q.language.isEmpty(); });
    QString body =
        QStringLiteral("<article class=\"quotes\"><header><h1 id=\"title\">") + esc(tr("Quotes")) +
        QStringLiteral("</h1><p class=\"summary\">") +
        esc(english == quotes.size()
                ? tr("Each quote is given word for word, with who said it, when, and where it was published.")
                : tr("Each quote is given in our translation, then word for word as it was said, with who "
                     "said it, when, and where it was published.")) +
        QStringLiteral("</p>");
    body += untranslatedNote(int(english), int(quotes.size()),
                             tr("The quotes are not translated into %1 yet, so they are shown in English."),
                             tr("Some quotes are not translated into %1 yet and are shown in English."));
    body += QStringLiteral("</header>");
    for (const Quote &q : quotes) {
        const QString words = textLanguageAttributes(q.language);
        // The language on the words, not the quote's frame: its bar stays on the page's starting side.
        body += QStringLiteral("<figure class=\"quote\"><blockquote><p%2>%1</p></blockquote>").arg(esc(q.text), words);
        if (!q.original.isEmpty()) {
            // The words as said stay beside our translation: a translation is never given as the quote.
            body += QStringLiteral("<p class=\"original\"><span class=\"label\">%1</span> <q%3>%2</q></p>")
                        .arg(esc(tr("As said, in English:")), esc(q.original), textLanguageAttributes(QString()));
        }
        body += QStringLiteral("<figcaption><strong><bdi>%1</bdi></strong>%2, %3.<br>%4 %5</figcaption></figure>")
                    .arg(esc(q.who),
                         q.role.isEmpty() ? QString() : QStringLiteral(", <span%2>%1</span>").arg(esc(q.role), words),
                         esc(readableDate(q.date)), esc(tr("Source:")), sourceLine(q.source));
    }
    body += QStringLiteral("</article>");
    return page(tr("Quotes"), QStringLiteral("en"), body);
}

QString ArticleRenderer::notFoundTitle(ContentUrl::Kind kind)
{
    return kind == ContentUrl::Kind::Glossary ? tr("Term not found") : tr("Article not found");
}

QString ArticleRenderer::renderNotFound(ContentUrl::Kind kind, const QString &id) const
{
    const QString text = kind == ContentUrl::Kind::Glossary
                             ? tr("There is no glossary term called \"%1\" in this collection.")
                             : tr("There is no article called \"%1\" in this collection.");
    return renderMessage(notFoundTitle(kind), text.arg(id));
}

QString ArticleRenderer::renderMessage(const QString &title, const QString &text) const
{
    return page(title, QStringLiteral("en"),
                QStringLiteral("<article><h1 id=\"title\">") + esc(title) + QStringLiteral("</h1><p>") + esc(text) +
                    QStringLiteral("</p></article>"));
}

} // namespace Myelin
