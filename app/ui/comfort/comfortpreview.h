// SPDX-License-Identifier: GPL-3.0-or-later
// A live preview for the comfort page: the start of a real article (title, summary, first paragraph)
// through the same stylesheet and :root style as the article view, restyled at once on every change.
#ifndef MYELIN_UI_COMFORTPREVIEW_H
#define MYELIN_UI_COMFORTPREVIEW_H

#include <QWidget>

class QWebEngineView;

namespace Myelin {
class ContentRepository;
namespace Web {
class RequestInterceptor;
class SchemeHandler;
class WebPage;
} // namespace Web
} // namespace Myelin

namespace Myelin::Ui {

class ComfortPreview : public QWidget
{
    Q_OBJECT

public:
    ComfortPreview(const ContentRepository &repository, const QString &slug, QWidget *parent = nullptr);
    ~ComfortPreview() override;

    void setReadingStyle(const QString &rootStyle, quint32 backgroundRgb);
    bool isLoaded() const { return m_loaded; }
    Web::WebPage *page() const { return m_page; }

signals:
    void loaded();

private:
    void restyle();

    Web::SchemeHandler *m_handler;
    Web::RequestInterceptor *m_interceptor;
    Web::WebPage *m_page = nullptr;
    QWebEngineView *m_view;
    QString m_rootStyle;
    bool m_loaded = false;
};

} // namespace Myelin::Ui

#endif // MYELIN_UI_COMFORTPREVIEW_H
