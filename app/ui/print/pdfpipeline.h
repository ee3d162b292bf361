// SPDX-License-Identifier: GPL-3.0-or-later
// The one road from articles to paper, shared by Print, Export as PDF, the handout builder and the
// command line, so what the preview shows is exactly the file that is saved:
//   1. export/PrintHtml makes one HTML document per part (cover, contents, each article, glossary,
//      timeline) with the print stylesheet and the chosen text size;
//   2. PdfRenderer prints each part with Chromium, two at a time;
//   3. the page count of each part (qpdf) gives the real page numbers for the contents page, which
//      is printed last (again if it did not fit the pages it was guessed to take);
//   4. export/PdfComposer joins the parts, lays the footer with page numbers over every page, and
//      adds bookmarks and the document title.
#ifndef MYELIN_UI_PDFPIPELINE_H
#define MYELIN_UI_PDFPIPELINE_H

#include "core/readingstyle.h"
#include "export/documentplan.h"
#include "export/exportformat.h"
#include "export/handout.h"
#include "export/questionsheet.h"

#include <QCoreApplication>
#include <QDate>
#include <QObject>
#include <QPageLayout>
#include <QUrl>
#include <functional>
#include <memory>

namespace Myelin {
class ContentRepository;
}

namespace Myelin::Ui {

class PdfRenderer;

class PdfPipeline : public QObject
{
    Q_OBJECT

public:
    explicit PdfPipeline(const ContentRepository &repository, QObject *parent = nullptr);
    ~PdfPipeline() override;

    struct Result
    {
        QByteArray pdf; // empty on failure
        QString error;  // a sentence for the user when pdf is empty
        QString title;  // the document's title
        int pages = 0;
        QList<Export::PlanPart> parts; // with their page counts
    };
    using Callback = std::function<void(const Result &result)>;

    struct ArticleOptions
    {
        double textPoints = Export::StandardTextPoints;
        Export::PaperSize paper = Export::PaperSize::A4;
        QDate printed = QDate::currentDate();
    };

    // One or more articles, one after another, each starting on a new page.
    void articles(const QStringList &slugs, const ArticleOptions &options, Callback done);
    // A page of the reader as it shows it: an article, a glossary term, the timeline (of one topic or
    // all) or the quotes, with the same footer as an article (title; Myelin, dates).
    void page(const QUrl &url, const ArticleOptions &options, Callback done);
    // Whether page() can print this address.
    bool canPrint(const QUrl &url) const;
    void handout(const Export::Handout &handout, Callback done, const QDate &printed = QDate::currentDate());
    // "Questions for my next appointment": one part, with the footer's title and the date.
    void questions(const Export::QuestionSheet &sheet, const ArticleOptions &options, Callback done);
    // Where a handout that asks for the user's questions (Handout::questions) gets them; without one
    // (the command line) that page is left out, as it is when the list is empty.
    void setQuestionSource(std::function<Export::QuestionSheet()> source) { m_questionSource = std::move(source); }

    // Slugs that are not in the collection (checked before any work starts).
    QStringList unknownArticles(const QStringList &slugs) const;
    bool isBusy() const { return m_running > 0; }

    // savePaper: narrow margins and a small footer, page numbers on the outer edge (double-sided).
    static Export::FooterStyle footerStyle(double textPoints, bool savePaper = false);
    // Spacing, line length and font of the reader's comfort settings, applied to every printout.
    void setReadingStyle(const ReadingStyle &style) { m_readingStyle = style; }
    static QPageLayout pageLayout(Export::PaperSize paper, const Export::FooterStyle &footer, bool savePaper = false);

private:
    struct Job;
    // A new job with the page set-up for this text size and paper; counts as running until it ends.
    std::shared_ptr<Job> startJob(double textPoints, Export::PaperSize paper, Callback done, bool savePaper = false);
    void run(const std::shared_ptr<Job> &job);
    void renderPart(const std::shared_ptr<Job> &job, int index);
    void partDone(const std::shared_ptr<Job> &job, int index, const QByteArray &pdf);
    void renderContents(const std::shared_ptr<Job> &job);
    void compose(const std::shared_ptr<Job> &job);
    void fail(const std::shared_ptr<Job> &job, const QString &message);
    QString collectionName() const;

    const ContentRepository &m_repository;
    ReadingStyle m_readingStyle;
    std::function<Export::QuestionSheet()> m_questionSource;
    PdfRenderer *m_renderer;
    int m_running = 0;
};

} // namespace Myelin::Ui

#endif // MYELIN_UI_PDFPIPELINE_H
