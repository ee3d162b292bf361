// SPDX-License-Identifier: GPL-3.0-or-later
// The reader's own addresses, in one place: myelin://<kind>/<id>. The compiler writes them into
// articles, the renderers and export write them into pages, the web layer serves and routes them, the
// window opens them. No other file spells the scheme or a kind.
//   ContentUrl::build(ContentUrl::Kind::Article, "ccsvi")  ->  myelin://article/ccsvi
//   ContentUrl::parse(QUrl("myelin://glossary/ms"))         ->  {Glossary, "ms"}
#ifndef MYELIN_CORE_CONTENTURL_H
#define MYELIN_CORE_CONTENTURL_H

#include <QString>
#include <QUrl>
#include <optional>

namespace Myelin::ContentUrl {

// The scheme, registered with Qt WebEngine before the application starts (web/urlscheme).
inline constexpr const char *Scheme = "myelin";

enum class Kind
{
    Article,  // myelin://article/<slug>[#heading]
    Glossary, // myelin://glossary/<term id>
    Timeline, // myelin://timeline/[<topic>]
    Quotes,   // myelin://quotes/
    Image,    // myelin://image/<name> (from the content database)
    Font,     // myelin://font/<file> (the bundled easier-to-read font)
    Style,    // myelin://style/content.css
    Feedback, // myelin://feedback/<slug>?answer=yes|no or ?action=mail (never a page)
    Print,    // myelin://print/<document> (pages made for printing, served by ui/printschemehandler)
};

// "article", "glossary", ... as written in the address.
QString kindName(Kind kind);
std::optional<Kind> kindFromName(const QString &name);
// Whether addresses of this kind are pages the reader reads (article, glossary term, timeline, quotes),
// not what a page is made of or does (a picture, a font, the style, feedback, a printout).
bool isPage(Kind kind);

// myelin://<kind>/ (what an address of this kind starts with).
QString prefix(Kind kind);
// myelin://<kind>/<id>; id may carry a #fragment or ?query, written as given.
QString href(Kind kind, const QString &id = {});
QUrl build(Kind kind, const QString &id = {});

struct Parts
{
    Kind kind = Kind::Article;
    QString id; // the path after the kind, without the leading '/' (no query, no fragment)
};

// The kind and id of one of the reader's addresses; nullopt for any other scheme or an unknown kind.
std::optional<Parts> parse(const QUrl &url);
bool isContentUrl(const QUrl &url);

// The reader's own feedback buttons ("Was this useful?") change the user's data, so their addresses
// carry a key made afresh each time Myelin starts, which no content can know: a feedback address
// written into an article (or a damaged database) without it changes nothing.
//   feedbackHref("ccsvi", "answer=yes")  ->  myelin://feedback/ccsvi?key=<this run's key>&answer=yes
QString feedbackHref(const QString &slug, const QString &query);
bool carriesThisRunsKey(const QUrl &url);

} // namespace Myelin::ContentUrl

#endif // MYELIN_CORE_CONTENTURL_H
