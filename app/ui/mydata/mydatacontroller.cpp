// SPDX-License-Identifier: GPL-3.0-or-later
#include "mydatacontroller.h"

#include "deletealldialog.h"
#include "mydatatext.h"
#include "ui/shell/readerhost.h"
#include "ui/shell/readingstylecontroller.h"
#include "userdata/personallibrary.h"
#include "userdata/settings.h"
#include "userdata/userdatabase.h"
#include "userdata/userdatacounts.h"
#include "userdata/userdataerase.h"
#include "userdata/userdataexport.h"
#include "userdata/userdataproblem.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTimer>

namespace Myelin::Ui {

namespace {
// Quit: by its shortcut, or (on a platform without a standard Quit key) the File menu's last item, as
// the window makes it.
QAction *quitAction(QMenu *menu)
{
    for (QAction *action : menu->actions()) {
        if (!action->shortcuts().isEmpty() && action->shortcuts().contains(QKeySequence(QKeySequence::Quit))) {
            return action;
        }
    }
    return menu->actions().isEmpty() ? nullptr : menu->actions().constLast();
}

QString bulleted(const QStringList &lines)
{
    return QStringLiteral("\u2022 ") + lines.join(QStringLiteral("\n\u2022 "));
}
} // namespace

MyDataController::MyDataController(ReaderHost &host, PersonalLibrary &library)
    : QObject(&host), m_host(host), m_library(library)
{
    QMenu *file = m_host.menu(ReaderHost::Menu::File);
    m_menu = new QMenu(tr("My &Data"), file);
    m_menu->setObjectName(QStringLiteral("myDataMenu"));
    m_export = m_menu->addAction(tr("&Export My Data\u2026"), this, &MyDataController::exportData);
    m_export->setStatusTip(tr("Save your bookmarks, notes, questions and history in one file, to keep or to move "
                              "to another computer"));
    m_import = m_menu->addAction(tr("&Import My Data\u2026"), this, &MyDataController::importData);
    m_import->setStatusTip(tr("Add the bookmarks, notes, questions and history from an exported file; nothing of "
                              "yours is overwritten"));
    m_menu->addSeparator();
    m_delete = m_menu->addAction(tr("&Delete All My Data\u2026"), this, &MyDataController::confirmDeleteAll);
    m_delete->setStatusTip(tr("Delete your bookmarks, notes, questions, history and answers from this computer"));
    QAction *before = quitAction(file);
    file->insertMenu(before, m_menu);
    file->insertSeparator(before);

    // After the window is up: the message belongs in front of it.
    QTimer::singleShot(0, this, &MyDataController::announceStartup);
}

void MyDataController::announceStartup()
{
    const UserDatabase &database = m_library.database;
    if (!database.notice().isEmpty()) {
        tell(tr("Your data file was damaged"), database.notice(), QStringLiteral("myDataNotice"), true);
        m_host.showStatus(tr("A new data file was started; the damaged one was kept aside."), 20000);
    } else if (!database.isOpen()) {
        m_host.reportSaveProblem(database.errorMessage()); // bookmarks, notes and questions cannot be kept
    }
}

void MyDataController::tell(const QString &title, const QString &text, const QString &name, bool problem)
{
    auto *box = new QMessageBox(problem ? QMessageBox::Warning : QMessageBox::Information, title, text, QMessageBox::Ok,
                                m_host.window());
    box->setObjectName(name);
    box->setAccessibleName(title);
    box->setAccessibleDescription(text);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open(); // window-modal, without blocking
    m_lastMessage = box;
}

void MyDataController::exportData()
{
    QString folder = m_host.settings().exportFolder();
    if (folder.isEmpty() || !QDir(folder).exists()) {
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    }
    const QString name = tr("Myelin data %1").arg(QDate::currentDate().toString(Qt::ISODate));
    QString path =
        QFileDialog::getSaveFileName(m_host.window(), tr("Export My Data"),
                                     QDir(folder).filePath(name + QStringLiteral(".json")), tr("Myelin data (*.json)"));
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += QStringLiteral(".json");
    }
    m_host.settings().setExportFolder(QFileInfo(path).absolutePath());
    exportTo(path);
}

