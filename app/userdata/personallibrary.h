// SPDX-License-Identifier: GPL-3.0-or-later
// The personal library's stores over one user database, made together in main.cpp and passed by
// reference to the features that show them (bookmarks, notes, questions, history).
#ifndef MYELIN_USERDATA_PERSONALLIBRARY_H
#define MYELIN_USERDATA_PERSONALLIBRARY_H

#include "userdata/bookmarkstore.h"
#include "userdata/highlightstore.h"
#include "userdata/historystore.h"
#include "userdata/questionstore.h"

namespace Myelin {

class UserDatabase;

struct PersonalLibrary
{
    explicit PersonalLibrary(UserDatabase &database)
        : database(database), bookmarks(database), highlights(database), questions(database), history(database)
    {}

    UserDatabase &database;
    BookmarkStore bookmarks;
    HighlightStore highlights;
    QuestionStore questions;
    HistoryStore history;
};

} // namespace Myelin

#endif // MYELIN_USERDATA_PERSONALLIBRARY_H
