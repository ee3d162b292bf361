// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookmarkstore.h"

#include "userdata/storesupport.h"
#include "userdata/userdatabase.h"

#include <QSqlQuery>
#include <QVariant>

namespace Myelin {

namespace {
const QString BookmarkColumns = QStringLiteral("id, uid, COALESCE(folder_id, 0), slug, title, position, created_at");

Bookmark bookmarkFromRow(const QSqlQuery &query)
{
    Bookmark b;
    b.id = query.value(0).toLongLong();
    b.uid = query.value(1).toString();
    b.folderId = query.value(2).toLongLong();
    b.slug = query.value(3).toString();
    b.title = query.value(4).toString();
    b.position = query.value(5).toInt();
    b.created = StoreSupport::parseTime(query.value(6).toString());
    return b;
}

QVariant folderValue(qint64 folderId)
{
    return folderId > 0 ? QVariant(folderId) : QVariant(QMetaType(QMetaType::LongLong));
}

// The position after the last bookmark of the folder (0: no folder).
int nextBookmarkPosition(QSqlQuery &query, qint64 folderId)
{
    query.prepare(QStringLiteral("SELECT COALESCE(MAX(position), -1) + 1 FROM bookmarks WHERE folder_id IS ?"));
    query.addBindValue(folderValue(folderId));
    return query.exec() && query.next() ? query.value(0).toInt() : -1;
}

bool insertBookmark(QSqlQuery &query, const Bookmark &b)
{
    query.prepare(QStringLiteral("INSERT INTO bookmarks(%1) VALUES (?, ?, ?, ?, ?, ?, ?)")
                      .arg(QStringLiteral("id, uid, folder_id, slug, title, position, created_at")));
    query.addBindValue(b.id > 0 ? QVariant(b.id) : QVariant(QMetaType(QMetaType::LongLong)));
    query.addBindValue(b.uid);
    query.addBindValue(folderValue(b.folderId));
    query.addBindValue(StoreSupport::text(b.slug));
    query.addBindValue(StoreSupport::text(b.title));
    query.addBindValue(b.position);
    query.addBindValue(StoreSupport::timeText(b.created));
    return query.exec();
}

} // namespace

BookmarkStore::BookmarkStore(UserDatabase &database, QObject *parent) : QObject(parent), m_database(database) {}

QList<BookmarkFolder> BookmarkStore::folders() const
{
    QList<BookmarkFolder> result;
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT id, uid, name, position FROM bookmark_folders ORDER BY position, id"))) {
        return result;
    }
    while (query.next()) {
        result.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                       query.value(3).toInt()});
    }
    return result;
}

QList<Bookmark> BookmarkStore::bookmarks() const
{
    QList<Bookmark> result;
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT %1 FROM bookmarks b LEFT JOIN bookmark_folders f ON f.id = b.folder_id "
                                   "ORDER BY f.position IS NOT NULL, f.position, f.id, b.position, b.id")
                        .arg(QStringLiteral("b.id, b.uid, COALESCE(b.folder_id, 0), b.slug, b.title, b.position, "
                                            "b.created_at")))) {
        return result;
    }
    while (query.next()) {
        result.append(bookmarkFromRow(query));
    }
    return result;
}

QList<Bookmark> BookmarkStore::bookmarksIn(qint64 folderId) const
{
    QList<Bookmark> result;
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT %1 FROM bookmarks WHERE folder_id IS ? ORDER BY position, id").arg(BookmarkColumns));
    query.addBindValue(folderValue(folderId));
    if (query.exec()) {
        while (query.next()) {
            result.append(bookmarkFromRow(query));
        }
    }
    return result;
}

std::optional<Bookmark> BookmarkStore::bookmarkFor(const QString &slug) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM bookmarks WHERE slug = ? ORDER BY id LIMIT 1").arg(BookmarkColumns));
    query.addBindValue(slug);
    if (query.exec() && query.next()) {
        return bookmarkFromRow(query);
    }
    return std::nullopt;
}

qint64 BookmarkStore::addFolder(const QString &name)
{
    qint64 id = 0;
    if (!save([&](QSqlQuery &query) {
            if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(position), -1) + 1 FROM bookmark_folders")) ||
                !query.next()) {
                return false;
            }
            const int position = query.value(0).toInt();
            query.prepare(QStringLiteral("INSERT INTO bookmark_folders(uid, name, position) VALUES (?, ?, ?)"));
            query.addBindValue(StoreSupport::newUid());
            query.addBindValue(name.trimmed());
            query.addBindValue(position);
            if (!query.exec()) {
                return false;
            }
            id = query.lastInsertId().toLongLong();
            return true;
        })) {
        return 0;
    }
    return id;
}

qint64 BookmarkStore::addBookmark(const QString &slug, const QString &title, qint64 folderId)
{
    qint64 id = 0;
    if (!save([&](QSqlQuery &query) {
            Bookmark b;
            b.uid = StoreSupport::newUid();
            b.folderId = folderId;
            b.slug = slug;
            b.title = title;
            b.created = QDateTime::currentDateTimeUtc();
            b.position = nextBookmarkPosition(query, folderId);
            if (b.position < 0 || !insertBookmark(query, b)) {
                return false;
            }
            id = query.lastInsertId().toLongLong();
            return true;
        })) {
        return 0;
    }
    return id;
}

