// SPDX-License-Identifier: GPL-3.0-or-later
// A message that stays until the reader closes it or does something else ("Deleted "Relapses".
// [Undo] [Close]"): not a toast that vanishes before a tired reader has read it. Its colours are the
// theme's (the page background, framed in the accent colour).
#ifndef MYELIN_UI_BOOKMARKS_MESSAGESTRIP_H
#define MYELIN_UI_BOOKMARKS_MESSAGESTRIP_H

#include <QFrame>

class QLabel;
class QPushButton;

namespace Myelin::Ui {

class ReadingStyleController;

class MessageStrip : public QFrame
{
    Q_OBJECT

public:
    MessageStrip(ReadingStyleController &style, QWidget *parent = nullptr);

    // Shows text with an Undo button (when undoable) and a Close button.
    void showMessage(const QString &text, bool undoable);
    QString text() const;
    QPushButton *undoButton() const { return m_undo; }
    QPushButton *closeButton() const { return m_close; }

signals:
    void undoRequested();

private:
    void applyTheme();

    ReadingStyleController &m_style;
    QLabel *m_label;
    QPushButton *m_undo;
    QPushButton *m_close;
};

} // namespace Myelin::Ui

#endif // MYELIN_UI_BOOKMARKS_MESSAGESTRIP_H
