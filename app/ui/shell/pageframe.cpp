// SPDX-License-Identifier: GPL-3.0-or-later
#include "pageframe.h"

#include <utility>

namespace Myelin::Ui {

namespace {

QUrl pageOf(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveFragment);
}

} // namespace

PageFrame::PageFrame(Apply applyFrame, QObject *parent) : QObject(parent), m_apply(std::move(applyFrame))
{
    m_longestWait.setSingleShot(true);
    m_longestWait.setInterval(DefaultLongestWaitMs);
    connect(&m_longestWait, &QTimer::timeout, this, [this] {
        if (m_pending) {
            apply();
        }
    });
}

void PageFrame::show(const QUrl &url, Content content, When when)
{
    m_pending = std::move(content);
    m_pendingPage = pageOf(url);
    // Now, or the page whose frame is up (a #part of it: no new page comes).
    if (when == When::Now || m_pendingPage == m_shownPage) {
        apply();
    } else {
        m_longestWait.start();
    }
}

void PageFrame::pageShown(const QUrl &url)
{
    if (m_pending && pageOf(url) == m_pendingPage) {
        apply();
    }
}

void PageFrame::apply()
{
    m_longestWait.stop();
    const Content content = *std::exchange(m_pending, std::nullopt);
    m_shownPage = m_pendingPage;
    m_apply(content);
}

} // namespace Myelin::Ui
