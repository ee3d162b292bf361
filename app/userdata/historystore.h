// SPDX-License-Identifier: GPL-3.0-or-later
// What the user read and when (history, shown by day), and where they were in each article (reading
// position), in the user database. A page read twice in one day is listed once, at its latest time.
#ifndef MYELIN_USERDATA_HISTORYSTORE_H
#define MYELIN_USERDATA_HISTORYSTORE_H

#include "userdata/librarytypes.h"

#include <QDate>
#include <QList>
#include <QObject>
#include <functional>

class QSqlQuery;

namespace Myelin {

class UserDatabase;

class HistoryStore : public QObject
{
    Q_OBJECT

public:
    explicit HistoryStore(UserDatabase &database, QObject *parent = nullptr);

    // Records a visit at `when` (UTC; now when invalid); a visit to the same page earlier on the same
    // local day is replaced.
    bool recordVisit(const QString &slug, const QString &title, const QDateTime &when = {});
    QList<Visit> visits(int limit = 2000) const; // newest first
    bool clearDay(const QDate &localDay);        // every visit on that day, in local time
    bool clearAll();

    ReadingPosition position(const QString &slug) const;
    bool savePosition(const QString &slug, const ReadingPosition &position);

signals:
    void changed(); // the history (not reading positions) changed
    // Visits are about to be cleared: whoever holds visits not yet written writes them now, so the
    // clearing removes them too (a cleared history never gains an older visit a moment later).
    void aboutToClear();

private:
    // Runs work as one transaction (UserDatabase::write) and emits changed() once it is saved.
    bool save(const std::function<bool(QSqlQuery &)> &work);
    UserDatabase &m_database;
};

} // namespace Myelin

#endif // MYELIN_USERDATA_HISTORYSTORE_H
