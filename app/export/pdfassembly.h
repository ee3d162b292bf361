// SPDX-License-Identifier: GPL-3.0-or-later
// What the program and the PDF assembly (qpdfassembly.cpp, with qpdf) share. On Linux the assembly is a
// module of its own (myelin-pdf), loaded by PdfComposer when a PDF is first put together: qpdf and
// the GnuTLS it needs are then not loaded with the reader (3.8 MB of its memory and 10 libraries at
// each start, issue 21). Elsewhere it is linked into the program (Windows links qpdf statically; the
// macOS bundle gets qpdf from the program's own links).
#ifndef MYELIN_EXPORT_PDFASSEMBLY_H
#define MYELIN_EXPORT_PDFASSEMBLY_H

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSizeF>
#include <QString>
#include <QtGlobal>
#include <functional>

namespace Myelin::Export {

struct OutlineEntry
{
    QString title;
    int page = 0; // from 0
};

struct PdfInfo
{
    QString title;
    QString subject;
    QString language = QStringLiteral("en");
};

namespace PdfAssembly {

// Raised whenever Job or Functions change: a module from another build is refused, not called.
inline constexpr int Version = 1;

struct Job
{
    QList<QByteArray> parts; // complete PDF files, in order
    // The footers as a PDF of one transparent page per page size given (points); empty: no footers.
    std::function<QByteArray(const QList<QSizeF> &pageSizes)> footers;
    QList<bool> footerShown; // per page of the result; missing ones are not laid over
    QList<OutlineEntry> outline;
    PdfInfo info;
    QString creator;
    QString producer;
    QDateTime created;
};

struct Functions
{
    int version;
    // The number of pages of a PDF file; -1 (and *error set) when it cannot be read.
    int (*pageCount)(const QByteArray &pdf, QString *error);
    // The finished document; empty (and *error set) on failure.
    QByteArray (*compose)(const Job &job, QString *error);
};

inline constexpr const char *EntryPoint = "myelin_pdf_functions";

} // namespace PdfAssembly
} // namespace Myelin::Export

// The module's one entry point (qpdfassembly.cpp).
extern "C" Q_DECL_EXPORT const Myelin::Export::PdfAssembly::Functions *myelin_pdf_functions();

#endif // MYELIN_EXPORT_PDFASSEMBLY_H
