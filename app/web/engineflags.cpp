// SPDX-License-Identifier: GPL-3.0-or-later
#include "engineflags.h"

#include <QByteArrayList>

namespace Myelin::Web::EngineFlags {

namespace {

constexpr const char *JsFlags = "--js-flags=";
const QByteArrayList &ours()
{
    static const QByteArrayList flags{QByteArrayLiteral("--expose-gc"), QByteArrayLiteral("--jitless")};
    return flags;
}

} // namespace

QByteArray merged(const QByteArray &userFlags)
{
    // Qt WebEngine 6.4 splits the variable at spaces (later versions also honour double quotes: a quoted
    // value with spaces in it is split here as 6.4 would).
    QByteArrayList flags = userFlags.split(' ');
    flags.removeAll(QByteArray());
    qsizetype js = -1;
    for (qsizetype i = 0; i < flags.size(); ++i) {
        if (flags.at(i).startsWith(JsFlags)) {
            js = i; // the last one is the one Chromium keeps
        }
    }
    QByteArrayList values = ours();
    if (js >= 0) {
        for (const QByteArray &value : flags.at(js).mid(qstrlen(JsFlags)).split(',')) {
            if (!value.isEmpty() && !ours().contains(value)) {
                values << value;
            }
        }
        flags[js] = JsFlags + values.join(',');
    } else {
        flags << JsFlags + values.join(',');
    }
    return flags.join(' ');
}

void apply()
{
    qputenv(Variable, merged(qgetenv(Variable)));
}

} // namespace Myelin::Web::EngineFlags
