// SPDX-License-Identifier: GPL-3.0-or-later
// What the personal library holds, as plain values: bookmarks in folders, highlights with notes,
// questions for the next appointment, visits and reading positions. Every item keeps the article's
// title as it was when saved, so it stays listed (marked "no longer in the library") after a content
// update renames or removes the article. uid is a UUID that stays with an item through export and import.
#ifndef MYELIN_USERDATA_LIBRARYTYPES_H
#define MYELIN_USERDATA_LIBRARYTYPES_H

#include <QDateTime>
#include <QString>

namespace Myelin {

struct BookmarkFolder
{
    qint64 id = 0;
    QString uid;
    QString name;
    int position = 0;
};

struct Bookmark
{
    qint64 id = 0;
    QString uid;
    qint64 folderId = 0; // 0: not in a folder
    QString slug;        // the page: an article slug, or a myelin: URL's path for other pages
    QString title;       // as it was when saved, or as the user renamed it
    int position = 0;    // order within its folder
    QDateTime created;   // UTC
};

// A passage the user marked in an article, anchored by its text (not by position) so it can be found
// again after the article is edited: the quote, up to 64 characters of text on each side, and the
// headings above it (" > " between them). colour is a name from HighlightColour, never a colour value,
// so each theme draws it in its own readable shade.
struct Highlight
{
    qint64 id = 0;
    QString uid;
    QString slug;
    QString articleTitle;
    QString quote;
    QString prefix;
    QString suffix;
    QString headingPath;
    QString colour;
    QString note; // may be empty: a highlight without a note
    QDateTime created;
    QDateTime updated;
};

namespace HighlightColour {
inline const QString Yellow = QStringLiteral("yellow");
inline const QString Green = QStringLiteral("green");
inline const QString Blue = QStringLiteral("blue");
inline const QString Pink = QStringLiteral("pink");
} // namespace HighlightColour

// A question for the next appointment: typed by the user, or taken from an article (slug, sourceTitle
// and the quoted passage or heading kept).
struct Question
{
    qint64 id = 0;
    QString uid;
    QString text;
    QString slug;        // empty for a question typed without a page
    QString sourceTitle; // the page's title when it was added
    QString quote;       // the passage, heading or glossary term it came from; may be empty
    int position = 0;    // the user's order
    bool done = false;   // ticked off
    QDateTime created;
};

struct Visit
{
    qint64 id = 0;
    QString slug;
    QString title;
    QDateTime visited; // UTC
};

// Where the reader was in an article, independent of text size: the id of the heading above the top
// of the window ("" = the top of the article) and how far down from that heading to the next, 0..1.
struct ReadingPosition
{
    QString headingId;
    double offset = 0.0;
    bool valid = false;
};

} // namespace Myelin

#endif // MYELIN_USERDATA_LIBRARYTYPES_H
