// SPDX-License-Identifier: GPL-3.0-or-later
#include "panefit.h"

#include <QFont>
#include <QFontMetricsF>
#include <cmath>

namespace Myelin::Ui::PaneFit {

double averageCharacterWidth(const QStringList &families, double pixelSize)
{
    // An ordinary sentence, spaces included: closer to a line of an article than the font's own
    // average, which counts capitals and figures as often as small letters.
    static const QString sample =
        QStringLiteral("Most people find that the first weeks after a diagnosis bring many questions, and "
                       "that answers written in plain words help them to decide what to do next.");
    QFont font;
    font.setFamilies(families);
    font.setPixelSize(qMax(1, qRound(pixelSize)));
    return QFontMetricsF(font).horizontalAdvance(sample) / sample.size();
}

int readableWidth(const QStringList &families, double pixelSize)
{
    constexpr double Margins = 2 * 1.25; // em, both sides
    constexpr int ScrollBarAndFrame = 24;
    return int(std::ceil(ReadableCharacters * averageCharacterWidth(families, pixelSize) + Margins * pixelSize)) +
           ScrollBarAndFrame;
}

Panes fit(int available, int contentsWidth, int relatedWidth, int needed, Panes wanted, Keep keep)
{
    Panes shown = wanted;
    auto column = [&] { return available - (shown.contents ? contentsWidth : 0) - (shown.related ? relatedWidth : 0); };
    if (column() < needed && shown.related && keep != Keep::Related) {
        shown.related = false;
    }
    if (column() < needed && shown.contents && keep != Keep::Contents) {
        shown.contents = false;
    }
    return shown;
}

} // namespace Myelin::Ui::PaneFit
