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

PageFrame::PageFrame(Apply apply, QObject *parent) : QObject(parent), m_apply(std::move(apply)) {}

void PageFrame::show(const QUrl &url, Content content, When when)
{
    m_pending = std::move(content);
    m_pendingPage = pageOf(url);
    // Now, already handed over, or the page whose frame is up (a #part of it: no new page comes).
    if (when == When::Now || m_pendingPage == m_lastServed || m_pendingPage == m_shownPage) {
        m_lastServed.clear();
        apply();
    }
}

void PageFrame::pageServed(const QUrl &url)
{
    m_lastServed = pageOf(url);
    if (m_pending && m_lastServed == m_pendingPage) {
        m_lastServed.clear();
        apply();
    }
}

void PageFrame::pageLoaded()
{
    m_lastServed.clear(); // what was served has been shown; a later visit waits for its own
    if (m_pending) {
        apply();
    }
}

void PageFrame::apply()
{
    const Content content = *std::exchange(m_pending, std::nullopt);
    m_shownPage = m_pendingPage;
    m_apply(content);
}

} // namespace Myelin::Ui
