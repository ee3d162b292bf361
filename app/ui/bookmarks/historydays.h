// SPDX-License-Identifier: GPL-3.0-or-later
// History by day: visits (stored in UTC) put under the local day they happened on, newest day first,
// each day named "Today", "Yesterday" or by its long date in the reader's language.
#ifndef MYELIN_UI_BOOKMARKS_HISTORYDAYS_H
#define MYELIN_UI_BOOKMARKS_HISTORYDAYS_H

#include "userdata/librarytypes.h"

#include <QDate>
#include <QList>
#include <QLocale>
#include <QString>
#include <QTimeZone>

namespace Myelin::Ui {

struct HistoryDay
{
    QDate date;          // in zone
    QString label;       // "Today", "Yesterday", or the long date
    QList<Visit> visits; // newest first
};

// today is the current date in zone (passed in, so tests fix it). Days newest first.
QList<HistoryDay> groupVisitsByDay(const QList<Visit> &visits, const QDate &today, const QTimeZone &zone,
                                   const QLocale &locale = QLocale());

QString historyDayLabel(const QDate &day, const QDate &today, const QLocale &locale = QLocale());

} // namespace Myelin::Ui

#endif // MYELIN_UI_BOOKMARKS_HISTORYDAYS_H
