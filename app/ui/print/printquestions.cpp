// SPDX-License-Identifier: GPL-3.0-or-later
// PrintController's "Questions for my next appointment": print with preview and save as PDF, on one
// page when they fit, else only after the user has said more pages are fine.
#include "printcontroller.h"
#include "ui/shell/readerhost.h"
#include "ui/shell/readingstylecontroller.h"

#include <QMessageBox>
#include <QPushButton>

namespace Myelin::Ui {

void PrintController::setQuestionSource(std::function<Export::QuestionSheet()> source)
{
    m_questionSource = source;
    m_pipeline->setQuestionSource(source);
    m_counter->setQuestionSource(source);
    if (m_handoutDialog) {
        m_handoutDialog->setQuestionsAvailable(bool(source));
    }
}

double PrintController::questionsTextPoints() const
{
    return qMax(double(Export::LargeTextPoints), textPoints());
}

void PrintController::makeQuestions(const QString &busyText,
                                    const std::function<void(const PdfPipeline::Result &)> &use)
{
    const Export::QuestionSheet sheet = m_questionSource ? m_questionSource() : Export::QuestionSheet();
    if (m_busy) {
        return;
    }
    PdfPipeline::ArticleOptions options;
    options.textPoints = questionsTextPoints();
    options.paper = paperSize();
    setBusy(true, busyText);
    m_pipeline->setReadingStyle(m_host.readingStyle().style()); // the one owner of the style
    m_pipeline->questions(
        sheet, options,
        [this, use, count = sheet.items.size(), points = options.textPoints](const PdfPipeline::Result &result) {
            setBusy(false);
            if (result.pdf.isEmpty() || result.pages <= 1) {
                use(result);
                return;
            }
            auto *box = new QMessageBox(
                QMessageBox::Question, tr("Your questions take %1").arg(Export::ExportText::pages(result.pages)),
                tr("Your %1 questions do not fit on one page at this text size (%2 pt). "
                   "They take %3.")
                    .arg(count)
                    .arg(QString::number(points, 'g', 3), Export::ExportText::pages(result.pages)),
                QMessageBox::NoButton, m_host.window());
            box->setObjectName(QStringLiteral("questionsPagesBox"));
            box->setInformativeText(
                tr("You can go on with %1, or cancel and tick off or delete some questions, or make "
                   "the text smaller (ticked questions are left out).")
                    .arg(Export::ExportText::pages(result.pages)));
            QPushButton *more =
                box->addButton(tr("Use %1").arg(Export::ExportText::pages(result.pages)), QMessageBox::AcceptRole);
            more->setAccessibleName(more->text());
            QPushButton *cancel = box->addButton(QMessageBox::Cancel);
            box->setDefaultButton(more);
            box->setEscapeButton(cancel);
            box->setAttribute(Qt::WA_DeleteOnClose);
            connect(box, &QMessageBox::finished, this, [box, more, use, result] {
                if (box->clickedButton() == more) {
                    use(result);
                }
            });
            box->open(); // window-modal, without blocking (tests keep running)
            emit questionsAsked(box);
        });
}

void PrintController::printQuestions()
{
    const Export::PaperSize paper = paperSize();
    makeQuestions(tr("Preparing your questions for printing\u2026"), [this, paper](const PdfPipeline::Result &result) {
        if (result.pdf.isEmpty()) {
            emit printFailed(result.error);
            report(tr("Cannot print your questions"), result.error);
            return;
        }
        showPreview(result, paper);
    });
}

void PrintController::saveQuestionsPdf()
{
    const QString path =
        askSavePath(tr("Save My Questions as PDF"), tr("my-questions"), tr("PDF files (*.pdf)"), QStringLiteral("pdf"));
    if (!path.isEmpty()) {
        exportQuestionsPdf(path);
    }
}

void PrintController::exportQuestionsPdf(const QString &path)
{
    if (m_busy) {
        emit pdfSaved(path, false, tr("Another PDF is being made; try again in a moment."));
        return;
    }
    makeQuestions(tr("Making the PDF of your questions\u2026"),
                  [this, path](const PdfPipeline::Result &result) { savePdf(result, path); });
}

} // namespace Myelin::Ui
