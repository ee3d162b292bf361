// SPDX-License-Identifier: GPL-3.0-or-later
#include "packmanifest.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace Myelin::Update {

namespace {

bool isDate(const QString &text)
{
    return text.size() == 10 && QDate::fromString(text, Qt::ISODate).isValid();
}

bool isSlug(const QString &text)
{
    static const QRegularExpression slug(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    return text.size() <= 200 && slug.match(text).hasMatch();
}

// Reads one list of articles; false (with error) when anything in it is not as written by toJson().
bool readArticles(const QJsonValue &value, const QString &name, QList<ArticleChange> *out, QString *error)
{
    if (!value.isArray()) {
        *error = Manifest::tr("the list \"%1\" is missing.").arg(name);
        return false;
    }
    const QJsonArray array = value.toArray();
    if (array.size() > Manifest::MaxArticles) {
        *error = Manifest::tr("the list \"%1\" is too long.").arg(name);
        return false;
    }
    const QList<ArticleChange> articles = articlesFromJson(array);
    for (int i = 0; i < array.size(); ++i) {
        const ArticleChange &article = articles.at(i);
        if (!array.at(i).isObject() || array.at(i).toObject().size() != 3 || !isSlug(article.slug) ||
            article.title.isEmpty() || article.title.size() > 500 || !isDate(article.reviewed)) {
            *error =
                Manifest::tr("an entry of the list \"%1\" is not an article (slug, title, reviewed date).").arg(name);
            return false;
        }
    }
    out->append(articles);
    return true;
}

} // namespace

QJsonArray articlesToJson(const QList<ArticleChange> &articles)
{
    QJsonArray array;
    for (const ArticleChange &article : articles) {
        array.append(QJsonObject{{QStringLiteral("slug"), article.slug},
                                 {QStringLiteral("title"), article.title},
                                 {QStringLiteral("reviewed"), article.reviewed}});
    }
    return array;
}

QList<ArticleChange> articlesFromJson(const QJsonValue &value)
{
    QList<ArticleChange> articles;
    for (const QJsonValue &item : value.toArray()) {
        const QJsonObject object = item.toObject();
        articles.append({object.value(QLatin1String("slug")).toString(),
                         object.value(QLatin1String("title")).toString(),
                         object.value(QLatin1String("reviewed")).toString()});
    }
    return articles;
}

bool isContentVersion(const QString &version)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9]{1,9}(\\.[0-9]{1,9}){0,3}$"));
    return pattern.match(version).hasMatch();
}

int compareContentVersions(const QString &a, const QString &b)
{
    const QStringList left = a.split(QLatin1Char('.'));
    const QStringList right = b.split(QLatin1Char('.'));
    for (qsizetype i = 0; i < qMax(left.size(), right.size()); ++i) {
        const qint64 l = i < left.size() ? left.at(i).toLongLong() : 0;
        const qint64 r = i < right.size() ? right.at(i).toLongLong() : 0;
        if (l != r) {
            return l < r ? -1 : 1;
        }
    }
    return 0;
}

QByteArray Manifest::toJson() const
{
    const QJsonObject object{
        {QStringLiteral("format"), QLatin1String(Format)},
        {QStringLiteral("format_version"), FormatVersion},
        {QStringLiteral("title"), title},
        {QStringLiteral("content_version"), contentVersion},
        {QStringLiteral("content_date"), contentDate},
        {QStringLiteral("created"), created},
        {QStringLiteral("previous_version"), previousVersion},
        {QStringLiteral("schema_version"), schemaVersion},
        {QStringLiteral("database"),
         QJsonObject{{QStringLiteral("file"), QStringLiteral("content.db")},
                     {QStringLiteral("size"), databaseSize},
                     {QStringLiteral("blake2b_512"), QString::fromLatin1(databaseHash.toHex())}}},
        {QStringLiteral("added"), articlesToJson(changes.added)},
        {QStringLiteral("changed"), articlesToJson(changes.changed)},
        {QStringLiteral("removed"), articlesToJson(changes.removed)},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

std::optional<Manifest> Manifest::parse(const QByteArray &json, QString *error)
{
    if (json.size() > MaxBytes) {
        *error = tr("its manifest is too large.");
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = tr("its manifest is not valid JSON.");
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    if (object.value(QLatin1String("format")).toString() != QLatin1String(Format)) {
        *error = tr("its manifest is not a Myelin content pack manifest.");
        return std::nullopt;
    }
    const int formatVersion = object.value(QLatin1String("format_version")).toInt(-1);
    if (formatVersion != FormatVersion) {
        *error = formatVersion > FormatVersion
                     ? tr("it is a newer kind of content pack (format %1); this Myelin reads format %2. "
                          "Install a newer Myelin.")
                           .arg(formatVersion)
                           .arg(FormatVersion)
                     : tr("its manifest has an unknown format version.");
        return std::nullopt;
    }
    static const QSet<QString> known{QStringLiteral("format"),
                                     QStringLiteral("format_version"),
                                     QStringLiteral("title"),
                                     QStringLiteral("content_version"),
                                     QStringLiteral("content_date"),
                                     QStringLiteral("created"),
                                     QStringLiteral("previous_version"),
                                     QStringLiteral("schema_version"),
                                     QStringLiteral("database"),
                                     QStringLiteral("added"),
                                     QStringLiteral("changed"),
                                     QStringLiteral("removed")};
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key())) {
            *error = tr("its manifest has an unknown field \"%1\".").arg(it.key().left(40));
            return std::nullopt;
        }
    }
    Manifest manifest;
    manifest.title = object.value(QLatin1String("title")).toString();
    manifest.contentVersion = object.value(QLatin1String("content_version")).toString();
    manifest.contentDate = object.value(QLatin1String("content_date")).toString();
    manifest.created = object.value(QLatin1String("created")).toString();
    manifest.previousVersion = object.value(QLatin1String("previous_version")).toString();
    manifest.schemaVersion = object.value(QLatin1String("schema_version")).toInt(-1);
    const QJsonObject database = object.value(QLatin1String("database")).toObject();
    manifest.databaseSize = qint64(database.value(QLatin1String("size")).toDouble(-1));
    manifest.databaseHash = QByteArray::fromHex(database.value(QLatin1String("blake2b_512")).toString().toLatin1());
    if (manifest.title.isEmpty() || manifest.title.size() > 500 || !isContentVersion(manifest.contentVersion) ||
        !isDate(manifest.contentDate) || manifest.created.size() > 40 ||
        (!manifest.previousVersion.isEmpty() && !isContentVersion(manifest.previousVersion)) ||
        manifest.schemaVersion < 1 || database.size() != 3 ||
        database.value(QLatin1String("file")).toString() != QLatin1String("content.db") || manifest.databaseSize <= 0 ||
        manifest.databaseHash.size() != 64 || database.value(QLatin1String("blake2b_512")).toString().size() != 128) {
        *error = tr("its manifest is incomplete or has a field of the wrong kind.");
        return std::nullopt;
    }
    if (!readArticles(object.value(QLatin1String("added")), QStringLiteral("added"), &manifest.changes.added, error) ||
        !readArticles(object.value(QLatin1String("changed")), QStringLiteral("changed"), &manifest.changes.changed,
                      error) ||
        !readArticles(object.value(QLatin1String("removed")), QStringLiteral("removed"), &manifest.changes.removed,
                      error)) {
        return std::nullopt;
    }
    return manifest;
}

} // namespace Myelin::Update
