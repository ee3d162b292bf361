// SPDX-License-Identifier: GPL-3.0-or-later
// The SVG checker against styles that load from outside the file however they are written: CSS
// escapes (@\69mport, u\72l()), comments, case, XML character references, CDATA sections and XML
// comments splitting a <style>, image-set(), src() and expression(). Plain pictures still pass.
#include "svgchecker.h"

#include <QtTest>

using namespace Myelin::Compiler;

namespace {

QByteArray svg(const char *inside)
{
    return QByteArrayLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\">\n") + inside +
           QByteArrayLiteral("\n</svg>\n");
}

QString messages(const QList<Issue> &issues)
{
    QStringList lines;
    for (const Issue &issue : issues) {
        lines << QStringLiteral("%1: %2").arg(issue.line).arg(issue.message);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestCompilerSvg : public QObject
{
    Q_OBJECT

private slots:
    void hostile_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("message");
        const QString outside = QStringLiteral("must not load anything from outside the file");
        const auto row = [&](const char *name, const char *inside, const QString &message) {
            QTest::newRow(name) << svg(inside) << message;
        };
        row("@import", "<style>@import \"http://evil.example/x.css\";</style>", outside);
        row("@import escaped", "<style>@\\69mport \"http://evil.example/x.css\";</style>", outside);
        row("@import six-digit escape and its space", "<style>@\\000069 mport \"http://evil.example/x.css\";</style>",
            outside);
        row("@import escaped capitals", "<style>@\\49 MPORT url(http://evil.example/x.css);</style>", outside);
        row("@IMPORT", "<style>@IMPORT 'http://evil.example/x.css';</style>", outside);
        row("@import split by a comment", "<style>@im/**/port \"http://evil.example/x.css\";</style>", outside);
        row("@import split by a CDATA section", "<style>@im<![CDATA[port \"http://evil.example/x.css\";]]></style>",
            outside);
        row("@import split by an XML comment", "<style>@im<!-- -->port \"http://evil.example/x.css\";</style>",
            outside);
        row("@import escaped by a character reference", "<style>@&#92;69mport \"http://evil.example/x.css\";</style>",
            outside);
        row("@import after an escaped line break", "<style>@im\\\nport \"http://evil.example/x.css\";</style>",
            outside);
        row("element inside style", "<style>@im<tspan/>port \"http://evil.example/x.css\";</style>",
            QStringLiteral("<style> must hold only text"));
        row("url() in a style attribute", "<rect style=\"fill:url(http://evil.example/x)\"/>", outside);
        row("url() escaped in a style attribute", "<rect style=\"fill:u\\72l(http://evil.example/x)\"/>", outside);
        row("URL() escaped in a style attribute", "<rect style=\"fill:\\55\\52\\4c(http://evil.example/x)\"/>",
            outside);
        row("url() split by a comment", "<rect style=\"fill:u/**/rl(http://evil.example/x)\"/>", outside);
        row("URL()", "<rect style=\"fill:URL(http://evil.example/x)\"/>", outside);
        row("url() with a quoted address", "<rect style=\"fill:url( 'http://evil.example/x' )\"/>", outside);
        row("url() escaped by a character reference", "<rect fill=\"u&#x5c;72l(http://evil.example/x)\"/>",
            QStringLiteral("attribute 'fill' must not load"));
        row("url() escaped in a presentation attribute", "<rect fill=\"u\\72l(http://evil.example/x)\"/>",
            QStringLiteral("attribute 'fill' must not load"));
        row("url() escaped in a stylesheet", "<style>rect{fill:u\\72l(http://evil.example/x)}</style>", outside);
        row("url() with a comment before the fragment", "<rect style=\"fill:url(/**/#a)\"/>", outside);
        row("image-set()", "<rect style=\"fill:image-set('http://evil.example/x.png' 1x)\"/>", outside);
        row("-webkit-image-set()", "<style>rect{background:-webkit-image-set(\"x.png\" 1x)}</style>", outside);
        row("image-set() escaped", "<style>rect{background:image-\\73 et(\"x.png\" 1x)}</style>", outside);
        row("src()", "<style>@font-face{font-family:x;src:src(\"http://evil.example/f.woff\")}</style>", outside);
        row("SRC() escaped", "<rect style=\"fill:\\53RC('http://evil.example/x')\"/>", outside);
        row("expression()", "<rect style=\"width:expression(alert(1))\"/>", outside);
        row("expression() split by a comment", "<rect style=\"width:expr/**/ession(alert(1))\"/>", outside);
        row("bad url()", "<rect style=\"fill:url(http://evil.example/x'y)\"/>", outside);
    }

    void hostile()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, message);
        const QList<Issue> issues = checkSvg(file);
        QVERIFY2(!issues.isEmpty(), file.constData());
        for (const Issue &issue : issues) {
            QCOMPARE(issue.severity, Severity::Error);
        }
        QVERIFY2(messages(issues).contains(message), qPrintable(messages(issues)));
    }

    void safe_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::newRow("circle") << svg("<circle cx=\"5\" cy=\"5\" r=\"4\" fill=\"#336\" stroke=\"black\"/>");
        QTest::newRow("gradient") << svg(
            "<defs><linearGradient id=\"g\"><stop offset=\"0\" stop-color=\"#fff\"/>"
            "</linearGradient></defs>\n"
            "<rect width=\"10\" height=\"10\" fill=\"url(#g)\"/>\n"
            "<rect width=\"5\" height=\"5\" style=\"fill:URL( '#g' ); stroke:url(\\#g)\"/>");
        QTest::newRow("stylesheet") << svg("<style><![CDATA[\n/* the colours */\n.a{fill:#abc}\n"
                                           ".\\31 23 { stroke: url(\"#g\") }\n@media print{.a{fill:black}}\n]]></style>"
                                           "<rect class=\"a\" width=\"10\" height=\"10\"/>");
        QTest::newRow("text about url()") << svg("<text x=\"1\" y=\"5\">see url(http://example.org) and "
                                                 "@import</text>");
        QTest::newRow("use") << svg("<defs><path id=\"p\" d=\"M0 0L10 10\"/></defs><use href=\"#p\"/>");
    }

    void safe()
    {
        QFETCH(QByteArray, file);
        const QList<Issue> issues = checkSvg(file);
        QVERIFY2(issues.isEmpty(), qPrintable(messages(issues)));
    }

    // The bundled pictures pass as they are.
    void bundledImages()
    {
        const QDir images(QStringLiteral(MYELIN_DATA_DIR "/images"));
        const QStringList names = images.entryList({QStringLiteral("*.svg")}, QDir::Files);
        QVERIFY(!names.isEmpty());
        for (const QString &name : names) {
            QFile file(images.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QList<Issue> issues = checkSvg(file.readAll());
            QVERIFY2(issues.isEmpty(), qPrintable(name + QLatin1Char('\n') + messages(issues)));
        }
    }

    // A <style> is reported at the line it starts on, however long it is.
    void styleLine()
    {
        const QList<Issue> issues = checkSvg(svg("<rect/>\n<style>\n.a{}\n@\\69mport 'x.css';\n</style>"));
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().line, 3);
    }
};

QTEST_MAIN(TestCompilerSvg)
#include "tst_compiler_svg.moc"
