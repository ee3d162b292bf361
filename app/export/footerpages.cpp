// SPDX-License-Identifier: GPL-3.0-or-later
#include "footerpages.h"

#include "core/theme.h"
#include "exportformat.h"

#include <QBuffer>
#include <QColor>
#include <QFontMetricsF>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace Myelin::Export {

namespace {

constexpr int Resolution = 1200;

QColor colour(Rgb rgb)
{
    return QColor::fromRgb(rgb);
}

QFont footerFont(double pointSize, bool bold)
{
    QFont font;
    font.setFamilies(
        {QStringLiteral("Atkinson Hyperlegible"), QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans")});
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    return font;
}

} // namespace

double FooterStyle::reservedHeight() const
{
    // Two lines, the rule above them and a clear gap to the text.
    return bottomMargin + 2 * lineHeight() + pointSize * 1.6;
}

QByteArray FooterPages::render(const QList<QSizeF> &pageSizes, const QList<PageFooter> &footers,
                               const FooterStyle &style)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (pageSizes.isEmpty()) {
        return {};
    }
    QPdfWriter writer(&buffer);
    writer.setResolution(Resolution);
    writer.setCreator(ExportText::productName());
    const auto pageSizeFor = [](const QSizeF &points) {
        return QPageSize(points, QPageSize::Point, QString(), QPageSize::ExactMatch);
    };
    writer.setPageSize(pageSizeFor(pageSizes.first()));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));

    const Theme &paper = Theme::print();
    const double unit = Resolution / 72.0; // device pixels per point
    const QFont titleFont = footerFont(style.pointSize, true);
    const QFont detailFont = footerFont(style.pointSize, false);

    QPainter painter(&writer);
    const int total = static_cast<int>(pageSizes.size());
    for (int i = 0; i < total; ++i) {
        if (i > 0) {
            writer.setPageSize(pageSizeFor(pageSizes.at(i)));
            writer.newPage();
        }
        if (i >= footers.size() || !footers.at(i).visible) {
            continue;
        }
        const PageFooter &footer = footers.at(i);
        const QSizeF size = pageSizes.at(i) * unit;
        const double left = style.sideMargin * unit;
        const double right = size.width() - style.sideMargin * unit;
        const double line = style.lineHeight() * unit;
        const double bottom = size.height() - style.bottomMargin * unit;
        const double top = bottom - 2 * line;

        painter.setPen(QPen(colour(paper.muted), 0.6 * unit));
        painter.drawLine(QPointF(left, top - 0.35 * line), QPointF(right, top - 0.35 * line));

        painter.setPen(colour(paper.text));
        const QString pageText = ExportText::pageOf(i + 1, total);
        painter.setFont(titleFont);
        const QFontMetricsF titleMetrics(titleFont, &writer);
        const double pageWidth = titleMetrics.horizontalAdvance(pageText);
        const double textWidth = right - left - pageWidth - 2 * style.pointSize * unit;
        const bool numberLeft = style.mirrored && (i + 1) % 2 == 0;
        if (numberLeft) {
            painter.drawText(QRectF(left, top, pageWidth + unit, line), Qt::AlignLeft | Qt::AlignVCenter, pageText);
            painter.drawText(QRectF(right - textWidth, top, textWidth, line), Qt::AlignRight | Qt::AlignVCenter,
                             titleMetrics.elidedText(footer.title, Qt::ElideRight, textWidth));
        } else {
            painter.drawText(QRectF(right - pageWidth - unit, top, pageWidth + unit, line),
                             Qt::AlignRight | Qt::AlignVCenter, pageText);
            painter.drawText(QRectF(left, top, textWidth, line), Qt::AlignLeft | Qt::AlignVCenter,
                             titleMetrics.elidedText(footer.title, Qt::ElideRight, textWidth));
        }
        // The dates matter more than a uniform size: a long line first gets a little smaller, and is
        // cut short only if it still does not fit.
        QFont fitted = detailFont;
        const double natural = QFontMetricsF(detailFont, &writer).horizontalAdvance(footer.details);
        if (natural > right - left) {
            fitted.setPointSizeF(qMax(style.pointSize * 0.8, style.pointSize * (right - left) / natural * 0.98));
        }
        painter.setFont(fitted);
        const QFontMetricsF detailMetrics(fitted, &writer);
        painter.drawText(QRectF(left, top + line, right - left, line), Qt::AlignLeft | Qt::AlignVCenter,
                         detailMetrics.elidedText(footer.details, Qt::ElideRight, right - left));
    }
    painter.end();
    return bytes;
}

} // namespace Myelin::Export
