// SPDX-License-Identifier: GPL-3.0-or-later
#include "userdatacounts.h"

#include "userdata/userdatabase.h"

#include <QSqlQuery>
#include <QVariant>

namespace Myelin {

UserDataCounts UserDataCounts::of(const UserDatabase &database)
{
    UserDataCounts counts;
    if (!database.isOpen()) {
        return counts;
    }
    QSqlQuery query(database.connection());
    const auto count = [&query](const char *sql) {
        return query.exec(QString::fromLatin1(sql)) && query.next() ? query.value(0).toInt() : 0;
    };
    counts.folders = count("SELECT count(*) FROM bookmark_folders");
    counts.bookmarks = count("SELECT count(*) FROM bookmarks");
    counts.highlights = count("SELECT count(*) FROM highlights");
    counts.notes = count("SELECT count(*) FROM highlights WHERE note <> ''");
    counts.questions = count("SELECT count(*) FROM questions");
    counts.visits = count("SELECT count(*) FROM visits");
    counts.positions = count("SELECT count(*) FROM reading_positions");
    counts.feedback = count("SELECT count(*) FROM feedback");
    return counts;
}

} // namespace Myelin
