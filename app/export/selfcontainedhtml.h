// SPDX-License-Identifier: GPL-3.0-or-later
// One web page file that opens anywhere, with nothing loaded from anywhere: the stylesheet inlined,
// images inlined as data: URIs (the only place Myelin uses them), the app's own links and buttons
// removed. Outside links in the text stay links: the reader chooses whether to follow them.
// The page is parsed as a browser parses it (HtmlRewriter) and written back without scripts, frames,
// embedded media, event handlers or any other address, under a Content-Security-Policy of its own.
#ifndef MYELIN_EXPORT_SELFCONTAINEDHTML_H
#define MYELIN_EXPORT_SELFCONTAINEDHTML_H

#include "core/article.h"

#include <QCoreApplication>
#include <QDate>
#include <functional>
#include <optional>

namespace Myelin::Export {

class SelfContainedHtml
{
    Q_DECLARE_TR_FUNCTIONS(Myelin::Export::SelfContainedHtml)

public:
    using ImageLookup = std::function<std::optional<Image>(const QString &name)>;

    // page: a page made by ArticleRenderer (links myelin://style/content.css, images myelin://image/<name>).
    static QString make(const QString &page, const QString &css, const ImageLookup &images);

    // The whole export of one article: rendered with rootStyle, a line saying where and when it
    // came from, then made self-contained.
    static QString article(const Article &article, const QString &rootStyle, const QString &css,
                           const ImageLookup &images, const QString &collection, const QDate &exported);

    static QString dataUri(const QString &mime, const QByteArray &data);

    // :root declarations for a saved page: the light theme at textPoints.
    static QString rootStyle(double textPoints);

    // Links to the app's own pages (myelin:) lose their href, keeping their text and title; outside
    // links (http, https, mailto) and links within the page (#id) stay.
    static QString withoutAppLinks(const QString &html);
};

} // namespace Myelin::Export

#endif // MYELIN_EXPORT_SELFCONTAINEDHTML_H
