// SPDX-License-Identifier: GPL-3.0-or-later
// "Questions for my next appointment" on paper (ui/print/printquestions.cpp, export/questionsheet):
// one page in large print with the title, the date, each question numbered with where it came from,
// and the footer; more questions than fit are printed only after the user agrees; a handout can end
// with the page.
#include "../gui/readerfixture.h"
#include "export/exportformat.h"
#include "testsupport.h"
#include "ui/print/pdfpipeline.h"
#include "ui/print/printcontroller.h"
#include "ui/shell/readerhost.h"
#include "web/urlscheme.h"

#include <QBuffer>
#include <QCheckBox>
#include <QMessageBox>
#include <QPdfDocument>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace Myelin;

namespace {

struct Pdf
{
    explicit Pdf(const QString &path)
    {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly)) {
            bytes = file.readAll();
        }
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        document.load(&buffer);
    }
    int pages() const { return document.pageCount(); }
    QString text(int page) const { return document.getAllText(page).text(); }
    QString squashed(int page) const { return text(page).remove(QRegularExpression(QStringLiteral("\\s+"))); }
    double height(int page, const QString &word) const
    {
        const int at = int(text(page).indexOf(word));
        return at < 0 ? -1 : document.getSelectionAtIndex(page, at, int(word.size())).boundingRectangle().height();
    }

    QByteArray bytes;
    QBuffer buffer;
    mutable QPdfDocument document;
};

Export::QuestionSheet sheetOf(int count, const QString &text)
{
    Export::QuestionSheet sheet;
    for (int i = 1; i <= count; ++i) {
        sheet.items.append(
            {text.arg(i), QStringLiteral("From \u201CAlpha article\u201D: \u201Ca passage %1\u201D").arg(i)});
    }
    return sheet;
}

} // namespace

