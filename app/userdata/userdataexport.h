// SPDX-License-Identifier: GPL-3.0-or-later
// "Export my data": everything in the user database (bookmark folders and bookmarks, highlights and
// their notes, questions, history, reading positions, feedback answers) as one JSON document. The
// format is documented field by field in docs/user-data-format.md; it carries "format" and "version" so
// an import (userdataimport.h) knows what it reads. Settings are not in it (they are a separate file).
#ifndef MYELIN_USERDATA_USERDATAEXPORT_H
#define MYELIN_USERDATA_USERDATAEXPORT_H

#include "userdata/userdatacounts.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace Myelin {

class UserDatabase;

namespace UserDataExport {

inline const QString Format = QStringLiteral("myelin-user-data");
constexpr int Version = 1; // raise it when a field changes meaning or goes; readers refuse newer versions

struct Result
{
    QJsonObject document; // empty when the database could not be read
    UserDataCounts counts;
    QString error; // for the reader, naming the file
};

// Reads everything in one read transaction (a consistent picture). exportedAt: when, for the file.
Result build(const UserDatabase &database, const QDateTime &exportedAt = QDateTime::currentDateTimeUtc());

// Writes the document to path, indented, all or nothing (QSaveFile: an old file at path stays whole
// until the new one is complete). False with error (naming the file) when it could not be written.
bool writeFile(const UserDatabase &database, const QString &path, QString *error, UserDataCounts *counts = nullptr);

} // namespace UserDataExport
} // namespace Myelin

#endif // MYELIN_USERDATA_USERDATAEXPORT_H
