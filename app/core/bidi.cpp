// SPDX-License-Identifier: GPL-3.0-or-later
#include "bidi.h"

#include "translations.h"

namespace Myelin::Bidi {

QString isolated(const QString &text)
{
    if (text.isEmpty()) {
        return text;
    }
    const bool textRightToLeft = text.isRightToLeft();
    if (textRightToLeft == Translations::interfaceIsRightToLeft()) {
        return text;
    }
    return (textRightToLeft ? QChar(0x2067) : QChar(0x2066)) + text + QChar(0x2069);
}

} // namespace Myelin::Bidi
