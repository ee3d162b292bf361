// SPDX-License-Identifier: GPL-3.0-or-later
// The HTML pages that are printed: an article, a handout's cover, contents, glossary and timeline.
// All use the reader's stylesheet (its @media print rules), the light colours and one text size, so a
// printout looks the same whichever theme is on screen. The app's own links are removed (they lead
// nowhere on paper); outside links print with their address.
#ifndef MYELIN_EXPORT_PRINTHTML_H
#define MYELIN_EXPORT_PRINTHTML_H

#include "core/article.h"
#include "core/readingstyle.h"

#include <QCoreApplication>
#include <QDate>

namespace Myelin::Export {

class Handout;

class PrintHtml
{
    Q_DECLARE_TR_FUNCTIONS(Myelin::Export::PrintHtml)

public:
    explicit PrintHtml(double textPoints);

    double textPoints() const { return m_textPoints; }
    // The reader's spacing, line length and font (its colours and size are replaced for paper).
    void setReadingStyle(const ReadingStyle &style) { m_style = style; }
    // :root declarations: light colours, text size in CSS pixels.
    QString rootStyle() const;

    QString article(const Article &article) const;
    QString timeline(const QList<TimelineEvent> &events) const;
    // The pages the reader shows besides articles, as shown (their own links removed).
    QString glossaryTerm(const GlossaryTerm &term, const QString &articleTitle) const;
    QString quotes(const QList<Quote> &quotes) const;
    QString glossary(const QList<GlossaryTerm> &terms) const;
    QString cover(const Handout &handout, const QString &collection, const QDate &printed) const;

    struct ContentsEntry
    {
        QString title;
        int page = 0;
    };
    QString contents(const QList<ContentsEntry> &entries) const;

    // Glossary term ids linked from an article's HTML (myelin://glossary/<id>), in order of first use.
    static QStringList glossaryTermsIn(const QString &html);

    // A whole printable page around body (the print stylesheet, this text size and paper colours).
    QString page(const QString &title, const QString &body) const;

private:
    static QString forPaper(const QString &html);

    double m_textPoints;
    ReadingStyle m_style;
};

} // namespace Myelin::Export

#endif // MYELIN_EXPORT_PRINTHTML_H
