// SPDX-License-Identifier: GPL-3.0-or-later
#include "userdataexport.h"

#include "userdata/userdatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace Myelin::UserDataExport {

namespace {
enum class Type
{
    Text,
    Integer,
    Boolean,
    Real,
    NullableText, // "" and NULL both become null
};

struct Column
{
    const char *sql; // an expression over the table
    const char *key; // its name in the file
    Type type;
};

// One array of the document: its rows as objects, in a stable order. False on a read error.
bool readArray(QSqlQuery &query, const QString &from, const QList<Column> &columns, const QString &orderBy,
               QJsonArray *out)
{
    QStringList expressions;
    for (const Column &c : columns) {
        expressions.append(QString::fromLatin1(c.sql));
    }
    if (!query.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                        .arg(expressions.join(QStringLiteral(", ")), from, orderBy))) {
        return false;
    }
    while (query.next()) {
        QJsonObject item;
        for (int i = 0; i < columns.size(); ++i) {
            const QVariant value = query.value(i);
            const QLatin1String key(columns.at(i).key);
            switch (columns.at(i).type) {
            case Type::Text:
                item.insert(key, value.toString());
                break;
            case Type::Integer:
                item.insert(key, value.toLongLong());
                break;
            case Type::Boolean:
                item.insert(key, value.toInt() != 0);
                break;
            case Type::Real:
                item.insert(key, value.toDouble());
                break;
            case Type::NullableText:
                item.insert(key,
                            value.isNull() || value.toString().isEmpty() ? QJsonValue() : QJsonValue(value.toString()));
                break;
            }
        }
        out->append(item);
    }
    return true;
}
} // namespace

Result build(const UserDatabase &database, const QDateTime &exportedAt)
{
    Result result;
    const QString file = QDir::toNativeSeparators(database.path());
    if (!database.isOpen()) {
        result.error = database.errorMessage();
        return result;
    }
    QSqlDatabase db = database.connection();
    QJsonObject document;
    document.insert(QStringLiteral("format"), Format);
    document.insert(QStringLiteral("version"), Version);
    document.insert(QStringLiteral("exported_at"), exportedAt.toUTC().toString(Qt::ISODateWithMs));
    document.insert(QStringLiteral("application"), QStringLiteral("%1 %2").arg(QCoreApplication::applicationName(),
                                                                               QCoreApplication::applicationVersion()));
    document.insert(QStringLiteral("schema_version"), UserDatabase::schemaVersion());

    struct Part
    {
        const char *key;
        QString from;
        QList<Column> columns;
        QString orderBy;
    };
    const QList<Part> parts = {
        {"bookmark_folders",
         QStringLiteral("bookmark_folders"),
         {{"uid", "uid", Type::Text}, {"name", "name", Type::Text}, {"position", "position", Type::Integer}},
         QStringLiteral("position, id")},
        {"bookmarks",
         QStringLiteral("bookmarks b LEFT JOIN bookmark_folders f ON f.id = b.folder_id"),
         {{"b.uid", "uid", Type::Text},
          {"f.uid", "folder_uid", Type::NullableText},
          {"b.slug", "slug", Type::Text},
          {"b.title", "title", Type::Text},
          {"b.position", "position", Type::Integer},
          {"b.created_at", "created_at", Type::Text}},
         QStringLiteral("f.position IS NOT NULL, f.position, f.id, b.position, b.id")},
        {"highlights",
         QStringLiteral("highlights"),
         {{"uid", "uid", Type::Text},
          {"slug", "slug", Type::Text},
          {"article_title", "article_title", Type::Text},
          {"quote", "quote", Type::Text},
          {"prefix", "prefix", Type::Text},
          {"suffix", "suffix", Type::Text},
          {"heading_path", "heading_path", Type::Text},
          {"colour", "colour", Type::Text},
          {"note", "note", Type::Text},
          {"created_at", "created_at", Type::Text},
          {"updated_at", "updated_at", Type::Text}},
         QStringLiteral("created_at, id")},
        {"questions",
         QStringLiteral("questions"),
         {{"uid", "uid", Type::Text},
          {"text", "text", Type::Text},
          {"slug", "slug", Type::NullableText},
          {"source_title", "source_title", Type::Text},
          {"quote", "quote", Type::Text},
          {"position", "position", Type::Integer},
          {"done", "done", Type::Boolean},
          {"created_at", "created_at", Type::Text}},
         QStringLiteral("position, id")},
        {"history",
         QStringLiteral("visits"),
         {{"slug", "slug", Type::Text}, {"title", "title", Type::Text}, {"visited_at", "visited_at", Type::Text}},
         QStringLiteral("visited_at, id")},
        {"reading_positions",
         QStringLiteral("reading_positions"),
         {{"slug", "slug", Type::Text},
          {"heading_id", "heading_id", Type::Text},
          {"offset", "offset", Type::Real},
          {"saved_at", "saved_at", Type::Text}},
         QStringLiteral("slug")},
        {"feedback",
         QStringLiteral("feedback"),
         {{"slug", "slug", Type::Text},
          {"useful", "useful", Type::Boolean},
          {"answered_at", "answered_at", Type::Text}},
         QStringLiteral("slug")},
    };

    // One read transaction: a save cannot land between two tables.
    const bool inTransaction = db.transaction();
    QSqlQuery query(db);
    for (const Part &part : parts) {
        QJsonArray array;
        if (!readArray(query, part.from, part.columns, part.orderBy, &array)) {
            result.error = QCoreApplication::translate("Myelin::UserDataExport", "Cannot read your data file %1: %2")
                               .arg(file, query.lastError().text());
            query.finish();
            if (inTransaction) {
                db.rollback();
            }
            return result;
        }
        document.insert(QLatin1String(part.key), array);
    }
    query.finish();
    if (inTransaction) {
        db.commit();
    }
    const auto size = [&document](const char *key) { return int(document.value(QLatin1String(key)).toArray().size()); };
    result.counts.folders = size("bookmark_folders");
    result.counts.bookmarks = size("bookmarks");
    result.counts.highlights = size("highlights");
    for (const QJsonValue &h : document.value(QStringLiteral("highlights")).toArray()) {
        result.counts.notes += h.toObject().value(QStringLiteral("note")).toString().isEmpty() ? 0 : 1;
    }
    result.counts.questions = size("questions");
    result.counts.visits = size("history");
    result.counts.positions = size("reading_positions");
    result.counts.feedback = size("feedback");
    result.document = document;
    return result;
}

bool writeFile(const UserDatabase &database, const QString &path, QString *error, UserDataCounts *counts)
{
    const Result result = build(database);
    if (result.document.isEmpty()) {
        *error = result.error;
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QCoreApplication::translate("Myelin::UserDataExport", "Cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    file.write(QJsonDocument(result.document).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = QCoreApplication::translate("Myelin::UserDataExport", "Cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    if (counts != nullptr) {
        *counts = result.counts;
    }
    return true;
}

} // namespace Myelin::UserDataExport
