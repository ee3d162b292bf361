// SPDX-License-Identifier: GPL-3.0-or-later
#include "printcontroller.h"

#include "contentcss.h"
#include "core/contentrepository.h"
#include "core/contenturl.h"
#include "core/navtreemodel.h"
#include "core/readingstyle.h"
#include "core/theme.h"
#include "export/plaintextexport.h"
#include "export/safefilename.h"
#include "export/selfcontainedhtml.h"
#include "handoutdialog.h"
#include "pdfpagepainter.h"
#include "ui/shell/articleview.h"
#include "ui/shell/readerhost.h"
#include "ui/shell/readingstylecontroller.h"
#include "ui/shell/styleglyphs.h"
#include "userdata/settings.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QMenu>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QScreen>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>

namespace Myelin::Ui {

namespace {

constexpr int TargetSize = 44;

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error != nullptr) {
            *error = PrintController::tr("%1 could not be saved: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        }
        return false;
    }
    return true;
}

// The main window's Quit command: everything of ours goes just above it.
QAction *quitAction(QMenu *menu)
{
    for (QAction *action : menu->actions()) {
        if (action->shortcuts().contains(QKeySequence(QKeySequence::Quit))) {
            return action;
        }
    }
    return nullptr;
}

} // namespace

PrintController::PrintController(ReaderHost &host)
    : QObject(&host), m_host(host), m_pipeline(new PdfPipeline(host.repository(), this)),
      m_counter(new PdfPipeline(host.repository(), this))
{
    setObjectName(QStringLiteral("printController"));
    createActions();
    connect(&host, &ReaderHost::articleShown, this, &PrintController::updateActions);
    connect(m_host.articleView(), &ArticleView::urlChanged, this, &PrintController::updateActions);
    updateActions();
}

PrintController::~PrintController()
{
    delete m_preview; // it refers to m_printer
}

