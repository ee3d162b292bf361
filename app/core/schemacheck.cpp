// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemacheck.h"

#include "schema.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace Myelin::Schema {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Myelin::ContentDatabase", text);
}

QStringList columnsOf(const QSqlDatabase &database, const QString &table, QString *error)
{
    QStringList columns;
    QSqlQuery query(database);
    // table_xinfo also lists the columns of virtual (FTS5) tables.
    if (!query.exec(QStringLiteral("PRAGMA table_xinfo(\"%1\")").arg(table))) {
        *error = query.lastError().text();
        return {};
    }
    while (query.next()) {
        columns << query.value(1).toString();
    }
    return columns;
}

// Table -> its columns, as this build's schema makes them (worked out once).
const QHash<QString, QStringList> &expectedColumns()
{
    static const QHash<QString, QStringList> expected = [] {
        QHash<QString, QStringList> result;
        const QString name = QStringLiteral("myelin-schema-reference");
        {
            QSqlDatabase reference = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            reference.setDatabaseName(QStringLiteral(":memory:"));
            if (reference.open()) {
                QSqlQuery query(reference);
                for (const char *statement : CreateStatements) {
                    query.exec(QLatin1String(statement));
                }
                QString ignored;
                for (const char *table : RequiredTables) {
                    result.insert(QLatin1String(table), columnsOf(reference, QLatin1String(table), &ignored));
                }
            }
            reference.close();
        }
        QSqlDatabase::removeDatabase(name);
        return result;
    }();
    return expected;
}

} // namespace

Problem problemWith(const QSqlDatabase &database)
{
    // The table list itself: on a damaged file this is where SQLite first says so.
    QSqlQuery list(database);
    if (!list.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"))) {
        return {Problem::Damaged,
                tr("the file is damaged (%1). Install the content again.").arg(list.lastError().text())};
    }
    QStringList tables;
    while (list.next()) {
        tables << list.value(0).toString();
    }
    if (list.lastError().isValid()) {
        return {Problem::Damaged,
                tr("the file is damaged (%1). Install the content again.").arg(list.lastError().text())};
    }
    for (const char *table : RequiredTables) {
        const QString name = QLatin1String(table);
        if (!tables.contains(name)) {
            return {Problem::Different, tables.isEmpty()
                                            ? tr("it holds no tables: it is not a Myelin content database.")
                                            : tr("the table \"%1\" is missing.").arg(name)};
        }
        QString error;
        const QStringList present = columnsOf(database, name, &error);
        if (!error.isEmpty()) {
            return {Problem::Damaged, tr("the file is damaged (%1). Install the content again.").arg(error)};
        }
        const QStringList wanted = expectedColumns().value(name);
        for (const QString &column : wanted) {
            if (!present.contains(column)) {
                return {Problem::Different,
                        tr("the table \"%1\" has no column \"%2\": it was made for another version of Myelin, "
                           "or it is damaged.")
                            .arg(name, column)};
            }
        }
    }
    return {};
}

} // namespace Myelin::Schema
