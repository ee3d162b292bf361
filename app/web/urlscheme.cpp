// SPDX-License-Identifier: GPL-3.0-or-later
#include "urlscheme.h"

#include "core/contenturl.h"

#include <QWebEngineUrlScheme>

namespace Myelin::Web {

void registerUrlScheme()
{
    if (QWebEngineUrlScheme::schemeByName(ContentUrl::Scheme).name() == ContentUrl::Scheme) {
        return; // once is enough (the reader's engine half registers it; so do tests and `myelin export`)
    }
    QWebEngineUrlScheme scheme(ContentUrl::Scheme);
    scheme.setSyntax(QWebEngineUrlScheme::Syntax::Host);
    scheme.setFlags(QWebEngineUrlScheme::SecureScheme | QWebEngineUrlScheme::LocalScheme |
                    QWebEngineUrlScheme::LocalAccessAllowed);
    QWebEngineUrlScheme::registerScheme(scheme);
}

} // namespace Myelin::Web