void PrintController::createActions()
{
    auto make = [this](const QString &text, const QString &tip, const QKeySequence &keys = {}) {
        auto *action = new QAction(text, this);
        action->setStatusTip(tip);
        action->setToolTip(
            keys.isEmpty() ? tip : QStringLiteral("%1 (%2)").arg(tip, keys.toString(QKeySequence::NativeText)));
        if (!keys.isEmpty()) {
            action->setShortcut(keys);
        }
        return action;
    };
    m_print = make(tr("&Print\u2026"), tr("Print this page"), QKeySequence::Print);
    m_print->setObjectName(QStringLiteral("printAction"));
    m_print->setIcon(StyleGlyphs::make(StyleGlyphs::Glyph::Print)); // in the theme's colours
    m_print->setIconText(tr("Print"));
    m_exportPdf = make(tr("As &PDF\u2026"), tr("Save this page as a PDF file, ready to print or email"),
                       QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportHtml =
        make(tr("As &Web Page (HTML)\u2026"), tr("Save this article as one web page file that opens in any browser"));
    m_exportText = make(tr("As Plain &Text\u2026"), tr("Save this article as plain text"));
    m_handout =
        make(tr("Make a &Handout\u2026"), tr("Put several articles together into a booklet to print or save as PDF"),
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));

    connect(m_print, &QAction::triggered, this, &PrintController::printCurrent);
    connect(m_exportPdf, &QAction::triggered, this, [this] {
        const QString path =
            askSavePath(tr("Export as PDF"), pageFileName(), tr("PDF files (*.pdf)"), QStringLiteral("pdf"));
        if (!path.isEmpty()) {
            exportPdf(path);
        }
    });
    connect(m_exportHtml, &QAction::triggered, this, [this] {
        const QString path = askSavePath(tr("Export as Web Page"), m_host.currentSlug(), tr("Web pages (*.html)"),
                                         QStringLiteral("html"));
        QString error;
        if (!path.isEmpty() && !exportHtml(path, &error)) {
            report(tr("Cannot export"), error);
        }
    });
    connect(m_exportText, &QAction::triggered, this, [this] {
        const QString path = askSavePath(tr("Export as Plain Text"), m_host.currentSlug(), tr("Text files (*.txt)"),
                                         QStringLiteral("txt"));
        QString error;
        if (!path.isEmpty() && !exportText(path, &error)) {
            report(tr("Cannot export"), error);
        }
    });
    connect(m_handout, &QAction::triggered, this, &PrintController::openHandoutBuilder);

    QMenu *file = m_host.menu(ReaderHost::Menu::File);
    QAction *before = quitAction(file);
    m_exportMenu = new QMenu(tr("&Export"), file);
    m_exportMenu->setObjectName(QStringLiteral("exportMenu"));
    m_exportMenu->addActions({m_exportPdf, m_exportHtml, m_exportText});
    m_paperMenu = new QMenu(tr("Paper &Size"), file);
    m_paperGroup = new QActionGroup(this);
    for (auto [paper, label] :
         {std::pair{Export::PaperSize::A4, tr("&A4")}, std::pair{Export::PaperSize::Letter, tr("US &Letter")}}) {
        QAction *action = m_paperMenu->addAction(label);
        action->setCheckable(true);
        action->setData(Export::paperSizeId(paper));
        action->setStatusTip(tr("Print and export on %1 paper").arg(label).remove(QLatin1Char('&')));
        action->setChecked(paper == paperSize());
        m_paperGroup->addAction(action);
    }
    connect(m_paperGroup, &QActionGroup::triggered, this, [this](QAction *action) {
        setPaperSize(Export::paperSizeFromId(action->data().toString()).value_or(Export::PaperSize::A4));
    });
    file->insertAction(before, m_print);
    file->insertMenu(before, m_exportMenu);
    file->insertMenu(before, m_paperMenu);
    file->insertSeparator(before);
    file->insertAction(before, m_handout);
    file->insertSeparator(before);

    QToolBar *toolbar = m_host.mainToolBar();
    toolbar->addSeparator();
    toolbar->addAction(m_print);
    if (QWidget *button = toolbar->widgetForAction(m_print)) {
        button->setAccessibleName(tr("Print this page"));
        // Height only: an explicit minimum width would let the toolbar squeeze the word below its width
        // ("Afdrukken" cut to "fdrukke"); the word itself is wider than a target anyway.
        button->setMinimumHeight(TargetSize);
    }
}

QUrl PrintController::shownPage() const
{
    // What the view shows (an article, a glossary term, the timeline or the quotes), else the article
    // the window says is open (the view may not have its address yet).
    const QUrl url = m_host.articleView() != nullptr ? m_host.articleView()->currentUrl() : QUrl();
    if (m_pipeline->canPrint(url)) {
        return url.adjusted(QUrl::RemoveFragment | QUrl::RemoveQuery);
    }
    const QString slug = m_host.currentSlug();
    return slug.isEmpty() ? QUrl() : ContentUrl::build(ContentUrl::Kind::Article, slug);
}

QString PrintController::pageFileName() const
{
    const auto parts = ContentUrl::parse(shownPage());
    if (!parts) {
        return {};
    }
    switch (parts->kind) {
    case ContentUrl::Kind::Glossary:
        return QStringLiteral("glossary-") + parts->id;
    case ContentUrl::Kind::Timeline:
        return parts->id.isEmpty() ? QStringLiteral("timeline") : QStringLiteral("timeline-") + parts->id;
    case ContentUrl::Kind::Quotes:
        return QStringLiteral("quotes");
    default:
        return parts->id;
    }
}

void PrintController::updateActions()
{
    const QUrl page = shownPage();
    const auto parts = ContentUrl::parse(page);
    const bool article = parts && parts->kind == ContentUrl::Kind::Article && !m_host.currentSlug().isEmpty();
    for (QAction *action : {m_print, m_exportPdf}) {
        action->setEnabled(!page.isEmpty() && !m_busy);
    }
    for (QAction *action : {m_exportHtml, m_exportText}) {
        action->setEnabled(article && !m_busy);
    }
    m_exportMenu->setEnabled(!page.isEmpty() && !m_busy);
}

