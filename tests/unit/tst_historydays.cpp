// SPDX-License-Identifier: GPL-3.0-or-later
// History by day (ui/bookmarks/historydays): visits stored in UTC go under the local day they happened
// on, "Today" and "Yesterday" by name, then long dates, newest first; midnight belongs to the new day.
#include "ui/bookmarks/historydays.h"

#include <QTest>
#include <QTimeZone>

using namespace Myelin;
using Myelin::Ui::groupVisitsByDay;

namespace {

// Two hours ahead of UTC, without daylight saving: the same on every machine.
const QTimeZone Zone(2 * 3600);

Visit visitAt(qint64 id, const QString &slug, const QDate &day, const QTime &localTime)
{
    return {id, slug, slug.toUpper(), QDateTime(day, localTime, Zone).toUTC()};
}

QStringList labels(const QList<Ui::HistoryDay> &days)
{
    QStringList result;
    for (const Ui::HistoryDay &day : days) {
        result << day.label;
    }
    return result;
}

QStringList slugs(const Ui::HistoryDay &day)
{
    QStringList result;
    for (const Visit &visit : day.visits) {
        result << visit.slug;
    }
    return result;
}

} // namespace

class TestHistoryDays : public QObject
{
    Q_OBJECT

private slots:
    void todayYesterdayThenLongDatesNewestFirst()
    {
        const QDate today(2026, 3, 10);
        const QLocale english(QLocale::English, QLocale::UnitedKingdom);
        const QList<Visit> visits = {
            visitAt(1, QStringLiteral("old"), QDate(2026, 2, 27), QTime(9, 0)),
            visitAt(2, QStringLiteral("fatigue"), today, QTime(8, 15)),
            visitAt(3, QStringLiteral("relapses"), today.addDays(-1), QTime(20, 0)),
            visitAt(4, QStringLiteral("diet"), today, QTime(11, 30)),
            visitAt(5, QStringLiteral("sleep"), QDate(2026, 3, 7), QTime(12, 0)),
        };
        const auto days = groupVisitsByDay(visits, today, Zone, english);
        QCOMPARE(labels(days), QStringList({QStringLiteral("Today"), QStringLiteral("Yesterday"),
                                            english.toString(QDate(2026, 3, 7), QLocale::LongFormat),
                                            english.toString(QDate(2026, 2, 27), QLocale::LongFormat)}));
        QCOMPARE(days.at(2).label, QStringLiteral("Saturday, 7 March 2026"));
        QCOMPARE(slugs(days.at(0)), QStringList({QStringLiteral("diet"), QStringLiteral("fatigue")})); // newest first
        QCOMPARE(days.at(0).date, today);
        QCOMPARE(days.at(1).date, today.addDays(-1));
    }

    void midnightBelongsToTheNewDay_data()
    {
        QTest::addColumn<QTime>("localTime");
        QTest::addColumn<QDate>("visitDay");
        QTest::addColumn<QString>("label");
        const QDate today(2026, 3, 10);
        QTest::newRow("00:00:00 today") << QTime(0, 0) << today << QStringLiteral("Today");
        QTest::newRow("23:59:59.999 yesterday")
            << QTime(23, 59, 59, 999) << today.addDays(-1) << QStringLiteral("Yesterday");
        QTest::newRow("00:00:00 yesterday") << QTime(0, 0) << today.addDays(-1) << QStringLiteral("Yesterday");
        QTest::newRow("23:59:59.999 the day before")
            << QTime(23, 59, 59, 999) << today.addDays(-2) << QStringLiteral("Sunday, 8 March 2026");
        QTest::newRow("23:59:59.999 today") << QTime(23, 59, 59, 999) << today << QStringLiteral("Today");
    }

    void midnightBelongsToTheNewDay()
    {
        QFETCH(QTime, localTime);
        QFETCH(QDate, visitDay);
        QFETCH(QString, label);
        const QDate today(2026, 3, 10);
        const auto days = groupVisitsByDay({visitAt(1, QStringLiteral("a"), visitDay, localTime)}, today, Zone,
                                           QLocale(QLocale::English, QLocale::UnitedKingdom));
        QCOMPARE(days.size(), 1);
        QCOMPARE(days.constFirst().label, label);
        QCOMPARE(days.constFirst().date, visitDay);
    }

    void theDayIsTheLocalOneNotUtcs()
    {
        // 23:30 UTC on the 9th is 01:30 on the 10th two hours ahead: today, not yesterday.
        const Visit late{1, QStringLiteral("late"), QStringLiteral("Late"),
                         QDateTime(QDate(2026, 3, 9), QTime(23, 30), QTimeZone::utc())};
        const auto days = groupVisitsByDay({late}, QDate(2026, 3, 10), Zone);
        QCOMPARE(days.constFirst().date, QDate(2026, 3, 10));
        QCOMPARE(days.constFirst().label, QStringLiteral("Today"));
        // And the same instant in UTC is yesterday.
        QCOMPARE(groupVisitsByDay({late}, QDate(2026, 3, 10), QTimeZone::utc()).constFirst().label,
                 QStringLiteral("Yesterday"));
    }

    void aYearBoundaryAndNoVisits()
    {
        const QDate today(2026, 1, 1);
        const auto days =
            groupVisitsByDay({visitAt(1, QStringLiteral("nye"), QDate(2025, 12, 31), QTime(23, 0))}, today, Zone);
        QCOMPARE(days.constFirst().label, QStringLiteral("Yesterday"));
        QVERIFY(groupVisitsByDay({}, today, Zone).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHistoryDays)
#include "tst_historydays.moc"
