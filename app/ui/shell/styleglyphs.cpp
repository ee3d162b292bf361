// SPDX-License-Identifier: GPL-3.0-or-later
#include "styleglyphs.h"

#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>

namespace Myelin::Ui::StyleGlyphs {

namespace {

// Paints its glyph on a 24-unit grid in the palette's button text colour when asked, so a theme
// change shows at the next paint.
class GlyphEngine final : public QIconEngine
{
public:
    explicit GlyphEngine(Glyph glyph) : m_glyph(glyph) {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const QPalette palette = QGuiApplication::palette();
        const QColor colour =
            palette.color(mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active, QPalette::ButtonText);
        const qreal side = qMin(rect.width(), rect.height());
        const qreal s = side / 24;
        painter->save();
        painter->translate(rect.center().x() - side / 2 + 0.5, rect.center().y() - side / 2 + 0.5);
        if (mirrored()) {
            painter->translate(side, 0);
            painter->scale(-1, 1);
        }
        QPen pen(colour, qMax(2.0, 2.5 * s));
        pen.setCapStyle(Qt::RoundCap);
        pen.setJoinStyle(Qt::RoundJoin);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        draw(*painter, s);
        painter->restore();
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent); // QIconEngine's own leaves it unfilled
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(), size), mode, state);
        return pixmap;
    }

    QIconEngine *clone() const override { return new GlyphEngine(m_glyph); }

private:
    // Forward is Back turned round; both point along the reading direction of the moment.
    bool mirrored() const
    {
        const bool rightToLeft = QGuiApplication::layoutDirection() == Qt::RightToLeft;
        return m_glyph == Glyph::Forward ? !rightToLeft : m_glyph == Glyph::Back && rightToLeft;
    }

    void draw(QPainter &p, qreal s) const
    {
        const auto at = [s](qreal x, qreal y) { return QPointF(x * s, y * s); };
        switch (m_glyph) {
        case Glyph::Overflow:
            for (const qreal x : {6.0, 13.2}) { // two chevrons pointing right
                const QPointF points[] = {at(x, 6), at(x + 4.8, 12), at(x, 18)};
                p.drawPolyline(points, 3);
            }
            break;
        case Glyph::Clear:
            p.drawLine(at(7, 7), at(17, 17));
            p.drawLine(at(17, 7), at(7, 17));
            break;
        case Glyph::Back:
        case Glyph::Forward: { // drawn pointing left; Forward is mirrored
            p.drawLine(at(19, 12), at(5, 12));
            const QPointF head[] = {at(11, 6), at(5, 12), at(11, 18)};
            p.drawPolyline(head, 3);
            break;
        }
        case Glyph::Home: {
            const QPointF roof[] = {at(4, 12), at(12, 4.5), at(20, 12)};
            p.drawPolyline(roof, 3);
            const QPointF walls[] = {at(6.5, 10), at(6.5, 19.5), at(17.5, 19.5), at(17.5, 10)};
            p.drawPolyline(walls, 4);
            const QPointF door[] = {at(10.5, 19.5), at(10.5, 14.5), at(13.5, 14.5), at(13.5, 19.5)};
            p.drawPolyline(door, 4);
            break;
        }
        case Glyph::Folder: {
            QPainterPath folder(at(3.5, 18.5));
            folder.lineTo(at(3.5, 6));
            folder.lineTo(at(9.5, 6));
            folder.lineTo(at(11.5, 8.5));
            folder.lineTo(at(20.5, 8.5));
            folder.lineTo(at(20.5, 18.5));
            folder.closeSubpath();
            p.drawPath(folder);
            break;
        }
        case Glyph::Print:
            p.drawRect(QRectF(at(7.5, 3.5), at(16.5, 9)));     // paper going in
            p.drawRect(QRectF(at(3.5, 9), at(20.5, 16.5)));    // the printer
            p.drawRect(QRectF(at(7.5, 13.5), at(16.5, 20.5))); // the page coming out
            break;
        }
    }

    Glyph m_glyph;
};

} // namespace

std::optional<Glyph> glyphFor(QStyle::StandardPixmap icon)
{
    switch (icon) {
    case QStyle::SP_ToolBarHorizontalExtensionButton:
        return Glyph::Overflow;
    case QStyle::SP_LineEditClearButton:
        return Glyph::Clear;
    case QStyle::SP_ArrowBack:
        return Glyph::Back;
    case QStyle::SP_ArrowForward:
        return Glyph::Forward;
    case QStyle::SP_DirHomeIcon:
        return Glyph::Home;
    case QStyle::SP_DirIcon:
    case QStyle::SP_DirClosedIcon:
        return Glyph::Folder;
    default:
        return std::nullopt;
    }
}

QIcon make(Glyph glyph)
{
    return QIcon(new GlyphEngine(glyph));
}

} // namespace Myelin::Ui::StyleGlyphs
