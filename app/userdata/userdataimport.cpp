// SPDX-License-Identifier: GPL-3.0-or-later
#include "userdataimport.h"

#include "userdata/personallibrary.h"
#include "userdata/storesupport.h"
#include "userdata/userdatabase.h"
#include "userdata/userdataexport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace Myelin::UserDataImport {

namespace {
// A text field: a string, or null/missing when optional ("" then). nullopt when it is something else,
// or missing and required.
std::optional<QString> textField(const QJsonObject &o, const char *key, bool required)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isString()) {
        return StoreSupport::text(v.toString());
    }
    if ((v.isNull() || v.isUndefined()) && !required) {
        return QStringLiteral("");
    }
    return std::nullopt;
}

QString timeField(const QJsonObject &o, const char *key)
{
    const QDateTime time = StoreSupport::parseTime(o.value(QLatin1String(key)).toString());
    return StoreSupport::timeText(time.isValid() ? time : QDateTime::currentDateTimeUtc());
}

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

// The row with uid in table: its id and the listed columns as text, or id 0 when there is none.
// False on an error.
bool findByUid(QSqlQuery &q, const QString &table, const QString &uid, const QString &columns, qint64 *id,
               QStringList *values)
{
    q.prepare(QStringLiteral("SELECT id, %1 FROM %2 WHERE uid = ?").arg(columns, table));
    q.addBindValue(uid);
    if (!q.exec()) {
        return false;
    }
    *id = 0;
    values->clear();
    if (q.next()) {
        *id = q.value(0).toLongLong();
        const int count = int(columns.count(QLatin1Char(',')) + 1);
        for (int i = 1; i <= count; ++i) {
            values->append(q.value(i).toString());
        }
    }
    return true;
}

enum class Match
{
    Absent,   // add it under its own uid
    Same,     // skip it
    Copy,     // add it under *uid (the copy's)
    CopyThere // the copy is there already: skip it
};

// Where an item with this uid and these words goes; *uid becomes the uid to save it under. localId: the
// id of the row it matched (the user's own, or the copy from an earlier import).
std::optional<Match> match(QSqlQuery &q, const QString &table, const QString &columns, QString *uid,
                           const QStringList &words, qint64 *localId)
{
    QStringList values;
    if (!findByUid(q, table, *uid, columns, localId, &values)) {
        return std::nullopt;
    }
    if (*localId == 0) {
        return Match::Absent;
    }
    if (values == words) {
        return Match::Same;
    }
    *uid = copyUid(*uid, words);
    if (!findByUid(q, table, *uid, columns, localId, &values)) {
        return std::nullopt;
    }
    return *localId == 0 ? Match::Copy : Match::CopyThere;
}

void count(Tally &tally, Match m)
{
    switch (m) {
    case Match::Absent:
        ++tally.added;
        break;
    case Match::Same:
    case Match::CopyThere:
        ++tally.alreadyThere;
        break;
    case Match::Copy:
        ++tally.keptBoth;
        break;
    }
}

