// SPDX-License-Identifier: GPL-3.0-or-later
#include "selfcontainedhtml.h"

#include "core/articlerenderer.h"
#include "core/contenturl.h"
#include "core/theme.h"
#include "cssurlrewriter.h"
#include "exportformat.h"
#include "htmlrewriter.h"

#include <QStringList>

namespace Myelin::Export {

namespace {

using Action = HtmlRewriter::Action;
using Element = HtmlRewriter::Element;
using Namespace = HtmlRewriter::Namespace;

const QString ImagePrefix = ContentUrl::prefix(ContentUrl::Kind::Image);
const QString ContentCss = ContentUrl::href(ContentUrl::Kind::Style, QStringLiteral("content.css"));

// Defence in depth, as in the reader: the file itself forbids loading anything but its own parts.
const QString Policy = QStringLiteral("default-src 'none'; img-src data:; style-src 'unsafe-inline'");

bool oneOf(const QString &name, std::initializer_list<const char *> names)
{
    for (const char *candidate : names) {
        if (name.compare(QLatin1String(candidate), Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

// Elements that run code, show other pages or bring in other files: left out with what is inside them.
bool isForeignContent(const Element &element)
{
    if (element.ns == Namespace::Svg) {
        // Scripts, and animations that could point a link or picture elsewhere after the page opens.
        return oneOf(element.name, {"script", "animate", "animateMotion", "animateTransform", "set", "discard",
                                    "handler", "listener"});
    }
    return oneOf(element.name, {"script", "iframe", "frame", "frameset", "embed", "applet", "base", "source", "track",
                                "param", "template", "noembed", "noframes", "portal", "fencedframe"});
}

// Elements whose fallback content is what a page without them shows: left out, their content kept.
bool showsFallback(const Element &element)
{
    return element.ns == Namespace::Html && oneOf(element.name, {"object", "video", "audio", "picture", "noscript"});
}

// Attributes whose value is an address the browser may fetch or follow.
bool isAddressAttribute(const QString &name)
{
    return oneOf(name,
                 {"href",       "src",  "srcset",   "srcdoc",      "action",         "formaction", "poster",  "data",
                  "background", "cite", "longdesc", "lowsrc",      "dynsrc",         "codebase",   "classid", "archive",
                  "manifest",   "ping", "profile",  "imagesrcset", "attributionsrc", "xlink:href", "xml:base"});
}

QString imageDataUri(const QString &url, const SelfContainedHtml::ImageLookup &images)
{
    if (!url.startsWith(ImagePrefix, Qt::CaseInsensitive) || !images) {
        return {};
    }
    const auto image = images(url.mid(ImagePrefix.size()));
    return image ? SelfContainedHtml::dataUri(image->mime, image->data) : QString();
}

// An address a saved page can keep: inside the file already (data:), a part of the page (#id), or a
// picture of the collection (made a data: URI). Anything else is refused (empty).
QString localAddress(const QString &url, const SelfContainedHtml::ImageLookup &images)
{
    const QString address = url.trimmed();
    if (address.startsWith(QLatin1String("data:"), Qt::CaseInsensitive) || address.startsWith(QLatin1Char('#'))) {
        return address;
    }
    return imageDataUri(address, images);
}

// Stylesheet: @import rules dropped; url(myelin://image/x) inlined; any other url() except data: and
// #id dropped, so the page never loads a resource.
QString selfContainedCss(const QString &css, const SelfContainedHtml::ImageLookup &images)
{
    return CssUrlRewriter::rewrite(css, [&images](const QString &url) { return localAddress(url, images); });
}

// Outside links (the reader chooses whether to follow them) and links within the page.
bool isKeptLink(const QString &href)
{
    const QString link = href.trimmed().toLower();
    return link.startsWith(QLatin1String("http://")) || link.startsWith(QLatin1String("https://")) ||
           link.startsWith(QLatin1String("mailto:")) || link.startsWith(QLatin1Char('#'));
}

bool isLink(const Element &element)
{
    return (element.ns == Namespace::Html && oneOf(element.name, {"a", "area"})) ||
           (element.ns == Namespace::Svg && element.name == QLatin1String("a"));
}

void removeAppLinks(Element &element)
{
    if (isLink(element)) {
        element.attributes.removeIf([](const HtmlRewriter::Attribute &attribute) {
            return oneOf(attribute.name, {"href", "xlink:href"}) && !isKeptLink(attribute.value);
        });
    }
}

class SelfContainer
{
public:
    SelfContainer(const QString &css, const SelfContainedHtml::ImageLookup &images, const QString &note)
        : m_css(css), m_images(images), m_note(note)
    {}

    Action visit(Element &element)
    {
        if (isForeignContent(element)) {
            return Action::Remove;
        }
        if (showsFallback(element)) {
            return Action::Unwrap;
        }
        const bool html = element.ns == Namespace::Html;
        if (html && element.name == QLatin1String("head")) {
            element.prependChild({QStringLiteral("meta"),
                                  {{QStringLiteral("http-equiv"), QStringLiteral("Content-Security-Policy")},
                                   {QStringLiteral("content"), Policy}},
                                  {}});
        } else if (html && element.name == QLatin1String("meta")) {
            // Only what says how to read the file; a refresh or another policy would undo its purpose.
            if (!element.hasAttribute(u"charset") &&
                element.attribute(u"http-equiv")
                        .trimmed()
                        .compare(QLatin1String("content-type"), Qt::CaseInsensitive) != 0 &&
                !oneOf(element.attribute(u"name").trimmed(), {"viewport", "color-scheme", "description", "author"})) {
                return Action::Remove;
            }
        } else if (html && element.name == QLatin1String("link")) {
            return stylesheet(element);
        } else if (html && element.name == QLatin1String("main") && !m_note.isEmpty()) {
            element.appendChild({QStringLiteral("p"), {{QStringLiteral("class"), QStringLiteral("exported")}}, m_note});
            m_note.clear();
        } else if (html && element.name == QLatin1String("img")) {
            if (!inlineImage(element)) {
                return missingImage(element);
            }
        } else if (element.name.compare(QLatin1String("style"), Qt::CaseInsensitive) == 0) {
            // The :root reading style already in the page, or a stylesheet in an SVG picture.
            element.setText(selfContainedCss(element.text(), m_images));
        }
        attributes(element);
        return Action::Keep;
    }

private:
    // The app's stylesheet is written into the page; any other is left out.
    Action stylesheet(Element &element)
    {
        const QStringList rel =
            element.attribute(u"rel").simplified().toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (m_cssDone || !rel.contains(QLatin1String("stylesheet")) ||
            element.attribute(u"href").trimmed().compare(ContentCss, Qt::CaseInsensitive) != 0) {
            return Action::Remove;
        }
        m_cssDone = true;
        element.name = QStringLiteral("style");
        element.attributes.clear();
        element.setText(selfContainedCss(m_css, m_images));
        return Action::Keep;
    }

    // A picture of the collection gets its data: URI (true).
    bool inlineImage(Element &element) const
    {
        const QString src = element.attribute(u"src").trimmed();
        const QString data =
            src.startsWith(QLatin1String("data:"), Qt::CaseInsensitive) ? src : imageDataUri(src, m_images);
        if (data.isEmpty()) {
            return false;
        }
        element.setAttribute(QStringLiteral("src"), data);
        element.removeAttribute(u"srcset");
        return true;
    }

    // A picture that cannot be shown becomes its description, or nothing when it has none.
    static Action missingImage(Element &element)
    {
        const QString alt = element.attribute(u"alt");
        if (alt.trimmed().isEmpty()) {
            return Action::Remove;
        }
        element.name = QStringLiteral("span");
        element.attributes = {{QStringLiteral("class"), QStringLiteral("missing-image")}};
        element.setText(alt);
        return Action::Keep;
    }

    void attributes(Element &element) const
    {
        const bool link = isLink(element);
        const bool picture = (element.ns == Namespace::Html && element.name == QLatin1String("img")) ||
                             (element.ns == Namespace::Svg && oneOf(element.name, {"image", "feImage"}));
        QList<HtmlRewriter::Attribute> kept;
        for (HtmlRewriter::Attribute attribute : std::as_const(element.attributes)) {
            const QString name = attribute.name.toLower();
            if (name.startsWith(QLatin1String("on")) || name == QLatin1String("xmlns") ||
                name.startsWith(QLatin1String("xmlns:"))) {
                continue; // scripts; namespaces (an HTML parser knows them)
            }
            if (isAddressAttribute(name)) {
                if (link && (name == QLatin1String("href") || name == QLatin1String("xlink:href"))) {
                    if (!isKeptLink(attribute.value)) {
                        continue;
                    }
                } else if (picture && (name == QLatin1String("src") || name == QLatin1String("href") ||
                                       name == QLatin1String("xlink:href"))) {
                    attribute.value = localAddress(attribute.value, m_images);
                    if (attribute.value.isEmpty()) {
                        continue;
                    }
                } else if (!attribute.value.trimmed().startsWith(QLatin1Char('#'))) {
                    continue; // only a part of this page
                }
            } else if (name == QLatin1String("style") ||
                       (element.ns != Namespace::Html && attribute.value.contains(QLatin1Char('(')))) {
                // SVG presentation attributes are CSS: fill="url(#gradient)" keeps its gradient, and
                // anything from elsewhere goes, however it is spelt.
                attribute.value = selfContainedCss(attribute.value, m_images);
            }
            kept.append(attribute);
        }
        element.attributes = kept;
    }

    const QString &m_css;
    const SelfContainedHtml::ImageLookup &m_images;
    QString m_note;
    bool m_cssDone = false;
};

QString selfContained(const QString &page, const QString &css, const SelfContainedHtml::ImageLookup &images,
                      const QString &note)
{
    SelfContainer container(css, images, note);
    return HtmlRewriter::rewrite(page, [&container](Element &element) { return container.visit(element); });
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
    return selfContained(page, css, images, {});
}

QString SelfContainedHtml::withoutAppLinks(const QString &html)
{
    return HtmlRewriter::rewrite(html, [](Element &element) {
        removeAppLinks(element);
        return Action::Keep;
    });
}

QString SelfContainedHtml::article(const Article &article, const QString &rootStyle, const QString &css,
                                   const ImageLookup &images, const QString &collection, const QDate &exported)
{
    const QString page = ArticleRenderer(rootStyle, ArticleRenderer::Medium::Document).renderArticle(article);
    // Where and when it came from, at the end of the page.
    const QString note =
        tr("From %1, saved on %2.")
            .arg(collection.isEmpty() ? ExportText::productName() : collection, readableDate(exported));
    return selfContained(page, css, images, note);
}

} // namespace Myelin::Export
