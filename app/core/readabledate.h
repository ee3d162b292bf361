// SPDX-License-Identifier: GPL-3.0-or-later
// Dates as readers see them, shared by the pages, exports and printouts.
#ifndef MYELIN_CORE_READABLEDATE_H
#define MYELIN_CORE_READABLEDATE_H

#include <QDate>
#include <QString>

namespace Myelin {

// "2012-05-10" -> "10 May 2012", "2009-04" -> "April 2009", "2013" -> "2013"; other text unchanged.
QString readableDate(const QString &isoDate);
QString readableDate(const QDate &date);

} // namespace Myelin

#endif // MYELIN_CORE_READABLEDATE_H
