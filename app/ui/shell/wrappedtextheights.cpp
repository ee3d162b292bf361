// SPDX-License-Identifier: GPL-3.0-or-later
#include "wrappedtextheights.h"

#include <QFontMetrics>
#include <QRect>

namespace Myelin::Ui {

int WrappedTextHeights::height(const QFont &font, int width, const QString &text) const
{
    const QString key = font.key() + QLatin1Char('\n') + QString::number(width) + QLatin1Char('\n') + text;
    if (const auto known = m_heights.constFind(key); known != m_heights.constEnd()) {
        return *known;
    }
    if (m_heights.size() >= Limit) {
        m_heights.clear();
    }
    const int height = QFontMetrics(font).boundingRect(QRect(0, 0, width, 100000), Flags, text).height();
    m_heights.insert(key, height);
    return height;
}

} // namespace Myelin::Ui