Export::PaperSize PrintController::paperSize() const
{
    return Export::paperSizeFromId(m_host.settings().paperSize()).value_or(Export::defaultPaperSize());
}

void PrintController::setPaperSize(Export::PaperSize paper)
{
    m_host.settings().setPaperSize(Export::paperSizeId(paper));
    for (QAction *action : m_paperGroup->actions()) {
        action->setChecked(action->data().toString() == Export::paperSizeId(paper));
    }
}

double PrintController::textPoints() const
{
    return Export::pixelsToPoints(BasePixelSize * m_host.readingStyle().fontPercent() / 100.0);
}

void PrintController::setBusy(bool busy, const QString &message)
{
    if (busy == m_busy) {
        return;
    }
    m_busy = busy;
    if (busy) {
        QApplication::setOverrideCursor(Qt::BusyCursor);
        m_host.showStatus(message);
    } else {
        QApplication::restoreOverrideCursor();
        m_host.showStatus(QString());
    }
    if (m_handoutDialog) {
        m_handoutDialog->setBusy(busy, message);
    }
    updateActions();
}

void PrintController::report(const QString &title, const QString &message)
{
    m_host.showStatus(message, 10000);
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, m_host.window());
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open(); // window-modal, without blocking (scripts and tests keep running)
}

QString PrintController::askSavePath(const QString &title, const QString &name, const QString &filter,
                                     const QString &suffix)
{
    QString folder = m_host.settings().exportFolder();
    if (folder.isEmpty() || !QDir(folder).exists()) {
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    }
    QString path = QFileDialog::getSaveFileName(
        m_host.window(), title,
        QDir(folder).filePath(Export::safeFileName(name, QStringLiteral("myelin")) + QLatin1Char('.') + suffix),
        filter);
    if (path.isEmpty()) {
        return {};
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += QLatin1Char('.') + suffix;
    }
    m_host.settings().setExportFolder(QFileInfo(path).absolutePath());
    return path;
}

void PrintController::printCurrent()
{
    const QUrl url = shownPage();
    if (url.isEmpty() || m_busy) {
        return;
    }
    const Export::PaperSize paper = paperSize();
    PdfPipeline::ArticleOptions options;
    options.textPoints = textPoints();
    options.paper = paper;
    setBusy(true, tr("Preparing the pages for printing\u2026"));
    m_pipeline->setReadingStyle(m_host.readingStyle().style()); // the one owner of the style
    m_pipeline->page(url, options, [this, paper](const PdfPipeline::Result &result) {
        setBusy(false);
        if (result.pdf.isEmpty()) {
            emit printFailed(result.error);
            report(tr("Cannot print"), result.error);
            return;
        }
        showPreview(result, paper);
    });
}

void PrintController::printHandout(const Export::Handout &handout)
{
    if (m_busy) {
        return;
    }
    setBusy(true, tr("Preparing the handout's pages\u2026"));
    m_pipeline->setReadingStyle(m_host.readingStyle().style()); // the one owner of the style
    m_pipeline->handout(handout, [this, paper = handout.paper](const PdfPipeline::Result &result) {
        setBusy(false);
        if (result.pdf.isEmpty()) {
            emit printFailed(result.error);
            report(tr("Cannot print the handout"), result.error);
            return;
        }
        showPreview(result, paper);
    });
}

