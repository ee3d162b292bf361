// SPDX-License-Identifier: GPL-3.0-or-later
// How tall text is when wrapped to a width in a font, remembered. Item delegates that wrap their words
// (related items, notes) are asked for each item's size when the items change and again when they are
// drawn; measuring wrapped text each time is most of what they cost.
#ifndef MYELIN_UI_WRAPPEDTEXTHEIGHTS_H
#define MYELIN_UI_WRAPPEDTEXTHEIGHTS_H

#include <QFont>
#include <QHash>
#include <QString>

namespace Myelin::Ui {

class WrappedTextHeights
{
public:
    static constexpr int Flags = Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop;
    static constexpr int Limit = 512; // then forgotten at once: a new font or width, the old ones no longer serve

    int height(const QFont &font, int width, const QString &text) const;
    int size() const { return int(m_heights.size()); }

private:
    mutable QHash<QString, int> m_heights;
};

} // namespace Myelin::Ui

#endif // MYELIN_UI_WRAPPEDTEXTHEIGHTS_H
