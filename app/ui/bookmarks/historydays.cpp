// SPDX-License-Identifier: GPL-3.0-or-later
#include "historydays.h"

#include <QCoreApplication>
#include <algorithm>

namespace Myelin::Ui {

QString historyDayLabel(const QDate &day, const QDate &today, const QLocale &locale)
{
    if (day == today) {
        return QCoreApplication::translate("Myelin::Ui::HistoryDays", "Today");
    }
    if (day == today.addDays(-1)) {
        return QCoreApplication::translate("Myelin::Ui::HistoryDays", "Yesterday");
    }
    return locale.toString(day, QLocale::LongFormat);
}

QList<HistoryDay> groupVisitsByDay(const QList<Visit> &visits, const QDate &today, const QTimeZone &zone,
                                   const QLocale &locale)
{
    QList<Visit> sorted = visits;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Visit &a, const Visit &b) {
        return a.visited != b.visited ? a.visited > b.visited : a.id > b.id;
    });
    QList<HistoryDay> days;
    for (const Visit &visit : std::as_const(sorted)) {
        const QDate day = visit.visited.toTimeZone(zone).date();
        auto found = std::find_if(days.begin(), days.end(), [&day](const HistoryDay &d) { return d.date == day; });
        if (found == days.end()) {
            days.append({day, historyDayLabel(day, today, locale), {}});
            found = days.end() - 1;
        }
        found->visits.append(visit);
    }
    std::stable_sort(days.begin(), days.end(),
                     [](const HistoryDay &a, const HistoryDay &b) { return a.date > b.date; });
    return days;
}

} // namespace Myelin::Ui
