// SPDX-License-Identifier: GPL-3.0-or-later
#include "whatsnewdialog.h"

#include "core/readabledate.h"

#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QPushButton>
#include <QScreen>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace Myelin::Ui {

namespace {

QString section(const QString &heading, const QList<Update::ArticleChange> &articles, bool links)
{
    if (articles.isEmpty()) {
        return {};
    }
    QString html = QStringLiteral("<h2>%1</h2><ul>").arg(heading.toHtmlEscaped());
    for (const Update::ArticleChange &article : articles) {
        const QString title = article.title.toHtmlEscaped();
        const QString reviewed = WhatsNewDialog::tr("reviewed %1").arg(readableDate(article.reviewed)).toHtmlEscaped();
        html += links ? QStringLiteral("<li><a href=\"%1\">%2</a> — %3</li>")
                            .arg(QString::fromLatin1(QUrl::toPercentEncoding(article.slug)), title, reviewed)
                      : QStringLiteral("<li>%1 — %2</li>").arg(title, reviewed);
    }
    return html + QStringLiteral("</ul>");
}

} // namespace

QString WhatsNewDialog::html(const Update::ContentStore::WhatsNew &news)
{
    QString html = QStringLiteral("<p>%1</p>")
                       .arg((news.from.isEmpty()
                                 ? tr("The content is now version %1.").arg(news.to)
                                 : tr("The content was updated from version %1 to version %2.").arg(news.from, news.to))
                                .toHtmlEscaped());
    if (news.changes.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(tr("No article was added, changed or removed.").toHtmlEscaped());
    }
    html += section(tr("New articles (%1)").arg(news.changes.added.size()), news.changes.added, true);
    html += section(tr("Changed articles (%1)").arg(news.changes.changed.size()), news.changes.changed, true);
    html += section(tr("Removed articles (%1)").arg(news.changes.removed.size()), news.changes.removed, false);
    return html;
}

WhatsNewDialog::WhatsNewDialog(const Update::ContentStore::WhatsNew &news, QWidget *parent)
    : QDialog(parent), m_page(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("whatsNewDialog"));
    setWindowTitle(tr("What's New in the Content"));
    setAccessibleName(windowTitle());
    setAccessibleDescription(tr("The articles the last content update added, changed and removed. Press Tab to "
                                "move between the articles, Enter to open one."));
    m_page->setObjectName(QStringLiteral("whatsNewPage"));
    m_page->setAccessibleName(tr("What's new: the articles added, changed and removed"));
    m_page->setOpenLinks(false);
    m_page->setOpenExternalLinks(false);
    m_page->setHtml(html(news));
    connect(m_page, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        emit articleRequested(QUrl::fromPercentEncoding(url.toString(QUrl::FullyEncoded).toLatin1()));
        accept();
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_page, 1);
    layout->addWidget(buttons);
    if (const QScreen *screen = parent != nullptr ? parent->screen() : QGuiApplication::primaryScreen()) {
        const QSize available = screen->availableSize();
        resize(qMin(fontMetrics().averageCharWidth() * 70, available.width() * 9 / 10),
               qMin(fontMetrics().height() * 28, available.height() * 9 / 10));
    }
}

} // namespace Myelin::Ui
