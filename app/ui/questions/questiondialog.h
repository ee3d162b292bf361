// SPDX-License-Identifier: GPL-3.0-or-later
// A small window to write or change one question: the text (prefilled, all selected so typing
// replaces it), where it came from in small print, Save and Cancel. Enter saves; Shift+Enter starts a
// new line.
#ifndef MYELIN_UI_QUESTIONDIALOG_H
#define MYELIN_UI_QUESTIONDIALOG_H

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Myelin::Ui {

class QuestionDialog : public QDialog
{
    Q_OBJECT

public:
    // title: the window's title; source: where the question comes from (may be empty).
    QuestionDialog(const QString &title, const QString &text, const QString &source, QWidget *parent = nullptr);

    QString text() const;
    void setText(const QString &text);
    QPlainTextEdit *editor() const { return m_editor; }
    QPushButton *saveButton() const { return m_save; }
    QLabel *sourceLabel() const { return m_source; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPlainTextEdit *m_editor;
    QLabel *m_source;
    QPushButton *m_save;
};

} // namespace Myelin::Ui

#endif // MYELIN_UI_QUESTIONDIALOG_H
