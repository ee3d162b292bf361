// SPDX-License-Identifier: GPL-3.0-or-later
// A PDF assembly module from another build (version 0) for tst_pdfassembly: it must be refused, not called.
#include "export/pdfassembly.h"

namespace {

int refusedPageCount(const QByteArray &, QString *)
{
    return 1;
}

QByteArray refusedCompose(const Myelin::Export::PdfAssembly::Job &, QString *)
{
    return QByteArrayLiteral("%PDF-");
}

} // namespace

const Myelin::Export::PdfAssembly::Functions *myelin_pdf_functions()
{
    static const Myelin::Export::PdfAssembly::Functions functions{0, &refusedPageCount, &refusedCompose};
    return &functions;
}
