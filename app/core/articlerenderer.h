// SPDX-License-Identifier: GPL-3.0-or-later
// Turns an Article from the database into the complete HTML page the reader shows and prints.
#ifndef MYELIN_CORE_ARTICLERENDERER_H
#define MYELIN_CORE_ARTICLERENDERER_H

#include "article.h"
#include "contenturl.h"

#include <QCoreApplication>
#include <QHash>

namespace Myelin {

class ArticleRenderer
{
    Q_DECLARE_TR_FUNCTIONS(Myelin::ArticleRenderer)

public:
    // rootStyle: CSS declarations for :root (reading size, colours), inlined so each page is right
    // on its first paint without JavaScript.
    // Screen pages carry the reader's controls (feedback buttons, topic filter, links into the app);
    // Document pages (printouts, saved files) leave them out.
    enum class Medium
    {
        Screen,
        Document,
    };

    explicit ArticleRenderer(QString rootStyle = {}, Medium medium = Medium::Screen);
    // The stylesheet written into each page (<style>) instead of linked (myelin://style/content.css):
    // the page then needs no second request before it can be drawn (issue 21: an article switch).
    void setStyleSheet(const QString &css) { m_styleSheet = css; }

    QString renderArticle(const Article &article) const;
    // termTitles: the title of each "See also" term by id (an id without one is shown as it is).
    QString renderGlossaryTerm(const GlossaryTerm &term, const QString &articleTitle,
                               const QHash<QString, QString> &termTitles = {}) const;
    QString renderMessage(const QString &title, const QString &text) const;
    // The page for an address the content has no page at (an article or glossary term removed by a
    // content update, a bookmark to it): its title names what is missing, for the page and the window.
    QString renderNotFound(ContentUrl::Kind kind, const QString &id) const;
    static QString notFoundTitle(ContentUrl::Kind kind);
    // The timeline page: year headings, each event with its source; topic links filter it.
    QString renderTimeline(const QList<TimelineEvent> &events, const QStringList &topics,
                           const QString &activeTopic) const;
    QString renderQuotes(const QList<Quote> &quotes) const;

    static QString topicLabel(const QString &topicId);

    static QString evidenceLabel(const QString &evidenceId);
    static QString evidenceExplanation(const QString &evidenceId);
    static QString disclaimer();

private:
    QString page(const QString &title, const QString &lang, const QString &body) const;
    QString languageNote(const Article &a) const;
    static QString contentLanguageAttributes(const Article &a);
    // ' lang="en" dir="ltr"' for text in language ("" for English) when it is not the page's.
    static QString textLanguageAttributes(const QString &language);
    static QString untranslatedNote(int english, int all, const QString &noneText, const QString &someText);

public:
    // The interface language as a page's lang ("en", "de", "pt-BR"), and its direction.
    static QString interfaceLanguage();
    static bool interfaceIsRightToLeft();
    static QString languageName(const QString &code); // in that language: "Español"

private:
    QString m_rootStyle;
    Medium m_medium;
    QString m_styleSheet;
};

} // namespace Myelin

#endif // MYELIN_CORE_ARTICLERENDERER_H
