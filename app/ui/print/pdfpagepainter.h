// SPDX-License-Identifier: GPL-3.0-or-later
// Sends a finished PDF to a printer (or the print preview): each PDF page becomes one printed page,
// scaled to fit the paper and centred. Pages are drawn as pictures (at most 300 dpi on paper, up to 150
// dpi in the preview), which is also how QWebEngineView::print prints; because they are pictures of
// the very PDF that Export as PDF saves, the preview and the paper show exactly what the file holds.
#ifndef MYELIN_UI_PDFPAGEPAINTER_H
#define MYELIN_UI_PDFPAGEPAINTER_H

#include <QByteArray>
#include <QString>

class QPrinter;

namespace Myelin::Ui {

class PdfPagePainter
{
public:
    static constexpr int PrintDpi = 300;
    static constexpr int PreviewDpi = 150;
    static constexpr int MinimumPreviewDpi = 50;
    // The preview keeps every page as an uncompressed picture: a long booklet gets a lower resolution
    // so that all its pages together stay within this.
    static constexpr qint64 PreviewBudgetBytes = 256LL * 1024 * 1024;

    // Returns the number of pages painted, or -1 (and *error) when the PDF cannot be read or the
    // printer cannot be started.
    static int paint(const QByteArray &pdf, QPrinter *printer, QString *error = nullptr);
};

} // namespace Myelin::Ui

#endif // MYELIN_UI_PDFPAGEPAINTER_H
