// SPDX-License-Identifier: GPL-3.0-or-later
// Checks an opened content database against the schema (schema.h), table by table and column by
// column, and says in plain words what is wrong. The expected columns come from running the schema's
// own CREATE statements in memory, so schema.h stays the one description.
#ifndef MYELIN_CORE_SCHEMACHECK_H
#define MYELIN_CORE_SCHEMACHECK_H

#include <QString>

class QSqlDatabase;

namespace Myelin::Schema {

struct Problem
{
    enum Kind
    {
        None,
        Damaged,   // SQLite cannot read the file's own tables
        Different, // a table or column the schema needs is not there
    };
    Kind kind = None;
    QString message; // a translated sentence naming the first problem
};

// Whether every table of RequiredTables is there with every column the schema gives it.
Problem problemWith(const QSqlDatabase &database);

} // namespace Myelin::Schema

#endif // MYELIN_CORE_SCHEMACHECK_H
