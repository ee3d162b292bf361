// SPDX-License-Identifier: GPL-3.0-or-later
#include "glyphicon.h"

#include <QFont>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace Myelin::Ui {

QIcon GlyphIcon::drawn(const std::function<void(QPainter &painter, int size, qreal s)> &draw)
{
    QIcon icon;
    for (const int size : {24, 48}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        draw(painter, size, size / 24.0);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

QIcon GlyphIcon::make(Glyph glyph, const QColor &colour)
{
    return drawn([glyph, &colour](QPainter &painter, int size, qreal s) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        switch (glyph) {
        case Glyph::Play: {
            QPainterPath path;
            path.moveTo(6 * s, 4 * s);
            path.lineTo(20 * s, 12 * s);
            path.lineTo(6 * s, 20 * s);
            path.closeSubpath();
            painter.drawPath(path);
            break;
        }
        case Glyph::Pause:
            painter.drawRoundedRect(QRectF(5 * s, 4 * s, 5 * s, 16 * s), s, s);
            painter.drawRoundedRect(QRectF(14 * s, 4 * s, 5 * s, 16 * s), s, s);
            break;
        case Glyph::Stop:
            painter.drawRoundedRect(QRectF(5 * s, 5 * s, 14 * s, 14 * s), 2 * s, 2 * s);
            break;
        case Glyph::Comfort: {
            painter.setPen(colour);
            QFont font;
            font.setBold(true);
            font.setPixelSize(qRound(17 * s));
            painter.setFont(font);
            painter.drawText(QRectF(0, 0, size, size), Qt::AlignCenter, QStringLiteral("Aa"));
            break;
        }
        }
    });
}

QIcon GlyphIcon::swatch(const QColor &background, const QColor &text, const QColor &frame)
{
    return drawn([&](QPainter &painter, int size, qreal s) {
        painter.setPen(QPen(frame, 1.5 * s));
        painter.setBrush(background);
        painter.drawRoundedRect(QRectF(1 * s, 1 * s, 22 * s, 22 * s), 4 * s, 4 * s);
        painter.setPen(text);
        QFont font;
        font.setBold(true);
        font.setPixelSize(qRound(13 * s));
        painter.setFont(font);
        painter.drawText(QRectF(0, 0, size, size), Qt::AlignCenter, QStringLiteral("Aa"));
    });
}

} // namespace Myelin::Ui
