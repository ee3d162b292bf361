// SPDX-License-Identifier: GPL-3.0-or-later
// Writes validated, rendered content into a new SQLite database following core/schema.h. The
// output is deterministic: rows are written in sorted order and no time stamps are stored.
#ifndef MYELIN_COMPILER_DATABASEWRITER_H
#define MYELIN_COMPILER_DATABASEWRITER_H

#include "contentmodel.h"

#include <QHash>
#include <QString>

namespace Myelin::Compiler {

// Sorts the content the way it is stored: articles and glossary by slug, timeline by date then
// title, quotes by date then who, images by name. Ids are positions (from 1) in this order.
void sortContent(Content &content);
// The row id of every timeline event that has an id ("zamboni-essay" -> 1), in sorted content.
QHash<QString, qint64> timelineRowIds(const Content &content);

// Creates path (which must not exist) and writes the sorted content. On failure returns false and
// sets error; the caller removes the file.
bool writeDatabase(const Content &content, const QString &path, QString *error);

} // namespace Myelin::Compiler

#endif // MYELIN_COMPILER_DATABASEWRITER_H
