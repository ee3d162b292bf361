// SPDX-License-Identifier: GPL-3.0-or-later
#include "selfcontainedhtml.h"

#include "core/articlerenderer.h"
#include "core/theme.h"
#include "exportformat.h"

#include <QRegularExpression>

namespace Myelin::Export {

namespace {

const QString ImagePrefix = QStringLiteral("myelin://image/");

QString attributeValue(const QString &tag, const QString &name)
{
    const QRegularExpression re(QStringLiteral("\\s%1\\s*=\\s*\"([^\"]*)\"").arg(name),
                                QRegularExpression::CaseInsensitiveOption);
    const auto match = re.match(tag);
    return match.hasMatch() ? match.captured(1) : QString();
}

QString withoutAttribute(const QString &tag, const QString &name)
{
    QString result = tag;
    result.remove(QRegularExpression(QStringLiteral("\\s%1\\s*=\\s*\"[^\"]*\"").arg(name),
                                     QRegularExpression::CaseInsensitiveOption));
    return result;
}

QString unescapeAttribute(QString value)
{
    value.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    value.replace(QStringLiteral("&#39;"), QStringLiteral("'"));
    value.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    value.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    value.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return value;
}

// Replaces every match of re in text by what replace returns for it.
template <typename Replace> QString replaceEach(const QString &text, const QRegularExpression &re, Replace replace)
{
    QString result;
    result.reserve(text.size());
    qsizetype last = 0;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        result += QStringView(text).mid(last, match.capturedStart() - last);
        result += replace(match);
        last = match.capturedEnd();
    }
    result += QStringView(text).mid(last);
    return result;
}

QString imageDataUri(const QString &url, const SelfContainedHtml::ImageLookup &images)
{
    if (!url.startsWith(ImagePrefix) || !images) {
        return {};
    }
    const auto image = images(url.mid(ImagePrefix.size()));
    return image ? SelfContainedHtml::dataUri(image->mime, image->data) : QString();
}

// Stylesheet: @import lines dropped; url(myelin://image/x) inlined; any other url() (except data:)
// dropped, so the page never loads a resource.
QString selfContainedCss(const QString &css, const SelfContainedHtml::ImageLookup &images)
{
    static const QRegularExpression imports(QStringLiteral("@import[^;]*;"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression urls(QStringLiteral("url\\(\\s*(['\"]?)([^'\")]*)\\1\\s*\\)"),
                                         QRegularExpression::CaseInsensitiveOption);
    QString result = css;
    result.remove(imports);
    result = replaceEach(result, urls, [&](const QRegularExpressionMatch &m) {
        const QString url = m.captured(2).trimmed();
        if (url.startsWith(QLatin1String("data:"))) {
            return m.captured(0);
        }
        const QString data = imageDataUri(url, images);
        return data.isEmpty() ? QStringLiteral("none") : QStringLiteral("url(\"%1\")").arg(data);
    });
    // A "</style" inside the stylesheet would end the element early.
    result.replace(QStringLiteral("</"), QStringLiteral("<\\/"));
    return result;
}

} // namespace

QString SelfContainedHtml::dataUri(const QString &mime, const QByteArray &data)
{
    return QStringLiteral("data:%1;base64,%2").arg(mime, QString::fromLatin1(data.toBase64()));
}

QString SelfContainedHtml::rootStyle(double textPoints)
{
    return rootStyleFor(Theme::byId(QStringLiteral("light")), 100) +
           QStringLiteral("font-size:%1px;").arg(QString::number(pointsToPixels(textPoints), 'f', 2));
}

QString SelfContainedHtml::make(const QString &page, const QString &css, const ImageLookup &images)
{
    static const QRegularExpression csp(QStringLiteral("<meta\\s+http-equiv=\"Content-Security-Policy\"[^>]*>"),
                                        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression links(QStringLiteral("<link\\b[^>]*>"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression scripts(QStringLiteral("<script\\b.*?</script\\s*>"),
                                            QRegularExpression::CaseInsensitiveOption |
                                                QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression embeds(
        QStringLiteral("<(iframe|object|embed|source|track|video|audio|base)\\b[^>]*>"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression images_(QStringLiteral("<img\\b[^>]*>"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression styleBlocks(QStringLiteral("(<style\\b[^>]*>)(.*?)(</style\\s*>)"),
                                                QRegularExpression::CaseInsensitiveOption |
                                                    QRegularExpression::DotMatchesEverythingOption);

    QString html = page;
    // Defence in depth, as in the reader: the file itself forbids loading anything but its own parts.
    html = replaceEach(html, csp, [](const QRegularExpressionMatch &) {
        return QStringLiteral("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                              "img-src data:; style-src 'unsafe-inline'\">");
    });
    html.remove(scripts);
    html.remove(embeds);
    // Inline <style> blocks already in the page (the :root reading style) get the same treatment.
    html = replaceEach(html, styleBlocks, [&](const QRegularExpressionMatch &m) {
        return m.captured(1) + selfContainedCss(m.captured(2), images) + m.captured(3);
    });
    const QString inlined = QStringLiteral("<style>") + selfContainedCss(css, images) + QStringLiteral("</style>");
    html = replaceEach(html, links, [&](const QRegularExpressionMatch &m) {
        const QString tag = m.captured(0);
        const bool stylesheet = attributeValue(tag, QStringLiteral("rel")).toLower() == QLatin1String("stylesheet");
        return stylesheet ? inlined : QString();
    });
    html = replaceEach(html, images_, [&](const QRegularExpressionMatch &m) {
        const QString tag = m.captured(0);
        const QString src = unescapeAttribute(attributeValue(tag, QStringLiteral("src")));
        QString clean = withoutAttribute(withoutAttribute(tag, QStringLiteral("srcset")), QStringLiteral("src"));
        const QString data = src.startsWith(QLatin1String("data:")) ? src : imageDataUri(src, images);
        if (data.isEmpty()) {
            const QString alt = attributeValue(tag, QStringLiteral("alt"));
            return alt.isEmpty() ? QString() : QStringLiteral("<span class=\"missing-image\">%1</span>").arg(alt);
        }
        clean.insert(4, QStringLiteral(" src=\"%1\"").arg(data));
        return clean;
    });
    // The app's own links (other articles, glossary terms) lead nowhere outside the app.
    return withoutAppLinks(html);
}

QString SelfContainedHtml::withoutAppLinks(const QString &html)
{
    static const QRegularExpression anchors(QStringLiteral("<a\\b[^>]*>"), QRegularExpression::CaseInsensitiveOption);
    return replaceEach(html, anchors, [](const QRegularExpressionMatch &m) {
        const QString tag = m.captured(0);
        const QString href = attributeValue(tag, QStringLiteral("href")).trimmed().toLower();
        const bool keep = href.startsWith(QLatin1String("http://")) || href.startsWith(QLatin1String("https://")) ||
                          href.startsWith(QLatin1String("mailto:")) || href.startsWith(QLatin1Char('#'));
        return keep ? tag : withoutAttribute(tag, QStringLiteral("href"));
    });
}

QString SelfContainedHtml::article(const Article &article, const QString &rootStyle, const QString &css,
                                   const ImageLookup &images, const QString &collection, const QDate &exported)
{
    QString page = ArticleRenderer(rootStyle, ArticleRenderer::Medium::Document).renderArticle(article);
    const QString note =
        QStringLiteral("<p class=\"exported\">%1</p>")
            .arg(tr("From %1, saved on %2.")
                     .arg(collection.isEmpty() ? ExportText::productName() : collection, readableDate(exported))
                     .toHtmlEscaped());
    const qsizetype end = page.lastIndexOf(QStringLiteral("</main>"));
    if (end >= 0) {
        page.insert(end, note);
    }
    return make(page, css, images);
}

} // namespace Myelin::Export
