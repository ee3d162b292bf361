// SPDX-License-Identifier: GPL-3.0-or-later
// Help > About Myelin: the versions (application, content, Qt), the licences, the third-party
// components and where to report a problem. The same facts as `myelin --version` (core/versioninfo).
#ifndef MYELIN_UI_ABOUTDIALOG_H
#define MYELIN_UI_ABOUTDIALOG_H

#include "core/versioninfo.h"

#include <QDialog>

class QAction;
class QPushButton;

namespace Myelin::Ui {

class ReaderHost;

class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(const VersionInfo &info, QWidget *parent = nullptr);

    // Adds "About Myelin" to the Help menu; it opens the dialog for the reader's content.
    static QAction *addToHelpMenu(ReaderHost &host);

private:
    void copyIssueAddress();

    QPushButton *m_copyButton = nullptr;
};

} // namespace Myelin::Ui

#endif // MYELIN_UI_ABOUTDIALOG_H
