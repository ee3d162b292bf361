// SPDX-License-Identifier: GPL-3.0-or-later
// "Import my data": merges an export (userdataexport.h, docs/user-data-format.md) into the user
// database without ever overwriting. Each item is matched by its uid (bookmark folders, bookmarks,
// highlights, questions) or by its page and time (history) or page (reading positions, feedback):
// - not there: added;
// - there and the same in its words (see docs/user-data-format.md for what is compared): skipped;
// - there with different words: both kept. The imported one is added beside the user's own under a
//   uid made from its uid and its words (copyUid), so importing the same file again finds it there.
// So importing a file twice adds nothing the second time. It all happens in one transaction: a file
// that cannot be read, or a save that fails, changes nothing. Items in the file that cannot be read are
// counted and skipped.
#ifndef MYELIN_USERDATA_USERDATAIMPORT_H
#define MYELIN_USERDATA_USERDATAIMPORT_H

#include <QByteArray>
#include <QString>

namespace Myelin {

struct PersonalLibrary;

namespace UserDataImport {

struct Tally
{
    int added = 0;
    int alreadyThere = 0; // the same item was already there: skipped
    int keptBoth = 0;     // an item with the same uid but other words was there: both kept
    int unreadable = 0;   // not read: a field missing or of the wrong type
};

struct Summary
{
    bool ok = false;
    QString error; // when !ok: why nothing was imported, for the reader
    Tally folders, bookmarks, highlights, questions, visits, positions, feedback;

    int added() const;
    int alreadyThere() const;
    int keptBoth() const;
    int unreadable() const;
};

// The largest file read (a user's own data is far smaller; anything bigger is not an export).
constexpr qint64 MaximumFileSize = 256 * 1024 * 1024;

Summary importDocument(PersonalLibrary &library, const QByteArray &json);
Summary importFile(PersonalLibrary &library, const QString &path);

// The uid an imported item is saved under when the user already has an item with its uid and other
// words: a name-based UUID (version 5) of the uid and the words, so the same import gives the same uid.
QString copyUid(const QString &uid, const QStringList &words);

} // namespace UserDataImport
} // namespace Myelin

#endif // MYELIN_USERDATA_USERDATAIMPORT_H
