// SPDX-License-Identifier: GPL-3.0-or-later
#include "readerhost.h"

#include "userdata/settings.h"

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

bool ReaderHost::saveSettings()
{
    if (settings().sync()) {
        return true;
    }
    reportSaveProblem(settings().lastError());
    return false;
}

} // namespace Myelin::Ui
