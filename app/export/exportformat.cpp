// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportformat.h"

#include <QLocale>

namespace Myelin::Export {

QString paperSizeId(PaperSize paper)
{
    return paper == PaperSize::Letter ? QStringLiteral("Letter") : QStringLiteral("A4");
}

std::optional<PaperSize> paperSizeFromId(const QString &id)
{
    const QString key = id.trimmed().toLower();
    if (key == QLatin1String("a4")) {
        return PaperSize::A4;
    }
    if (key == QLatin1String("letter") || key == QLatin1String("us-letter") || key == QLatin1String("us letter")) {
        return PaperSize::Letter;
    }
    return std::nullopt;
}

PaperSize defaultPaperSize()
{
    return QLocale::system().measurementSystem() == QLocale::ImperialUSSystem ? PaperSize::Letter : PaperSize::A4;
}

double pointsToPixels(double points)
{
    return points * 96.0 / 72.0;
}

double pixelsToPoints(double pixels)
{
    return pixels * 72.0 / 96.0;
}

QString ExportText::reviewed(const QString &isoDate)
{
    return tr("Reviewed %1").arg(readableDate(isoDate));
}

QString ExportText::printed(const QDate &date)
{
    return tr("Printed %1").arg(readableDate(date));
}

QString ExportText::pageOf(int page, int total)
{
    return tr("Page %1 of %2").arg(page).arg(total);
}

QString ExportText::pages(int count)
{
    return tr("%n pages", nullptr, count);
}

} // namespace Myelin::Export
