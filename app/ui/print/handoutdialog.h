// SPDX-License-Identifier: GPL-3.0-or-later
// "Make a Handout": a volunteer picks articles from a filterable list, puts them in order with Move
// up / Move down (no dragging), types the cover details and chooses the options; then prints the
// booklet or saves it as a PDF. Handouts are saved and reopened as small JSON files, and the last
// one (with the group's name and contact details) comes back next time.
#ifndef MYELIN_UI_HANDOUTDIALOG_H
#define MYELIN_UI_HANDOUTDIALOG_H

#include "export/handout.h"

#include <QDialog>

class QAbstractItemModel;
class QBoxLayout;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace Myelin {
class ContentRepository;
class Settings;
} // namespace Myelin

namespace Myelin::Ui {

class HandoutDialog : public QDialog
{
    Q_OBJECT

public:
    // tree: the article tree (MainWindow::tree()->model()); every branch is loaded for the list.
    HandoutDialog(const ContentRepository &repository, QAbstractItemModel *tree, Settings &settings,
                  QWidget *parent = nullptr);
    ~HandoutDialog() override;

    Export::Handout handout() const;
    void setHandout(const Export::Handout &handout); // unknown articles are left out, with a note
    // Offers the user's questions page (hidden until the reader has a list of questions).
    void setQuestionsAvailable(bool available);
    QCheckBox *questionsBox() const { return m_questions; }

    bool openFile(const QString &path, QString *error = nullptr);
    bool saveFile(const QString &path, QString *error = nullptr);

    // While a PDF is being made: buttons that start another are disabled and the note says so.
    void setBusy(bool busy, const QString &note = {});
    void showNote(const QString &note);
    QString note() const;
    // How many pages the handout takes, worked out in the background (pageCountRequested) a moment
    // after each change and shown before anything is printed. Ignored when handout no longer matches.
    void showPageCount(const Myelin::Export::Handout &handout, int pages);
    QString pageCountText() const;

    // The steps behind the buttons, for the keyboard and for tests.
    void addSelected();
    // Enter in the filter: adds the one article that matches, or moves to the list when several do.
    void addFilterMatch();
    void moveUp();
    void moveDown();
    void removeSelected();
    void setFilter(const QString &text);

    QLineEdit *filterBox() const { return m_filter; }
    QListWidget *availableList() const { return m_available; }
    QListWidget *chosenList() const { return m_chosen; }
    QComboBox *textSizeBox() const { return m_textSize; }

signals:
    void printRequested(const Myelin::Export::Handout &handout);
    void pdfRequested(const Myelin::Export::Handout &handout, const QString &path);
    void pageCountRequested(const Myelin::Export::Handout &handout);
    void pageCountShown(int pages);

protected:
    void done(int result) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fillAvailable(QAbstractItemModel *tree);
    void updateButtons();
    void handoutChanged(); // counts the pages again a moment later
    void requestPageCount();
    void remember();
    void askOpen();
    void askSave();
    void askPdf();
    QString startFolder() const;

    const ContentRepository &m_repository;
    Settings &m_settings;

    QLineEdit *m_title;
    QLineEdit *m_group;
    QPlainTextEdit *m_contact;
    QLineEdit *m_filter;
    QListWidget *m_available;
    QListWidget *m_chosen;
    QPushButton *m_add;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_remove;
    QCheckBox *m_cover;
    QCheckBox *m_contents;
    QCheckBox *m_glossary;
    QCheckBox *m_timeline;
    QCheckBox *m_questions;
    QComboBox *m_textSize;
    QComboBox *m_paper;
    QLabel *m_note;
    QLabel *m_pageCount;
    QTimer *m_countTimer;
    QPushButton *m_open;
    QPushButton *m_save;
    QPushButton *m_print;
    QPushButton *m_pdf;
    QPushButton *m_close;
    bool m_busy = false;
    QBoxLayout *m_columns = nullptr; // the parts side by side, or one above the other when narrow
    QBoxLayout *m_lists = nullptr;   // so are the two lists
    QWidget *m_scrollViewport = nullptr;
    QWidget *m_body = nullptr; // what scrolls
    static constexpr int TwoColumnCharacters = 70;
};

} // namespace Myelin::Ui

#endif // MYELIN_UI_HANDOUTDIALOG_H
