// SPDX-License-Identifier: GPL-3.0-or-later
#include "readabledate.h"

#include <QCoreApplication>
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
        return date.isValid()
                   ? QLocale().toString(date, QCoreApplication::translate("Myelin::ReadableDate", "MMMM yyyy",
                                                                          "The format of a month and year (QLocale)"))
                   : isoDate;
    }
    return isoDate;
}

QString readableDate(const QDate &date)
{
    // The order and punctuation of a date differ by language ("3. März 2025"): each translation says.
    return QLocale().toString(
        date, QCoreApplication::translate("Myelin::ReadableDate", "d MMMM yyyy",
                                          "The format of a full date (QLocale): day, month name, year"));
}

} // namespace Myelin
