// SPDX-License-Identifier: GPL-3.0-or-later
// Questions for my next appointment: "Add to My Questions…" in the article's right-click menu (on a
// selection, a heading, or a glossary term's link; also on a glossary term's page), the Questions
// pane, and the commands to print them or save them as a PDF (the printing itself is the print
// feature's: main.cpp joins printRequested / pdfRequested to it and gives it sheet()).
#ifndef MYELIN_UI_QUESTIONSCONTROLLER_H
#define MYELIN_UI_QUESTIONSCONTROLLER_H

#include "export/questionsheet.h"
#include "questiondialog.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class QAction;

namespace Myelin {
class QuestionStore;
}

namespace Myelin::Ui {

class DeferredPane;
class QuestionsPane;
class ReaderHost;
struct ArticleSelection;

class QuestionsController : public QObject
{
    Q_OBJECT

public:
    QuestionsController(ReaderHost &host, QuestionStore &store);

    QuestionsPane *pane() const;                     // the Questions side pane, made when first shown or asked for
    QAction *addAction() const { return m_add; }     // in the article's menu
    QAction *showAction() const { return m_show; }   // Go > My Questions
    QAction *printAction() const { return m_print; } // File > Print My Questions…
    QAction *pdfAction() const { return m_pdf; }     // File > Save My Questions as PDF…
    QuestionDialog *dialog() const { return m_dialog; }

    // The questions to print: the ones not ticked off, in the user's order.
    Export::QuestionSheet sheet() const;

    // Shows the pane with this question chosen (a search result).
    void showQuestion(qint64 id);
    // What "Add to My Questions…" does: reads the selection, heading or term and opens the dialog.
    void addFromArticle();
    // Opens the dialog for a new question (prefilled) or to edit one; saved when the user accepts.
    QuestionDialog *askNew(const QString &text, const QString &slug, const QString &sourceTitle, const QString &quote);
    QuestionDialog *askEdit(qint64 id);

signals:
    void printRequested();
    void pdfRequested();
    void dialogOpened(Myelin::Ui::QuestionDialog *dialog);

private:
    void attachToArticleView();
    void askFromSelection(const ArticleSelection &selection);
    QuestionDialog *openDialog(QuestionDialog *dialog);
    QWidget *makePane();

    ReaderHost &m_host;
    QuestionStore &m_store;
    DeferredPane *m_pane; // the Questions pane, made when first shown
    QAction *m_add;
    QAction *m_show;
    QAction *m_print;
    QAction *m_pdf;
    QUrl m_menuLink;    // the link under the pointer when the article's menu opened
    QString m_menuTerm; // the term whose menu was opened in the Glossary pane
    QPointer<QuestionDialog> m_dialog;
};

} // namespace Myelin::Ui

#endif // MYELIN_UI_QUESTIONSCONTROLLER_H
