// SPDX-License-Identifier: GPL-3.0-or-later
// Small pieces the personal library's stores share (not part of their interface): times are stored as
// UTC ISO 8601 text with milliseconds, ids as UUIDs without braces.
#ifndef MYELIN_USERDATA_STORESUPPORT_H
#define MYELIN_USERDATA_STORESUPPORT_H

#include <QDateTime>
#include <QSqlQuery>
#include <QString>
#include <QUuid>

namespace Myelin::StoreSupport {

inline QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

inline QString nowText()
{
    return timeText(QDateTime::currentDateTimeUtc());
}

inline QDateTime parseTime(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid()) {
        time = QDateTime::fromString(text, Qt::ISODate);
    }
    return time.toUTC();
}

// Text for a NOT NULL column: SQL binds a null QString as NULL, so it becomes "".
inline QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

inline QString newUid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// Moves row id of table delta places up (-1) or down (+1) among the rows of its group and renumbers the
// group's positions 0, 1, 2...; groupWhere is an SQL condition with one ? that is bound to id. False when
// there is no row id or no place to move to.
bool moveAmongSiblings(QSqlQuery &query, const QString &table, const QString &groupWhere, qint64 id, int delta);

} // namespace Myelin::StoreSupport

#endif // MYELIN_USERDATA_STORESUPPORT_H
