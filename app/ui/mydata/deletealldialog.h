// SPDX-License-Identifier: GPL-3.0-or-later
// "Delete all my data?": names what will go (counted), says it cannot be undone, offers to export
// first, and asks separately whether the settings should go back to their defaults too (off unless
// ticked). Cancel is the default button and Escape; nothing is deleted here (MyDataController does it).
#ifndef MYELIN_UI_DELETEALLDIALOG_H
#define MYELIN_UI_DELETEALLDIALOG_H

#include "userdata/userdatacounts.h"

#include <QDialog>

class QCheckBox;
class QPushButton;

namespace Myelin::Ui {

class DeleteAllDialog : public QDialog
{
    Q_OBJECT

public:
    // setAsideCopies: damaged files set aside earlier, which go too.
    DeleteAllDialog(const UserDataCounts &counts, int setAsideCopies, QWidget *parent = nullptr);

    bool resetSettings() const;
    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *exportButton() const { return m_export; }
    QCheckBox *settingsBox() const { return m_settings; }

signals:
    void exportRequested(); // "Export my data first"; the dialog stays open

private:
    QCheckBox *m_settings = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_export = nullptr;
};

} // namespace Myelin::Ui

#endif // MYELIN_UI_DELETEALLDIALOG_H
