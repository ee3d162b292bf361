// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfrenderer.h"

#include "core/logging.h"
#include "web/printschemehandler.h"
#include "web/requestinterceptor.h"
#include "web/webprofile.h"

#include <QLoggingCategory>
#include <QTimer>
#include <QWebEnginePage>
#include <QWebEngineProfile>

Q_LOGGING_CATEGORY(lcPdfRenderer, "myelin.ui.pdfrenderer", QtInfoMsg)

namespace Myelin::Ui {

namespace {

// Messages from the printed pages go to the log category, not to the terminal.
class PrintPage : public QWebEnginePage
{
public:
    using QWebEnginePage::QWebEnginePage;

protected:
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel, const QString &message, int line,
                                  const QString &source) override
    {
        MYELIN_DEBUG(lcPdfRenderer) << source << line << message;
    }
};

} // namespace

PdfRenderer::PdfRenderer(const ContentRepository &repository, QObject *parent)
    : QObject(parent), m_handler(new Web::PrintSchemeHandler(repository, this)),
      m_interceptor(new Web::RequestInterceptor(this)), m_idle(new QTimer(this))
{
    m_idle->setSingleShot(true);
    m_idle->setInterval(IdleMs);
    connect(m_idle, &QTimer::timeout, this, &PdfRenderer::releaseIdle);
}

void PdfRenderer::releaseIdle()
{
    if (pending() == 0) {
        releaseWorkers();
    }
}

PdfRenderer::~PdfRenderer()
{
    m_queue.clear(); // unfinished jobs are dropped without calling back
    releaseWorkers();
}

void PdfRenderer::releaseWorkers()
{
    // Pages must go before their profile.
    for (auto &worker : m_workers) {
        worker->job.reset();
        ++worker->generation;
        worker->page->disconnect(this);
        delete worker->page;
        delete worker->watchdog;
    }
    m_workers.clear();
    delete m_profile;
    m_profile = nullptr;
}

int PdfRenderer::pending() const
{
    int busy = 0;
    for (const auto &worker : m_workers) {
        busy += worker->job ? 1 : 0;
    }
    return busy + static_cast<int>(m_queue.size());
}

void PdfRenderer::ensureWorkers()
{
    if (m_profile != nullptr) {
        return;
    }
    // Created on first use: nothing of the printing machinery costs start-up time.
    m_profile = Web::createProfile(m_handler, m_interceptor, nullptr);
    for (int i = 0; i < Workers; ++i) {
        auto worker = std::make_unique<Worker>();
        Worker *w = worker.get();
        w->page = new PrintPage(m_profile, nullptr);
        w->watchdog = new QTimer(this);
        w->watchdog->setSingleShot(true);
        w->watchdog->setInterval(TimeoutMs);
        connect(w->watchdog, &QTimer::timeout, this, [this, w] {
            MYELIN_WARNING(lcPdfRenderer) << "printing timed out:" << w->url;
            finish(*w, {});
        });
        connect(w->page, &QWebEnginePage::loadFinished, this, [this, w](bool ok) {
            if (!w->job || w->page->url() != w->url) {
                return;
            }
            if (!ok) {
                MYELIN_WARNING(lcPdfRenderer) << "cannot load" << w->url;
                finish(*w, {});
                return;
            }
            const quint64 generation = w->generation;
            w->page->printToPdf(
                [this, w, generation](const QByteArray &pdf) {
                    if (w->generation == generation && w->job) {
                        finish(*w, pdf);
                    }
                },
                w->job->layout);
        });
        m_workers.push_back(std::move(worker));
    }
}

void PdfRenderer::render(const QString &html, const QPageLayout &layout, Callback done)
{
    m_idle->stop();
    ensureWorkers();
    m_queue.enqueue(std::make_shared<Job>(Job{html, layout, std::move(done)}));
    startNext();
}

void PdfRenderer::startNext()
{
    for (auto &worker : m_workers) {
        if (m_queue.isEmpty()) {
            return;
        }
        if (!worker->job) {
            const std::shared_ptr<Job> next = m_queue.dequeue();
            start(*worker, std::make_unique<Job>(*next));
        }
    }
}

void PdfRenderer::start(Worker &worker, std::unique_ptr<Job> job)
{
    worker.job = std::move(job);
    ++worker.generation;
    worker.url = m_handler->addDocument(worker.job->html);
    worker.watchdog->start();
    worker.page->load(worker.url);
}

void PdfRenderer::finish(Worker &worker, const QByteArray &pdf)
{
    worker.watchdog->stop();
    m_handler->removeDocument(worker.url);
    std::unique_ptr<Job> job = std::move(worker.job);
    ++worker.generation;
    // Start the next job before calling back, so a callback that queues more work keeps both busy.
    startNext();
    if (pending() == 0) {
        m_idle->start();
    }
    if (job && job->done) {
        job->done(pdf);
    }
}

} // namespace Myelin::Ui
