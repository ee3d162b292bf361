// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF assembly with qpdf (pdfassembly.h): pages in order, footers laid over them as form XObjects,
// bookmarks, the document's title and language. Needs Qt Core and qpdf only.
#include "pdfassembly.h"

#include <exception>
#include <memory>
#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>
#include <vector>

namespace Myelin::Export::PdfAssembly {

namespace {

std::unique_ptr<QPDF> openPdf(const QByteArray &bytes, const char *description)
{
    auto pdf = std::make_unique<QPDF>();
    pdf->setSuppressWarnings(true);
    // qpdf reads from the buffer without copying it: bytes must outlive the QPDF.
    pdf->processMemoryFile(description, bytes.constData(), static_cast<size_t>(bytes.size()));
    return pdf;
}

QPDFObjectHandle text(const QString &value)
{
    return QPDFObjectHandle::newUnicodeString(value.toStdString());
}

// "D:20270603141500+01'00'"
std::string pdfDate(const QDateTime &when)
{
    const int offset = when.offsetFromUtc() / 60;
    const QString zone = offset == 0 ? QStringLiteral("Z")
                                     : QStringLiteral("%1%2'%3'")
                                           .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                                           .arg(qAbs(offset) / 60, 2, 10, QLatin1Char('0'))
                                           .arg(qAbs(offset) % 60, 2, 10, QLatin1Char('0'));
    return (QStringLiteral("D:") + when.toString(QStringLiteral("yyyyMMddHHmmss")) + zone).toStdString();
}

void overlay(QPDF &target, QPDFPageObjectHelper &page, QPDFPageObjectHelper &footerPage)
{
    QPDFObjectHandle form = target.copyForeignObject(footerPage.getFormXObjectForPage());
    QPDFObjectHandle resources = page.getAttribute("/Resources", true);
    if (!resources.isDictionary()) {
        resources = QPDFObjectHandle::newDictionary();
        page.getObjectHandle().replaceKey("/Resources", resources);
    }
    QPDFObjectHandle xobjects = resources.getKey("/XObject");
    if (!xobjects.isDictionary()) {
        xobjects = QPDFObjectHandle::newDictionary();
        resources.replaceKey("/XObject", xobjects);
    }
    int suffix = 0;
    const std::string name = resources.getUniqueResourceName("/MyelinFooter", suffix);
    xobjects.replaceKey(name, form);
    const std::string place =
        page.placeFormXObject(form, name, page.getTrimBox().getArrayAsRectangle(), true, true, false);
    // Wrap the page's own drawing in q/Q so its graphics state cannot leak into the footer.
    page.addPageContents(QPDFObjectHandle::newStream(&target, "q\n"), true);
    page.addPageContents(QPDFObjectHandle::newStream(&target, "\nQ\nq\n" + place + "\nQ\n"), false);
}

void addOutline(QPDF &pdf, const std::vector<QPDFPageObjectHelper> &pages, const QList<OutlineEntry> &entries)
{
    QList<OutlineEntry> valid;
    for (const OutlineEntry &entry : entries) {
        if (entry.page >= 0 && entry.page < static_cast<int>(pages.size()) && !entry.title.isEmpty()) {
            valid << entry;
        }
    }
    if (valid.isEmpty()) {
        return;
    }
    QPDFObjectHandle outlines = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
    outlines.replaceKey("/Type", QPDFObjectHandle::newName("/Outlines"));
    std::vector<QPDFObjectHandle> items;
    for (const OutlineEntry &entry : valid) {
        QPDFObjectHandle item = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
        item.replaceKey("/Title", text(entry.title));
        item.replaceKey("/Parent", outlines);
        QPDFObjectHandle destination = QPDFObjectHandle::newArray();
        // The top left of the page, at the reader's zoom: [page /XYZ left top zoom].
        QPDFPageObjectHelper page = pages.at(static_cast<size_t>(entry.page));
        const auto box = page.getTrimBox().getArrayAsRectangle();
        destination.appendItem(page.getObjectHandle());
        destination.appendItem(QPDFObjectHandle::newName("/XYZ"));
        destination.appendItem(QPDFObjectHandle::newReal(box.llx, 2));
        destination.appendItem(QPDFObjectHandle::newReal(box.ury, 2));
        destination.appendItem(QPDFObjectHandle::newInteger(0));
        item.replaceKey("/Dest", destination);
        items.push_back(item);
    }
    for (size_t i = 0; i < items.size(); ++i) {
        if (i > 0) {
            items[i].replaceKey("/Prev", items[i - 1]);
        }
        if (i + 1 < items.size()) {
            items[i].replaceKey("/Next", items[i + 1]);
        }
    }
    outlines.replaceKey("/First", items.front());
    outlines.replaceKey("/Last", items.back());
    outlines.replaceKey("/Count", QPDFObjectHandle::newInteger(static_cast<long long>(items.size())));
    pdf.getRoot().replaceKey("/Outlines", outlines);
    pdf.getRoot().replaceKey("/PageMode", QPDFObjectHandle::newName("/UseOutlines"));
}

int pageCount(const QByteArray &pdf, QString *error)
{
    try {
        auto document = openPdf(pdf, "part");
        return static_cast<int>(document->getRoot().getKey("/Pages").getKey("/Count").getIntValue());
    } catch (const std::exception &e) {
        if (error != nullptr) {
            *error = QString::fromStdString(e.what());
        }
        return -1;
    }
}

QByteArray compose(const Job &input, QString *error)
{
    try {
        QPDF result;
        result.emptyPDF();
        result.setSuppressWarnings(true);
        QPDFPageDocumentHelper resultPages(result);
        std::vector<std::unique_ptr<QPDF>> sources; // must live until the result is written
        for (const QByteArray &part : input.parts) {
            sources.push_back(openPdf(part, "part"));
            for (QPDFPageObjectHelper &page : QPDFPageDocumentHelper(*sources.back()).getAllPages()) {
                resultPages.addPage(page, false);
            }
        }
        std::vector<QPDFPageObjectHelper> pages = resultPages.getAllPages();
        if (pages.empty()) {
            if (error != nullptr) {
                *error = QStringLiteral("the document has no pages");
            }
            return {};
        }

        bool anyFooter = false;
        for (const bool shown : input.footerShown) {
            anyFooter = anyFooter || shown;
        }
        QByteArray footerBytes;
        std::unique_ptr<QPDF> footerPdf;
        if (anyFooter && input.footers) {
            QList<QSizeF> sizes;
            for (QPDFPageObjectHelper &page : pages) {
                const auto box = page.getTrimBox().getArrayAsRectangle();
                sizes << QSizeF(box.urx - box.llx, box.ury - box.lly);
            }
            footerBytes = input.footers(sizes);
        }
        if (!footerBytes.isEmpty()) {
            footerPdf = openPdf(footerBytes, "footers");
            std::vector<QPDFPageObjectHelper> footerPages = QPDFPageDocumentHelper(*footerPdf).getAllPages();
            for (size_t i = 0; i < pages.size() && i < footerPages.size(); ++i) {
                if (static_cast<qsizetype>(i) < input.footerShown.size() && input.footerShown.at(static_cast<int>(i))) {
                    overlay(result, pages[i], footerPages[i]);
                }
            }
        }

        addOutline(result, pages, input.outline);

        QPDFObjectHandle info = result.makeIndirectObject(QPDFObjectHandle::newDictionary());
        info.replaceKey("/Title", text(input.info.title));
        if (!input.info.subject.isEmpty()) {
            info.replaceKey("/Subject", text(input.info.subject));
        }
        info.replaceKey("/Creator", text(input.creator));
        info.replaceKey("/Producer", text(input.producer));
        info.replaceKey("/CreationDate", QPDFObjectHandle::newString(pdfDate(input.created)));
        result.getTrailer().replaceKey("/Info", info);
        result.getRoot().replaceKey("/Lang", text(input.info.language));
        QPDFObjectHandle preferences = QPDFObjectHandle::newDictionary();
        preferences.replaceKey("/DisplayDocTitle", QPDFObjectHandle::newBool(true));
        result.getRoot().replaceKey("/ViewerPreferences", preferences);

        QPDFWriter writer(result);
        writer.setOutputMemory();
        writer.setObjectStreamMode(qpdf_o_generate);
        writer.setCompressStreams(true);
        writer.write();
        const std::shared_ptr<Buffer> buffer = writer.getBufferSharedPointer();
        return QByteArray(reinterpret_cast<const char *>(buffer->getBuffer()),
                          static_cast<qsizetype>(buffer->getSize()));
    } catch (const std::exception &e) {
        if (error != nullptr) {
            *error = QString::fromStdString(e.what());
        }
        return {};
    }
}

} // namespace

} // namespace Myelin::Export::PdfAssembly

const Myelin::Export::PdfAssembly::Functions *myelin_pdf_functions()
{
    using namespace Myelin::Export::PdfAssembly;
    static const Functions functions{Version, &pageCount, &compose};
    return &functions;
}