class TestQuestionsPdf : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Test::Reader> m_reader;
    Ui::PrintController *m_print = nullptr;
    Export::QuestionSheet m_sheet;

    QMessageBox *askedBox() const
    {
        return m_reader->window->findChild<QMessageBox *>(QStringLiteral("questionsPagesBox"));
    }

    QString save(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QSignalSpy saved(m_print, &Ui::PrintController::pdfSaved);
        QSignalSpy asked(m_print, &Ui::PrintController::questionsAsked);
        m_print->exportQuestionsPdf(path);
        const bool done = saved.wait(60000);
        if (!asked.isEmpty()) {
            qWarning("asked: %s", qPrintable(askedBox()->text()));
            askedBox()->reject();
            return {};
        }
        if (!done || !saved.first().at(1).toBool()) {
            qWarning("not saved: %s", saved.isEmpty() ? "" : qPrintable(saved.first().at(2).toString()));
            return {};
        }
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_reader = std::make_unique<Test::Reader>(QStringLiteral(MYELIN_MINI_DB),
                                                  m_dir.filePath(QStringLiteral("settings.ini")),
                                                  m_dir.filePath(QStringLiteral("user.db")));
        QVERIFY2(m_reader->isValid(), qPrintable(m_reader->error()));
        QVERIFY(m_reader->start(QStringLiteral("alpha")));
        m_print = new Ui::PrintController(m_reader->window->host());
        m_print->setQuestionSource([this] { return m_sheet; });
    }

    void cleanupTestCase() { m_reader.reset(); }

    void onePageInLargePrint()
    {
        m_sheet = sheetOf(5, QStringLiteral("Question number %1: could a cool bath help my fatigue?"));
        QVERIFY(m_print->questionsTextPoints() >= Export::LargeTextPoints);
        const QString path = save(QStringLiteral("questions.pdf"));
        QVERIFY(!path.isEmpty());
        if (qEnvironmentVariableIsSet("MYELIN_KEEP_PDF")) { // to look at it
            QFile::remove(qEnvironmentVariable("MYELIN_KEEP_PDF"));
            QFile::copy(path, qEnvironmentVariable("MYELIN_KEEP_PDF"));
        }
        const Pdf pdf(path);
        QCOMPARE(pdf.pages(), 1);
        const QString text = pdf.text(0);
        QVERIFY2(pdf.squashed(0).startsWith(QStringLiteral("Questionsformynextappointment")), qPrintable(text));
        QVERIFY2(text.contains(readableDate(QDate::currentDate())), qPrintable(text));
        for (int i = 1; i <= 5; ++i) {
            QVERIFY2(pdf.squashed(0).contains(QStringLiteral("Questionnumber%1:couldacoolbathhelpmyfatigue?").arg(i)),
                     qPrintable(text));
            QVERIFY2(pdf.squashed(0).contains(QStringLiteral("apassage%1").arg(i)), qPrintable(text));
        }
        QVERIFY(text.contains(QStringLiteral("Page 1 of 1")));
        QVERIFY(text.contains(Export::ExportText::printed(QDate::currentDate())));
        // Large print: a capital letter of the questions stands at least as tall as 16 pt type's.
        const double capital = pdf.height(0, QStringLiteral("Q"));
        QVERIFY2(capital >= 16 * 0.6, qPrintable(QString::number(capital)));
    }

    void moreThanAPageIsAskedFirst()
    {
        m_sheet = sheetOf(14, QStringLiteral("Longer question %1 about what the consultant said about my last "
                                             "scan and whether it changes my treatment?"));
        // Cancel: nothing is saved.
        {
            QSignalSpy asked(m_print, &Ui::PrintController::questionsAsked);
            QSignalSpy saved(m_print, &Ui::PrintController::pdfSaved);
            m_print->exportQuestionsPdf(m_dir.filePath(QStringLiteral("cancelled.pdf")));
            QVERIFY(asked.wait(60000));
            auto *box = askedBox();
            QVERIFY(box->text().contains(QStringLiteral("do not fit on one page")));
            box->button(QMessageBox::Cancel)->click();
            QVERIFY(!saved.wait(500) && saved.isEmpty());
            QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("cancelled.pdf"))));
            QTRY_VERIFY(askedBox() == nullptr); // closed and gone
        }
        // Agree: saved on the pages it takes.
        QSignalSpy asked(m_print, &Ui::PrintController::questionsAsked);
        QSignalSpy saved(m_print, &Ui::PrintController::pdfSaved);
        m_print->exportQuestionsPdf(m_dir.filePath(QStringLiteral("long.pdf")));
        QVERIFY(asked.wait(60000));
        auto *box = askedBox();
        QVERIFY(box->defaultButton()->text().startsWith(QStringLiteral("Use ")));
        box->defaultButton()->click();
        QVERIFY(!saved.isEmpty() || saved.wait(60000)); // saved as the button is clicked
        QVERIFY(saved.first().at(1).toBool());
        const Pdf pdf(m_dir.filePath(QStringLiteral("long.pdf")));
        QVERIFY(pdf.pages() > 1);
        QVERIFY(pdf.squashed(pdf.pages() - 1).contains(QStringLiteral("Longerquestion14")));
    }

    void noQuestionsSaysSo()
    {
        m_sheet = {};
        QSignalSpy saved(m_print, &Ui::PrintController::pdfSaved);
        m_print->exportQuestionsPdf(m_dir.filePath(QStringLiteral("empty.pdf")));
        QVERIFY(!saved.isEmpty() || saved.wait(10000));
        QVERIFY(!saved.first().at(1).toBool());
        QVERIFY(saved.first().at(2).toString().contains(QStringLiteral("no questions")));
        for (QMessageBox *box : m_reader->window->findChildren<QMessageBox *>()) {
            box->close();
        }
    }

    void aHandoutCanEndWithTheQuestions()
    {
        m_sheet = sheetOf(2, QStringLiteral("Handout question %1?"));
        Export::Handout handout;
        handout.articles = {QStringLiteral("alpha")};
        handout.cover = false;
        handout.contents = false;
        handout.questions = true;
        QVERIFY(Export::Handout::fromJson(handout.toJsonBytes(), nullptr)->questions); // kept in the file

        {
            Ui::HandoutDialog *dialog = m_print->openHandoutBuilder();
            QVERIFY(!dialog->questionsBox()->isHidden());
            dialog->setHandout(handout);
            QVERIFY(dialog->handout().questions);
            dialog->close();
        }
        QSignalSpy saved(m_print, &Ui::PrintController::pdfSaved);
        const QString path = m_dir.filePath(QStringLiteral("handout.pdf"));
        m_print->exportHandoutPdf(handout, path);
        QVERIFY(saved.wait(60000));
        QVERIFY2(saved.first().at(1).toBool(), qPrintable(saved.first().at(2).toString()));
        const Pdf pdf(path);
        QVERIFY(pdf.pages() >= 2);
        const int last = pdf.pages() - 1;
        QVERIFY2(pdf.squashed(last).startsWith(QStringLiteral("Questionsformynextappointment")),
                 qPrintable(pdf.text(last)));
        QVERIFY(pdf.squashed(last).contains(QStringLiteral("Handoutquestion2?")));
        // Without a list of questions (the command line) the page is left out.
        Ui::PdfPipeline pipeline(*m_reader->repository);
        std::optional<Ui::PdfPipeline::Result> result;
        pipeline.handout(handout, [&](const Ui::PdfPipeline::Result &r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 60000);
        for (const auto &part : result->parts) {
            QVERIFY(part.kind != Export::PlanPart::Kind::Questions);
        }
    }
};

MYELIN_GUI_TEST_MAIN(TestQuestionsPdf)
#include "tst_questions_pdf.moc"
