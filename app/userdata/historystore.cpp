// SPDX-License-Identifier: GPL-3.0-or-later
#include "historystore.h"

#include "userdata/storesupport.h"
#include "userdata/userdatabase.h"

#include <QSqlQuery>
#include <QVariant>

namespace Myelin {

namespace {
// The UTC times at which the local day starts and the next one starts, as stored text.
struct DayRange
{
    QString from;
    QString to;
};
DayRange dayRange(const QDate &localDay)
{
    return {StoreSupport::timeText(localDay.startOfDay()), StoreSupport::timeText(localDay.addDays(1).startOfDay())};
}
} // namespace

HistoryStore::HistoryStore(UserDatabase &database, QObject *parent) : QObject(parent), m_database(database) {}

bool HistoryStore::recordVisit(const QString &slug, const QString &title, const QDateTime &when)
{
    const QDateTime time = when.isValid() ? when.toUTC() : QDateTime::currentDateTimeUtc();
    const DayRange day = dayRange(time.toLocalTime().date());
    return save([&](QSqlQuery &query) {
        query.prepare(QStringLiteral("DELETE FROM visits WHERE slug = ? AND visited_at >= ? AND visited_at < ?"));
        query.addBindValue(StoreSupport::text(slug));
        query.addBindValue(day.from);
        query.addBindValue(day.to);
        if (!query.exec()) {
            return false;
        }
        query.prepare(QStringLiteral("INSERT INTO visits(slug, title, visited_at) VALUES (?, ?, ?)"));
        query.addBindValue(StoreSupport::text(slug));
        query.addBindValue(StoreSupport::text(title));
        query.addBindValue(StoreSupport::timeText(time));
        return query.exec();
    });
}

QList<Visit> HistoryStore::visits(int limit) const
{
    QList<Visit> result;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id, slug, title, visited_at FROM visits ORDER BY visited_at DESC, id DESC "
                                 "LIMIT ?"));
    query.addBindValue(limit);
    if (query.exec()) {
        while (query.next()) {
            result.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                           StoreSupport::parseTime(query.value(3).toString())});
        }
    }
    return result;
}

bool HistoryStore::clearDay(const QDate &localDay)
{
    emit aboutToClear();
    const DayRange day = dayRange(localDay);
    return save([&](QSqlQuery &query) {
        query.prepare(QStringLiteral("DELETE FROM visits WHERE visited_at >= ? AND visited_at < ?"));
        query.addBindValue(day.from);
        query.addBindValue(day.to);
        return query.exec();
    });
}

bool HistoryStore::clearAll()
{
    emit aboutToClear();
    return save([](QSqlQuery &query) { return query.exec(QStringLiteral("DELETE FROM visits")); });
}

ReadingPosition HistoryStore::position(const QString &slug) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT heading_id, offset FROM reading_positions WHERE slug = ?"));
    query.addBindValue(StoreSupport::text(slug));
    if (query.exec() && query.next()) {
        return {query.value(0).toString(), qBound(0.0, query.value(1).toDouble(), 1.0), true};
    }
    return {};
}

bool HistoryStore::savePosition(const QString &slug, const ReadingPosition &position)
{
    return m_database.write([&](QSqlQuery &query) {
        query.prepare(QStringLiteral("INSERT OR REPLACE INTO reading_positions(slug, heading_id, offset, saved_at) "
                                     "VALUES (?, ?, ?, ?)"));
        query.addBindValue(StoreSupport::text(slug));
        query.addBindValue(StoreSupport::text(position.headingId));
        query.addBindValue(qBound(0.0, position.offset, 1.0));
        query.addBindValue(StoreSupport::nowText());
        return query.exec();
    });
}

bool HistoryStore::save(const std::function<bool(QSqlQuery &)> &work)
{
    if (!m_database.write(work)) {
        return false;
    }
    emit changed();
    return true;
}

} // namespace Myelin