int nextPosition(QSqlQuery &q, const QString &table)
{
    q.prepare(QStringLiteral("SELECT COALESCE(MAX(position), -1) + 1 FROM %1").arg(table));
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

class Importer
{
public:
    Importer(QSqlQuery &q, Summary &s) : q(q), s(s) {}

    bool folders(const QJsonArray &items)
    {
        for (const QJsonValue &v : items) {
            const QJsonObject o = v.toObject();
            QString uid = textField(o, "uid", true).value_or(QString());
            const auto name = textField(o, "name", true);
            if (uid.isEmpty() || !name) {
                ++s.folders.unreadable;
                continue;
            }
            const QString fileUid = uid;
            qint64 id = 0;
            const auto m = match(q, QStringLiteral("bookmark_folders"), QStringLiteral("name"), &uid, {*name}, &id);
            if (!m) {
                return false;
            }
            count(s.folders, *m);
            if (*m == Match::Absent || *m == Match::Copy) {
                const int position = nextPosition(q, QStringLiteral("bookmark_folders"));
                q.prepare(QStringLiteral("INSERT INTO bookmark_folders(uid, name, position) VALUES (?, ?, ?)"));
                q.addBindValue(uid);
                q.addBindValue(*name);
                q.addBindValue(position);
                if (position < 0 || !q.exec()) {
                    return false;
                }
                id = q.lastInsertId().toLongLong();
            }
            m_folderIds.insert(fileUid, id);
        }
        return true;
    }

    bool bookmarks(const QJsonArray &items)
    {
        for (const QJsonValue &v : items) {
            const QJsonObject o = v.toObject();
            QString uid = textField(o, "uid", true).value_or(QString());
            const auto slug = textField(o, "slug", true);
            const auto title = textField(o, "title", true);
            const auto folderUid = textField(o, "folder_uid", false);
            if (uid.isEmpty() || !slug || slug->isEmpty() || !title || !folderUid) {
                ++s.bookmarks.unreadable;
                continue;
            }
            qint64 id = 0;
            const auto m =
                match(q, QStringLiteral("bookmarks"), QStringLiteral("slug, title"), &uid, {*slug, *title}, &id);
            if (!m) {
                return false;
            }
            count(s.bookmarks, *m);
            if (*m != Match::Absent && *m != Match::Copy) {
                continue;
            }
            qint64 folderId = 0;
            if (!folderUid->isEmpty() && !folderOf(*folderUid, &folderId)) {
                return false;
            }
            q.prepare(QStringLiteral("SELECT COALESCE(MAX(position), -1) + 1 FROM bookmarks WHERE folder_id IS ?"));
            q.addBindValue(nullableId(folderId));
            if (!q.exec() || !q.next()) {
                return false;
            }
            const int position = q.value(0).toInt();
            q.prepare(QStringLiteral("INSERT INTO bookmarks(uid, folder_id, slug, title, position, created_at) "
                                     "VALUES (?, ?, ?, ?, ?, ?)"));
            q.addBindValue(uid);
            q.addBindValue(nullableId(folderId));
            q.addBindValue(*slug);
            q.addBindValue(*title);
            q.addBindValue(position);
            q.addBindValue(timeField(o, "created_at"));
            if (!q.exec()) {
                return false;
            }
        }
        return true;
    }

    bool highlights(const QJsonArray &items)
    {
        for (const QJsonValue &v : items) {
            const QJsonObject o = v.toObject();
            QString uid = textField(o, "uid", true).value_or(QString());
            const auto slug = textField(o, "slug", true);
            const auto quote = textField(o, "quote", true);
            QStringList optional;
            bool readable = !uid.isEmpty() && slug && !slug->isEmpty() && quote;
            for (const char *key : {"article_title", "prefix", "suffix", "heading_path", "colour", "note"}) {
                const auto value = textField(o, key, false);
                readable = readable && value.has_value();
                optional.append(value.value_or(QString()));
            }
            if (!readable) {
                ++s.highlights.unreadable;
                continue;
            }
            const QString colour = optional.at(4).isEmpty() ? HighlightColour::Yellow : optional.at(4);
            const QString note = optional.at(5);
            qint64 id = 0;
            const auto m = match(q, QStringLiteral("highlights"), QStringLiteral("slug, quote, note, colour"), &uid,
                                 {*slug, *quote, note, colour}, &id);
            if (!m) {
                return false;
            }
            count(s.highlights, *m);
            if (*m != Match::Absent && *m != Match::Copy) {
                continue;
            }
            q.prepare(QStringLiteral(
                "INSERT INTO highlights(uid, slug, article_title, quote, prefix, suffix, heading_path, colour, note, "
                "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            for (const QVariant &value :
                 QVariantList{uid, *slug, optional.at(0), *quote, optional.at(1), optional.at(2), optional.at(3),
                              colour, note, timeField(o, "created_at"), timeField(o, "updated_at")}) {
                q.addBindValue(value);
            }
            if (!q.exec()) {
                return false;
            }
            m_highlightSlugs.insert(*slug);
        }
        return true;
    }

    bool questions(const QJsonArray &items)
    {
        for (const QJsonValue &v : items) {
            const QJsonObject o = v.toObject();
            QString uid = textField(o, "uid", true).value_or(QString());
            const auto text = textField(o, "text", true);
            const auto slug = textField(o, "slug", false);
            const auto sourceTitle = textField(o, "source_title", false);
            const auto quote = textField(o, "quote", false);
            const QJsonValue done = o.value(QStringLiteral("done"));
            if (uid.isEmpty() || !text || text->trimmed().isEmpty() || !slug || !sourceTitle || !quote ||
                !(done.isBool() || done.isUndefined())) {
                ++s.questions.unreadable;
                continue;
            }
            qint64 id = 0;
            const auto m =
                match(q, QStringLiteral("questions"), QStringLiteral("text, slug"), &uid, {*text, *slug}, &id);
            if (!m) {
                return false;
            }
            count(s.questions, *m);
            if (*m != Match::Absent && *m != Match::Copy) {
                continue;
            }
            const int position = nextPosition(q, QStringLiteral("questions"));
            q.prepare(QStringLiteral("INSERT INTO questions(uid, text, slug, source_title, quote, position, done, "
                                     "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
            for (const QVariant &value : QVariantList{uid, *text, *slug, *sourceTitle, *quote, position,
                                                      done.toBool() ? 1 : 0, timeField(o, "created_at")}) {
                q.addBindValue(value);
            }
            if (position < 0 || !q.exec()) {
                return false;
            }
        }
        return true;
    }

    bool history(const QJsonArray &items)
    {
        for (const QJsonValue &v : items) {
            const QJsonObject o = v.toObject();
            const auto slug = textField(o, "slug", true);
            const auto title = textField(o, "title", false);
            const QDateTime when = StoreSupport::parseTime(o.value(QStringLiteral("visited_at")).toString());
            if (!slug || slug->isEmpty() || !title || !when.isValid()) {
                ++s.visits.unreadable;
                continue;
            }
            const QString time = StoreSupport::timeText(when);
            q.prepare(QStringLiteral("SELECT count(*) FROM visits WHERE slug = ? AND visited_at = ?"));
            q.addBindValue(*slug);
            q.addBindValue(time);
            if (!q.exec() || !q.next()) {
                return false;
            }
            if (q.value(0).toInt() > 0) {
                ++s.visits.alreadyThere;
                continue;
            }
            q.prepare(QStringLiteral("INSERT INTO visits(slug, title, visited_at) VALUES (?, ?, ?)"));
            q.addBindValue(*slug);
            q.addBindValue(*title);
            q.addBindValue(time);
            if (!q.exec()) {
                return false;
            }
            ++s.visits.added;
        }
        return true;
    }

    // Reading positions and feedback answers: one per page; the user's own is kept.
    bool onePerPage(const QJsonArray &items, Tally &tally, const QString &table, const QStringList &columns)
    {
        for (const QJsonValue &v : items) {
            const QJsonObject o = v.toObject();
            const auto slug = textField(o, "slug", true);
            QVariantList values{slug.value_or(QString())};
            bool readable = slug.has_value() && !slug->isEmpty();
            for (const QString &column : columns) {
                const QJsonValue value = o.value(column);
                if (column == QStringLiteral("answered_at") && value.isString() &&
                    StoreSupport::parseTime(value.toString()).isValid()) {
                    values.append(value.toString()); // as recordFeedback wrote it
                } else if (column.endsWith(QStringLiteral("_at"))) {
                    values.append(timeField(o, column.toLatin1().constData()));
                } else if (column == QStringLiteral("useful")) {
                    readable = readable && value.isBool();
                    values.append(value.toBool() ? 1 : 0);
                } else if (column == QStringLiteral("offset")) {
                    readable = readable && value.isDouble();
                    values.append(qBound(0.0, value.toDouble(), 1.0));
                } else {
                    readable = readable && (value.isString() || value.isNull() || value.isUndefined());
                    values.append(StoreSupport::text(value.toString()));
                }
            }
            if (!readable) {
                ++tally.unreadable;
                continue;
            }
            q.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE slug = ?").arg(table));
            q.addBindValue(*slug);
            if (!q.exec() || !q.next()) {
                return false;
            }
            if (q.value(0).toInt() > 0) {
                ++tally.alreadyThere;
                continue;
            }
            QStringList marks(values.size(), QStringLiteral("?"));
            q.prepare(QStringLiteral("INSERT INTO %1(slug, %2) VALUES (%3)")
                          .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))));
            for (const QVariant &value : values) {
                q.addBindValue(value);
            }
            if (!q.exec()) {
                return false;
            }
            ++tally.added;
        }
        return true;
    }

    QSet<QString> highlightSlugs() const { return m_highlightSlugs; }

private:
    // The folder an imported bookmark goes in: the one its folder_uid became in this import, or the
    // user's own with that uid, or none.
    bool folderOf(const QString &fileUid, qint64 *id)
    {
        if (m_folderIds.contains(fileUid)) {
            *id = m_folderIds.value(fileUid);
            return true;
        }
        QStringList values;
        return findByUid(q, QStringLiteral("bookmark_folders"), fileUid, QStringLiteral("name"), id, &values);
    }

    QSqlQuery &q;
    Summary &s;
    QHash<QString, qint64> m_folderIds; // folder uid in the file -> id here
    QSet<QString> m_highlightSlugs;
};
} // namespace

