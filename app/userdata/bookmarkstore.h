// SPDX-License-Identifier: GPL-3.0-or-later
// Bookmarks in folders the user names, in the user database. Each change is one transaction and emits
// changed(); removing returns what was removed so the window can offer Undo (restore puts it back with
// the same id and uid).
#ifndef MYELIN_USERDATA_BOOKMARKSTORE_H
#define MYELIN_USERDATA_BOOKMARKSTORE_H

#include "userdata/librarytypes.h"

#include <QList>
#include <QObject>
#include <functional>
#include <optional>

class QSqlQuery;

namespace Myelin {

class UserDatabase;

class BookmarkStore : public QObject
{
    Q_OBJECT

public:
    explicit BookmarkStore(UserDatabase &database, QObject *parent = nullptr);

    QList<BookmarkFolder> folders() const; // in the user's order
    QList<Bookmark> bookmarks() const;     // all, by folder (none first) then position
    QList<Bookmark> bookmarksIn(qint64 folderId) const;
    std::optional<Bookmark> bookmarkFor(const QString &slug) const; // the first bookmark of that page
    bool isBookmarked(const QString &slug) const { return bookmarkFor(slug).has_value(); }

    // Each returns the new id, or 0 when it could not be saved (UserDatabase::errorMessage() says why).
    qint64 addFolder(const QString &name);
    qint64 addBookmark(const QString &slug, const QString &title, qint64 folderId = 0);

    bool renameFolder(qint64 id, const QString &name);
    bool renameBookmark(qint64 id, const QString &title);
    bool moveBookmark(qint64 id, qint64 folderId); // to the end of that folder (0: no folder)
    bool moveFolder(qint64 id, int delta);         // up (-1) or down (+1) among the folders
    bool moveBookmarkWithin(qint64 id, int delta); // up or down within its folder

    // Removes and returns what was removed, for Undo (nullopt / empty when nothing was removed).
    std::optional<Bookmark> removeBookmark(qint64 id);
    struct RemovedFolder
    {
        BookmarkFolder folder;
        QList<Bookmark> bookmarks;
    };
    std::optional<RemovedFolder> removeFolder(qint64 id); // with the bookmarks in it
    bool restoreBookmark(const Bookmark &bookmark);
    bool restoreFolder(const RemovedFolder &removed);

signals:
    void changed();

private:
    // Runs work as one transaction (UserDatabase::write) and emits changed() once it is saved.
    bool save(const std::function<bool(QSqlQuery &)> &work);
    UserDatabase &m_database;
};

} // namespace Myelin

#endif // MYELIN_USERDATA_BOOKMARKSTORE_H
