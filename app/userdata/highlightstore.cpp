// SPDX-License-Identifier: GPL-3.0-or-later
#include "highlightstore.h"

#include "userdata/storesupport.h"
#include "userdata/userdatabase.h"

#include <QSqlQuery>
#include <QVariant>

namespace Myelin {

namespace {
const QString Columns = QStringLiteral("id, uid, slug, article_title, quote, prefix, suffix, heading_path, colour, "
                                       "note, created_at, updated_at");

Highlight highlightFromRow(const QSqlQuery &query)
{
    Highlight h;
    h.id = query.value(0).toLongLong();
    h.uid = query.value(1).toString();
    h.slug = query.value(2).toString();
    h.articleTitle = query.value(3).toString();
    h.quote = query.value(4).toString();
    h.prefix = query.value(5).toString();
    h.suffix = query.value(6).toString();
    h.headingPath = query.value(7).toString();
    h.colour = query.value(8).toString();
    h.note = query.value(9).toString();
    h.created = StoreSupport::parseTime(query.value(10).toString());
    h.updated = StoreSupport::parseTime(query.value(11).toString());
    return h;
}

bool insertHighlight(QSqlQuery &query, const Highlight &h)
{
    query.prepare(
        QStringLiteral("INSERT INTO highlights(%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(Columns));
    query.addBindValue(h.id > 0 ? QVariant(h.id) : QVariant(QMetaType(QMetaType::LongLong)));
    query.addBindValue(h.uid);
    query.addBindValue(StoreSupport::text(h.slug));
    query.addBindValue(StoreSupport::text(h.articleTitle));
    query.addBindValue(StoreSupport::text(h.quote));
    query.addBindValue(StoreSupport::text(h.prefix));
    query.addBindValue(StoreSupport::text(h.suffix));
    query.addBindValue(StoreSupport::text(h.headingPath));
    query.addBindValue(StoreSupport::text(h.colour));
    query.addBindValue(StoreSupport::text(h.note));
    query.addBindValue(StoreSupport::timeText(h.created));
    query.addBindValue(StoreSupport::timeText(h.updated));
    return query.exec();
}
} // namespace

HighlightStore::HighlightStore(UserDatabase &database, QObject *parent) : QObject(parent), m_database(database) {}

QList<Highlight> HighlightStore::highlights() const
{
    QList<Highlight> result;
    QSqlQuery query(m_database.connection());
    if (query.exec(
            QStringLiteral("SELECT %1 FROM highlights ORDER BY article_title COLLATE NOCASE, slug, created_at, id")
                .arg(Columns))) {
        while (query.next()) {
            result.append(highlightFromRow(query));
        }
    }
    return result;
}

QList<Highlight> HighlightStore::highlightsOf(const QString &slug) const
{
    QList<Highlight> result;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM highlights WHERE slug = ? ORDER BY created_at, id").arg(Columns));
    query.addBindValue(slug);
    if (query.exec()) {
        while (query.next()) {
            result.append(highlightFromRow(query));
        }
    }
    return result;
}

bool HighlightStore::hasHighlights(const QString &slug) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT 1 FROM highlights WHERE slug = ? LIMIT 1"));
    query.addBindValue(slug);
    return query.exec() && query.next();
}

std::optional<Highlight> HighlightStore::highlight(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM highlights WHERE id = ?").arg(Columns));
    query.addBindValue(id);
    if (query.exec() && query.next()) {
        return highlightFromRow(query);
    }
    return std::nullopt;
}

qint64 HighlightStore::addHighlight(const Highlight &highlight)
{
    Highlight h = highlight;
    h.id = 0;
    h.uid = StoreSupport::newUid();
    h.created = h.updated = QDateTime::currentDateTimeUtc();
    if (h.colour.isEmpty()) {
        h.colour = HighlightColour::Yellow;
    }
    qint64 id = 0;
    const bool saved = m_database.write([&](QSqlQuery &query) {
        if (!insertHighlight(query, h)) {
            return false;
        }
        id = query.lastInsertId().toLongLong();
        return true;
    });
    if (!saved) {
        return 0;
    }
    emit changed(h.slug);
    return id;
}

bool HighlightStore::update(qint64 id, const QString &column, const QString &value)
{
    QString slug;
    const bool saved = m_database.write([&](QSqlQuery &query) {
        query.prepare(QStringLiteral("UPDATE highlights SET %1 = ?, updated_at = ? WHERE id = ?").arg(column));
        query.addBindValue(value);
        query.addBindValue(StoreSupport::nowText());
        query.addBindValue(id);
        if (!query.exec() || query.numRowsAffected() != 1) {
            return false;
        }
        query.prepare(QStringLiteral("SELECT slug FROM highlights WHERE id = ?"));
        query.addBindValue(id);
        if (!query.exec() || !query.next()) {
            return false;
        }
        slug = query.value(0).toString();
        return true;
    });
    if (saved) {
        emit changed(slug);
    }
    return saved;
}

bool HighlightStore::setNote(qint64 id, const QString &note)
{
    return update(id, QStringLiteral("note"), note.trimmed());
}

bool HighlightStore::setColour(qint64 id, const QString &colour)
{
    return update(id, QStringLiteral("colour"), colour);
}

std::optional<Highlight> HighlightStore::removeHighlight(qint64 id)
{
    std::optional<Highlight> removed;
    const bool saved = m_database.write([&](QSqlQuery &query) {
        query.prepare(QStringLiteral("SELECT %1 FROM highlights WHERE id = ?").arg(Columns));
        query.addBindValue(id);
        if (!query.exec() || !query.next()) {
            return false;
        }
        removed = highlightFromRow(query);
        query.prepare(QStringLiteral("DELETE FROM highlights WHERE id = ?"));
        query.addBindValue(id);
        return query.exec();
    });
    if (!saved) {
        return std::nullopt;
    }
    emit changed(removed->slug);
    return removed;
}

bool HighlightStore::restoreHighlight(const Highlight &highlight)
{
    const bool saved = m_database.write([&](QSqlQuery &query) { return insertHighlight(query, highlight); });
    if (saved) {
        emit changed(highlight.slug);
    }
    return saved;
}

} // namespace Myelin
