// SPDX-License-Identifier: GPL-3.0-or-later
// How a bookmark or a history entry names its page (Bookmark::slug, Visit::slug): an article by its
// slug ("relapses"), any other page of the reader's own by its kind and id ("glossary/ms", "timeline/",
// "quotes/"). Article slugs never hold a '/'.
#ifndef MYELIN_UI_BOOKMARKS_PAGEREF_H
#define MYELIN_UI_BOOKMARKS_PAGEREF_H

#include <QString>
#include <QUrl>

namespace Myelin {
class ContentRepository;
}

namespace Myelin::Ui::PageRef {

// The page an address shows, or "" for addresses that are not pages (images, print, feedback...).
QString fromUrl(const QUrl &url);
QUrl toUrl(const QString &ref);
bool isArticle(const QString &ref);
// Whether the content still has the page (a content update may rename or remove it).
bool exists(const ContentRepository &repository, const QString &ref);
// The page's title in the content now ("" when it is gone).
QString currentTitle(const ContentRepository &repository, const QString &ref);

} // namespace Myelin::Ui::PageRef

#endif // MYELIN_UI_BOOKMARKS_PAGEREF_H
