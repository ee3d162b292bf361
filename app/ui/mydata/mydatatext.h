// SPDX-License-Identifier: GPL-3.0-or-later
// The sentences My Data shows: what the user database holds (for the delete confirmation and the
// export's report) and what an import did, with numbers in words a tired reader can take in.
#ifndef MYELIN_UI_MYDATATEXT_H
#define MYELIN_UI_MYDATATEXT_H

#include "userdata/userdatacounts.h"
#include "userdata/userdataimport.h"

#include <QCoreApplication>
#include <QStringList>

namespace Myelin::Ui {

class MyDataText
{
    Q_DECLARE_TR_FUNCTIONS(Myelin::Ui::MyDataText)

public:
    // One line per kind the database holds, e.g. "3 bookmarks in 2 folders"; empty when it holds none.
    static QStringList holdings(const UserDataCounts &counts);
    // What an import did: added, already there, kept both, not readable; one line each that is not 0.
    static QStringList importLines(const UserDataImport::Summary &summary);
};

} // namespace Myelin::Ui

#endif // MYELIN_UI_MYDATATEXT_H
