// SPDX-License-Identifier: GPL-3.0-or-later
// Printing and PDF export end to end, with the real Chromium and the real content: the PDFs are read
// back as text (QPdfDocument) and checked as a volunteer would check a printout: title, footer, page
// numbers, contents page numbers that are true, every article present and in order, large print
// really larger. Also the print preview, exports from the window and the handout builder.
#include "../gui/readerfixture.h"
#include "core/contentdatabase.h"
#include "core/contentrepository.h"
#include "core/contenturl.h"
#include "core/translations.h"
#include "export/handout.h"
#include "export/printhtml.h"
#include "minicontent.h"
#include "testsupport.h"
#include "ui/print/handoutdialog.h"
#include "ui/print/pdfpagepainter.h"
#include "ui/print/pdfpipeline.h"
#include "ui/print/pdfrenderer.h"
#include "ui/print/printcontroller.h"
#include "ui/shell/articleview.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/readerhost.h"
#include "web/urlscheme.h"

#include <QAction>
#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QEventLoop>
#include <QFile>
#include <QGroupBox>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPageSize>
#include <QPainter>
#include <QPdfDocument>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolBar>
#include <optional>

using namespace Myelin;

namespace {

// True when a page is the given paper. Qt WebEngine 6.8 rounds A4 to whole 1/100 inches
// (594.96 x 840.96 pt) where 6.4 writes 595 x 842 pt; 3 pt of tolerance still tells A4 (595 x 842)
// from US Letter (612 x 792) by 17 pt and 50 pt.
bool isPaper(const QSizeF &points, QPageSize::PageSizeId paper)
{
    const QSizeF expected = QPageSize(paper).size(QPageSize::Point);
    return qAbs(points.width() - expected.width()) <= 3 && qAbs(points.height() - expected.height()) <= 3;
}

QByteArray describe(const QSizeF &points)
{
    return QByteArray::number(points.width()) + " x " + QByteArray::number(points.height()) + " pt";
}

// A PDF as a reader sees it: pages of text and their sizes.
class Pdf
{
public:
    explicit Pdf(const QByteArray &bytes) : m_bytes(bytes), m_buffer(&m_bytes)
    {
        m_buffer.open(QIODevice::ReadOnly);
        m_document.load(&m_buffer);
    }
    int pages() const { return m_document.pageCount(); }
    // pdfium marks a hyphen at the end of a line with U+FFFE.
    QString text(int page) { return m_document.getAllText(page).text().replace(QChar(0xfffe), QLatin1Char('-')); }
    // Without any white space: how pdfium breaks lines is a heuristic, the letters and their order are not.
    QString squashed(int page) { return squash(text(page)); }
    static QString squash(QString text) { return text.remove(QRegularExpression(QStringLiteral("\\s+"))); }
    QSizeF size(int page) const { return m_document.pagePointSize(page); }
    // Height (points) of the first occurrence of word on page: grows with the text size.
    double wordHeight(int page, const QString &word)
    {
        const int at = static_cast<int>(text(page).indexOf(word));
        return at < 0 ? -1
                      : m_document.getSelectionAtIndex(page, at, static_cast<int>(word.size()))
                            .boundingRectangle()
                            .height();
    }

    // Where text first appears on a page, in points; empty when it does not.
    QRectF wordRect(int page, const QString &word)
    {
        const int at = static_cast<int>(text(page).indexOf(word));
        return at < 0 ? QRectF()
                      : m_document.getSelectionAtIndex(page, at, static_cast<int>(word.size())).boundingRectangle();
    }

    // How much of the space for text (inside margins, above the footer) is left empty below the last
    // thing printed on the page: 0 for a full page, 1 for an empty one.
    double blankFraction(int page, const QMarginsF &margins)
    {
        constexpr double Dpi = 36;
        const QSizeF points = size(page);
        const QImage rendered = m_document.render(page, (points * Dpi / 72.0).toSize());
        QImage image(rendered.size(), QImage::Format_Grayscale8); // pdfium leaves the paper transparent
        image.fill(Qt::white);
        QPainter(&image).drawImage(0, 0, rendered);
        const double scale = image.height() / points.height();
        const int top = static_cast<int>(margins.top() * scale);
        const int bottom = image.height() - static_cast<int>(margins.bottom() * scale);
        int last = top - 1;
        for (int y = top; y < bottom; ++y) {
            const uchar *row = image.constScanLine(y);
            for (int x = 0; x < image.width(); ++x) {
                if (row[x] < 160) {
                    last = y;
                    break;
                }
            }
        }
        return 1.0 - static_cast<double>(last - top + 1) / (bottom - top);
    }

private:
    QByteArray m_bytes;
    QBuffer m_buffer;
    QPdfDocument m_document;
};

// Waits in a real event loop: QTest::qWaitFor sleeps 10 ms between rounds, and Chromium's printing
// posts many small tasks to the main thread, so it would crawl.
std::optional<Ui::PdfPipeline::Result> waitFor(const std::function<void(Ui::PdfPipeline::Callback)> &start)
{
    std::optional<Ui::PdfPipeline::Result> result;
    QEventLoop loop;
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    start([&](const Ui::PdfPipeline::Result &r) {
        result = r;
        loop.quit();
    });
    if (!result) {
        loop.exec();
    }
    return result;
}

const QDate Printed(2027, 6, 3);

} // namespace

