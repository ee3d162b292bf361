// SPDX-License-Identifier: GPL-3.0-or-later
#include "staricon.h"

#include "ui/shell/glyphicon.h"

#include <QPainter>
#include <QPainterPath>
#include <QtMath>

namespace Myelin::Ui::StarIcon {

QIcon make(bool filled, const QColor &ink, const QColor &fill)
{
    return GlyphIcon::drawn([filled, ink, fill](QPainter &painter, int, qreal s) {
        const QPointF centre(12 * s, 12.8 * s);
        const qreal outer = 10.5 * s;
        const qreal inner = 4.3 * s;
        QPainterPath star;
        for (int i = 0; i < 10; ++i) {
            const qreal angle = qDegreesToRadians(-90.0 + i * 36.0);
            const qreal radius = i % 2 == 0 ? outer : inner;
            const QPointF point = centre + QPointF(radius * qCos(angle), radius * qSin(angle));
            if (i == 0) {
                star.moveTo(point);
            } else {
                star.lineTo(point);
            }
        }
        star.closeSubpath();
        painter.setPen(QPen(ink, 1.8 * s, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(filled ? QBrush(fill) : QBrush(Qt::NoBrush));
        painter.drawPath(star);
    });
}

} // namespace Myelin::Ui::StarIcon
