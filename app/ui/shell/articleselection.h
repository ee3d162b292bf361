// SPDX-License-Identifier: GPL-3.0-or-later
// What the reader has selected in the article, read with the app's own script (ApplicationWorld;
// content scripts stay off): the text, up to 64 characters on each side of it (for anchoring a
// highlight so it is found again after an edit), the headings above it and the nearest heading's id.
// Text is the article's textContent (under <main id="content">), so the context matches what
// core/textanchor searches. With nothing selected, capture() gives the heading the point is in (the
// place the context menu was opened), with isHeading set.
#ifndef MYELIN_UI_ARTICLESELECTION_H
#define MYELIN_UI_ARTICLESELECTION_H

#include <QPoint>
#include <QString>
#include <functional>

namespace Myelin::Ui {

class ArticleView;

struct ArticleSelection
{
    QString slug;        // the article's slug ("" on other pages)
    QString text;        // the selected text, or the heading's text when isHeading
    QString prefix;      // up to 64 characters before it
    QString suffix;      // up to 64 characters after it
    QString headingPath; // the headings above it, " > " between them (the page title first)
    QString headingId;   // the id of the nearest heading above it ("title" for the page's title)
    bool isHeading = false;

    bool isEmpty() const { return text.trimmed().isEmpty(); }

    // Reads the selection (or, without one, the heading at point, in the view's coordinates; a null
    // point: no heading) and calls done with it, empty when there is none or the page went away.
    static void capture(ArticleView *view, const QPoint &point,
                        const std::function<void(const ArticleSelection &)> &done);
};

} // namespace Myelin::Ui

#endif // MYELIN_UI_ARTICLESELECTION_H
