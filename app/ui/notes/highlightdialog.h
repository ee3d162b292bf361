// SPDX-License-Identifier: GPL-3.0-or-later
// The small dialog for a new highlight or its note: the passage, its colour as four large named
// buttons (one chosen at a time; the arrow keys move between them) and an optional note of any length.
#ifndef MYELIN_UI_HIGHLIGHTDIALOG_H
#define MYELIN_UI_HIGHLIGHTDIALOG_H

#include "core/theme.h"

#include <QDialog>
#include <QList>

class QAbstractButton;
class QButtonGroup;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Myelin::Ui {

class HighlightDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode
    {
        New,  // "Highlight": the colour and a note for a passage just selected
        Edit, // "Edit Note": an existing highlight's note and colour
    };

    HighlightDialog(Mode mode, const QString &quote, const QList<HighlightShade> &shades, QWidget *parent = nullptr);

    QString colour() const;
    void setColour(const QString &name);
    QString note() const;
    void setNote(const QString &note);

    QList<QPushButton *> colourButtons() const { return m_colourButtons; }
    QPlainTextEdit *noteEdit() const { return m_note; }
    QPushButton *saveButton() const;

    // The colour's name as the reader sees it ("Yellow"), for any name a highlight may hold.
    static QString colourLabel(const QString &name);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QList<QPushButton *> m_colourButtons;
    QButtonGroup *m_group;
    QPlainTextEdit *m_note;
    QDialogButtonBox *m_buttons;
};

} // namespace Myelin::Ui

#endif // MYELIN_UI_HIGHLIGHTDIALOG_H
