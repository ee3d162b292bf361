// SPDX-License-Identifier: GPL-3.0-or-later
// Prints HTML documents to PDF with Chromium (QWebEnginePage::printToPdf), on a locked-down profile
// of its own: JavaScript off, only the myelin: scheme, nothing written to disk. Pages without a view,
// so it works headless. Two pages work in parallel (one per core on the target machines).
#ifndef MYELIN_UI_PDFRENDERER_H
#define MYELIN_UI_PDFRENDERER_H

#include <QObject>
#include <QPageLayout>
#include <QQueue>
#include <QUrl>
#include <functional>
#include <memory>
#include <vector>

class QTimer;
class QWebEnginePage;
class QWebEngineProfile;

namespace Myelin {
class ContentRepository;
namespace Web {
class PrintSchemeHandler;
class RequestInterceptor;
} // namespace Web
} // namespace Myelin

namespace Myelin::Ui {

class PdfRenderer : public QObject
{
    Q_OBJECT

public:
    static constexpr int Workers = 2;
    static constexpr int TimeoutMs = 60000;
    // After this long without work the pages and their renderer processes are let go (memory).
    static constexpr int IdleMs = 30000;

    explicit PdfRenderer(const ContentRepository &repository, QObject *parent = nullptr);
    ~PdfRenderer() override;

    // done receives the PDF, or an empty array when the page could not be loaded or printed.
    using Callback = std::function<void(const QByteArray &pdf)>;
    void render(const QString &html, const QPageLayout &layout, Callback done);

    int pending() const;
    bool hasWorkers() const { return !m_workers.empty(); }
    // Lets the pages and their renderer processes go now if there is no work (also done by itself
    // after IdleMs); the next render() starts them again.
    void releaseIdle();

private:
    struct Job
    {
        QString html;
        QPageLayout layout;
        Callback done;
    };
    struct Worker
    {
        QWebEnginePage *page = nullptr;
        QTimer *watchdog = nullptr;
        std::unique_ptr<Job> job;
        QUrl url;
        quint64 generation = 0; // ignores late answers for a job that timed out
    };

    void ensureWorkers();
    void releaseWorkers();
    void startNext();
    void start(Worker &worker, std::unique_ptr<Job> job);
    void finish(Worker &worker, const QByteArray &pdf);

    Web::PrintSchemeHandler *m_handler;
    Web::RequestInterceptor *m_interceptor;
    QWebEngineProfile *m_profile = nullptr;
    std::vector<std::unique_ptr<Worker>> m_workers;
    QQueue<std::shared_ptr<Job>> m_queue;
    QTimer *m_idle;
};

} // namespace Myelin::Ui

#endif // MYELIN_UI_PDFRENDERER_H