void PrintController::showPreview(const PdfPipeline::Result &result, Export::PaperSize paper)
{
    delete m_preview;
    m_previewPdf = result.pdf;
    m_printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    m_printer->setDocName(result.title);
    m_printer->setPageSize(QPageSize(paper == Export::PaperSize::Letter ? QPageSize::Letter : QPageSize::A4));
    m_printer->setFullPage(true);

    auto *dialog = new QPrintPreviewDialog(m_printer.get(), m_host.window());
    dialog->setObjectName(QStringLiteral("printPreview"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Print Preview \u2013 %1").arg(result.title));
    dialog->setAccessibleName(tr("Print preview"));
    dialog->setAccessibleDescription(
        tr("%1. Choose Print to send them to a printer.").arg(Export::ExportText::pages(result.pages)));
    connect(dialog, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *printer) {
        QString error;
        if (PdfPagePainter::paint(m_previewPdf, printer, &error) < 0) {
            m_host.showStatus(error, 10000);
        }
    });
    // Qt's preview has a toolbar of small icons. The pages are made portrait, so the orientation
    // buttons go; the rest get targets big enough to hit with a tremor; and Print and Close are also
    // large labelled buttons under the pages, where people look for them.
    QAction *printPages = nullptr;
    for (QAction *action : dialog->findChildren<QAction *>()) {
        const QString text = action->text();
        if (text == QCoreApplication::translate("QPrintPreviewDialog", "Portrait") ||
            text == QCoreApplication::translate("QPrintPreviewDialog", "Landscape")) {
            action->setVisible(false);
        } else if (text == QCoreApplication::translate("QPrintPreviewDialog", "Print")) {
            printPages = action;
        }
    }
    int toolbarWidth = 0;
    for (QToolBar *toolbar : dialog->findChildren<QToolBar *>()) {
        toolbar->setIconSize(QSize(28, 28));
        for (QToolButton *button : toolbar->findChildren<QToolButton *>()) {
            button->setMinimumSize(TargetSize, TargetSize);
        }
        toolbarWidth = qMax(toolbarWidth, toolbar->sizeHint().width());
    }
    auto *buttons = new QWidget(dialog);
    auto *row = new QHBoxLayout(buttons);
    auto *print = new QPushButton(tr("&Print\u2026"), buttons);
    print->setToolTip(tr("Choose a printer and print these pages"));
    print->setAccessibleName(tr("Print"));
    auto *close = new QPushButton(tr("Close"), buttons);
    close->setToolTip(tr("Close the preview without printing"));
    close->setAccessibleName(tr("Close"));
    for (QPushButton *button : {print, close}) {
        button->setMinimumSize(4 * TargetSize, TargetSize);
        button->setAutoDefault(false);
    }
    print->setEnabled(printPages != nullptr);
    if (printPages != nullptr) {
        connect(print, &QPushButton::clicked, printPages, &QAction::trigger);
    }
    connect(close, &QPushButton::clicked, dialog, &QDialog::reject);
    row->addStretch(1);
    row->addWidget(print);
    row->addWidget(close);
    if (dialog->layout() != nullptr) {
        dialog->layout()->addWidget(buttons);
    }
    m_preview = dialog;
    const QWidget *window = m_host.window();
    const QRect screen = window->screen() != nullptr ? window->screen()->availableGeometry() : QRect();
    QSize size(qMax(toolbarWidth + 40, window->width() * 3 / 4), qMax(700, window->height() * 9 / 10));
    if (screen.isValid()) {
        size = size.boundedTo(screen.size());
    }
    dialog->resize(size);
    dialog->open();
    m_host.showStatus(tr("%1 ready to print.").arg(Export::ExportText::pages(result.pages)), 6000);
    emit previewOpened(dialog);
}

void PrintController::savePdf(const PdfPipeline::Result &result, const QString &path)
{
    QString error = result.error;
    const bool ok = !result.pdf.isEmpty() && writeFile(path, result.pdf, &error);
    const QString message =
        ok ? tr("Saved %1 (%2).").arg(QDir::toNativeSeparators(path), Export::ExportText::pages(result.pages)) : error;
    if (ok) {
        m_host.showStatus(message, 8000);
        if (m_handoutDialog) {
            m_handoutDialog->showNote(message);
        }
    } else {
        report(tr("Cannot save the PDF"), message);
        if (m_handoutDialog) {
            m_handoutDialog->showNote(message);
        }
    }
    emit pdfSaved(path, ok, message);
}

void PrintController::exportPdf(const QString &path)
{
    const QUrl url = shownPage();
    if (url.isEmpty() || m_busy) {
        emit pdfSaved(path, false, tr("Open an article first."));
        return;
    }
    PdfPipeline::ArticleOptions options;
    options.textPoints = textPoints();
    options.paper = paperSize();
    setBusy(true, tr("Making the PDF\u2026"));
    m_pipeline->setReadingStyle(m_host.readingStyle().style()); // the one owner of the style
    m_pipeline->page(url, options, [this, path](const PdfPipeline::Result &result) {
        setBusy(false);
        savePdf(result, path);
    });
}

void PrintController::exportHandoutPdf(const Export::Handout &handout, const QString &path)
{
    if (m_busy) {
        emit pdfSaved(path, false, tr("Another PDF is being made; try again in a moment."));
        return;
    }
    setBusy(true, tr("Making the handout PDF\u2026"));
    m_pipeline->setReadingStyle(m_host.readingStyle().style()); // the one owner of the style
    m_pipeline->handout(handout, [this, path](const PdfPipeline::Result &result) {
        setBusy(false);
        savePdf(result, path);
    });
}

bool PrintController::exportHtml(const QString &path, QString *error)
{
    const auto article = m_host.repository().article(m_host.currentSlug());
    if (!article) {
        if (error != nullptr) {
            *error = tr("Open an article first.");
        }
        return false;
    }
    const ContentRepository &repository = m_host.repository();
    const QString html = Export::SelfContainedHtml::article(
        *article, Export::SelfContainedHtml::rootStyle(textPoints()), contentCss(),
        [&repository](const QString &name) { return repository.image(name); }, repository.meta(QStringLiteral("title")),
        QDate::currentDate());
    if (!writeFile(path, html.toUtf8(), error)) {
        return false;
    }
    m_host.showStatus(tr("Saved %1.").arg(QDir::toNativeSeparators(path)), 8000);
    return true;
}

bool PrintController::exportText(const QString &path, QString *error)
{
    const auto article = m_host.repository().article(m_host.currentSlug());
    if (!article) {
        if (error != nullptr) {
            *error = tr("Open an article first.");
        }
        return false;
    }
    const QString text = Export::PlainTextExport::article(*article, m_host.repository().meta(QStringLiteral("title")),
                                                          QDate::currentDate());
    if (!writeFile(path, text.toUtf8(), error)) {
        return false;
    }
    m_host.showStatus(tr("Saved %1.").arg(QDir::toNativeSeparators(path)), 8000);
    return true;
}

void PrintController::countPages(const Export::Handout &handout)
{
    if (m_counting) {
        m_countNext = handout; // only the latest matters
        return;
    }
    m_counting = true;
    m_counter->setReadingStyle(m_host.readingStyle().style());
    m_counter->handout(handout, [this, handout](const PdfPipeline::Result &result) {
        m_counting = false;
        if (m_handoutDialog) {
            m_handoutDialog->showPageCount(handout, result.pdf.isEmpty() ? 0 : result.pages);
        }
        if (m_countNext) {
            const Export::Handout next = *m_countNext;
            m_countNext.reset();
            countPages(next);
        }
    });
}

HandoutDialog *PrintController::openHandoutBuilder()
{
    if (!m_handoutDialog) {
        // The contents as the window shows them, in a model of the dialog's own.
        auto *contents = new NavTreeModel(m_host.database(), this);
        contents->setLanguage(m_host.repository().language());
        auto *dialog = new HandoutDialog(m_host.repository(), contents, m_host.settings(), m_host.window());
        contents->setParent(dialog);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &HandoutDialog::printRequested, this, &PrintController::printHandout);
        connect(dialog, &HandoutDialog::pdfRequested, this, &PrintController::exportHandoutPdf);
        connect(dialog, &HandoutDialog::pageCountRequested, this, &PrintController::countPages);
        dialog->setQuestionsAvailable(bool(m_questionSource));
        m_handoutDialog = dialog;
    }
    m_handoutDialog->show();
    m_handoutDialog->raise();
    m_handoutDialog->activateWindow();
    return m_handoutDialog;
}

} // namespace Myelin::Ui
