// SPDX-License-Identifier: GPL-3.0-or-later
// "Delete all my data": every bookmark and folder, highlight and note, question, visit in the history,
// reading position and feedback answer goes, in one transaction, with SQLite's secure_delete on (the
// deleted text is overwritten, not left in free pages) and the write-ahead log emptied afterwards, so
// none of it stays in the files. Copies set aside because they were damaged go too. The settings are
// a separate file; the window asks about them separately.
#ifndef MYELIN_USERDATA_USERDATAERASE_H
#define MYELIN_USERDATA_USERDATAERASE_H

#include <QString>
#include <QStringList>

namespace Myelin {

struct PersonalLibrary;

namespace UserDataErase {

struct Result
{
    bool ok = false;
    QString error;          // when !ok: nothing was deleted, and why
    QStringList notRemoved; // set-aside copies that could not be removed (the rows are gone)
};

Result eraseAll(PersonalLibrary &library);

} // namespace UserDataErase
} // namespace Myelin

#endif // MYELIN_USERDATA_USERDATAERASE_H
