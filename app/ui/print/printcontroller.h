// SPDX-License-Identifier: GPL-3.0-or-later
// Print, Export and Make a Handout in the main window: File > Print… (Ctrl+P, and a toolbar button),
// File > Export > As PDF / HTML / Plain Text, File > Paper Size, File > Make a Handout…. Printing and
// PDF export go through the same PdfPipeline, so the preview shows exactly the file that is saved.
#ifndef MYELIN_UI_PRINTCONTROLLER_H
#define MYELIN_UI_PRINTCONTROLLER_H

#include "export/exportformat.h"
#include "export/handout.h"
#include "handoutdialog.h"
#include "pdfpipeline.h"

#include <QObject>
#include <QPointer>
#include <QPrintPreviewDialog>
#include <memory>
#include <optional>

class QAction;
class QActionGroup;
class QMenu;
class QMessageBox;
class QPrinter;

namespace Myelin::Ui {

class ReaderHost;

class PrintController : public QObject
{
    Q_OBJECT

public:
    explicit PrintController(ReaderHost &host);
    ~PrintController() override;

    QAction *printAction() const { return m_print; }
    QAction *exportPdfAction() const { return m_exportPdf; }
    QAction *exportHtmlAction() const { return m_exportHtml; }
    QAction *exportTextAction() const { return m_exportText; }
    QAction *handoutAction() const { return m_handout; }
    QMenu *exportMenu() const { return m_exportMenu; }

    Export::PaperSize paperSize() const;
    void setPaperSize(Export::PaperSize paper);
    // The open article's text size, in points, as it will be printed.
    double textPoints() const;

    // The steps behind the commands, without file dialogs (also for tests).
    void printCurrent();                               // makes the pages, then opens the preview
    void printHandout(const Export::Handout &handout); // the same for a handout
    void exportPdf(const QString &path);               // finishes with pdfSaved
    void exportHandoutPdf(const Export::Handout &handout, const QString &path);
    bool exportHtml(const QString &path, QString *error = nullptr);
    bool exportText(const QString &path, QString *error = nullptr);
    HandoutDialog *openHandoutBuilder();

    // "Questions for my next appointment" (printquestions.cpp): one page in large print (the reader's
    // text size, at least 16 pt); when the questions take more, the user is asked first (questionsAsked).
    // The source also gives a handout its questions page.
    void setQuestionSource(std::function<Export::QuestionSheet()> source);
    void printQuestions();
    void saveQuestionsPdf(); // asks where, then exportQuestionsPdf
    void exportQuestionsPdf(const QString &path);
    double questionsTextPoints() const;

    QPrintPreviewDialog *previewDialog() const { return m_preview; }
    HandoutDialog *handoutDialog() const { return m_handoutDialog; }
    PdfPipeline *pipeline() const { return m_pipeline; }

signals:
    void previewOpened(QPrintPreviewDialog *dialog);
    void pdfSaved(const QString &path, bool ok, const QString &message);
    void printFailed(const QString &message);
    // The questions take more than one page: box asks whether to go on (accepted) or not.
    void questionsAsked(QMessageBox *box);

private:
    void createActions();
    void updateActions();
    // The address of the page shown, when it can be printed (article, glossary term, timeline,
    // quotes); empty otherwise.
    QUrl shownPage() const;
    QString pageFileName() const; // a file name for it, without the suffix
    void setBusy(bool busy, const QString &message = {});
    void showPreview(const PdfPipeline::Result &result, Export::PaperSize paper);
    void savePdf(const PdfPipeline::Result &result, const QString &path);
    void countPages(const Export::Handout &handout); // for the handout builder, in the background
    void report(const QString &title, const QString &message);
    // Makes the questions page; when it takes more than one page, asks before calling use.
    void makeQuestions(const QString &busyText, const std::function<void(const PdfPipeline::Result &)> &use);
    QString askSavePath(const QString &title, const QString &name, const QString &filter, const QString &suffix);

    ReaderHost &m_host;
    PdfPipeline *m_pipeline;
    PdfPipeline *m_counter; // the handout builder's page count: never in the way of printing
    bool m_counting = false;
    std::optional<Export::Handout> m_countNext;
    QAction *m_print = nullptr;
    QAction *m_exportPdf = nullptr;
    QAction *m_exportHtml = nullptr;
    QAction *m_exportText = nullptr;
    QAction *m_handout = nullptr;
    QMenu *m_exportMenu = nullptr;
    QMenu *m_paperMenu = nullptr;
    QActionGroup *m_paperGroup = nullptr;
    std::unique_ptr<QPrinter> m_printer;
    QPointer<QPrintPreviewDialog> m_preview;
    QPointer<HandoutDialog> m_handoutDialog;
    QByteArray m_previewPdf;
    bool m_busy = false;
    std::function<Export::QuestionSheet()> m_questionSource;
};

} // namespace Myelin::Ui

#endif // MYELIN_UI_PRINTCONTROLLER_H
