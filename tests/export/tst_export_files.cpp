// SPDX-License-Identifier: GPL-3.0-or-later
// What the export library writes, read back the way other programs read it: handout files, the
// self-contained web page (parsed with gumbo), plain text, and PDFs assembled with footers (read with
// QPdfDocument).
#include "core/contentdatabase.h"
#include "core/contentrepository.h"
#include "export/documentplan.h"
#include "export/handout.h"
#include "export/htmltext.h"
#include "export/pdfcomposer.h"
#include "export/plaintextexport.h"
#include "export/printhtml.h"
#include "export/selfcontainedhtml.h"
#include "minicontent.h"

#include <QBuffer>
#include <QFile>
#include <QPainter>
#include <QPdfBookmarkModel>
#include <QPdfDocument>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <gumbo.h>

using namespace Myelin;
using namespace Myelin::Export;

namespace {

QString readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// A PDF whose pages say "<label> page <n>", made the way any other program would make one.
QByteArray makePdf(const QString &label, int pages)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    QPainter painter(&writer);
    QFont font = painter.font();
    font.setPointSize(14);
    painter.setFont(font);
    for (int i = 1; i <= pages; ++i) {
        if (i > 1) {
            writer.newPage();
        }
        painter.drawText(QPointF(400, 800), QStringLiteral("%1 page %2").arg(label).arg(i));
    }
    painter.end();
    return bytes;
}

struct PdfText
{
    QStringList pages;
    QString title;
    QStringList bookmarks;
};

PdfText readPdf(const QByteArray &pdf)
{
    PdfText result;
    QByteArray bytes = pdf;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument document;
    document.load(&buffer);
    for (int i = 0; i < document.pageCount(); ++i) {
        result.pages << document.getAllText(i).text();
    }
    result.title = document.metaData(QPdfDocument::MetaDataField::Title).toString();
    QPdfBookmarkModel bookmarks(nullptr);
    bookmarks.setDocument(&document);
    for (int row = 0; row < bookmarks.rowCount(); ++row) {
        result.bookmarks << bookmarks.index(row, 0).data(int(QPdfBookmarkModel::Role::Title)).toString();
    }
    return result;
}

// Every place a web page can load something from: element and attribute.
struct Reference
{
    QString element;
    QString attribute;
    QString value;
};

void collectReferences(const GumboNode *node, QList<Reference> &references, QStringList &styles, QStringList &anchors)
{
    if (node->type != GUMBO_NODE_ELEMENT) {
        return;
    }
    const GumboElement &element = node->v.element;
    const QString tag = QString::fromUtf8(gumbo_normalized_tagname(element.tag));
    for (unsigned int i = 0; i < element.attributes.length; ++i) {
        const auto *attribute = static_cast<const GumboAttribute *>(element.attributes.data[i]);
        const QString name = QString::fromUtf8(attribute->name).toLower();
        const QString value = QString::fromUtf8(attribute->value);
        if (element.tag == GUMBO_TAG_A && name == QLatin1String("href")) {
            anchors << value;
        } else if (name == QLatin1String("src") || name == QLatin1String("href") || name == QLatin1String("srcset") ||
                   name == QLatin1String("poster") || name == QLatin1String("data") ||
                   name == QLatin1String("xlink:href") || name == QLatin1String("action") ||
                   name == QLatin1String("background")) {
            references << Reference{tag, name, value};
        } else if (name == QLatin1String("style")) {
            styles << value;
        }
    }
    if (element.tag == GUMBO_TAG_STYLE) {
        for (unsigned int i = 0; i < element.children.length; ++i) {
            const auto *child = static_cast<const GumboNode *>(element.children.data[i]);
            if (child->type == GUMBO_NODE_TEXT) {
                styles << QString::fromUtf8(child->v.text.text);
            }
        }
    }
    for (unsigned int i = 0; i < element.children.length; ++i) {
        collectReferences(static_cast<const GumboNode *>(element.children.data[i]), references, styles, anchors);
    }
}

} // namespace

class TestExportFiles : public QObject
{
    Q_OBJECT

private:
    Test::MiniContent m_mini;
    QTemporaryDir m_dir;

