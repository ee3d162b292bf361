// SPDX-License-Identifier: GPL-3.0-or-later
#include "glyphicon.h"

#include <QApplication>
#include <QFont>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QStyle>
#include <QStyleOption>
#include <utility>

namespace Myelin::Ui {

namespace {

// Draws the glyph when a size is first asked for, at that size (crisp at any scale), and keeps it:
// nothing is drawn while the window is being made (issue 21) or for sizes never shown.
class DrawnIconEngine final : public QIconEngine
{
public:
    explicit DrawnIconEngine(std::function<void(QPainter &, int, qreal)> draw) : m_draw(std::move(draw)) {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        painter->drawPixmap(rect, pixmap(rect.size(), mode, state));
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State) override
    {
        const int side = qMin(size.width(), size.height());
        if (side <= 0) {
            return {};
        }
        const quint64 key = (quint64(side) << 8) | quint64(mode);
        if (const auto kept = m_kept.constFind(key); kept != m_kept.constEnd()) {
            return *kept;
        }
        QPixmap pixmap(side, side);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        m_draw(painter, side, side / 24.0);
        painter.end();
        if (mode != QIcon::Normal && mode != QIcon::Active) { // Disabled, Selected: as the style shows them
            QStyleOption option;
            option.palette = QApplication::palette();
            pixmap = QApplication::style()->generatedIconPixmap(mode, pixmap, &option);
        }
        m_kept.insert(key, pixmap);
        return pixmap;
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override
    {
        const int side = qMin(size.width(), size.height());
        return {side, side};
    }

    QIconEngine *clone() const override { return new DrawnIconEngine(m_draw); }

private:
    std::function<void(QPainter &, int, qreal)> m_draw;
    QHash<quint64, QPixmap> m_kept;
};

} // namespace

QIcon GlyphIcon::drawn(const std::function<void(QPainter &painter, int size, qreal s)> &draw)
{
    return QIcon(new DrawnIconEngine(draw));
}

QIcon GlyphIcon::make(Glyph glyph, const QColor &colour)
{
    return drawn([glyph, colour](QPainter &painter, int size, qreal s) {
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
    return drawn([background, text, frame](QPainter &painter, int size, qreal s) {
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
