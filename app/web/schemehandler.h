// SPDX-License-Identifier: GPL-3.0-or-later
// Serves myelin://article/<slug>, myelin://glossary/<term>, myelin://image/<name> and
// myelin://style/content.css from the content database and the app's resources, and
// myelin://font/<file> from the bundled fonts.
#ifndef MYELIN_WEB_SCHEMEHANDLER_H
#define MYELIN_WEB_SCHEMEHANDLER_H

#include <QWebEngineUrlSchemeHandler>

namespace Myelin {
class ContentRepository;
}

namespace Myelin::Web {

class SchemeHandler : public QWebEngineUrlSchemeHandler
{
    Q_OBJECT

public:
    explicit SchemeHandler(const ContentRepository &repository, QObject *parent = nullptr);

    // CSS declarations for :root inlined into every page (reading size, theme colours).
    void setRootStyle(const QString &rootStyle) { m_rootStyle = rootStyle; }
    // resources/content/content.css, read once: written into every page it serves.
    static QString styleSheet();
    QString rootStyle() const { return m_rootStyle; }

    void requestStarted(QWebEngineUrlRequestJob *job) override;

    // The bytes and MIME type served for url; empty mime when there is nothing there.
    struct Reply
    {
        QByteArray mime;
        QByteArray data;
    };
    Reply replyFor(const QUrl &url) const;

private:
    const ContentRepository &m_repository;
    QString m_rootStyle;
};

} // namespace Myelin::Web

#endif // MYELIN_WEB_SCHEMEHANDLER_H
