// SPDX-License-Identifier: GPL-3.0-or-later
// File > My Data: "Export My Data…" (a JSON file, docs/user-data-format.md), "Import My Data…" (a
// merge that never overwrites; a summary says what was added and skipped) and "Delete All My Data…"
// (a confirmation naming what will go, and asking separately about the settings). At start-up it tells
// the reader, once, when their data file could not be read and was set aside (UserDatabase::notice), or
// when it cannot be opened at all (through the window's save-problem report).
#ifndef MYELIN_UI_MYDATACONTROLLER_H
#define MYELIN_UI_MYDATACONTROLLER_H

#include "ui/mydata/deletealldialog.h"
#include "userdata/userdataimport.h"

#include <QMessageBox>
#include <QObject>
#include <QPointer>

class QAction;
class QMenu;

namespace Myelin {
struct PersonalLibrary;
}

namespace Myelin::Ui {

class ReaderHost;

class MyDataController : public QObject
{
    Q_OBJECT

public:
    MyDataController(ReaderHost &host, PersonalLibrary &library);

    QMenu *menu() const { return m_menu; }
    QAction *exportAction() const { return m_export; }
    QAction *importAction() const { return m_import; }
    QAction *deleteAction() const { return m_delete; }

    // The work behind the actions once a file is chosen; each shows its result in a message box.
    bool exportTo(const QString &path);
    UserDataImport::Summary importFrom(const QString &path);
    // Deletes every item (and resets the settings when asked); shows what happened.
    bool deleteAll(bool resetSettings);

    // The last message box shown (result, notice), for tests; null once closed.
    QMessageBox *lastMessage() const { return m_lastMessage; }
    DeleteAllDialog *deleteDialog() const { return m_deleteDialog; }

public slots:
    void exportData();       // asks where, then exportTo()
    void importData();       // asks which file, then importFrom()
    void confirmDeleteAll(); // the confirmation, then deleteAll()

private:
    void tell(const QString &title, const QString &text, const QString &name, bool problem);
    void announceStartup();

    ReaderHost &m_host;
    PersonalLibrary &m_library;
    QMenu *m_menu = nullptr;
    QAction *m_export = nullptr;
    QAction *m_import = nullptr;
    QAction *m_delete = nullptr;
    QPointer<QMessageBox> m_lastMessage;
    QPointer<DeleteAllDialog> m_deleteDialog;
};

} // namespace Myelin::Ui

#endif // MYELIN_UI_MYDATACONTROLLER_H
