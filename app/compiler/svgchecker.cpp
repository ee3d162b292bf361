// SPDX-License-Identifier: GPL-3.0-or-later
#include "svgchecker.h"

#include <QXmlStreamReader>

namespace Myelin::Compiler {

namespace {

QString withoutSpaces(QStringView text)
{
    QString result;
    for (const QChar c : text) {
        if (!c.isSpace() && c.unicode() >= 0x20) {
            result.append(c.toLower());
        }
    }
    return result;
}

// CSS that loads something from outside the file: url(...) not pointing at a #fragment, or @import.
bool loadsExternalResource(QStringView css)
{
    const QString compact = withoutSpaces(css);
    if (compact.contains(QLatin1String("@import"))) {
        return true;
    }
    qsizetype from = 0;
    while ((from = compact.indexOf(QLatin1String("url("), from)) >= 0) {
        from += 4;
        QStringView rest = QStringView(compact).mid(from);
        if (rest.startsWith(QLatin1Char('"')) || rest.startsWith(QLatin1Char('\''))) {
            rest = rest.mid(1);
        }
        if (!rest.startsWith(QLatin1Char('#'))) {
            return true;
        }
    }
    return false;
}

bool isLocalFragment(QStringView value)
{
    return value.trimmed().startsWith(QLatin1Char('#'));
}

class SvgChecker
{
public:
    explicit SvgChecker(const QByteArray &data) : m_reader(data) {}

    QList<Issue> run()
    {
        bool sawRoot = false;
        while (!m_reader.atEnd()) {
            m_reader.readNext();
            if (m_reader.isDTD() && m_reader.text().contains(QLatin1String("<!ENTITY"), Qt::CaseInsensitive)) {
                fail(QStringLiteral("SVG files must not declare entities"));
            } else if (m_reader.isStartElement()) {
                if (!sawRoot && m_reader.name().compare(QLatin1String("svg"), Qt::CaseInsensitive) != 0) {
                    fail(QStringLiteral("the file is not an SVG image (its first element is <%1>)")
                             .arg(m_reader.name().toString()));
                }
                sawRoot = true;
                checkElement();
            } else if (m_reader.isEndElement()) {
                m_inStyle = false;
            } else if (m_reader.isCharacters() && m_inStyle && loadsExternalResource(m_reader.text())) {
                fail(QStringLiteral("SVG styles must not load anything from outside the file"));
            } else if (m_reader.isProcessingInstruction() &&
                       m_reader.processingInstructionTarget().compare(QLatin1String("xml-stylesheet"),
                                                                      Qt::CaseInsensitive) == 0) {
                fail(QStringLiteral("SVG files must not load style sheets"));
            }
        }
        if (m_reader.hasError()) {
            fail(QStringLiteral("the SVG file is not well-formed XML: %1").arg(m_reader.errorString()));
        } else if (!sawRoot) {
            fail(QStringLiteral("the file holds no SVG image"));
        }
        return m_issues;
    }

private:
    void fail(const QString &message)
    {
        m_issues.append(Issue{Severity::Error, int(qMax<qint64>(1, m_reader.lineNumber())), message});
    }

    void checkElement()
    {
        const QString name = m_reader.name().toString().toLower();
        if (name == QLatin1String("script")) {
            fail(QStringLiteral("<script> is not allowed in SVG files"));
        } else if (name == QLatin1String("foreignobject")) {
            fail(QStringLiteral("<foreignObject> is not allowed in SVG files"));
        }
        m_inStyle = name == QLatin1String("style");
        const bool animates = name == QLatin1String("set") || name.startsWith(QLatin1String("animate"));
        const QXmlStreamAttributes attributes = m_reader.attributes();
        for (const QXmlStreamAttribute &attribute : attributes) {
            const QString local = attribute.name().toString().toLower();
            const QStringView value = attribute.value();
            if (local.startsWith(QLatin1String("on"))) {
                fail(QStringLiteral("event handler attribute '%1' is not allowed in SVG files")
                         .arg(attribute.qualifiedName().toString()));
            } else if (local == QLatin1String("href") && !isLocalFragment(value)) {
                fail(QStringLiteral("'%1' must point inside the file (#id), not to '%2'")
                         .arg(attribute.qualifiedName().toString(), value.toString()));
            } else if (local == QLatin1String("style") && loadsExternalResource(value)) {
                fail(QStringLiteral("SVG styles must not load anything from outside the file"));
            } else if (animates && local == QLatin1String("attributename") &&
                       withoutSpaces(value).endsWith(QLatin1String("href"))) {
                fail(QStringLiteral("SVG animations must not change links"));
            } else if (withoutSpaces(value).contains(QLatin1String("javascript:"))) {
                fail(QStringLiteral("'javascript:' is not allowed in SVG files"));
            } else if (local != QLatin1String("style") && loadsExternalResource(value)) {
                fail(QStringLiteral("attribute '%1' must not load anything from outside the file")
                         .arg(attribute.qualifiedName().toString()));
            }
        }
    }

    QXmlStreamReader m_reader;
    QList<Issue> m_issues;
    bool m_inStyle = false;
};

} // namespace

QList<Issue> checkSvg(const QByteArray &data)
{
    return SvgChecker(data).run();
}

} // namespace Myelin::Compiler