bool BookmarkStore::renameFolder(qint64 id, const QString &name)
{
    return save([&](QSqlQuery &query) {
        query.prepare(QStringLiteral("UPDATE bookmark_folders SET name = ? WHERE id = ?"));
        query.addBindValue(name.trimmed());
        query.addBindValue(id);
        return query.exec() && query.numRowsAffected() == 1;
    });
}

bool BookmarkStore::renameBookmark(qint64 id, const QString &title)
{
    return save([&](QSqlQuery &query) {
        query.prepare(QStringLiteral("UPDATE bookmarks SET title = ? WHERE id = ?"));
        query.addBindValue(title.trimmed());
        query.addBindValue(id);
        return query.exec() && query.numRowsAffected() == 1;
    });
}

bool BookmarkStore::moveBookmark(qint64 id, qint64 folderId)
{
    return save([&](QSqlQuery &query) {
        const int position = nextBookmarkPosition(query, folderId);
        if (position < 0) {
            return false;
        }
        query.prepare(QStringLiteral("UPDATE bookmarks SET folder_id = ?, position = ? WHERE id = ?"));
        query.addBindValue(folderValue(folderId));
        query.addBindValue(position);
        query.addBindValue(id);
        return query.exec() && query.numRowsAffected() == 1;
    });
}

bool BookmarkStore::moveFolder(qint64 id, int delta)
{
    return save([&](QSqlQuery &query) {
        return StoreSupport::moveAmongSiblings(query, QStringLiteral("bookmark_folders"),
                                               QStringLiteral("? IS NOT NULL") /* every folder */, id, delta);
    });
}

bool BookmarkStore::moveBookmarkWithin(qint64 id, int delta)
{
    return save([&](QSqlQuery &query) {
        return StoreSupport::moveAmongSiblings(
            query, QStringLiteral("bookmarks"),
            QStringLiteral("folder_id IS (SELECT folder_id FROM bookmarks WHERE id = ?)"), id, delta);
    });
}

std::optional<Bookmark> BookmarkStore::removeBookmark(qint64 id)
{
    std::optional<Bookmark> removed;
    if (!save([&](QSqlQuery &query) {
            query.prepare(QStringLiteral("SELECT %1 FROM bookmarks WHERE id = ?").arg(BookmarkColumns));
            query.addBindValue(id);
            if (!query.exec() || !query.next()) {
                return false;
            }
            removed = bookmarkFromRow(query);
            query.prepare(QStringLiteral("DELETE FROM bookmarks WHERE id = ?"));
            query.addBindValue(id);
            return query.exec();
        })) {
        return std::nullopt;
    }
    return removed;
}

std::optional<BookmarkStore::RemovedFolder> BookmarkStore::removeFolder(qint64 id)
{
    RemovedFolder removed;
    bool found = false;
    if (!save([&](QSqlQuery &query) {
            query.prepare(QStringLiteral("SELECT id, uid, name, position FROM bookmark_folders WHERE id = ?"));
            query.addBindValue(id);
            if (!query.exec() || !query.next()) {
                return false;
            }
            removed.folder = {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                              query.value(3).toInt()};
            found = true;
            query.prepare(QStringLiteral("SELECT %1 FROM bookmarks WHERE folder_id = ? ORDER BY position, id")
                              .arg(BookmarkColumns));
            query.addBindValue(id);
            if (!query.exec()) {
                return false;
            }
            while (query.next()) {
                removed.bookmarks.append(bookmarkFromRow(query));
            }
            query.prepare(QStringLiteral("DELETE FROM bookmarks WHERE folder_id = ?"));
            query.addBindValue(id);
            if (!query.exec()) {
                return false;
            }
            query.prepare(QStringLiteral("DELETE FROM bookmark_folders WHERE id = ?"));
            query.addBindValue(id);
            return query.exec();
        }) ||
        !found) {
        return std::nullopt;
    }
    return removed;
}

bool BookmarkStore::restoreBookmark(const Bookmark &bookmark)
{
    return save([&](QSqlQuery &query) { return insertBookmark(query, bookmark); });
}

bool BookmarkStore::restoreFolder(const RemovedFolder &removed)
{
    return save([&](QSqlQuery &query) {
        query.prepare(QStringLiteral("INSERT INTO bookmark_folders(id, uid, name, position) VALUES (?, ?, ?, ?)"));
        query.addBindValue(removed.folder.id);
        query.addBindValue(removed.folder.uid);
        query.addBindValue(removed.folder.name);
        query.addBindValue(removed.folder.position);
        if (!query.exec()) {
            return false;
        }
        for (const Bookmark &b : removed.bookmarks) {
            if (!insertBookmark(query, b)) {
                return false;
            }
        }
        return true;
    });
}

bool BookmarkStore::save(const std::function<bool(QSqlQuery &)> &work)
{
    if (!m_database.write(work)) {
        return false;
    }
    emit changed();
    return true;
}

} // namespace Myelin
