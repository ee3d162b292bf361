// SPDX-License-Identifier: GPL-3.0-or-later
// Assembles the final PDF from the parts Chromium printed (qpdf): pages in order, the running footer
// laid over every page, bookmarks for each part, and the document's title and language.
//
// Why this way: Qt 6.4's printToPdf has no header/footer template, so page numbers and footers are
// added afterwards. Drawing the footers as vector PDF (FooterPages) and overlaying them as form
// XObjects keeps every page as Chromium made it: text stays text (searchable, copyable, readable by
// screen readers, and small), which re-drawing pages as pictures through QPdfDocument would lose.
// The qpdf part is loaded when first needed (pdfassembly.h).
#ifndef MYELIN_EXPORT_PDFCOMPOSER_H
#define MYELIN_EXPORT_PDFCOMPOSER_H

#include "footerpages.h"
#include "pdfassembly.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Myelin::Export {

class PdfComposer
{
public:
    struct Input
    {
        QList<QByteArray> parts;   // complete PDF files, in order
        QList<PageFooter> footers; // one per page of the result; missing ones are left blank
        FooterStyle footerStyle;
        QList<OutlineEntry> outline;
        PdfInfo info;
    };

    // The number of pages of a PDF file; -1 (and *error set) when it cannot be read.
    static int pageCount(const QByteArray &pdf, QString *error = nullptr);

    // The finished document; empty (and *error set) on failure.
    static QByteArray compose(const Input &input, QString *error = nullptr);

    // The PDF assembly, loaded on first use; null (and *error set: which file, what is wrong) when its
    // module cannot be found or loaded. *from: the module's file, or empty where it is linked in.
    static const PdfAssembly::Functions *assembly(QString *error = nullptr, QString *from = nullptr);
    // The module at path (without its suffix) when it is one of this build's; else null and *error set.
    static const PdfAssembly::Functions *loadModule(const QString &path, QString *error);
};

} // namespace Myelin::Export

#endif // MYELIN_EXPORT_PDFCOMPOSER_H
