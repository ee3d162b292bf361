// SPDX-License-Identifier: GPL-3.0-or-later
// Content packs for the update tests: copies of the mini collection with another content version (and
// an article added, changed or removed), signed with a key made for the test.
#ifndef MYELIN_TESTS_PACKTESTKIT_H
#define MYELIN_TESTS_PACKTESTKIT_H

#include "core/schema.h"
#include "update/contentdiff.h"
#include "update/minisign.h"
#include "update/packfile.h"
#include "update/packmanifest.h"
#include "update/trustedkeys.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <functional>

namespace Myelin::Test {

// A writable copy of the mini collection as content version `version`; `edit` may change it with SQL.
inline QString contentCopy(const QString &path, const QString &version,
                           const std::function<void(QSqlQuery &)> &edit = {})
{
    QFile::remove(path);
    if (!QFile::copy(QStringLiteral(MYELIN_MINI_DB), path)) {
        return {};
    }
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    const QString name = QStringLiteral("packtestkit-") + path;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.open();
        QSqlQuery query(db);
        query.prepare(QStringLiteral("UPDATE meta SET value = ? WHERE key = 'content_version'"));
        query.addBindValue(version);
        query.exec();
        if (edit) {
            edit(query);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return path;
}

struct PackParts
{
    Update::Manifest manifest;
    QByteArray manifestJson;  // when set, used instead of manifest.toJson()
    QByteArray signatureText; // when set, used instead of signing
};

// Signs and writes a pack of database (whose content version is read from it) with key.
inline bool writePack(const QString &out, const QString &database, const Update::SecretKey &key,
                      const std::function<void(PackParts &)> &tweak = {}, const QString &previous = {})
{
    PackParts parts;
    Update::Manifest &manifest = parts.manifest;
    const QString name = QStringLiteral("packtestkit-read-") + database;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(database);
        db.open();
        QSqlQuery query(db);
        auto meta = [&query](const char *key) {
            query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
            query.addBindValue(QString::fromLatin1(key));
            query.exec();
            return query.next() ? query.value(0).toString() : QString();
        };
        manifest.title = meta(Schema::MetaTitle);
        manifest.contentVersion = meta(Schema::MetaContentVersion);
        manifest.contentDate = meta(Schema::MetaContentDate);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    manifest.schemaVersion = Schema::Version;
    manifest.created = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    manifest.databaseSize = QFileInfo(database).size();
    manifest.databaseHash = Update::blake2b512OfFile(database);
    QString error;
    if (!previous.isEmpty()) {
        manifest.previousVersion = QStringLiteral("1.2.3");
        Update::compareContent(previous, database, &manifest.changes, &error);
    }
    if (tweak) {
        tweak(parts);
    }
    const QByteArray json = parts.manifestJson.isEmpty() ? manifest.toJson() : parts.manifestJson;
    const QByteArray signature = parts.signatureText.isEmpty()
                                     ? Update::Minisign::sign(key, json, "timestamp:1\tfile:manifest.json").fileText()
                                     : parts.signatureText;
    return Update::PackFile::write(out, json, signature, database, &error);
}

inline Update::TrustedKeys keysWith(const Update::SecretKey &key, bool revoked = false)
{
    Update::TrustedKeys keys;
    keys.add({QStringLiteral("Test key"), key.publicKey(), revoked});
    return keys;
}

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

inline void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    file.open(QIODevice::WriteOnly | QIODevice::Truncate);
    file.write(bytes);
}

} // namespace Myelin::Test

#endif // MYELIN_TESTS_PACKTESTKIT_H
