// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfpipeline.h"

#include "core/articlerenderer.h"
#include "core/contentrepository.h"
#include "core/contenturl.h"
#include "core/logging.h"
#include "export/pdfcomposer.h"
#include "export/printhtml.h"
#include "pdfrenderer.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <algorithm>

Q_LOGGING_CATEGORY(lcPipeline, "myelin.ui.pdfpipeline", QtInfoMsg)

namespace Myelin::Ui {

using Export::PlanPart;

struct PdfPipeline::Job
{
    Export::DocumentPlan plan;
    QList<QString> html;    // per part; the contents part is made once the others are printed
    QList<QByteArray> pdfs; // per part
    int outstanding = 0;
    int contentsGuess = 0; // pages the contents were assumed to take when numbering
    int contentsRenders = 0;
    bool failed = false;
    Export::PrintHtml printHtml{Export::StandardTextPoints};
    QPageLayout layout;
    Export::FooterStyle footer;
    Export::PdfInfo info;
    Callback done;
    QElapsedTimer clock;
};

namespace {

constexpr double Millimetre = 72.0 / 25.4;

QPageSize pageSizeFor(Export::PaperSize paper)
{
    return QPageSize(paper == Export::PaperSize::Letter ? QPageSize::Letter : QPageSize::A4);
}

QString joined(const QStringList &parts)
{
    QStringList nonEmpty;
    for (const QString &part : parts) {
        if (!part.trimmed().isEmpty()) {
            nonEmpty << part.trimmed();
        }
    }
    return nonEmpty.join(QStringLiteral("  \u00b7  "));
}

} // namespace

PdfPipeline::PdfPipeline(const ContentRepository &repository, QObject *parent)
    : QObject(parent), m_repository(repository), m_renderer(new PdfRenderer(repository, this))
{}

PdfPipeline::~PdfPipeline() = default;

Export::FooterStyle PdfPipeline::footerStyle(double textPoints, bool savePaper)
{
    Export::FooterStyle style;
    style.pointSize = textPoints >= Export::LargeTextPoints ? 12 : 10;
    style.sideMargin = 18 * Millimetre;
    style.bottomMargin = 10 * Millimetre;
    if (savePaper) {
        // Still clear of the edge most printers cannot reach (about 5 mm), and even on both sides, so
        // the pages can be printed on both sides of the paper.
        style.pointSize = 9;
        style.sideMargin = 13 * Millimetre;
        style.bottomMargin = 8 * Millimetre;
        style.mirrored = true;
    }
    return style;
}

QPageLayout PdfPipeline::pageLayout(Export::PaperSize paper, const Export::FooterStyle &footer, bool savePaper)
{
    const double top = (savePaper ? 11 : 16) * Millimetre;
    return QPageLayout(pageSizeFor(paper), QPageLayout::Portrait,
                       QMarginsF(footer.sideMargin, top, footer.sideMargin, footer.reservedHeight()),
                       QPageLayout::Point);
}

QStringList PdfPipeline::unknownArticles(const QStringList &slugs) const
{
    QStringList unknown;
    for (const QString &slug : slugs) {
        if (!m_repository.hasArticle(slug)) {
            unknown << slug;
        }
    }
    return unknown;
}

QString PdfPipeline::collectionName() const
{
    const QString title = m_repository.meta(QStringLiteral("title"));
    const QString version = m_repository.meta(QStringLiteral("content_version"));
    return version.isEmpty() ? title : tr("%1, version %2").arg(title, version);
}

std::shared_ptr<PdfPipeline::Job> PdfPipeline::startJob(double textPoints, Export::PaperSize paper, Callback done,
                                                        bool savePaper)
{
    auto job = std::make_shared<Job>();
    job->done = std::move(done);
    job->printHtml = Export::PrintHtml(textPoints);
    job->printHtml.setReadingStyle(m_readingStyle);
    job->footer = footerStyle(textPoints, savePaper);
    job->layout = pageLayout(paper, job->footer, savePaper);
    ++m_running;
    return job;
}

void PdfPipeline::articles(const QStringList &slugs, const ArticleOptions &options, Callback done)
{
    const auto job = startJob(options.textPoints, options.paper, std::move(done));
    if (slugs.isEmpty()) {
        fail(job, tr("No article was chosen."));
        return;
    }
    for (const QString &slug : slugs) {
        const auto article = m_repository.article(slug);
        if (!article) {
            fail(job, tr("There is no article called \"%1\".").arg(slug));
            return;
        }
        PlanPart part;
        part.kind = PlanPart::Kind::Article;
        part.title = article->title;
        part.slug = slug;
        part.details = joined({Export::ExportText::productName(), Export::ExportText::reviewed(article->reviewed),
                               Export::ExportText::printed(options.printed)});
        job->plan.add(part);
        job->html << job->printHtml.article(*article);
    }
    job->info.title = slugs.size() == 1 ? job->plan.parts().first().title : tr("Articles from Myelin");
    job->info.subject = collectionName();
    run(job);
}

bool PdfPipeline::canPrint(const QUrl &url) const
{
    const auto parts = ContentUrl::parse(url);
    if (!parts) {
        return false;
    }
    switch (parts->kind) {
    case ContentUrl::Kind::Article:
        return m_repository.hasArticle(parts->id);
    case ContentUrl::Kind::Glossary:
        return m_repository.glossaryTerm(parts->id).has_value();
    case ContentUrl::Kind::Timeline:
    case ContentUrl::Kind::Quotes:
        return true;
    default:
        return false;
    }
}

void PdfPipeline::page(const QUrl &url, const ArticleOptions &options, Callback done)
{
    const auto parts = ContentUrl::parse(url);
    if (parts && parts->kind == ContentUrl::Kind::Article) {
        articles({parts->id}, options, std::move(done));
        return;
    }
    const auto job = startJob(options.textPoints, options.paper, std::move(done));
    if (!canPrint(url)) {
        fail(job, tr("This page cannot be printed."));
        return;
    }
    PlanPart part;
    part.details = joined({Export::ExportText::productName(), Export::ExportText::printed(options.printed)});
    if (parts->kind == ContentUrl::Kind::Glossary) {
        const auto term = m_repository.glossaryTerm(parts->id);
        QString articleTitle;
        if (const auto article = m_repository.article(term->articleSlug); article && !term->articleSlug.isEmpty()) {
            articleTitle = article->title;
        }
        part.kind = PlanPart::Kind::Glossary;
        part.title = tr("Glossary: %1").arg(term->term);
        job->html << job->printHtml.glossaryTerm(*term, articleTitle);
    } else if (parts->kind == ContentUrl::Kind::Timeline) {
        part.kind = PlanPart::Kind::Timeline;
        part.title =
            parts->id.isEmpty() ? tr("Timeline") : tr("Timeline: %1").arg(ArticleRenderer::topicLabel(parts->id));
        // An empty (not null) topic: every event. (A null QString binds as SQL NULL and matches nothing.)
        job->html << job->printHtml.timeline(
            m_repository.timeline(parts->id.isNull() ? QStringLiteral("") : parts->id));
    } else {
        part.kind = PlanPart::Kind::Timeline; // numbered and footed like the timeline
        part.title = tr("Quotes");
        job->html << job->printHtml.quotes(m_repository.quotes());
    }
    job->plan.add(part);
    job->info.title = part.title;
    job->info.subject = collectionName();
    run(job);
}

void PdfPipeline::handout(const Export::Handout &handout, Callback done, const QDate &printed)
{
    const auto job = startJob(handout.textPoints, handout.paper, std::move(done), handout.savePaper);
    if (handout.articles.isEmpty()) {
        fail(job, tr("The handout has no articles. Add at least one."));
        return;
    }
    const QStringList unknown = unknownArticles(handout.articles);
    if (!unknown.isEmpty()) {
        fail(job,
             tr("There is no article called \"%1\" in this collection.").arg(unknown.join(QStringLiteral("\", \""))));
        return;
    }
    const QString title = handout.title.trimmed().isEmpty() ? tr("Information about MS") : handout.title.trimmed();
    const QString group = handout.group.trimmed();
    const QString product = Export::ExportText::productName();
    const QString printedText = Export::ExportText::printed(printed);

    if (handout.cover) {
        job->plan.add({PlanPart::Kind::Cover, title, {}, {}, 0});
        job->html << job->printHtml.cover(handout, collectionName(), printed);
    }
    if (handout.contents) {
        job->plan.add({PlanPart::Kind::Contents, tr("Contents"), joined({product, printedText}), {}, 0});
        job->html << QString(); // made once the other parts have page numbers
    }
    QStringList termIds;
    for (const QString &slug : handout.articles) {
        const auto article = m_repository.article(slug);
        PlanPart part;
        part.kind = PlanPart::Kind::Article;
        part.title = article->title;
        part.slug = slug;
        part.details = joined({product, Export::ExportText::reviewed(article->reviewed), printedText});
        job->plan.add(part);
        job->html << job->printHtml.article(*article);
        for (const QString &id : Export::PrintHtml::glossaryTermsIn(article->html)) {
            if (!termIds.contains(id)) {
                termIds << id;
            }
        }
    }
    if (handout.glossary) {
        QList<GlossaryTerm> terms;
        for (const QString &id : termIds) {
            if (const auto term = m_repository.glossaryTerm(id)) {
                terms << *term;
            }
        }
        std::sort(terms.begin(), terms.end(), [](const GlossaryTerm &a, const GlossaryTerm &b) {
            return QString::localeAwareCompare(a.term, b.term) < 0;
        });
        if (!terms.isEmpty()) {
            job->plan.add({PlanPart::Kind::Glossary, tr("Glossary"), joined({product, printedText}), {}, 0});
            job->html << job->printHtml.glossary(terms);
        }
    }
    if (handout.timeline) {
        job->plan.add({PlanPart::Kind::Timeline, tr("Timeline"), joined({product, printedText}), {}, 0});
        // An empty (not null) topic: every event. (A null QString binds as SQL NULL and matches nothing.)
        job->html << job->printHtml.timeline(m_repository.timeline(QStringLiteral("")));
    }
    if (handout.questions && m_questionSource) {
        const Export::QuestionSheet sheet = m_questionSource();
        if (!sheet.isEmpty()) {
            job->plan.add(
                {PlanPart::Kind::Questions, Export::QuestionSheet::title(), joined({product, printedText}), {}, 0});
            job->html << sheet.html(job->printHtml, printed);
        }
    }
    job->info.title = title;
    job->info.subject = joined({group, collectionName()});
    run(job);
}

void PdfPipeline::questions(const Export::QuestionSheet &sheet, const ArticleOptions &options, Callback done)
{
    const auto job = startJob(options.textPoints, options.paper, std::move(done));
    if (sheet.isEmpty()) {
        fail(job, tr("There are no questions to print."));
        return;
    }
    job->plan.add({PlanPart::Kind::Questions,
                   Export::QuestionSheet::title(),
                   joined({Export::ExportText::productName(), Export::ExportText::printed(options.printed)}),
                   {},
                   0});
    job->html << sheet.html(job->printHtml, options.printed);
    job->info.title = Export::QuestionSheet::title();
    job->info.subject = collectionName();
    run(job);
}

void PdfPipeline::run(const std::shared_ptr<Job> &job)
{
    job->clock.start();
    job->pdfs.resize(job->html.size());
    for (int i = 0; i < job->html.size(); ++i) {
        if (job->plan.parts().at(i).kind != PlanPart::Kind::Contents) {
            ++job->outstanding;
        }
    }
    for (int i = 0; i < job->html.size(); ++i) {
        if (job->plan.parts().at(i).kind != PlanPart::Kind::Contents) {
            renderPart(job, i);
        }
    }
}

void PdfPipeline::renderPart(const std::shared_ptr<Job> &job, int index)
{
    m_renderer->render(job->html.at(index), job->layout,
                       [this, job, index](const QByteArray &pdf) { partDone(job, index, pdf); });
}

void PdfPipeline::partDone(const std::shared_ptr<Job> &job, int index, const QByteArray &pdf)
{
    if (job->failed) {
        return;
    }
    PlanPart &part = job->plan.parts()[index];
    QString reason;
    const int pages = pdf.isEmpty() ? -1 : Export::PdfComposer::pageCount(pdf, &reason);
    if (pages <= 0) {
        MYELIN_WARNING(lcPipeline) << "part" << part.title << "was not printed:" << reason;
        fail(job, tr("\"%1\" could not be printed.").arg(part.title));
        return;
    }
    job->pdfs[index] = pdf;
    part.pages = pages;
    if (part.kind == PlanPart::Kind::Contents) {
        renderContents(job); // checks the guess and finishes
        return;
    }
    if (--job->outstanding == 0) {
        renderContents(job);
    }
}

void PdfPipeline::renderContents(const std::shared_ptr<Job> &job)
{
    const int index = job->plan.indexOf(PlanPart::Kind::Contents);
    if (index < 0) {
        compose(job);
        return;
    }
    PlanPart &contents = job->plan.parts()[index];
    const bool printed = !job->pdfs.at(index).isEmpty();
    if (printed && contents.pages == job->contentsGuess) {
        compose(job); // the page numbers were worked out with the right number of contents pages
        return;
    }
    if (++job->contentsRenders > 3) {
        fail(job, tr("The contents page could not be laid out."));
        return;
    }
    // Guess how many pages the contents take (1 at first, then what it really took), number the
    // other parts from that, and print it.
    const int guess = printed ? contents.pages : 1;
    job->contentsGuess = guess;
    contents.pages = guess;
    QList<Export::PrintHtml::ContentsEntry> entries;
    for (int i : job->plan.contentsParts()) {
        entries << Export::PrintHtml::ContentsEntry{job->plan.parts().at(i).title, job->plan.startPage(i)};
    }
    job->html[index] = job->printHtml.contents(entries);
    job->pdfs[index].clear();
    renderPart(job, index);
}

void PdfPipeline::compose(const std::shared_ptr<Job> &job)
{
    MYELIN_DEBUG(lcPipeline) << "parts printed after" << job->clock.elapsed() << "ms";
    Export::PdfComposer::Input input;
    input.parts = job->pdfs;
    input.footers = job->plan.footers();
    input.footerStyle = job->footer;
    input.outline = job->plan.outline();
    input.info = job->info;
    QString reason;
    Result result;
    result.pdf = Export::PdfComposer::compose(input, &reason);
    if (result.pdf.isEmpty()) {
        fail(job, tr("The PDF could not be put together: %1").arg(reason));
        return;
    }
    result.title = job->info.title;
    result.pages = job->plan.totalPages();
    result.parts = job->plan.parts();
    MYELIN_DEBUG(lcPipeline) << "made" << result.pages << "pages in" << job->clock.elapsed() << "ms";
    --m_running;
    if (job->done) {
        job->done(result);
    }
}

void PdfPipeline::fail(const std::shared_ptr<Job> &job, const QString &message)
{
    if (job->failed) {
        return;
    }
    job->failed = true;
    --m_running;
    Result result;
    result.error = message;
    if (job->done) {
        job->done(result);
    }
}

} // namespace Myelin::Ui