    Handout sampleHandout() const
    {
        Handout h;
        h.title = QStringLiteral("Welcome pack");
        h.group = QStringLiteral("Riverside MS group");
        h.contact = QStringLiteral("Library, Tuesdays 2 pm\nPhone 01234 567890");
        h.articles = {QStringLiteral("beta"), QStringLiteral("alpha")};
        h.glossary = true;
        h.timeline = true;
        h.cover = false;
        h.textPoints = 18;
        h.paper = PaperSize::Letter;
        return h;
    }

    QString writeTemp(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(bytes);
        return path;
    }

private slots:
    void printCarriesTheReadersSpacingAndFont()
    {
        Export::PrintHtml plain(14);
        QVERIFY(!plain.rootStyle().contains(QStringLiteral("OpenDyslexic")));
        ReadingStyle style;
        style.lineHeightPercent = 200;
        style.letterSpacing = 12;
        style.wordSpacing = 16;
        style.font = ReadingStyle::DyslexiaFont;
        style.fontPercent = 250; // the paper size comes from textPoints, not from the screen size
        Export::PrintHtml html(14);
        html.setReadingStyle(style);
        const QString root = html.rootStyle();
        QVERIFY2(root.contains(QStringLiteral("--line-height:2;")), qPrintable(root));
        QVERIFY2(root.contains(QStringLiteral("--letter-spacing:0.12em;")), qPrintable(root));
        QVERIFY2(root.contains(QStringLiteral("--word-spacing:0.16em;")), qPrintable(root));
        QVERIFY(root.contains(QStringLiteral("OpenDyslexic")));
        QVERIFY(root.endsWith(QStringLiteral("font-size:18.67px;"))); // 14 pt, after the theme's size
        QVERIFY(root.contains(QStringLiteral("--bg:#ffffff;")));      // paper colours, whatever the theme
    }

    void initTestCase()
    {
        m_mini = Test::MiniContent::open();
        QVERIFY2(m_mini, m_mini.why());
        QVERIFY(m_dir.isValid());
    }

    // --- handout files ---

    void handoutSurvivesSaveAndOpen()
    {
        const Handout h = sampleHandout();
        const QString path = m_dir.filePath(QStringLiteral("pack.json"));
        QString error;
        QVERIFY2(h.save(path, &error), qPrintable(error));
        const auto loaded = Handout::load(path, &error);
        QVERIFY2(loaded.has_value(), qPrintable(error));
        QVERIFY(*loaded == h);
        // The file is readable by people too: the articles in order, by name.
        const QString text = readFile(path);
        QVERIFY(text.indexOf(QStringLiteral("\"beta\"")) < text.indexOf(QStringLiteral("\"alpha\"")));
        QVERIFY(text.contains(QStringLiteral("\"paper\": \"Letter\"")));
        // "Save paper" comes back too.
        Handout saver = h;
        saver.textPoints = SavePaperTextPoints;
        saver.savePaper = true;
        QVERIFY(saver != h);
        const auto again = Handout::fromJson(saver.toJsonBytes(), &error);
        QVERIFY2(again.has_value(), qPrintable(error));
        QVERIFY(again->savePaper);
        QVERIFY(*again == saver);
    }

    void handoutDefaultsFillMissingOptions()
    {
        QString error;
        const auto h = Handout::fromJson(R"({"articles": ["alpha"]})", &error);
        QVERIFY2(h.has_value(), qPrintable(error));
        QCOMPARE(h->articles, QStringList{QStringLiteral("alpha")});
        QVERIFY(h->cover);
        QVERIFY(h->contents);
        QVERIFY(!h->glossary);
        QCOMPARE(h->textPoints, StandardTextPoints);
        const auto large = Handout::fromJson(R"({"articles": ["alpha"], "largePrint": true})", &error);
        QVERIFY(large.has_value());
        QVERIFY(large->textPoints >= 16);
        QVERIFY(large->isLargePrint());
        QVERIFY(!h->savePaper);
    }

