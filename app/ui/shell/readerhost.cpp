// SPDX-License-Identifier: GPL-3.0-or-later
#include "readerhost.h"

namespace Myelin::Ui {

void ReaderHost::whenArticleViewReady(QObject *context, const std::function<void()> &ready)
{
    if (articleView() != nullptr) {
        ready();
        return;
    }
    auto *once = new QObject(context);
    connect(this, &ReaderHost::articleViewReady, once, [once, ready] {
        once->deleteLater();
        ready();
    });
}

} // namespace Myelin::Ui
