// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfpagepainter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPaintEngine>
#include <QPainter>
#include <QPdfDocument>
#include <QPrinter>
#include <cmath>

namespace Myelin::Ui {

int PdfPagePainter::paint(const QByteArray &pdf, QPrinter *printer, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error != nullptr) {
            *error = message;
        }
        return -1;
    };
    QByteArray bytes = pdf; // the buffer must outlive the document
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument document;
    document.load(&buffer); // synchronous for a random-access device
    if (document.status() != QPdfDocument::Status::Ready || document.pageCount() == 0) {
        return fail(QCoreApplication::translate("Myelin::Ui::PdfPagePainter", "The pages could not be read."));
    }

    // The PDF already has its margins and footer: draw on the whole sheet.
    printer->setFullPage(true);
    QPainter painter;
    if (!painter.begin(printer)) {
        return fail(QCoreApplication::translate("Myelin::Ui::PdfPagePainter", "The printer could not be started."));
    }
    // The preview keeps every page in memory as a picture: a lower resolution is plenty on screen.
    const bool preview = painter.paintEngine() != nullptr && painter.paintEngine()->type() == QPaintEngine::Picture;
    int dpi = qMin(printer->resolution(), preview ? PreviewDpi : PrintDpi);
    if (preview) {
        double squareInches = 0;
        for (int page = 0; page < document.pageCount(); ++page) {
            const QSizeF points = document.pagePointSize(page);
            squareInches += points.width() * points.height() / (72.0 * 72.0);
        }
        const double fits = std::sqrt(PreviewBudgetBytes / (4.0 * qMax(1.0, squareInches)));
        dpi = qBound(MinimumPreviewDpi, static_cast<int>(fits), dpi);
    }
    const QRectF sheet = printer->paperRect(QPrinter::DevicePixel);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);

    for (int page = 0; page < document.pageCount(); ++page) {
        if (page > 0 && !printer->newPage()) {
            painter.end();
            return fail(QCoreApplication::translate("Myelin::Ui::PdfPagePainter", "The printer stopped after page %1.")
                            .arg(page));
        }
        const QSizeF points = document.pagePointSize(page);
        if (points.isEmpty()) {
            continue;
        }
        const double scale = qMin(sheet.width() / points.width(), sheet.height() / points.height());
        const QSizeF size = points * scale;
        const QRectF target(QPointF((sheet.width() - size.width()) / 2, (sheet.height() - size.height()) / 2), size);
        const QImage image = document.render(page, (points * dpi / 72.0).toSize());
        painter.drawImage(target, image);
    }
    painter.end();
    return document.pageCount();
}

} // namespace Myelin::Ui
