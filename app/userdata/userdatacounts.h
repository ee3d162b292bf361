// SPDX-License-Identifier: GPL-3.0-or-later
// How many of each kind of item the user database holds: for the "Delete all my data" confirmation,
// which names what will go, and for the export's report.
#ifndef MYELIN_USERDATA_USERDATACOUNTS_H
#define MYELIN_USERDATA_USERDATACOUNTS_H

namespace Myelin {

class UserDatabase;

struct UserDataCounts
{
    int folders = 0;
    int bookmarks = 0;
    int highlights = 0; // with or without a note
    int notes = 0;      // highlights that have a note
    int questions = 0;
    int visits = 0;
    int positions = 0;
    int feedback = 0;

    int total() const { return folders + bookmarks + highlights + questions + visits + positions + feedback; }
    bool isEmpty() const { return total() == 0; }

    // Zero for each kind when the database is not open or cannot be read.
    static UserDataCounts of(const UserDatabase &database);
};

} // namespace Myelin

#endif // MYELIN_USERDATA_USERDATACOUNTS_H
