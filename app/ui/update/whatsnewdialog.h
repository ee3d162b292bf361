// SPDX-License-Identifier: GPL-3.0-or-later
// What's New: after a content update, the articles it added, changed and removed, with their titles
// and reviewed dates; a new or changed article's title is a link that opens it.
#ifndef MYELIN_UI_WHATSNEWDIALOG_H
#define MYELIN_UI_WHATSNEWDIALOG_H

#include "update/contentstore.h"

#include <QDialog>

class QTextBrowser;

namespace Myelin::Ui {

class WhatsNewDialog : public QDialog
{
    Q_OBJECT

public:
    WhatsNewDialog(const Update::ContentStore::WhatsNew &news, QWidget *parent = nullptr);

    QTextBrowser *page() const { return m_page; }
    static QString html(const Update::ContentStore::WhatsNew &news);

signals:
    void articleRequested(const QString &slug);

private:
    QTextBrowser *m_page;
};

} // namespace Myelin::Ui

#endif // MYELIN_UI_WHATSNEWDIALOG_H