int Summary::added() const
{
    return folders.added + bookmarks.added + highlights.added + questions.added + visits.added + positions.added +
           feedback.added;
}

int Summary::alreadyThere() const
{
    return folders.alreadyThere + bookmarks.alreadyThere + highlights.alreadyThere + questions.alreadyThere +
           visits.alreadyThere + positions.alreadyThere + feedback.alreadyThere;
}

int Summary::keptBoth() const
{
    return folders.keptBoth + bookmarks.keptBoth + highlights.keptBoth + questions.keptBoth + visits.keptBoth +
           positions.keptBoth + feedback.keptBoth;
}

int Summary::unreadable() const
{
    return folders.unreadable + bookmarks.unreadable + highlights.unreadable + questions.unreadable +
           visits.unreadable + positions.unreadable + feedback.unreadable;
}

QString copyUid(const QString &uid, const QStringList &words)
{
    // A fixed namespace for Myelin's imported copies (any constant UUID would do; this one is random).
    static const QUuid Namespace(QStringLiteral("{6f1c0b7e-3d4a-4f59-9a51-2c8e7d0b4e21}"));
    return QUuid::createUuidV5(Namespace, uid + QChar(0x1f) + words.join(QChar(0x1f))).toString(QUuid::WithoutBraces);
}

Summary importDocument(PersonalLibrary &library, const QByteArray &json)
{
    Summary summary;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    const QJsonObject root = document.object();
    if (parseError.error != QJsonParseError::NoError || !document.isObject() ||
        root.value(QStringLiteral("format")).toString() != UserDataExport::Format) {
        summary.error = QCoreApplication::translate("Myelin::UserDataImport", "This file is not a Myelin data export.");
        return summary;
    }
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toInt() < 1) {
        summary.error = QCoreApplication::translate("Myelin::UserDataImport",
                                                    "This file is not a Myelin data export: it has no format version.");
        return summary;
    }
    if (version.toInt() > UserDataExport::Version) {
        summary.error = QCoreApplication::translate(
                            "Myelin::UserDataImport",
                            "This file was exported by a newer version of Myelin (format version %1; this Myelin reads "
                            "version %2). Nothing was imported.")
                            .arg(version.toInt())
                            .arg(UserDataExport::Version);
        return summary;
    }
    UserDatabase &database = library.database;
    if (!database.isOpen()) {
        summary.error = database.errorMessage();
        return summary;
    }
    QSet<QString> highlightSlugs;
    const auto array = [&root](const char *key) { return root.value(QLatin1String(key)).toArray(); };
    const bool saved = database.write([&](QSqlQuery &q) {
        summary = Summary(); // a second try starts again
        Importer importer(q, summary);
        const bool ok =
            importer.folders(array("bookmark_folders")) && importer.bookmarks(array("bookmarks")) &&
            importer.highlights(array("highlights")) && importer.questions(array("questions")) &&
            importer.history(array("history")) &&
            importer.onePerPage(array("reading_positions"), summary.positions, QStringLiteral("reading_positions"),
                                {QStringLiteral("heading_id"), QStringLiteral("offset"), QStringLiteral("saved_at")}) &&
            importer.onePerPage(array("feedback"), summary.feedback, QStringLiteral("feedback"),
                                {QStringLiteral("useful"), QStringLiteral("answered_at")});
        highlightSlugs = importer.highlightSlugs();
        return ok;
    });
    if (!saved) {
        summary = Summary();
        summary.error = QCoreApplication::translate("Myelin::UserDataImport", "Nothing was imported. %1")
                            .arg(database.errorMessage());
        return summary;
    }
    summary.ok = true;
    // The panes show what the stores hold: each store that gained something says so.
    if (summary.folders.added + summary.folders.keptBoth + summary.bookmarks.added + summary.bookmarks.keptBoth > 0) {
        emit library.bookmarks.changed();
    }
    for (const QString &slug : std::as_const(highlightSlugs)) {
        emit library.highlights.changed(slug);
    }
    if (summary.questions.added + summary.questions.keptBoth > 0) {
        emit library.questions.changed();
    }
    if (summary.visits.added > 0) {
        emit library.history.changed();
    }
    return summary;
}

Summary importFile(PersonalLibrary &library, const QString &path)
{
    QFile file(path);
    const QString name = QDir::toNativeSeparators(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Summary summary;
        summary.error =
            QCoreApplication::translate("Myelin::UserDataImport", "Cannot read %1: %2").arg(name, file.errorString());
        return summary;
    }
    if (file.size() > MaximumFileSize) {
        Summary summary;
        summary.error =
            QCoreApplication::translate("Myelin::UserDataImport", "%1 is too large to be a Myelin data export.")
                .arg(name);
        return summary;
    }
    return importDocument(library, file.readAll());
}

} // namespace Myelin::UserDataImport
