// SPDX-License-Identifier: GPL-3.0-or-later
// Where the PDF assembly (qpdf) comes from (export/pdfcomposer, export/pdfassembly.h): on Linux a module
// loaded beside the program when a PDF is first put together, so qpdf is not in memory before; a
// missing, broken or foreign module is refused with a message that names the file.
#include "export/pdfcomposer.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>

using Myelin::Export::PdfComposer;

namespace {

// The libraries this process has mapped (Linux).
QString mappedFiles()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    return maps.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(maps.readAll()) : QString();
}

QByteArray onePagePdf()
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        QPainter painter(&writer);
        painter.fillRect(QRectF(100, 100, 200, 50), Qt::darkBlue); // no text: no fonts without a GUI
    }
    return bytes;
}

} // namespace

class TestPdfAssembly : public QObject
{
    Q_OBJECT

private slots:
    void qpdfIsNotLoadedBeforeAPdfIsPutTogether()
    {
#ifndef MYELIN_PDF_MODULE
        QSKIP("the PDF assembly is linked into the program on this system");
#endif
        const QString maps = mappedFiles();
        QVERIFY(!maps.isEmpty());
        QVERIFY(!maps.contains(QStringLiteral("libqpdf")));
        QVERIFY(!maps.contains(QStringLiteral("libgnutls")));
        QVERIFY(!maps.contains(QStringLiteral("myelin-pdf")));
    }

    void theModuleIsLoadedFromItsPlaceBesideTheProgramOnFirstUse()
    {
        QString error;
        QString from;
        QVERIFY2(PdfComposer::assembly(&error, &from) != nullptr, qPrintable(error));
        QCOMPARE(PdfComposer::pageCount(onePagePdf(), &error), 1);
#ifdef MYELIN_PDF_MODULE
        QCOMPARE(from, QDir::cleanPath(QCoreApplication::applicationDirPath() +
                                       QStringLiteral("/" MYELIN_PDF_MODULE_DIR "/myelin-pdf")));
        const QString maps = mappedFiles();
        QVERIFY(maps.contains(QStringLiteral("/myelin-pdf.so")));
        QVERIFY(maps.contains(QStringLiteral("libqpdf")));
#else
        QVERIFY(from.isEmpty()); // linked in
#endif
    }

    void aMissingModuleIsNamedInTheMessage()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("nowhere/myelin-pdf"));
        QString error;
        QVERIFY(PdfComposer::loadModule(path, &error) == nullptr);
        QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("Install Myelin again")), qPrintable(error));
    }

    void aFileThatIsNoModuleIsRefused()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile file(dir.filePath(QStringLiteral("myelin-pdf.so")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a library");
        file.close();
        QString error;
        QVERIFY(PdfComposer::loadModule(file.fileName(), &error) == nullptr);
        QVERIFY2(error.contains(QStringLiteral("myelin-pdf")), qPrintable(error));
    }

    void aModuleFromAnotherBuildIsRefusedNotCalled()
    {
        QString error;
        QVERIFY(PdfComposer::loadModule(QStringLiteral(MYELIN_PDF_VERSION0_MODULE), &error) == nullptr);
        QVERIFY2(error.contains(QStringLiteral("version 0")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("Install Myelin again")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestPdfAssembly)
#include "tst_pdfassembly.moc"
