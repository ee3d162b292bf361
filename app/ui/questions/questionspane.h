// SPDX-License-Identifier: GPL-3.0-or-later
// The Questions pane (a tab beside Contents and Glossary): the user's questions for their next
// appointment in their own order, each with a tick box and where it came from in small print; a field
// and "Add" for a typed one; Move Up / Move Down (never dragging), Edit, Delete with an Undo
// strip (and Ctrl+Z) that stays until dismissed or the next change; Open Page (also Enter); Print and
// Save as PDF. Keys in the list: Space ticks, Enter opens the page, F2 edits, Delete deletes,
// Ctrl+Up / Ctrl+Down move.
#ifndef MYELIN_UI_QUESTIONSPANE_H
#define MYELIN_UI_QUESTIONSPANE_H

#include "userdata/librarytypes.h"

#include <QUrl>
#include <QWidget>
#include <optional>

class QAction;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QStandardItemModel;

namespace Myelin {
class ContentRepository;
class QuestionStore;
} // namespace Myelin

namespace Myelin::Ui {

class QuestionsPane : public QWidget
{
    Q_OBJECT

public:
    static constexpr int IdRole = Qt::UserRole + 1;

    QuestionsPane(QuestionStore &store, const ContentRepository &repository, QWidget *parent = nullptr);

    // Print and Save as PDF run these (the print feature's, joined in main.cpp).
    void setPrintActions(QAction *print, QAction *pdf);

    qint64 currentId() const; // 0: none
    bool select(qint64 id);   // and scrolls to it
    void reload();            // from the store, keeping the current question

    // The steps behind the buttons and keys, for tests too.
    qint64 addTyped(); // the field's text; returns the new id (0: nothing added)
    void moveCurrent(int delta);
    void setCurrentDone(bool done);
    void deleteCurrent();
    void undo();
    void dismissUndo();
    void openCurrent();

    QListView *list() const { return m_list; }
    QStandardItemModel *model() const { return m_model; }
    QLineEdit *questionField() const { return m_field; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *upButton() const { return m_up; }
    QPushButton *downButton() const { return m_down; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *undoButton() const { return m_undo; }
    QWidget *undoStrip() const { return m_undoStrip; }
    QPushButton *printButton() const { return m_print; }
    QPushButton *pdfButton() const { return m_pdf; }

signals:
    void editRequested(qint64 id);
    void openRequested(const QUrl &url);
    void message(const QString &text); // for the status line

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateButtons();
    void forgetUndo(); // the next change ends the chance to undo a deletion
    void itemChanged(int row);

    QuestionStore &m_store;
    const ContentRepository &m_repository;
    QLabel *m_intro;
    QLineEdit *m_field;
    QPushButton *m_add;
    QLabel *m_empty;
    QListView *m_list;
    QStandardItemModel *m_model;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QPushButton *m_open;
    QWidget *m_undoStrip;
    QLabel *m_undoLabel;
    QPushButton *m_undo;
    QPushButton *m_dismiss;
    QPushButton *m_print;
    QPushButton *m_pdf;
    QLabel *m_printNote;
    std::optional<Question> m_removed;
    bool m_reloading = false;
};

} // namespace Myelin::Ui

#endif // MYELIN_UI_QUESTIONSPANE_H
