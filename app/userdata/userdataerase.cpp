// SPDX-License-Identifier: GPL-3.0-or-later
#include "userdataerase.h"

#include "core/logging.h"
#include "userdata/personallibrary.h"
#include "userdata/userdatabase.h"
#include "userdata/userdataproblem.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

Q_LOGGING_CATEGORY(lcUserDataErase, "myelin.userdata.erase")

namespace Myelin::UserDataErase {

Result eraseAll(PersonalLibrary &library)
{
    Result result;
    UserDatabase &database = library.database;
    if (!database.isOpen()) {
        result.error = database.errorMessage();
        return result;
    }
    QSqlQuery pragma(database.connection());
    if (!pragma.exec(QStringLiteral("PRAGMA secure_delete = ON"))) {
        MYELIN_WARNING(lcUserDataErase) << "secure_delete:" << pragma.lastError().text();
    }
    pragma.finish();
    QStringList highlightSlugs; // each article whose highlights go is told, as when one is removed
    const bool saved = database.write([&highlightSlugs](QSqlQuery &q) {
        highlightSlugs.clear();
        if (!q.exec(QStringLiteral("SELECT DISTINCT slug FROM highlights ORDER BY slug"))) {
            return false;
        }
        while (q.next()) {
            highlightSlugs.append(q.value(0).toString());
        }
        // Children before parents (bookmarks refer to folders).
        for (const char *table :
             {"bookmarks", "bookmark_folders", "highlights", "questions", "visits", "reading_positions", "feedback"}) {
            if (!q.exec(QStringLiteral("DELETE FROM %1").arg(QLatin1String(table)))) {
                return false;
            }
        }
        return true;
    });
    if (!saved) {
        result.error = QCoreApplication::translate("Myelin::UserDataErase", "Nothing was deleted. %1")
                           .arg(database.errorMessage());
        return result;
    }
    // The log still holds the old pages until they are copied back and it is emptied.
    if (!pragma.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"))) {
        MYELIN_WARNING(lcUserDataErase) << "wal_checkpoint:" << pragma.lastError().text();
    }
    pragma.finish();
    for (const QString &file : UserDataProblem::setAsideFiles(database.path())) {
        const QFileInfo info(file);
        const bool removed = info.isDir() && !info.isSymLink() ? QDir(file).removeRecursively() : QFile::remove(file);
        if (!removed) {
            result.notRemoved.append(QDir::toNativeSeparators(file));
        }
    }
    result.ok = true;
    emit library.bookmarks.changed();
    for (const QString &slug : std::as_const(highlightSlugs)) {
        emit library.highlights.changed(slug);
    }
    emit library.questions.changed();
    emit library.history.changed();
    return result;
}

} // namespace Myelin::UserDataErase
