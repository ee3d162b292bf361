// SPDX-License-Identifier: GPL-3.0-or-later
// Draws the running footer of every printed page (what it is, when it was reviewed and printed, and
// "Page 3 of 12") as a PDF of transparent pages, one per page of the document. PdfComposer lays these
// over the pages Chromium printed: Chromium 102 (Qt 6.4) has no header/footer template of its own.
// Text is real text (QPdfWriter embeds the font), so it can be searched, copied and read aloud.
#ifndef MYELIN_EXPORT_FOOTERPAGES_H
#define MYELIN_EXPORT_FOOTERPAGES_H

#include <QList>
#include <QSizeF>
#include <QString>

namespace Myelin::Export {

struct PageFooter
{
    QString title;   // first line, in bold: the article or part
    QString details; // second line: product, reviewed and printed dates
    bool visible = true;
};

struct FooterStyle
{
    double pointSize = 10;
    double sideMargin = 51;   // points from the left and right edges (18 mm)
    double bottomMargin = 28; // points from the bottom edge to the last line's bottom (10 mm)
    // Double-sided: the page number on the outer edge, at the left on even pages.
    bool mirrored = false;

    // The page margin (points) the printed content must leave free at the bottom for this footer.
    double reservedHeight() const;
    double lineHeight() const { return pointSize * 1.35; }
};

class FooterPages
{
public:
    // pageSizes in points; footers.size() may be smaller than pageSizes (missing ones are blank).
    // "Page n of N" uses N = pageSizes.size().
    static QByteArray render(const QList<QSizeF> &pageSizes, const QList<PageFooter> &footers,
                             const FooterStyle &style);
};

} // namespace Myelin::Export

#endif // MYELIN_EXPORT_FOOTERPAGES_H
