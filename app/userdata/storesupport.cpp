// SPDX-License-Identifier: GPL-3.0-or-later
#include "storesupport.h"

#include <QList>
#include <QVariant>

namespace Myelin::StoreSupport {

bool moveAmongSiblings(QSqlQuery &query, const QString &table, const QString &groupWhere, qint64 id, int delta)
{
    query.prepare(QStringLiteral("SELECT id FROM %1 WHERE %2 ORDER BY position, id").arg(table, groupWhere));
    query.addBindValue(id);
    if (!query.exec()) {
        return false;
    }
    QList<qint64> ids;
    while (query.next()) {
        ids.append(query.value(0).toLongLong());
    }
    const qsizetype at = ids.indexOf(id);
    const qsizetype to = at + delta;
    if (at < 0 || to < 0 || to >= ids.size()) {
        return false;
    }
    ids.move(at, to);
    for (qsizetype i = 0; i < ids.size(); ++i) {
        query.prepare(QStringLiteral("UPDATE %1 SET position = ? WHERE id = ?").arg(table));
        query.addBindValue(int(i));
        query.addBindValue(ids.at(i));
        if (!query.exec()) {
            return false;
        }
    }
    return true;
}

} // namespace Myelin::StoreSupport