    void badHandoutsAreRefusedWithTheReason_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not json") << QByteArray("{\n  \"articles\": [\"alpha\",\n}") << QStringLiteral("line 3");
        QTest::newRow("not an object") << QByteArray("[\"alpha\"]") << QStringLiteral("one JSON object");
        QTest::newRow("no articles key") << QByteArray("{\"title\": \"x\"}") << QStringLiteral("\"articles\"");
        QTest::newRow("articles not a list")
            << QByteArray("{\"articles\": \"alpha\"}") << QStringLiteral("list of article names");
        QTest::newRow("empty list") << QByteArray("{\"articles\": []}") << QStringLiteral("lists no articles");
        QTest::newRow("number in list") << QByteArray("{\"articles\": [\"alpha\", 3]}") << QStringLiteral("entry 2");
        QTest::newRow("title not text") << QByteArray("{\"articles\": [\"alpha\"], \"title\": 5}")
                                        << QStringLiteral("\"title\"");
        QTest::newRow("glossary not bool") << QByteArray("{\"articles\": [\"alpha\"], \"glossary\": \"yes\"}")
                                           << QStringLiteral("\"glossary\" must be true or false");
        QTest::newRow("savePaper not bool") << QByteArray("{\"articles\": [\"alpha\"], \"savePaper\": 1}")
                                            << QStringLiteral("\"savePaper\" must be true or false");
        QTest::newRow("tiny text") << QByteArray("{\"articles\": [\"alpha\"], \"textSize\": 4}")
                                   << QStringLiteral("\"textSize\"");
        QTest::newRow("paper") << QByteArray("{\"articles\": [\"alpha\"], \"paper\": \"A3\"}")
                               << QStringLiteral("\"A4\" or \"Letter\"");
        QTest::newRow("newer format") << QByteArray("{\"myelinHandout\": 9, \"articles\": [\"alpha\"]}")
                                      << QStringLiteral("newer version");
    }

    void badHandoutsAreRefusedWithTheReason()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, reason);
        const QString path = writeTemp(QStringLiteral("bad.json"), json);
        QString error;
        QVERIFY(!Handout::load(path, &error).has_value());
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY2(error.contains(reason), qPrintable(error));
    }

    void missingAndFolderHandoutsAreNamed()
    {
        QString error;
        QVERIFY(!Handout::load(m_dir.filePath(QStringLiteral("none.json")), &error));
        QVERIFY2(error.contains(QStringLiteral("does not exist")), qPrintable(error));
        QVERIFY(!Handout::load(m_dir.path(), &error));
        QVERIFY2(error.contains(QStringLiteral("folder")), qPrintable(error));
        const QString big = writeTemp(QStringLiteral("big.json"), QByteArray(Handout::MaximumFileBytes + 1, ' '));
        QVERIFY(!Handout::load(big, &error));
        QVERIFY2(error.contains(QStringLiteral("too large")), qPrintable(error));
    }

    // --- self-contained web page ---

    void savedWebPageLoadsNothingFromAnywhere()
    {
        const auto alpha = m_mini.repository->article(QStringLiteral("alpha"));
        QVERIFY(alpha);
        const QString css = readFile(QStringLiteral(MYELIN_CONTENT_CSS));
        QVERIFY(css.contains(QStringLiteral("@media print")));
        const QString html = SelfContainedHtml::article(
            *alpha, SelfContainedHtml::rootStyle(14), css,
            [this](const QString &name) { return m_mini.repository->image(name); }, QStringLiteral("Mini"),
            QDate(2027, 6, 3));

        const QByteArray utf8 = html.toUtf8();
        GumboOutput *output = gumbo_parse(utf8.constData());
        QList<Reference> references;
        QStringList styles;
        QStringList anchors;
        collectReferences(output->root, references, styles, anchors);
        gumbo_destroy_output(&kGumboDefaultOptions, output);

        // Every resource is inside the file: the only src is the picture, as a data: URI.
        int images = 0;
        for (const Reference &ref : references) {
            QVERIFY2(ref.value.startsWith(QLatin1String("data:")),
                     qPrintable(QStringLiteral("<%1 %2=\"%3\">").arg(ref.element, ref.attribute, ref.value.left(80))));
            images += ref.element == QLatin1String("img") ? 1 : 0;
        }
        QCOMPARE(images, 1);
        const QString dot = QString::fromLatin1(m_mini.repository->image(QStringLiteral("dot"))->data.toBase64());
        QVERIFY(html.contains(QStringLiteral("data:image/svg+xml;base64,") + dot));
        // Styles are inlined, and load nothing either.
        QVERIFY(!styles.isEmpty());
        const QRegularExpression url(QStringLiteral("url\\(\\s*['\"]?(?!data:)"));
        for (const QString &style : styles) {
            QVERIFY2(!style.contains(url), qPrintable(style.left(200)));
            QVERIFY(!style.contains(QStringLiteral("@import")));
        }
        QVERIFY(styles.join(QString()).contains(QStringLiteral("@media print")));
        // The outside link the reader may choose to follow is still a link; the app's own are text.
        QVERIFY(anchors.contains(QStringLiteral("https://example.org/outside")));
        QVERIFY(anchors.contains(QStringLiteral("https://doi.org/10.1000/alpha")));
        for (const QString &href : anchors) {
            QVERIFY2(href.startsWith(QLatin1String("https://")) || href.startsWith(QLatin1Char('#')), qPrintable(href));
        }
        QVERIFY(!html.contains(QStringLiteral("myelin:")));
        QVERIFY(html.contains(QStringLiteral("Beta"))); // the link's text stays
        QVERIFY(html.contains(QStringLiteral("Alpha article")));
        QVERIFY(html.contains(QStringLiteral("information, not medical advice")));
        QVERIFY(!html.contains(QStringLiteral("Was this useful?")));
    }

    // --- plain text ---

    void plainTextHasEveryPartInOrder()
    {
        const auto alpha = m_mini.repository->article(QStringLiteral("alpha"));
        const QString text = PlainTextExport::article(*alpha, QStringLiteral("Mini collection"), QDate(2027, 6, 3));
        QVERIFY(text.startsWith(QStringLiteral("Alpha article\n=============\n")));
        const QStringList inOrder = {QStringLiteral("Evidence: Not supported by good studies"),
                                     QStringLiteral("In short: Alpha is about narrowing of veins."),
                                     QStringLiteral("First part\n----------"),
                                     QStringLiteral("stenosis in the jugular veins"),
                                     QStringLiteral("[Picture: A grey dot for testing."),
                                     QStringLiteral("the outside world (https://example.org/outside)"),
                                     QStringLiteral("Sources\n-------"),
                                     QStringLiteral("1. Alpha source. Journal of Tests, 2013."),
                                     QStringLiteral("   https://doi.org/10.1000/alpha"),
                                     QStringLiteral("2. Second alpha source. Test Society, 2018."),
                                     QStringLiteral("Last reviewed: 4 March 2026"),
                                     QStringLiteral("information, not medical advice"),
                                     QStringLiteral("From Mini collection, exported on 3 June 2027.")};
        qsizetype at = 0;
        for (const QString &part : inOrder) {
            const qsizetype found = text.indexOf(part, at);
            QVERIFY2(found >= 0, qPrintable(QStringLiteral("missing or out of order: %1\n---\n%2").arg(part, text)));
            at = found + part.size();
        }
        QVERIFY(!text.contains(QLatin1Char('<')));
        QVERIFY(!text.contains(QStringLiteral("myelin:")));
        for (const QString &line : text.split(QLatin1Char('\n'))) {
            QVERIFY2(line.size() <= HtmlText::DefaultWidth || !line.contains(QLatin1Char(' ')), qPrintable(line));
        }
    }

    void htmlTextKeepsListsAndTables()
    {
        const QString text = HtmlText::toPlainText(
            QStringLiteral("<p>Intro <strong>bold</strong>.</p><ul><li>One</li><li>Two<ul><li>Inner</li></ul></li></ul>"
                           "<ol start=\"3\"><li>Three</li><li>Four</li></ol><table><tr><th>A</th><th>B</th></tr>"
                           "<tr><td>1</td><td>2</td></tr></table><blockquote><p>Quoted</p></blockquote>"));
        QCOMPARE(text,
                 QStringLiteral("Intro bold.\n\n- One\n- Two\n  - Inner\n\n3. Three\n4. Four\n\n- A | B\n- 1 | 2\n\n"
                                "> Quoted\n"));
    }

    void htmlTextSurvivesDeepNesting()
    {
        // A damaged or hostile page nested 5,000 deep: the text is kept, the stack does not overflow.
        const int depth = 5000;
        QString html = QStringLiteral("<p>Before.</p>");
        for (int i = 0; i < depth; ++i) {
            html += i % 2 == 0 ? QStringLiteral("<div>") : QStringLiteral("<span>");
        }
        html += QStringLiteral("Deep <b>inside</b>");
        QString text;
        // On a thread with a 1 MB stack: enough for gumbo (whose own clean-up recurses), not for a
        // layout that recursed into every element.
        QThread *thread = QThread::create([&] { text = HtmlText::toPlainText(html); });
        thread->setStackSize(1024 * 1024);
        thread->start();
        QVERIFY(thread->wait(60000));
        delete thread;
        QVERIFY2(text.startsWith(QStringLiteral("Before.")), qPrintable(text.left(80)));
        QVERIFY2(text.contains(QStringLiteral("Deep inside")), qPrintable(text.right(80)));
    }

    void wrapKeepsLongAddressesWhole()
    {
        const QString url = QStringLiteral("https://example.org/") + QString(80, QLatin1Char('x'));
        const QString wrapped = HtmlText::wrap(QStringLiteral("See ") + url + QStringLiteral(" for more."), 20);
        QCOMPARE(wrapped, QStringLiteral("See\n") + url + QStringLiteral("\nfor more."));
    }

    // --- printed pages ---

    void printPagesDropTheAppsOwnLinks()
    {
        const PrintHtml print(16);
        const QString html = print.article(*m_mini.repository->article(QStringLiteral("alpha")));
        QVERIFY(!html.contains(QStringLiteral("myelin://glossary")));
        QVERIFY(!html.contains(QStringLiteral("myelin://article")));
        QVERIFY(!html.contains(QStringLiteral("myelin://feedback")));
        QVERIFY(html.contains(QStringLiteral("href=\"https://example.org/outside\"")));
        QVERIFY(html.contains(QStringLiteral("myelin://image/dot"))); // served to the printing page
        QVERIFY(html.contains(QStringLiteral("font-size:21.33px")));  // 16 pt
        QCOMPARE(PrintHtml::glossaryTermsIn(m_mini.repository->article(QStringLiteral("alpha"))->html),
                 QStringList{QStringLiteral("stenosis")});
    }

    void contentsListEveryPartWithItsPage()
    {
        const QString html = PrintHtml(14).contents({{QStringLiteral("Alpha & co"), 3}, {QStringLiteral("Beta"), 7}});
        QVERIFY(html.contains(QStringLiteral("Alpha &amp; co")));
        QVERIFY(html.indexOf(QStringLiteral("Page 3")) < html.indexOf(QStringLiteral("Page 7")));
        QVERIFY(html.indexOf(QStringLiteral("Page 3")) < html.indexOf(QStringLiteral("Alpha &amp; co")));
    }

    void coverCarriesTheGroupsDetails()
    {
        const QString html = PrintHtml(14).cover(sampleHandout(), QStringLiteral("Mini"), QDate(2027, 6, 3));
        QVERIFY(html.contains(QStringLiteral("Welcome pack")));
        QVERIFY(html.contains(QStringLiteral("Riverside MS group")));
        QVERIFY(html.contains(QStringLiteral("Library, Tuesdays 2 pm<br>Phone 01234 567890")));
        QVERIFY(html.contains(QStringLiteral("3 June 2027")));
    }

    // --- assembling PDFs ---

    void planNumbersPagesAcrossParts()
    {
        DocumentPlan plan;
        plan.add({PlanPart::Kind::Cover, QStringLiteral("Cover"), {}, {}, 1});
        plan.add({PlanPart::Kind::Contents, QStringLiteral("Contents"), {}, {}, 1});
        plan.add({PlanPart::Kind::Article, QStringLiteral("A"), QStringLiteral("a details"), QStringLiteral("a"), 3});
        plan.add({PlanPart::Kind::Glossary, QStringLiteral("Glossary"), {}, {}, 2});
        QCOMPARE(plan.startPage(0), 1);
        QCOMPARE(plan.startPage(2), 3);
        QCOMPARE(plan.startPage(3), 6);
        QCOMPARE(plan.totalPages(), 7);
        QCOMPARE(plan.contentsParts(), (QList<int>{2, 3}));
        const QList<PageFooter> footers = plan.footers();
        QCOMPARE(footers.size(), 7);
        QVERIFY(!footers.at(0).visible); // no footer on the cover
        QCOMPARE(footers.at(4).title, QStringLiteral("A"));
        QCOMPARE(footers.at(4).details, QStringLiteral("a details"));
        QCOMPARE(plan.outline().at(3).page, 5);
    }

    void composedPdfKeepsPartsInOrderWithFooters()
    {
        PdfComposer::Input input;
        input.parts = {makePdf(QStringLiteral("Cover"), 1), makePdf(QStringLiteral("Alpha"), 2),
                       makePdf(QStringLiteral("Beta"), 1)};
        QCOMPARE(PdfComposer::pageCount(input.parts.at(1)), 2);
        input.footers = {PageFooter{{}, {}, false},
                         PageFooter{QStringLiteral("Alpha article"), QStringLiteral("Myelin · Reviewed 4 March 2026")},
                         PageFooter{QStringLiteral("Alpha article"), QStringLiteral("Myelin · Reviewed 4 March 2026")},
                         PageFooter{QStringLiteral("Beta article"), QStringLiteral("Myelin · Printed 3 June 2027")}};
        input.outline = {{QStringLiteral("Alpha article"), 1}, {QStringLiteral("Beta article"), 3}};
        input.info.title = QStringLiteral("Test pack");
        QString error;
        const QByteArray pdf = PdfComposer::compose(input, &error);
        QVERIFY2(!pdf.isEmpty(), qPrintable(error));

        const PdfText text = readPdf(pdf);
        QCOMPARE(text.pages.size(), 4);
        QVERIFY(text.pages.at(0).contains(QStringLiteral("Cover page 1")));
        QVERIFY(!text.pages.at(0).contains(QStringLiteral("Page 1 of")));
        QVERIFY(text.pages.at(1).contains(QStringLiteral("Alpha page 1")));
        QVERIFY(text.pages.at(2).contains(QStringLiteral("Alpha page 2")));
        QVERIFY(text.pages.at(3).contains(QStringLiteral("Beta page 1")));
        QVERIFY(text.pages.at(1).contains(QStringLiteral("Page 2 of 4")));
        QVERIFY(text.pages.at(2).contains(QStringLiteral("Page 3 of 4")));
        QVERIFY(text.pages.at(3).contains(QStringLiteral("Page 4 of 4")));
        QVERIFY(text.pages.at(2).contains(QStringLiteral("Alpha article")));
        QVERIFY(text.pages.at(2).contains(QStringLiteral("Reviewed 4 March 2026")));
        QVERIFY(text.pages.at(3).contains(QStringLiteral("Printed 3 June 2027")));
        QCOMPARE(text.title, QStringLiteral("Test pack"));
        QCOMPARE(text.bookmarks, (QStringList{QStringLiteral("Alpha article"), QStringLiteral("Beta article")}));
    }

    void brokenPartsAreReportedNotCrashed()
    {
        QString error;
        QCOMPARE(PdfComposer::pageCount(QByteArrayLiteral("%PDF-1.4 nonsense"), &error), -1);
        QVERIFY(!error.isEmpty());
        PdfComposer::Input input;
        input.parts = {QByteArrayLiteral("not a pdf")};
        QVERIFY(PdfComposer::compose(input, &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }
};

QTEST_MAIN(TestExportFiles)
#include "tst_export_files.moc"
