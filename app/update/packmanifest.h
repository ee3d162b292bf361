// SPDX-License-Identifier: GPL-3.0-or-later
// The manifest of a content pack (manifest.json, the file the pack's signature covers): which content
// it holds, for which schema, the database's size and BLAKE2b-512 hash, and the articles added,
// changed and removed since the content it was compared with. docs/content-packs.md describes it.
#ifndef MYELIN_UPDATE_PACKMANIFEST_H
#define MYELIN_UPDATE_PACKMANIFEST_H

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <optional>

namespace Myelin::Update {

struct ArticleChange
{
    QString slug;
    QString title;
    QString reviewed; // YYYY-MM-DD
    bool operator==(const ArticleChange &other) const
    {
        return slug == other.slug && title == other.title && reviewed == other.reviewed;
    }
};

// A list of articles as JSON ([{"slug", "title", "reviewed"}, ...]): in the manifest and in the
// content store's record of what an update brought. Reading takes what is there without checking it
// (the manifest checks each entry itself).
QJsonArray articlesToJson(const QList<ArticleChange> &articles);
QList<ArticleChange> articlesFromJson(const QJsonValue &value);

struct ContentChanges
{
    QList<ArticleChange> added;
    QList<ArticleChange> changed;
    QList<ArticleChange> removed;
    bool isEmpty() const { return added.isEmpty() && changed.isEmpty() && removed.isEmpty(); }
};

struct Manifest
{
    Q_DECLARE_TR_FUNCTIONS(Myelin::Update::Manifest)

public:
    static inline constexpr const char *Format = "myelin-content-pack";
    static inline constexpr int FormatVersion = 1;
    static inline constexpr int MaxBytes = 4 << 20; // far above any real manifest
    static inline constexpr int MaxArticles = 100000;

    QString title;           // the collection's title (meta title)
    QString contentVersion;  // e.g. 2026.12.1
    QString contentDate;     // newest reviewed date, YYYY-MM-DD
    QString created;         // when the pack was made, ISO 8601 UTC
    QString previousVersion; // the content the changes are counted from; empty: every article is listed as added
    int schemaVersion = 0;
    qint64 databaseSize = 0;
    QByteArray databaseHash; // BLAKE2b-512, 64 bytes
    ContentChanges changes;

    QByteArray toJson() const;
    // Strict: every field present with the right type, nothing unknown, sizes within bounds.
    static std::optional<Manifest> parse(const QByteArray &json, QString *error);
};

// Content versions are one to four numbers joined by dots (2026.11.1); compared number by number.
bool isContentVersion(const QString &version);
int compareContentVersions(const QString &a, const QString &b); // <0, 0, >0

} // namespace Myelin::Update

#endif // MYELIN_UPDATE_PACKMANIFEST_H