class TestExportPdf : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Test::MiniContent m_bundled; // the bundled collection, opened the same way
    Test::MiniContent m_mini;

    QString settingsPath() const { return m_dir.filePath(QStringLiteral("settings.ini")); }
    QString userDbPath() const { return m_dir.filePath(QStringLiteral("user.db")); }

    std::unique_ptr<Test::Reader> startReader(const QString &slug)
    {
        auto reader = std::make_unique<Test::Reader>(QStringLiteral(MYELIN_MINI_DB), settingsPath(), userDbPath());
        if (!reader->isValid() || !reader->start(slug)) {
            return nullptr;
        }
        return reader;
    }

    // Checks a handout PDF against its plan: the contents page lists every part with the page it
    // really starts on, the parts are in order, and every page but the cover has its page number.
    void checkHandout(Pdf &pdf, const Ui::PdfPipeline::Result &result, const Export::Handout &handout)
    {
        const int total = pdf.pages();
        QCOMPARE(total, result.pages);
        // The cover, then the contents (as many pages as they took), then the parts.
        QCOMPARE(result.parts.at(0).kind, Export::PlanPart::Kind::Cover);
        QCOMPARE(result.parts.at(1).kind, Export::PlanPart::Kind::Contents);
        const int coverPages = result.parts.at(0).pages;
        const int firstPart = coverPages + result.parts.at(1).pages;
        QCOMPARE(coverPages, 1);
        QVERIFY2(pdf.squashed(coverPages).startsWith(QStringLiteral("Contents")), "no contents page after the cover");
        QString contents;
        for (int page = coverPages; page < firstPart; ++page) {
            // The footer: "Contents", then the page number (the other way round on the left-hand pages of
            // a double-sided handout).
            const QString footer = QStringLiteral("Page%1of%2").arg(page + 1).arg(total);
            QVERIFY(pdf.squashed(page).contains(QStringLiteral("Contents") + footer) ||
                    (handout.savePaper && pdf.squashed(page).contains(footer + QStringLiteral("Contents"))));
            contents += pdf.squashed(page);
        }
        QVERIFY(!pdf.text(0).contains(QStringLiteral(" of %1").arg(total))); // the cover has no footer
        for (int page = 1; page < total; ++page) {
            QVERIFY2(pdf.squashed(page).contains(QStringLiteral("Page%1of%2").arg(page + 1).arg(total)),
                     qPrintable(QStringLiteral("page %1 has no page number").arg(page + 1)));
        }
        // Every part on the contents page, in order, with the page it starts on.
        QStringList titles;
        for (const QString &slug : handout.articles) {
            titles << m_bundled.repository->article(slug)->title;
        }
        if (handout.glossary) {
            titles << QStringLiteral("Glossary");
        }
        if (handout.timeline) {
            titles << QStringLiteral("Timeline");
        }
        qsizetype at = 0;
        int previous = firstPart;
        for (const QString &title : titles) {
            // "Page 12  Fatigue": the number, then the title.
            const QRegularExpression entry(QStringLiteral("Page(\\d+)") +
                                           QRegularExpression::escape(Pdf::squash(title)));
            const auto match = entry.match(contents, at);
            QVERIFY2(match.hasMatch(),
                     qPrintable(QStringLiteral("\"%1\" missing from the contents, or out of order").arg(title)));
            const int page = match.captured(1).toInt();
            QVERIFY2(page > previous || (page == previous && title == titles.first()),
                     qPrintable(
                         QStringLiteral("\"%1\" on page %2 is not after page %3").arg(title).arg(page).arg(previous)));
            // The part really starts there: its heading opens that page.
            QVERIFY2(pdf.squashed(page - 1).startsWith(Pdf::squash(title)),
                     qPrintable(QStringLiteral("contents say \"%1\" starts on page %2, which starts with: %3")
                                    .arg(title)
                                    .arg(page)
                                    .arg(pdf.text(page - 1).left(80))));
            previous = page;
            at = match.capturedEnd();
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_bundled = Test::MiniContent::open(QStringLiteral(MYELIN_CONTENT_DB));
        QVERIFY2(m_bundled, m_bundled.why());
        m_mini = Test::MiniContent::open();
        QVERIFY2(m_mini, m_mini.why());
    }

    void init() { QFile::remove(settingsPath()); }

    void articlePdfHasTitleFooterAndSourcesLast()
    {
        Ui::PdfPipeline pipeline(*m_mini.repository);
        Ui::PdfPipeline::ArticleOptions options;
        options.printed = Printed;
        const auto result = waitFor([&](auto done) { pipeline.articles({QStringLiteral("alpha")}, options, done); });
        QVERIFY(result);
        QVERIFY2(!result->pdf.isEmpty(), qPrintable(result->error));
        Pdf pdf(result->pdf);
        QVERIFY(pdf.pages() >= 1);
        QCOMPARE(pdf.pages(), result->pages);
        QVERIFY2(isPaper(pdf.size(0), QPageSize::A4), describe(pdf.size(0)));
        const QString first = pdf.text(0);
        QVERIFY2(first.trimmed().startsWith(QStringLiteral("Alpha article")), qPrintable(first.left(200)));
        QString all;
        for (int page = 0; page < pdf.pages(); ++page) {
            const QString text = pdf.text(page);
            QVERIFY(text.contains(QStringLiteral("Page %1 of %2").arg(page + 1).arg(pdf.pages())));
            QVERIFY(text.contains(QStringLiteral("Myelin")));
            QVERIFY(text.contains(QStringLiteral("Reviewed 4 March 2026")));
            QVERIFY(text.contains(QStringLiteral("Printed 3 June 2027")));
            all += text;
        }
        // Outside links print with their address; the app's own links and buttons do not print.
        QVERIFY2(all.contains(QStringLiteral("(https://example.org/outside)")), qPrintable(all));
        QVERIFY(!all.contains(QStringLiteral("Was this useful")));
        QVERIFY(!all.contains(QStringLiteral("myelin:")));
        // The reviewed date and the advice note under the summary (where they always fit), then the text,
        // then the sources.
        const qsizetype summary = all.indexOf(QStringLiteral("In short"));
        const qsizetype reviewed = all.indexOf(QStringLiteral("Last reviewed"));
        const qsizetype advice = all.indexOf(QStringLiteral("not medical advice"));
        const qsizetype body = all.indexOf(QStringLiteral("jugular veins"));
        const qsizetype sources = all.indexOf(QStringLiteral("Sources"));
        const qsizetype source = all.indexOf(QStringLiteral("(https://doi.org/10.1000/alpha)"));
        QVERIFY(summary >= 0 && summary < reviewed && reviewed < advice && advice < body && body < sources &&
                sources < source);
        QCOMPARE(all.count(QStringLiteral("not medical advice")), qsizetype(1));
    }

    void aPrintoutInTheReadersLanguage()
    {
        // Spanish, as a reader who chose it has it: the interface translation the build compiled, and
        // the articles in Spanish where the content has them.
        Translations spanish({QStringLiteral("es")},
                             Translations::locateDirectory(QCoreApplication::applicationDirPath()), {});
        QCOMPARE(spanish.language(), QStringLiteral("es"));
        ContentRepository repository(*m_bundled.database);
        repository.setLanguage(QStringLiteral("es"));
        Ui::PdfPipeline pipeline(repository);
        Ui::PdfPipeline::ArticleOptions options;
        options.printed = Printed;
        const auto result =
            waitFor([&](auto done) { pipeline.articles({QStringLiteral("what-is-ms")}, options, done); });
        QVERIFY(result);
        QVERIFY2(!result->pdf.isEmpty(), qPrintable(result->error));
        Pdf pdf(result->pdf);
        const QString pageOne = QCoreApplication::translate("Myelin::Export::ExportText", "Page %1 of %2");
        QVERIFY(pageOne != QLatin1String("Page %1 of %2"));
        const QString printed = QCoreApplication::translate("Myelin::Export::ExportText", "Printed %1")
                                    .arg(QLocale().toString(Printed, QStringLiteral("d 'de' MMMM 'de' yyyy")));
        QVERIFY2(printed.contains(QStringLiteral("junio")), qPrintable(printed)); // the month in Spanish
        const auto article = repository.article(QStringLiteral("what-is-ms"));
        QCOMPARE(article->language, QStringLiteral("es"));
        QVERIFY2(pdf.text(0).contains(article->title), qPrintable(pdf.text(0).left(300)));
        for (int page = 0; page < pdf.pages(); ++page) {
            const QString text = pdf.text(page).simplified();
            QVERIFY2(text.contains(pageOne.arg(page + 1).arg(pdf.pages())), qPrintable(text.right(300)));
            QVERIFY2(text.contains(printed), qPrintable(text.right(300)));
        }
        const QString all = pdf.text(0).simplified();
        QVERIFY(all.contains(QCoreApplication::translate("Myelin::ArticleRenderer", "In short:")));
        QVERIFY(!all.contains(QStringLiteral("In short:")));
        QVERIFY(all.contains(QStringLiteral("Traducido de la versión en inglés")));
    }

    void paperSizeAndTextSizeAreHonoured()
    {
        Ui::PdfPipeline pipeline(*m_mini.repository);
        Ui::PdfPipeline::ArticleOptions options;
        options.paper = Export::PaperSize::Letter;
        options.textPoints = 14;
        const auto normal = waitFor([&](auto done) { pipeline.articles({QStringLiteral("alpha")}, options, done); });
        options.textPoints = 21;
        const auto large = waitFor([&](auto done) { pipeline.articles({QStringLiteral("alpha")}, options, done); });
        QVERIFY(normal && large && !normal->pdf.isEmpty() && !large->pdf.isEmpty());
        Pdf small(normal->pdf);
        Pdf big(large->pdf);
        QVERIFY2(isPaper(small.size(0), QPageSize::Letter), describe(small.size(0)));
        const double ratio =
            big.wordHeight(0, QStringLiteral("narrowing")) / small.wordHeight(0, QStringLiteral("narrowing"));
        QVERIFY2(qAbs(ratio - 1.5) < 0.08, qPrintable(QString::number(ratio)));
        QVERIFY(big.pages() >= small.pages());
    }

    void severalArticlesFollowEachOtherInOrder()
    {
        Ui::PdfPipeline pipeline(*m_mini.repository);
        const QStringList slugs = {QStringLiteral("gamma"), QStringLiteral("alpha"), QStringLiteral("beta")};
        const auto result = waitFor([&](auto done) { pipeline.articles(slugs, {}, done); });
        QVERIFY(result && !result->pdf.isEmpty());
        Pdf pdf(result->pdf);
        QCOMPARE(result->parts.size(), 3);
        int page = 0;
        for (const auto &part : result->parts) {
            QVERIFY2(pdf.squashed(page).startsWith(Pdf::squash(part.title)), qPrintable(pdf.text(page).left(80)));
            QVERIFY(pdf.squashed(page).contains(QStringLiteral("Page%1of%2").arg(page + 1).arg(pdf.pages())));
            page += part.pages;
        }
        QCOMPARE(result->parts.at(0).slug, QStringLiteral("gamma"));
        QCOMPARE(page, pdf.pages());
    }

    void tenArticleHandoutHasTrueContents()
    {
        Export::Handout handout;
        handout.title = QStringLiteral("Welcome pack");
        handout.group = QStringLiteral("Riverside MS Support Group");
        handout.contact = QStringLiteral("Riverside Library, second Tuesday, 2 pm\nPhone 01234 567890");
        handout.articles = {QStringLiteral("what-is-ms"),      QStringLiteral("symptoms"),
                            QStringLiteral("fatigue"),         QStringLiteral("diagnosis"),
                            QStringLiteral("treatments"),      QStringLiteral("relapses"),
                            QStringLiteral("exercise"),        QStringLiteral("ccsvi"),
                            QStringLiteral("vision-problems"), QStringLiteral("heat-sensitivity")};
        handout.glossary = true;
        handout.timeline = true;
        handout.textPoints = Export::LargeTextPoints;
        Ui::PdfPipeline pipeline(*m_bundled.repository);
        const auto result = waitFor([&](auto done) { pipeline.handout(handout, done, Printed); });
        QVERIFY(result);
        QVERIFY2(!result->pdf.isEmpty(), qPrintable(result->error));
        Pdf pdf(result->pdf);
        const QString cover = pdf.text(0);
        QVERIFY(cover.contains(QStringLiteral("Welcome pack")));
        QVERIFY(cover.contains(QStringLiteral("Riverside MS Support Group")));
        QVERIFY(cover.contains(QStringLiteral("Phone 01234 567890")));
        QVERIFY(cover.contains(QStringLiteral("3 June 2027")));
        checkHandout(pdf, *result, handout);
        // The glossary lists words the articles use; the footer names the part and its review date.
        const int glossary = result->parts.at(result->parts.size() - 2).pages;
        QVERIFY(glossary > 0);
        QString all;
        for (int page = 0; page < pdf.pages(); ++page) {
            all += pdf.text(page);
        }
        QVERIFY(all.contains(QStringLiteral("Neurologist")));
        QVERIFY(all.contains(QStringLiteral("Reviewed ")));
        QVERIFY(all.contains(QStringLiteral("Printed 3 June 2027")));
        QVERIFY(!all.contains(QStringLiteral("No events for this topic")));
        QVERIFY(!all.contains(QStringLiteral("myelin:")));
    }

    void largePrintIsLarger()
    {
        Export::Handout handout;
        handout.articles = {QStringLiteral("fatigue")};
        handout.cover = false;
        handout.contents = false;
        Ui::PdfPipeline pipeline(*m_bundled.repository);
        const auto standard = waitFor([&](auto done) { pipeline.handout(handout, done); });
        handout.textPoints = Export::LargeTextPoints;
        const auto large = waitFor([&](auto done) { pipeline.handout(handout, done); });
        QVERIFY(standard && large && !standard->pdf.isEmpty() && !large->pdf.isEmpty());
        Pdf a(standard->pdf);
        Pdf b(large->pdf);
        const double ratio =
            b.wordHeight(0, QStringLiteral("tiredness")) / a.wordHeight(0, QStringLiteral("tiredness"));
        QVERIFY2(qAbs(ratio - 16.0 / 14.0) < 0.05, qPrintable(QString::number(ratio)));
        QVERIFY(b.pages() > a.pages());
    }

    void handoutsSavePaper_data()
    {
        QTest::addColumn<int>("points");
        QTest::addColumn<bool>("savePaper");
        QTest::addColumn<int>("mostPages");
        // Measured with Qt 6.4 on these five articles and their glossary (cover and contents too): before
        // this test, 16 pt took 48 pages and 12 pt 28, with 4 pages holding only the advice note (3) or
        // the last glossary term (1), and the diagram pushed on leaving a page 72% blank; after, 16 pt
        // takes 46 pages, "Save paper" 27. The limits leave two pages for another Chromium's line
        // breaking; Save paper must stay well under two thirds of large print.
        QTest::newRow("large print") << Export::LargeTextPoints << false << 48;
        QTest::newRow("save paper") << Export::SavePaperTextPoints << true << 29;
    }

    void handoutsSavePaper()
    {
        QFETCH(int, points);
        QFETCH(bool, savePaper);
        QFETCH(int, mostPages);
        Export::Handout handout;
        handout.title = QStringLiteral("Welcome pack");
        handout.group = QStringLiteral("Riverside MS Support Group");
        handout.articles = {QStringLiteral("ccsvi"), QStringLiteral("ccsvi-trial-results"), QStringLiteral("fatigue"),
                            QStringLiteral("diagnosis"), QStringLiteral("about-ms")};
        handout.glossary = true;
        handout.textPoints = points;
        handout.savePaper = savePaper;
        handout.paper = Export::PaperSize::A4;
        Ui::PdfPipeline pipeline(*m_bundled.repository);
        const auto result = waitFor([&](auto done) { pipeline.handout(handout, done, Printed); });
        QVERIFY(result);
        QVERIFY2(!result->pdf.isEmpty(), qPrintable(result->error));
        Pdf pdf(result->pdf);
        checkHandout(pdf, *result, handout);
        QVERIFY2(pdf.pages() <= mostPages, qPrintable(QStringLiteral("%1 pages").arg(pdf.pages())));

        // Each part starts on a new page, so the page before one may end short; no other page but the
        // cover is more than 60% blank: no heading or picture pushed on with most of a page left empty,
        // no glossary at three terms a page.
        const QMarginsF margins =
            Ui::PdfPipeline::pageLayout(handout.paper, Ui::PdfPipeline::footerStyle(points, savePaper), savePaper)
                .margins(QPageLayout::Point);
        QList<int> partEnds;
        int page = 0;
        for (const auto &part : result->parts) {
            page += part.pages;
            partEnds << page - 1;
        }
        QStringList blank;
        for (int i = 1; i < pdf.pages(); ++i) {
            const double empty = pdf.blankFraction(i, margins);
            if (empty > 0.6 && !partEnds.contains(i)) {
                blank << QStringLiteral("page %1 (%2% blank): %3")
                             .arg(i + 1)
                             .arg(qRound(empty * 100))
                             .arg(pdf.text(i).simplified().left(60));
            }
        }
        QVERIFY2(blank.isEmpty(), qPrintable(blank.join(QLatin1Char('\n'))));

        // The "not medical advice" note: once per article, on its first page, never a page of its own.
        page = 0;
        for (const auto &part : result->parts) {
            if (part.kind == Export::PlanPart::Kind::Article) {
                QVERIFY2(pdf.squashed(page).contains(QStringLiteral("Thisarticleisinformation,notmedicaladvice")),
                         qPrintable(part.title));
                for (int i = page + 1; i < page + part.pages; ++i) {
                    QVERIFY(!pdf.squashed(i).contains(QStringLiteral("notmedicaladvice")));
                }
            }
            page += part.pages;
        }
    }

    void longContentsPagesKeepTheirNumbersTrue()
    {
        // Every article at 24 pt: the contents take more than one page, so the numbers are worked
        // out again for the real number of contents pages.
        Export::Handout handout;
        handout.title = QStringLiteral("Everything");
        QStringList slugs = {QStringLiteral("home")};
        for (const char *slug : {"what-is-ms",
                                 "symptoms",
                                 "fatigue",
                                 "diagnosis",
                                 "treatments",
                                 "relapses",
                                 "exercise",
                                 "ccsvi",
                                 "vision-problems",
                                 "heat-sensitivity",
                                 "types-of-ms",
                                 "causes-of-ms",
                                 "genetics",
                                 "smoking",
                                 "diet-and-ms",
                                 "work-and-ms",
                                 "thinking-and-memory",
                                 "support",
                                 "living-with-ms",
                                 "about-ms"}) {
            slugs << QString::fromLatin1(slug);
        }
        handout.articles = slugs;
        handout.textPoints = 24;
        Ui::PdfPipeline pipeline(*m_bundled.repository);
        const auto result = waitFor([&](auto done) { pipeline.handout(handout, done); });
        QVERIFY(result);
        QVERIFY2(!result->pdf.isEmpty(), qPrintable(result->error));
        QVERIFY(result->parts.at(1).pages >= 2);
        Pdf pdf(result->pdf);
        checkHandout(pdf, *result, handout);
    }

    void unknownArticlesAreNamed()
    {
        Ui::PdfPipeline pipeline(*m_mini.repository);
        Export::Handout handout;
        handout.articles = {QStringLiteral("alpha"), QStringLiteral("no-such-article")};
        const auto result = waitFor([&](auto done) { pipeline.handout(handout, done); });
        QVERIFY(result && result->pdf.isEmpty());
        QVERIFY2(result->error.contains(QStringLiteral("no-such-article")), qPrintable(result->error));
        QCOMPARE(pipeline.unknownArticles({QStringLiteral("alpha"), QStringLiteral("x")}), QStringList{"x"});
    }

    void glossaryTimelineAndQuotesPrintAsShown()
    {
        // Print (Ctrl+P) and Export as PDF work on every page a reader may want on paper, with the
        // same footer as an article: the page's title, Myelin and the date.
        auto reader = startReader(QStringLiteral("alpha"));
        QVERIFY(reader);
        auto *controller = new Ui::PrintController(reader->window->host());
        struct Page
        {
            QUrl url;
            QString heading; // as the page starts
            QString footer;  // the footer's title
            QString text;    // something the page holds
        };
        const QList<Page> pages = {
            {ContentUrl::build(ContentUrl::Kind::Glossary, QStringLiteral("stenosis")),
             QStringLiteral("Glossary Stenosis"), QStringLiteral("Glossary: Stenosis"),
             QStringLiteral("A narrowing of a blood vessel.")},
            {ContentUrl::build(ContentUrl::Kind::Timeline), QStringLiteral("Timeline"), QStringLiteral("Timeline"),
             QStringLiteral("First event")},
            {ContentUrl::build(ContentUrl::Kind::Quotes), QStringLiteral("Quotes"), QStringLiteral("Quotes"),
             QStringLiteral("A short test quote.")},
        };
        for (const Page &page : pages) {
            QSignalSpy loaded(reader->window->articleView(), &Ui::ArticleView::loadFinished);
            reader->window->host().openUrl(page.url);
            QVERIFY(loaded.wait(20000));
            QVERIFY2(reader->window->currentSlug().isEmpty(), qPrintable(page.url.toString()));
            QTRY_VERIFY2(controller->printAction()->isEnabled(), qPrintable(page.url.toString()));
            QVERIFY(controller->exportPdfAction()->isEnabled());
            QVERIFY(!controller->exportHtmlAction()->isEnabled()); // a web page or text of an article only

            const QString path = m_dir.filePath(QStringLiteral("page.pdf"));
            QFile::remove(path);
            QSignalSpy saved(controller, &Ui::PrintController::pdfSaved);
            controller->exportPdf(path);
            QVERIFY(saved.wait(60000));
            QVERIFY2(saved.first().at(1).toBool(), qPrintable(saved.first().at(2).toString()));
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            Pdf pdf(file.readAll());
            QVERIFY(pdf.pages() >= 1);
            QVERIFY2(pdf.squashed(0).startsWith(Pdf::squash(page.heading), Qt::CaseInsensitive),
                     qPrintable(pdf.text(0).left(200)));
            QString all;
            for (int i = 0; i < pdf.pages(); ++i) {
                const QString text = pdf.text(i);
                QVERIFY2(text.contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(pdf.pages())), qPrintable(text));
                QVERIFY2(pdf.squashed(i).contains(Pdf::squash(page.footer)), qPrintable(text));
                QVERIFY(text.contains(QStringLiteral("Myelin")));
                QVERIFY2(text.contains(Export::ExportText::printed(QDate::currentDate())), qPrintable(text));
                all += text;
            }
            QVERIFY2(all.contains(page.text), qPrintable(all));
            QVERIFY(!all.contains(QStringLiteral("myelin:")));
        }
        // Ctrl+P on the quotes page opens the preview of its pages.
        QSignalSpy opened(controller, &Ui::PrintController::previewOpened);
        reader->window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(reader->window.get()));
        QTest::keySequence(reader->window.get(), QKeySequence(QKeySequence::Print));
        QVERIFY(opened.wait(60000));
        QVERIFY(controller->previewDialog()->windowTitle().contains(QStringLiteral("Quotes")));
        controller->previewDialog()->close();
        QTRY_VERIFY(!controller->previewDialog());
    }

    void printPreviewOpensWithThePages()
    {
        auto reader = startReader(QStringLiteral("alpha"));
        QVERIFY(reader);
        auto *controller = new Ui::PrintController(reader->window->host());
        // The commands are where people look for them: File menu, Ctrl+P, the toolbar.
        QVERIFY(reader->window->host().menu(Ui::ReaderHost::Menu::File)->actions().contains(controller->printAction()));
        QCOMPARE(controller->printAction()->shortcut(), QKeySequence(QKeySequence::Print));
        QVERIFY(reader->window->mainToolBar()->actions().contains(controller->printAction()));
        QVERIFY(reader->window->mainToolBar()->widgetForAction(controller->printAction())->minimumHeight() >= 44);
        QVERIFY(controller->printAction()->isEnabled());

        QSignalSpy opened(controller, &Ui::PrintController::previewOpened);
        controller->printAction()->trigger();
        QVERIFY(opened.wait(60000));
        QPrintPreviewDialog *dialog = controller->previewDialog();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QVERIFY(dialog->isVisible());
        auto *preview = dialog->findChild<QPrintPreviewWidget *>();
        QVERIFY(preview);
        QTRY_VERIFY_WITH_TIMEOUT(preview->pageCount() > 0, 10000);
        dialog->close();
        QTRY_VERIFY(!controller->previewDialog()); // closed and gone
    }

    void previewPageCountMatchesTheFile()
    {
        auto reader = startReader(QStringLiteral("alpha"));
        QVERIFY(reader);
        auto *controller = new Ui::PrintController(reader->window->host());
        reader->style.changeFontSize(+1);
        reader->style.changeFontSize(+1);
        reader->style.changeFontSize(+1); // 150%: several pages
        QSignalSpy opened(controller, &Ui::PrintController::previewOpened);
        controller->printCurrent();
        QVERIFY(opened.wait(60000));
        auto *preview = controller->previewDialog()->findChild<QPrintPreviewWidget *>();
        QTRY_VERIFY_WITH_TIMEOUT(preview->pageCount() > 0, 10000);
        const int previewPages = preview->pageCount();
        controller->previewDialog()->close();

        const QString path = m_dir.filePath(QStringLiteral("alpha150.pdf"));
        QSignalSpy saved(controller, &Ui::PrintController::pdfSaved);
        controller->exportPdf(path);
        QVERIFY(saved.wait(60000));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        Pdf pdf(file.readAll());
        QCOMPARE(previewPages, pdf.pages());
        QVERIFY(pdf.pages() >= 2);
    }

    void rendererLetsGoWhenIdleAndComesBack()
    {
        Ui::PdfRenderer renderer(*m_mini.repository);
        QVERIFY(!renderer.hasWorkers()); // nothing started before it is needed
        const QPageLayout layout = Ui::PdfPipeline::pageLayout(Export::PaperSize::A4, {});
        const QString html = Export::PrintHtml(14).article(*m_mini.repository->article(QStringLiteral("beta")));
        for (int round = 0; round < 2; ++round) {
            QByteArray pdf;
            QEventLoop loop;
            renderer.render(html, layout, [&](const QByteArray &bytes) {
                pdf = bytes;
                loop.quit();
            });
            QTimer::singleShot(60000, &loop, &QEventLoop::quit);
            loop.exec();
            QVERIFY(Pdf(pdf).squashed(0).startsWith(QStringLiteral("Betaarticle")));
            QVERIFY(renderer.hasWorkers());
            renderer.releaseIdle();
            QVERIFY(!renderer.hasWorkers());
        }
    }

    void printingSendsEveryPageToThePrinter()
    {
        Ui::PdfPipeline pipeline(*m_mini.repository);
        Ui::PdfPipeline::ArticleOptions options;
        options.textPoints = 30; // several pages
        const auto result = waitFor([&](auto done) { pipeline.articles({QStringLiteral("alpha")}, options, done); });
        QVERIFY(result && !result->pdf.isEmpty());
        QVERIFY(result->pages >= 2);
        // A printer that writes a file stands in for a real one: same QPrinter, same painting.
        const QString path = m_dir.filePath(QStringLiteral("printed.pdf"));
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(path);
        printer.setPageSize(QPageSize(QPageSize::Letter)); // other paper: pages are scaled to fit
        QString error;
        QCOMPARE(Ui::PdfPagePainter::paint(result->pdf, &printer, &error), result->pages);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        Pdf printed(file.readAll());
        QCOMPARE(printed.pages(), result->pages);
        QVERIFY2(isPaper(printed.size(0), QPageSize::Letter), describe(printed.size(0)));
        QCOMPARE(Ui::PdfPagePainter::paint(QByteArrayLiteral("not a pdf"), &printer, &error), -1);
        QVERIFY(!error.isEmpty());
    }

    void exportsFromTheWindow()
    {
        auto reader = startReader(QStringLiteral("alpha"));
        QVERIFY(reader);
        auto *controller = new Ui::PrintController(reader->window->host());
        QString error;
        const QString html = m_dir.filePath(QStringLiteral("alpha.html"));
        QVERIFY2(controller->exportHtml(html, &error), qPrintable(error));
        QFile htmlFile(html);
        QVERIFY(htmlFile.open(QIODevice::ReadOnly));
        const QString page = QString::fromUtf8(htmlFile.readAll());
        QVERIFY(page.contains(QStringLiteral("<h1 id=\"title\">Alpha article</h1>")));
        QVERIFY(page.contains(QStringLiteral("data:image/svg+xml;base64,")));
        QVERIFY(!page.contains(QStringLiteral("myelin:")));

        const QString text = m_dir.filePath(QStringLiteral("alpha.txt"));
        QVERIFY2(controller->exportText(text, &error), qPrintable(error));
        QFile textFile(text);
        QVERIFY(textFile.open(QIODevice::ReadOnly));
        const QString plain = QString::fromUtf8(textFile.readAll());
        QVERIFY(plain.startsWith(QStringLiteral("Alpha article\n")));
        QVERIFY(plain.contains(QStringLiteral("https://doi.org/10.1000/alpha")));

        // A folder that does not exist: a message naming the file, nothing written.
        const QString nowhere = m_dir.filePath(QStringLiteral("missing/folder/alpha.txt"));
        QVERIFY(!controller->exportText(nowhere, &error));
        QVERIFY2(error.contains(QStringLiteral("alpha.txt")), qPrintable(error));
    }

    void handoutBuilderFitsASmallScreenAtLargeText()
    {
        auto reader = startReader(QStringLiteral("alpha"));
        QVERIFY(reader);
        reader->style.setFontPercent(300);
        auto *controller = new Ui::PrintController(reader->window->host());
        Ui::HandoutDialog *dialog = controller->openHandoutBuilder();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        dialog->resize(1000, 720); // on a 1024 x 768 screen
        // Neither its options' words nor its lists keep it wider than the screen...
        QTRY_COMPARE(dialog->width(), 1000);
        auto *scroll = dialog->findChild<QScrollArea *>(QStringLiteral("handoutParts"));
        QVERIFY(scroll != nullptr);
        QTRY_VERIFY2(scroll->widget()->minimumSizeHint().width() <= scroll->viewport()->width(),
                     qPrintable(QStringLiteral("%1 > %2")
                                    .arg(scroll->widget()->minimumSizeHint().width())
                                    .arg(scroll->viewport()->width())));
        // It opens in the article filter, and Tab follows the numbered parts.
        dialog->activateWindow();
        QTRY_VERIFY(QApplication::focusWidget() != nullptr);
        QCOMPARE(QApplication::focusWidget()->accessibleName(), QStringLiteral("Filter articles"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->accessibleName(), QStringLiteral("All articles"));
        auto part = [dialog](const QString &start) -> QWidget * {
            for (QGroupBox *box : dialog->findChildren<QGroupBox *>()) {
                if (box->title().startsWith(start)) {
                    return box;
                }
            }
            return nullptr;
        };
        QWidget *articles = part(QStringLiteral("1."));
        QWidget *cover = part(QStringLiteral("2."));
        QVERIFY(articles != nullptr && cover != nullptr);
        // ...its parts stand one above the other, each option's words inside the window, and they scroll.
        QTRY_VERIFY(articles->mapTo(dialog, QPoint(0, articles->height())).y() <= cover->mapTo(dialog, QPoint()).y());
        for (QCheckBox *box : dialog->findChildren<QCheckBox *>()) {
            QVERIFY2(box->mapTo(dialog, QPoint(box->width(), 0)).x() <= dialog->width(), qPrintable(box->text()));
        }
        QTRY_VERIFY(scroll->verticalScrollBar()->maximum() > 0);
        // Tab reaches the text size below the fold, and the parts scroll to show it whole.
        QComboBox *size = dialog->textSizeBox();
        QApplication::focusWidget()->setFocus(Qt::OtherFocusReason);
        for (int i = 0; i < 40 && QApplication::focusWidget() != size; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        }
        QCOMPARE(QApplication::focusWidget(), size);
        QTRY_COMPARE(size->visibleRegion().boundingRect().height(), size->height());
        // At ordinary text in a wide window, side by side again.
        reader->style.setFontPercent(100);
        dialog->resize(1200, 800);
        QTRY_VERIFY(articles->mapTo(dialog, QPoint(articles->width(), 0)).x() <= cover->mapTo(dialog, QPoint()).x());
        dialog->close();
    }

    void handoutBuilderOffersSavePaperAndCountsPages()
    {
        auto reader = startReader(QStringLiteral("alpha"));
        QVERIFY(reader);
        auto *controller = new Ui::PrintController(reader->window->host());
        Ui::HandoutDialog *dialog = controller->openHandoutBuilder();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        // "Save paper" sits with the print sizes, named as it reads.
        QComboBox *size = dialog->textSizeBox();
        QCOMPARE(size->accessibleName(), QStringLiteral("Text size"));
        QStringList sizes;
        for (int i = 0; i < size->count(); ++i) {
            sizes << size->itemText(i);
        }
        QVERIFY2(sizes.first().startsWith(QStringLiteral("Save paper (12 point")), qPrintable(sizes.join(", ")));
        QVERIFY(sizes.at(2).startsWith(QStringLiteral("Large print")));

        Export::Handout handout;
        handout.articles = {QStringLiteral("alpha"), QStringLiteral("beta"), QStringLiteral("gamma")};
        handout.timeline = true;
        handout.textPoints = 20;
        dialog->setHandout(handout);
        size->setCurrentIndex(0); // Save paper
        QVERIFY(dialog->handout().savePaper);
        QCOMPARE(dialog->handout().textPoints, Export::SavePaperTextPoints);
        // Counted in the background a moment after the last change; the buttons stay usable meanwhile.
        QSignalSpy shown(dialog, &Ui::HandoutDialog::pageCountShown);
        QVERIFY(dialog->pageCountText().contains(QStringLiteral("Counting")));
        QVERIFY(shown.wait(60000));
        const int pages = shown.last().first().toInt();
        QVERIFY2(dialog->pageCountText().contains(QStringLiteral("takes %1 pages").arg(pages)),
                 qPrintable(dialog->pageCountText()));

        // The count is the file's.
        const QString path = m_dir.filePath(QStringLiteral("saver.pdf"));
        QSignalSpy saved(controller, &Ui::PrintController::pdfSaved);
        controller->exportHandoutPdf(dialog->handout(), path);
        QVERIFY(saved.wait(60000));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        Pdf pdf(file.readAll());
        QCOMPARE(pdf.pages(), pages);
        // Double-sided: the page number sits on the outer edge, at the left of even pages.
        QVERIFY(pdf.pages() >= 2);
        const double middle = pdf.size(1).width() / 2;
        const QRectF even = pdf.wordRect(1, QStringLiteral("Page 2 of"));
        QVERIFY(!even.isEmpty());
        QVERIFY(even.right() < middle);
        if (pdf.pages() >= 3) {
            QVERIFY(pdf.wordRect(2, QStringLiteral("Page 3 of")).left() > middle);
        }

        // Fewer pages than the same handout in large print.
        size->setCurrentIndex(size->findData(Export::LargeTextPoints));
        QVERIFY(!dialog->handout().savePaper);
        QVERIFY(shown.wait(60000));
        QVERIFY2(shown.last().first().toInt() >= pages, qPrintable(dialog->pageCountText()));
        QVERIFY(dialog->pageCountText().contains(QStringLiteral("takes %1 pages").arg(shown.last().first().toInt())));
        dialog->close();
    }

    void handoutBuilderPutsArticlesInOrder()
    {
        auto reader = startReader(QStringLiteral("alpha"));
        QVERIFY(reader);
        auto *controller = new Ui::PrintController(reader->window->host());
        Ui::HandoutDialog *dialog = controller->openHandoutBuilder();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QListWidget *all = dialog->availableList();
        QCOMPARE(all->count(), 4); // every article of the mini collection, branches loaded

        auto select = [all](const QString &slug) {
            all->clearSelection();
            for (int i = 0; i < all->count(); ++i) {
                if (all->item(i)->data(Qt::UserRole + 1).toString() == slug) {
                    all->item(i)->setSelected(true);
                }
            }
        };
        dialog->filterBox()->setText(QStringLiteral("gam"));
        int visible = 0;
        for (int i = 0; i < all->count(); ++i) {
            visible += all->item(i)->isHidden() ? 0 : 1;
        }
        QCOMPARE(visible, 1);
        select(QStringLiteral("gamma"));
        dialog->addSelected();
        dialog->filterBox()->clear();
        select(QStringLiteral("alpha"));
        dialog->addSelected();
        select(QStringLiteral("beta"));
        dialog->addSelected();
        dialog->addSelected(); // twice: kept once, with a note
        QVERIFY(dialog->note().contains(QStringLiteral("Already")));
        QCOMPARE(dialog->handout().articles,
                 (QStringList{QStringLiteral("gamma"), QStringLiteral("alpha"), QStringLiteral("beta")}));
        dialog->chosenList()->setCurrentRow(2);
        dialog->moveUp();
        dialog->moveUp();
        QCOMPARE(dialog->handout().articles,
                 (QStringList{QStringLiteral("beta"), QStringLiteral("gamma"), QStringLiteral("alpha")}));
        dialog->moveDown();
        QCOMPARE(dialog->handout().articles,
                 (QStringList{QStringLiteral("gamma"), QStringLiteral("beta"), QStringLiteral("alpha")}));
        dialog->chosenList()->setCurrentRow(0);
        dialog->removeSelected();
        QCOMPARE(dialog->handout().articles, (QStringList{QStringLiteral("beta"), QStringLiteral("alpha")}));

        // Enter in the filter adds its one match, and does not press the dialog's default button.
        QSignalSpy printed(dialog, &Ui::HandoutDialog::printRequested);
        dialog->filterBox()->setText(QStringLiteral("gam"));
        QTest::keyClick(dialog->filterBox(), Qt::Key_Return);
        QCOMPARE(dialog->handout().articles,
                 (QStringList{QStringLiteral("beta"), QStringLiteral("alpha"), QStringLiteral("gamma")}));
        QVERIFY(dialog->filterBox()->text().isEmpty());
        QCOMPARE(printed.count(), 0);
        dialog->chosenList()->setCurrentRow(2);
        dialog->removeSelected();

        Export::Handout handout = dialog->handout();
        handout.title = QStringLiteral("Spring pack");
        handout.group = QStringLiteral("Hillside group");
        handout.contact = QStringLiteral("Hall 2\nTel 555");
        handout.textPoints = 18;
        handout.timeline = true;
        dialog->setHandout(handout);
        QCOMPARE(dialog->handout(), handout);
        const QString path = m_dir.filePath(QStringLiteral("spring.json"));
        QString error;
        QVERIFY2(dialog->saveFile(path, &error), qPrintable(error));

        // Saved as PDF from the builder: the contents follow the chosen order.
        const QString pdfPath = m_dir.filePath(QStringLiteral("spring.pdf"));
        QSignalSpy saved(controller, &Ui::PrintController::pdfSaved);
        emit dialog->pdfRequested(dialog->handout(), pdfPath);
        QVERIFY(saved.wait(60000));
        QVERIFY2(saved.first().at(1).toBool(), qPrintable(saved.first().at(2).toString()));
        QVERIFY(dialog->note().contains(QStringLiteral("spring.pdf")));
        QFile file(pdfPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        Pdf pdf(file.readAll());
        QVERIFY(pdf.text(0).contains(QStringLiteral("Hillside group")));
        const QString contents = pdf.squashed(1);
        QVERIFY(contents.startsWith(QStringLiteral("Contents")));
        QVERIFY(contents.indexOf(QStringLiteral("Betaarticle")) >= 0);
        QVERIFY(contents.indexOf(QStringLiteral("Betaarticle")) < contents.indexOf(QStringLiteral("Alphaarticle")));
        QVERIFY(contents.contains(QStringLiteral("Timeline")));
        dialog->close();
        QTRY_VERIFY(!controller->handoutDialog());

        // Next time: the group's details are remembered; a saved handout opens as it was.
        Ui::HandoutDialog *again = controller->openHandoutBuilder();
        QCOMPARE(again->handout().group, QStringLiteral("Hillside group"));
        QCOMPARE(again->handout().contact, QStringLiteral("Hall 2\nTel 555"));
        again->setHandout(Export::Handout{});
        QVERIFY2(again->openFile(path, &error), qPrintable(error));
        QCOMPARE(again->handout(), handout);
        QVERIFY(!again->openFile(m_dir.filePath(QStringLiteral("nothing.json")), &error));
        QVERIFY(error.contains(QStringLiteral("nothing.json")));
        again->close();
    }
};

MYELIN_GUI_TEST_MAIN(TestExportPdf)
#include "tst_export_pdf.moc"
