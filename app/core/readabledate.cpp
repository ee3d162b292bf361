// SPDX-License-Identifier: GPL-3.0-or-later
#include "readabledate.h"

#include <QLocale>

namespace Myelin {

QString readableDate(const QString &isoDate)
{
    if (isoDate.size() == 10) {
        const QDate date = QDate::fromString(isoDate, Qt::ISODate);
        return date.isValid() ? readableDate(date) : isoDate;
    }
    if (isoDate.size() == 7) {
        const QDate date = QDate::fromString(isoDate + QStringLiteral("-01"), Qt::ISODate);
        return date.isValid() ? QLocale().toString(date, QStringLiteral("MMMM yyyy")) : isoDate;
    }
    return isoDate;
}

QString readableDate(const QDate &date)
{
    return QLocale().toString(date, QStringLiteral("d MMMM yyyy"));
}

} // namespace Myelin