bool MyDataController::exportTo(const QString &path)
{
    QString error;
    UserDataCounts counts;
    if (!UserDataExport::writeFile(m_library.database, path, &error, &counts)) {
        tell(tr("Your data was not exported"), error, QStringLiteral("myDataResult"), true);
        return false;
    }
    const QStringList holdings = MyDataText::holdings(counts);
    QString text = tr("Your data is saved in %1.").arg(QDir::toNativeSeparators(path));
    text += QStringLiteral("\n\n") + (holdings.isEmpty() ? tr("There was nothing to export yet.")
                                                         : tr("It holds:") + QLatin1Char('\n') + bulleted(holdings));
    text += QStringLiteral("\n\n") + tr("Keep it somewhere safe: your notes are in it as plain text. To bring them "
                                        "back, or onto another computer, choose File > My Data > Import My Data.");
    tell(tr("Your data is exported"), text, QStringLiteral("myDataResult"), false);
    m_host.showStatus(tr("Your data is exported to %1").arg(QDir::toNativeSeparators(path)), 10000);
    return true;
}

void MyDataController::importData()
{
    QString folder = m_host.settings().exportFolder();
    if (folder.isEmpty() || !QDir(folder).exists()) {
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    }
    const QString path = QFileDialog::getOpenFileName(m_host.window(), tr("Import My Data"), folder,
                                                      tr("Myelin data (*.json);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    m_host.settings().setExportFolder(QFileInfo(path).absolutePath());
    importFrom(path);
}

UserDataImport::Summary MyDataController::importFrom(const QString &path)
{
    const UserDataImport::Summary summary = UserDataImport::importFile(m_library, path);
    if (!summary.ok) {
        tell(tr("Nothing was imported"), summary.error, QStringLiteral("myDataResult"), true);
        return summary;
    }
    const QString text = tr("From %1:").arg(QDir::toNativeSeparators(path)) + QLatin1Char('\n') +
                         bulleted(MyDataText::importLines(summary));
    tell(tr("Import finished"), text, QStringLiteral("myDataResult"), false);
    return summary;
}

void MyDataController::confirmDeleteAll()
{
    if (m_deleteDialog != nullptr && m_deleteDialog->isVisible()) {
        m_deleteDialog->raise();
        return;
    }
    const int setAside = int(UserDataProblem::setAsideFiles(m_library.database.path()).size());
    auto *dialog = new DeleteAllDialog(UserDataCounts::of(m_library.database), setAside, m_host.window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DeleteAllDialog::exportRequested, this, &MyDataController::exportData);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { deleteAll(dialog->resetSettings()); });
    m_deleteDialog = dialog;
    dialog->open();
}

bool MyDataController::deleteAll(bool resetSettings)
{
    const UserDataErase::Result result = UserDataErase::eraseAll(m_library);
    if (!result.ok) {
        tell(tr("Your data was not deleted"), result.error, QStringLiteral("myDataResult"), true);
        return false;
    }
    QString text = tr("Your bookmarks, notes, questions, history and answers are deleted from this computer.");
    if (!result.notRemoved.isEmpty()) {
        text += QStringLiteral("\n\n") + tr("These set-aside copies could not be removed; delete them yourself:") +
                QLatin1Char('\n') + bulleted(result.notRemoved);
    }
    if (resetSettings) {
        Settings &settings = m_host.settings();
        for (Settings::Key key : Settings::allKeys()) {
            settings.reset(key);
        }
        m_host.readingStyle().setStyle(ReadingStyle()); // the one owner of the style applies the defaults
        text += QStringLiteral("\n\n") + (m_host.saveSettings()
                                              ? tr("Your settings are back as they were when Myelin was installed.")
                                              : tr("Your settings are back to the defaults for now, but could not be "
                                                   "saved."));
    }
    tell(tr("Your data is deleted"), text, QStringLiteral("myDataResult"), false);
    m_host.showStatus(tr("Your data is deleted."), 10000);
    return true;
}

} // namespace Myelin::Ui
