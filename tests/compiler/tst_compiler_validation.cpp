// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real myelin-build on small broken content trees: one case per validation rule. Each must
// exit with 1 and name the right file and line as "path:line: error: message".
#include "compilertestsupport.h"
#include "processrun.h"

#include <QTemporaryDir>
#include <QtTest>

using CompilerTest::Files;
using CompilerTest::reports;

namespace {

const char HomeMd[] = "---\n"                                                           // 1
                      "slug: home\n"                                                    // 2
                      "title: Home\n"                                                   // 3
                      "order: 0\n"                                                      // 4
                      "summary: The start page.\n"                                      // 5
                      "related: [alpha]\n"                                              // 6
                      "reviewed: 2026-01-10\n"                                          // 7
                      "sources:\n"                                                      // 8
                      "  - title: A source\n"                                           // 9
                      "    publisher: Test Press\n"                                     // 10
                      "    year: 2020\n"                                                // 11
                      "    url: https://example.org/a\n"                                // 12
                      "---\n"                                                           // 13
                      "Welcome. Read [alpha](article:alpha) about [MS](glossary:ms).\n" // 14
                      "\n"                                                              // 15
                      "![A picture](image:pic)\n";                                      // 16

const char AlphaMd[] = "---\n"                                              // 1
                       "slug: alpha\n"                                      // 2
                       "title: Alpha\n"                                     // 3
                       "parent: home\n"                                     // 4
                       "order: 1\n"                                         // 5
                       "summary: The alpha article.\n"                      // 6
                       "related: [home]\n"                                  // 7
                       "evidence: established\n"                            // 8
                       "reviewed: 2026-02-01\n"                             // 9
                       "sources:\n"                                         // 10
                       "  - title: Alpha source\n"                          // 11
                       "    publisher: Test Press\n"                        // 12
                       "    year: 2019\n"                                   // 13
                       "    url: https://example.org/alpha\n"               // 14
                       "---\n"                                              // 15
                       "Alpha text with a [link](https://example.org/x).\n" // 16
                       "\n"                                                 // 17
                       "More text here.\n";                                 // 18

const char GlossaryYaml[] = "- id: ms\n"                                    // 1
                            "  term: MS\n"                                  // 2
                            "  definition: Multiple sclerosis.\n"           // 3
                            "  see_also: [myelin]\n"                        // 4
                            "  article: alpha\n"                            // 5
                            "- id: myelin\n"                                // 6
                            "  term: Myelin\n"                              // 7
                            "  definition: A fatty layer around nerves.\n"; // 8

const char TimelineYaml[] = "- date: 2013-10\n"                     // 1
                            "  title: A study\n"                    // 2
                            "  text: Results were published.\n"     // 3
                            "  topic: research\n"                   // 4
                            "  article: alpha\n"                    // 5
                            "  source:\n"                           // 6
                            "    title: The study\n"                // 7
                            "    publisher: Test Journal\n"         // 8
                            "    year: 2013\n"                      // 9
                            "    url: https://example.org/study\n"; // 10

const char QuotesYaml[] = "- text: Careful trials matter.\n" // 1
                          "  who: A Researcher\n"            // 2
                          "  role: Neurologist\n"            // 3
                          "  date: 2018-05-02\n"             // 4
                          "  article: alpha\n"               // 5
                          "  source: {title: An interview, publisher: Test Times, year: 2018, url: "
                          "\"https://example.org/interview\"}\n"; // 6

const char ImagesYaml[] = "- name: pic\n"               // 1
                          "  file: pic.svg\n"           // 2
                          "  alt: A grey circle.\n"     // 3
                          "  caption: A grey circle.\n" // 4
                          "  credit: Test, CC0\n";      // 5

const char PicSvg[] = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\">\n"
                      "<circle cx=\"5\" cy=\"5\" r=\"4\" fill=\"#888\"/>\n"
                      "</svg>\n";

Files baseTree()
{
    return Files{
        {QStringLiteral("content.yaml"), QByteArray("title: Validation test\nversion: 1.0.0\n")},
        {QStringLiteral("articles/home.md"), QByteArray(HomeMd)},
        {QStringLiteral("articles/alpha.md"), QByteArray(AlphaMd)},
        {QStringLiteral("glossary.yaml"), QByteArray(GlossaryYaml)},
        {QStringLiteral("timeline.yaml"), QByteArray(TimelineYaml)},
        {QStringLiteral("quotes.yaml"), QByteArray(QuotesYaml)},
        {QStringLiteral("images/images.yaml"), QByteArray(ImagesYaml)},
        {QStringLiteral("images/pic.svg"), QByteArray(PicSvg)},
    };
}

// A further article below home, for tree and slug cases.
QString article(const QString &slug, const QString &parentLine)
{
    return QStringLiteral("---\nslug: %1\ntitle: %1\n%2order: 5\nsummary: About %1.\nrelated: []\n"
                          "reviewed: 2026-01-01\nsources:\n  - {title: S, publisher: P, year: 2020, "
                          "url: \"https://example.org/s\"}\n---\nText of %1.\n")
        .arg(slug, parentLine.isEmpty() ? QString() : parentLine + QLatin1Char('\n'));
}

// Edits, applied in order:
//   set|path|line|text      replace one line (text may hold several lines)
//   del|path|first|last     delete lines first..last
//   file|path|content       replace or add a whole file
//   rm|path                 delete a file
bool applyEdit(Files &files, const QString &edit)
{
    const QStringList parts = edit.split(QLatin1Char('|'));
    if (parts.size() < 2) {
        return false;
    }
    const QString &op = parts.at(0);
    const QString &path = parts.at(1);
    if (op == QLatin1String("rm")) {
        return files.remove(path) == 1;
    }
    if (op == QLatin1String("file")) {
        files.insert(path, parts.mid(2).join(QLatin1Char('|')).toUtf8());
        return true;
    }
    if (!files.contains(path) || parts.size() < 4) {
        return false;
    }
    QStringList lines = QString::fromUtf8(files.value(path)).split(QLatin1Char('\n'));
    const int first = parts.at(2).toInt();
    if (first < 1 || first > lines.size()) {
        return false;
    }
    if (op == QLatin1String("set")) {
        lines[first - 1] = parts.mid(3).join(QLatin1Char('|'));
    } else if (op == QLatin1String("del")) {
        const int last = parts.at(3).toInt();
        if (last < first || last > lines.size()) {
            return false;
        }
        lines.erase(lines.begin() + first - 1, lines.begin() + last);
    } else {
        return false;
    }
    files.insert(path, lines.join(QLatin1Char('\n')).toUtf8());
    return true;
}

} // namespace

class TestCompilerValidation : public QObject
{
    Q_OBJECT

private:
    // Writes the base tree with edits into dir; returns false if an edit does not apply.
    static bool prepare(const QString &dir, const QStringList &edits)
    {
        Files files = baseTree();
        for (const QString &edit : edits) {
            if (!applyEdit(files, edit)) {
                qWarning("edit does not apply: %s", qPrintable(edit));
                return false;
            }
        }
        return CompilerTest::writeTree(dir, files);
    }

private slots:
    void validTreeCompiles()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString data = dir.filePath(QStringLiteral("data"));
        QVERIFY(prepare(data, {}));
        const QString output = dir.filePath(QStringLiteral("out.db"));
        const auto result = CompilerTest::runCompiler({data, QStringLiteral("-o"), output, QStringLiteral("--strict")});
        QVERIFY(result.finished);
        // Nothing of its own: no diagnostic about the data, no summary (Qt's own lines do not count).
        QCOMPARE(Myelin::Test::ownLines(result.err, {data, output, QStringLiteral("myelin-build")}), QStringList());
        QCOMPARE(result.exitCode, 0);
        QVERIFY(QFileInfo(output).isFile());
        QVERIFY(!QFileInfo::exists(output + QStringLiteral(".tmp")));
        QFile file(output);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(16).startsWith("SQLite format 3"));
    }

    void rejectsInvalidContent_data()
    {
        QTest::addColumn<QStringList>("edits");
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");

        const QString alpha = QStringLiteral("articles/alpha.md");
        const QString home = QStringLiteral("articles/home.md");
        const QString glossary = QStringLiteral("glossary.yaml");
        const QString timeline = QStringLiteral("timeline.yaml");
        const QString quotes = QStringLiteral("quotes.yaml");
        const QString images = QStringLiteral("images/images.yaml");

        // Slugs and the tree.
        QTest::newRow("duplicate slug") << QStringList{QStringLiteral("file|articles/beta.md|") +
                                                       article(QStringLiteral("alpha"), QStringLiteral("parent: home"))}
                                        << QStringLiteral("articles/beta.md") << 2
                                        << QStringLiteral("duplicate slug 'alpha'");
        QTest::newRow("slug not matching file name")
            << QStringList{QStringLiteral("set|articles/alpha.md|2|slug: alpho")} << alpha << 2
            << QStringLiteral("does not match the file name");
        QTest::newRow("slug with capitals") << QStringList{QStringLiteral("set|articles/alpha.md|2|slug: Alpha")}
                                            << alpha << 2 << QStringLiteral("lower-case");
        QTest::newRow("unknown parent") << QStringList{QStringLiteral("set|articles/alpha.md|4|parent: nowhere")}
                                        << alpha << 4 << QStringLiteral("unknown parent 'nowhere'");
        QTest::newRow("own parent") << QStringList{QStringLiteral("set|articles/alpha.md|4|parent: alpha")} << alpha
                                    << 4 << QStringLiteral("its own parent");
        QTest::newRow("cycle in the tree")
            << QStringList{QStringLiteral("file|articles/beta.md|") +
                               article(QStringLiteral("beta"), QStringLiteral("parent: gamma")),
                           QStringLiteral("file|articles/gamma.md|") +
                               article(QStringLiteral("gamma"), QStringLiteral("parent: beta"))}
            << QStringLiteral("articles/beta.md") << 4 << QStringLiteral("cycle: beta -> gamma -> beta");
        QTest::newRow("more than one root")
            << QStringList{QStringLiteral("file|articles/beta.md|") + article(QStringLiteral("beta"), QString())}
            << QStringLiteral("articles/beta.md") << 2 << QStringLiteral("more than one root");
        QTest::newRow("no root") << QStringList{QStringLiteral("rm|articles/home.md")} << home << 1
                                 << QStringLiteral("no root article");
        QTest::newRow("root with a parent")
            << QStringList{QStringLiteral("set|articles/home.md|4|order: 0\nparent: alpha")} << home << 5
            << QStringLiteral("must not have a parent");

        // Related articles.
        QTest::newRow("unknown related") << QStringList{QStringLiteral(
                                                "set|articles/alpha.md|7|related: [home, missing]")}
                                         << alpha << 7 << QStringLiteral("unknown related article 'missing'");
        QTest::newRow("unknown related, block list")
            << QStringList{QStringLiteral("set|articles/alpha.md|7|related:\n  - home\n  - missing")} << alpha << 9
            << QStringLiteral("unknown related article 'missing'");
        QTest::newRow("related to itself") << QStringList{QStringLiteral("set|articles/alpha.md|7|related: [alpha]")}
                                           << alpha << 7 << QStringLiteral("related to itself");

        // Links and images in the body.
        QTest::newRow("link to missing article")
            << QStringList{QStringLiteral("set|articles/alpha.md|18|See [x](article:nope).")} << alpha << 18
            << QStringLiteral("link to unknown article 'nope'");
        QTest::newRow("link to missing article, first body line")
            << QStringList{QStringLiteral("set|articles/alpha.md|16|See [x](article:nope).")} << alpha << 16
            << QStringLiteral("link to unknown article 'nope'");
        QTest::newRow("link to missing glossary term")
            << QStringList{QStringLiteral("set|articles/alpha.md|18|See [x](glossary:nope).")} << alpha << 18
            << QStringLiteral("link to unknown glossary term 'nope'");
        QTest::newRow("image not in images.yaml")
            << QStringList{QStringLiteral("set|articles/alpha.md|18|![x](image:nope)")} << alpha << 18
            << QStringLiteral("unknown image 'nope'");
        QTest::newRow("image file missing") << QStringList{QStringLiteral("rm|images/pic.svg")} << images << 2
                                            << QStringLiteral("missing image file 'images/pic.svg'");
        QTest::newRow("image of unsupported type")
            << QStringList{QStringLiteral("set|images/images.yaml|2|  file: pic.gif")} << images << 2
            << QStringLiteral("must be .svg");
        QTest::newRow("duplicate image name")
            << QStringList{QStringLiteral(
                   "set|images/images.yaml|5|  credit: Test, CC0\n- name: pic\n  file: pic.svg\n  "
                   "alt: A.\n  caption: B.\n  credit: C.")}
            << images << 6 << QStringLiteral("duplicate image name 'pic'");
        QTest::newRow("svg with script") << QStringList{QStringLiteral(
                                                "file|images/pic.svg|<svg xmlns=\"http://www.w3.org/2000/svg\">\n"
                                                "<script>alert(1)</script>\n</svg>\n")}
                                         << QStringLiteral("images/pic.svg") << 2 << QStringLiteral("<script>");
        QTest::newRow("svg with event handler")
            << QStringList{QStringLiteral("file|images/pic.svg|<svg xmlns=\"http://www.w3.org/2000/svg\">\n\n"
                                          "<circle r=\"4\" onclick=\"alert(1)\"/>\n</svg>\n")}
            << QStringLiteral("images/pic.svg") << 3 << QStringLiteral("onclick");
        QTest::newRow("svg with outside link")
            << QStringList{QStringLiteral("file|images/pic.svg|<svg xmlns=\"http://www.w3.org/2000/svg\" "
                                          "xmlns:xlink=\"http://www.w3.org/1999/xlink\">\n"
                                          "<image xlink:href=\"https://evil.example/x.png\"/>\n</svg>\n")}
            << QStringLiteral("images/pic.svg") << 2 << QStringLiteral("must point inside the file");
        QTest::newRow("svg with foreignObject")
            << QStringList{QStringLiteral("file|images/pic.svg|<svg xmlns=\"http://www.w3.org/2000/svg\">\n"
                                          "<foreignObject><p>hi</p></foreignObject>\n</svg>\n")}
            << QStringLiteral("images/pic.svg") << 2 << QStringLiteral("foreignObject");

        // Missing required fields: reported at the first field of the front matter or entry.
        const struct
        {
            const char *name;
            int line;
        } required[] = {{"title", 3}, {"parent", 4}, {"order", 5}, {"summary", 6}, {"related", 7}, {"reviewed", 9}};
        for (const auto &field : required) {
            QTest::addRow("missing %s", field.name)
                << QStringList{QStringLiteral("set|articles/alpha.md|%1|# removed").arg(field.line)} << alpha << 2
                << QStringLiteral("missing required field '%1'").arg(QLatin1String(field.name));
        }
        QTest::newRow("missing slug") << QStringList{QStringLiteral("set|articles/alpha.md|2|# removed")} << alpha << 3
                                      << QStringLiteral("missing required field 'slug'");
        QTest::newRow("missing sources") << QStringList{QStringLiteral("del|articles/alpha.md|10|14")} << alpha << 2
                                         << QStringLiteral("missing required field 'sources'");
        QTest::newRow("empty sources") << QStringList{QStringLiteral("del|articles/alpha.md|11|14"),
                                                      QStringLiteral("set|articles/alpha.md|10|sources: []")}
                                       << alpha << 10 << QStringLiteral("at least one source");
        const struct
        {
            const char *name;
            const char *item;
        } sourceFields[] = {
            {"title", "{publisher: P, year: 2019, url: \"https://example.org/a\"}"},
            {"publisher", "{title: T, year: 2019, url: \"https://example.org/a\"}"},
            {"year", "{title: T, publisher: P, url: \"https://example.org/a\"}"},
            {"url", "{title: T, publisher: P, year: 2019}"},
        };
        for (const auto &field : sourceFields) {
            QTest::addRow("source without %s", field.name)
                << QStringList{QStringLiteral("del|articles/alpha.md|12|14"),
                               QStringLiteral("set|articles/alpha.md|11|  - %1").arg(QLatin1String(field.item))}
                << alpha << 11
                << QStringLiteral("missing required field '%1' in source").arg(QLatin1String(field.name));
        }
        QTest::newRow("missing content version")
            << QStringList{QStringLiteral("file|content.yaml|title: T\n")} << QStringLiteral("content.yaml") << 1
            << QStringLiteral("missing required field 'version'");

        // Wrong types.
        QTest::newRow("order not a number") << QStringList{QStringLiteral("set|articles/alpha.md|5|order: first")}
                                            << alpha << 5 << QStringLiteral("must be a whole number");
        QTest::newRow("order not whole") << QStringList{QStringLiteral("set|articles/alpha.md|5|order: 1.5")} << alpha
                                         << 5 << QStringLiteral("must be a whole number");
        QTest::newRow("related not a list") << QStringList{QStringLiteral("set|articles/alpha.md|7|related: home")}
                                            << alpha << 7 << QStringLiteral("must be a list");
        QTest::newRow("title not text") << QStringList{QStringLiteral("set|articles/alpha.md|3|title: [a, b]")} << alpha
                                        << 3 << QStringLiteral("must be text");
        QTest::newRow("sources not a list") << QStringList{QStringLiteral("del|articles/alpha.md|11|14"),
                                                           QStringLiteral("set|articles/alpha.md|10|sources: some")}
                                            << alpha << 10 << QStringLiteral("must be a list");
        QTest::newRow("source year not a number")
            << QStringList{QStringLiteral("set|articles/alpha.md|13|    year: soon")} << alpha << 13
            << QStringLiteral("must be a whole number");
        QTest::newRow("field given twice") << QStringList{QStringLiteral("set|articles/alpha.md|3|title: A\ntitle: B")}
                                           << alpha << 4 << QStringLiteral("given twice");
        QTest::newRow("glossary not a list") << QStringList{QStringLiteral("file|glossary.yaml|id: ms\nterm: MS\n")}
                                             << glossary << 1 << QStringLiteral("must be a list");

        // Dates, statuses and topics.
        QTest::newRow("reviewed not a real date")
            << QStringList{QStringLiteral("set|articles/alpha.md|9|reviewed: 2026-02-30")} << alpha << 9
            << QStringLiteral("must be a real date");
        QTest::newRow("reviewed in another format")
            << QStringList{QStringLiteral("set|articles/alpha.md|9|reviewed: 01/02/2026")} << alpha << 9
            << QStringLiteral("must be a real date");
        QTest::newRow("reviewed without day")
            << QStringList{QStringLiteral("set|articles/alpha.md|9|reviewed: 2026-02")} << alpha << 9
            << QStringLiteral("must be a real date");
        QTest::newRow("timeline date month 13") << QStringList{QStringLiteral("set|timeline.yaml|1|- date: 2013-13")}
                                                << timeline << 1 << QStringLiteral("must be a real date");
        QTest::newRow("quote date not a date") << QStringList{QStringLiteral("set|quotes.yaml|4|  date: last year")}
                                               << quotes << 4 << QStringLiteral("must be a real date");
        QTest::newRow("quote date 29 February") << QStringList{QStringLiteral("set|quotes.yaml|4|  date: 2019-02-29")}
                                                << quotes << 4 << QStringLiteral("must be a real date");
        QTest::newRow("unknown evidence status")
            << QStringList{QStringLiteral("set|articles/alpha.md|8|evidence: proven")} << alpha << 8
            << QStringLiteral("unknown evidence status 'proven'");
        QTest::newRow("unknown timeline topic") << QStringList{QStringLiteral("set|timeline.yaml|4|  topic: gossip")}
                                                << timeline << 4 << QStringLiteral("unknown timeline topic 'gossip'");

        // YAML syntax and file structure.
        QTest::newRow("YAML syntax error in front matter")
            << QStringList{QStringLiteral("set|articles/alpha.md|6|summary: a: b")} << alpha << 6
            << QStringLiteral("YAML syntax error");
        QTest::newRow("YAML syntax error in glossary")
            << QStringList{QStringLiteral("set|glossary.yaml|2|  term: [oops")} << glossary << 3
            << QStringLiteral("YAML syntax error");
        QTest::newRow("missing front matter") << QStringList{QStringLiteral("set|articles/alpha.md|1|# Alpha")} << alpha
                                              << 1 << QStringLiteral("missing front matter");
        QTest::newRow("front matter not closed")
            << QStringList{QStringLiteral("set|articles/alpha.md|15|")} << alpha << 1 << QStringLiteral("not closed");
        QTest::newRow("empty body") << QStringList{QStringLiteral("del|articles/alpha.md|16|18")} << alpha << 15
                                    << QStringLiteral("no text after the front matter");
        QTest::newRow("source url not http")
            << QStringList{QStringLiteral("set|articles/alpha.md|14|    url: ftp://example.org/a")} << alpha << 14
            << QStringLiteral("must be a full http:// or https:// address");
        QTest::newRow("source url without scheme")
            << QStringList{QStringLiteral("set|articles/alpha.md|14|    url: example.org/a")} << alpha << 14
            << QStringLiteral("must be a full http:// or https:// address");

        // Glossary, timeline and quotes.
        QTest::newRow("duplicate glossary id") << QStringList{QStringLiteral("set|glossary.yaml|6|- id: ms")}
                                               << glossary << 6 << QStringLiteral("duplicate glossary id 'ms'");
        QTest::newRow("glossary see_also unknown")
            << QStringList{QStringLiteral("set|glossary.yaml|4|  see_also: [myelin, nope]")} << glossary << 4
            << QStringLiteral("see_also: unknown glossary term 'nope'");
        QTest::newRow("glossary see_also itself") << QStringList{QStringLiteral("set|glossary.yaml|4|  see_also: [ms]")}
                                                  << glossary << 4 << QStringLiteral("cannot list itself");
        QTest::newRow("glossary article unknown") << QStringList{QStringLiteral("set|glossary.yaml|5|  article: nope")}
                                                  << glossary << 5 << QStringLiteral("unknown article 'nope'");
        QTest::newRow("timeline article unknown") << QStringList{QStringLiteral("set|timeline.yaml|5|  article: nope")}
                                                  << timeline << 5 << QStringLiteral("unknown article 'nope'");
        QTest::newRow("timeline without source") << QStringList{QStringLiteral("del|timeline.yaml|6|10")} << timeline
                                                 << 1 << QStringLiteral("missing required field 'source'");
        QTest::newRow("quote article unknown") << QStringList{QStringLiteral("set|quotes.yaml|5|  article: nope")}
                                               << quotes << 5 << QStringLiteral("unknown article 'nope'");
        QTest::newRow("quote without source") << QStringList{QStringLiteral("del|quotes.yaml|6|6")} << quotes << 1
                                              << QStringLiteral("missing required field 'source'");
        // Issue 16: data/synonyms.yaml is checked like every other file.
        const QString synonyms = QStringLiteral("synonyms.yaml");
        QTest::newRow("synonym article unknown")
            << QStringList{QStringLiteral("file|synonyms.yaml|- words: [MP, representative]\n  article: nope\n")}
            << synonyms << 2 << QStringLiteral("unknown article 'nope'");
        QTest::newRow("synonym term unknown")
            << QStringList{QStringLiteral(
                   "file|synonyms.yaml|- words: [GP, family doctor]\n- words: [a, b]\n  term: nope\n")}
            << synonyms << 3 << QStringLiteral("unknown glossary term 'nope'");
        QTest::newRow("synonym in two groups")
            << QStringList{QStringLiteral(
                   "file|synonyms.yaml|- words: [tired, fatigue]\n- words: [exhausted,\n    Tired]\n")}
            << synonyms << 3 << QStringLiteral("'Tired' is already in the group on line 1");
        QTest::newRow("synonym group of one") << QStringList{QStringLiteral("file|synonyms.yaml|- words: [alone]\n")}
                                              << synonyms << 1 << QStringLiteral("a group needs at least two words");
        QTest::newRow("synonym without letters")
            << QStringList{QStringLiteral("file|synonyms.yaml|- words: [MP, \"&&\"]\n")} << synonyms << 1
            << QStringLiteral("has no letters or digits");
        QTest::newRow("question not text")
            << QStringList{QStringLiteral("set|articles/alpha.md|7|related: [home]\nquestions: [[nested]]")}
            << QStringLiteral("articles/alpha.md") << 8 << QString();
        QTest::newRow("quote source without url")
            << QStringList{QStringLiteral("set|quotes.yaml|6|  source: {title: T, publisher: P, year: 2018}")} << quotes
            << 6 << QStringLiteral("missing required field 'url' in source");
    }

    void rejectsInvalidContent()
    {
        QFETCH(QStringList, edits);
        QFETCH(QString, file);
        QFETCH(int, line);
        QFETCH(QString, message);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString data = dir.filePath(QStringLiteral("data"));
        QVERIFY(prepare(data, edits));
        const QString output = dir.filePath(QStringLiteral("out.db"));
        const auto result = CompilerTest::runCompiler({data, QStringLiteral("-o"), output});
        QVERIFY(result.finished);
        QVERIFY2(!result.crashed, qPrintable(result.err));
        QVERIFY2(reports(result.err, data, file, line, QStringLiteral("error"), message), qPrintable(result.err));
        QCOMPARE(result.exitCode, 1);
        QVERIFY(!QFileInfo::exists(output));
        QVERIFY(!QFileInfo::exists(output + QStringLiteral(".tmp")));
    }

    void collectsAllErrors()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        QVERIFY(prepare(data, {QStringLiteral("set|articles/alpha.md|5|order: first"),
                               QStringLiteral("set|glossary.yaml|5|  article: nope"),
                               QStringLiteral("set|articles/home.md|16|![x](image:nope)")}));
        const auto result =
            CompilerTest::runCompiler({data, QStringLiteral("-o"), dir.filePath(QStringLiteral("o.db"))});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(reports(result.err, data, QStringLiteral("articles/alpha.md"), 5, QStringLiteral("error"), QString()));
        QVERIFY(reports(result.err, data, QStringLiteral("glossary.yaml"), 5, QStringLiteral("error"), QString()));
        QVERIFY(reports(result.err, data, QStringLiteral("articles/home.md"), 16, QStringLiteral("error"), QString()));
        QVERIFY(result.err.contains(QStringLiteral("3 errors")));
    }

    void strictTurnsWarningsIntoErrors_data()
    {
        QTest::addColumn<QStringList>("edits");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown field") << QStringList{QStringLiteral("set|articles/alpha.md|8|colour: blue")} << 8
                                       << QStringLiteral("unknown field 'colour'");
        QTest::newRow("javascript link") << QStringList{QStringLiteral(
                                                "set|articles/alpha.md|18|[x](javascript:alert(1))")}
                                         << 18 << QStringLiteral("link to 'javascript:alert(1)' removed");
        QTest::newRow("remote image") << QStringList{QStringLiteral(
                                             "set|articles/alpha.md|17|![x](http://evil.example/a.png)")}
                                      << 17 << QStringLiteral("no remote images");
        QTest::newRow("raw script") << QStringList{QStringLiteral("set|articles/alpha.md|18|<script>alert(1)</script>")}
                                    << 18 << QStringLiteral("<script>");
        QTest::newRow("event handler") << QStringList{QStringLiteral(
                                              "set|articles/alpha.md|18|Hi <span onmouseover=\"x()\">b</span>")}
                                       << 18 << QStringLiteral("attribute 'onmouseover' removed");
        QTest::newRow("iframe block") << QStringList{QStringLiteral(
                                             "set|articles/alpha.md|17|\n<iframe src=\"https://e.example\">"
                                             "</iframe>\n")}
                                      << 18 << QStringLiteral("<iframe>");
    }

    void strictTurnsWarningsIntoErrors()
    {
        QFETCH(QStringList, edits);
        QFETCH(int, line);
        QFETCH(QString, message);
        const QString alpha = QStringLiteral("articles/alpha.md");

        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        QVERIFY(prepare(data, edits));
        const QString output = dir.filePath(QStringLiteral("out.db"));
        auto result = CompilerTest::runCompiler({data, QStringLiteral("-o"), output});
        QVERIFY2(reports(result.err, data, alpha, line, QStringLiteral("warning"), message), qPrintable(result.err));
        QCOMPARE(result.exitCode, 0);
        QVERIFY(QFileInfo::exists(output));

        result = CompilerTest::runCompiler({data, QStringLiteral("-o"), output, QStringLiteral("--strict")});
        QVERIFY2(reports(result.err, data, alpha, line, QStringLiteral("error"), message), qPrintable(result.err));
        QCOMPARE(result.exitCode, 1);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no arguments") << QStringList() << QStringLiteral("missing the content folder");
        QTest::newRow("no output") << QStringList{QStringLiteral("data")} << QStringLiteral("missing the output file");
        QTest::newRow("no data dir") << QStringList{QStringLiteral("-o"), QStringLiteral("out.db")}
                                     << QStringLiteral("missing the content folder");
        QTest::newRow("-o without value")
            << QStringList{QStringLiteral("data"), QStringLiteral("-o")} << QStringLiteral("Missing value after '-o'");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("data"), QStringLiteral("-o"),
                                                       QStringLiteral("x.db"), QStringLiteral("--fast")}
                                        << QStringLiteral("Unknown option 'fast'");
        QTest::newRow("two data dirs") << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("-o"),
                                                      QStringLiteral("x.db")}
                                       << QStringLiteral("only one content folder");
        QTest::newRow("two outputs") << QStringList{QStringLiteral("a"), QStringLiteral("-o"), QStringLiteral("x.db"),
                                                    QStringLiteral("-o"), QStringLiteral("y.db")}
                                     << QStringLiteral("only one output file");
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const auto result = CompilerTest::runCompiler(arguments);
        QVERIFY(result.finished);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QVERIFY(result.err.contains(QStringLiteral("Usage: myelin-build")));
    }

    void helpAndVersion()
    {
        auto result = CompilerTest::runCompiler({QStringLiteral("--help")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(QStringLiteral("--strict")));
        QVERIFY(result.out.contains(QStringLiteral("--report")));
        QVERIFY(result.out.contains(QStringLiteral("-o, --output <file>")));
        result = CompilerTest::runCompiler({QStringLiteral("--version")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.startsWith(QStringLiteral("myelin-build ")));
    }

    void missingDataDirIsAnIoError()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("no-such-dir"));
        const auto result =
            CompilerTest::runCompiler({data, QStringLiteral("-o"), dir.filePath(QStringLiteral("o.db"))});
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.err.contains(data), qPrintable(result.err));
    }

    void unreadableFileIsAnIoError()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        QVERIFY(prepare(data, {QStringLiteral("rm|glossary.yaml")}));
        QVERIFY(QDir(data).mkdir(QStringLiteral("glossary.yaml"))); // exists, but cannot be read as a file
        const auto result =
            CompilerTest::runCompiler({data, QStringLiteral("-o"), dir.filePath(QStringLiteral("o.db"))});
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.err.contains(data + QStringLiteral("/glossary.yaml: error:")), qPrintable(result.err));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("o.db"))));
    }

    void unwritableOutputIsAnIoError_data()
    {
        QTest::addColumn<QString>("output");
        QTest::newRow("missing directory") << QStringLiteral("missing/dir/out.db");
        QTest::newRow("output is a directory") << QStringLiteral("data");
    }

    void unwritableOutputIsAnIoError()
    {
        QFETCH(QString, output);
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        QVERIFY(prepare(data, {}));
        const QString path = dir.filePath(output);
        const auto result = CompilerTest::runCompiler({data, QStringLiteral("-o"), path});
        QVERIFY(result.finished);
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.err.contains(path), qPrintable(result.err));
    }

    void failedBuildLeavesOutputUntouched()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        QVERIFY(prepare(data, {}));
        const QString output = dir.filePath(QStringLiteral("out.db"));
        QCOMPARE(CompilerTest::runCompiler({data, QStringLiteral("-o"), output}).exitCode, 0);
        const QByteArray before = CompilerTest::fileHash(output);
        QVERIFY(!before.isEmpty());

        QVERIFY(prepare(data, {QStringLiteral("set|articles/alpha.md|4|parent: nowhere")}));
        const auto result = CompilerTest::runCompiler({data, QStringLiteral("-o"), output});
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(CompilerTest::fileHash(output), before);
        QVERIFY(!QFileInfo::exists(output + QStringLiteral(".tmp")));
    }

    void successfulBuildReplacesOutput()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        QVERIFY(prepare(data, {}));
        const QString output = dir.filePath(QStringLiteral("out.db"));
        QVERIFY(CompilerTest::writeTree(dir.path(), {{QStringLiteral("out.db"), QByteArray("stale")},
                                                     {QStringLiteral("out.db.tmp"), QByteArray("left over")}}));
        QCOMPARE(CompilerTest::runCompiler({data, QStringLiteral("-o"), output}).exitCode, 0);
        QFile file(output);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(16).startsWith("SQLite format 3"));
        QVERIFY(!QFileInfo::exists(output + QStringLiteral(".tmp")));
    }

    // Issue 17: a sentence that states a number without citing a source fails a strict build.
    void aFigureWithoutACitationFailsAStrictBuild()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        QVERIFY(prepare(data, {QStringLiteral("set|articles/alpha.md|18|About 74% had it.")}));
        const auto result = CompilerTest::runCompiler(
            {data, QStringLiteral("-o"), dir.filePath(QStringLiteral("o.db")), QStringLiteral("--strict")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(reports(result.err, data, QStringLiteral("articles/alpha.md"), 18, QStringLiteral("error"),
                         QStringLiteral("figure without a citation")),
                 qPrintable(result.err));
        QVERIFY(prepare(data, {QStringLiteral("set|articles/alpha.md|18|About 74% had it.[1](source:1)")}));
        QCOMPARE(CompilerTest::runCompiler(
                     {data, QStringLiteral("-o"), dir.filePath(QStringLiteral("o.db")), QStringLiteral("--strict")})
                     .exitCode,
                 0);
    }

    void reportPrintsTable()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        // Line 18: one figure cited, one not.
        QVERIFY(
            prepare(data, {QStringLiteral("set|articles/alpha.md|18|About 74% had it.[1](source:1) Then 2% did.")}));
        const auto result = CompilerTest::runCompiler(
            {data, QStringLiteral("-o"), dir.filePath(QStringLiteral("o.db")), QStringLiteral("--report")});
        QCOMPARE(result.exitCode, 0);
        const QStringList lines = result.out.split(QLatin1Char('\n'));
        QVERIFY(lines.first().contains(QStringLiteral("words")));
        QVERIFY(lines.first().contains(QStringLiteral("grade")));
        QVERIFY(result.out.contains(QStringLiteral("articles: 2, terms: 2, events: 1, quotes: 1, images: 1")));
        bool alphaRow = false;
        for (const QString &line : lines) {
            const QStringList columns = line.simplified().split(QLatin1Char(' '));
            if (columns.size() == 6 && columns.at(0) == QLatin1String("alpha")) {
                alphaRow = true;
                QCOMPARE(columns.at(3), QStringLiteral("1"));   // sources
                QCOMPARE(columns.at(4), QStringLiteral("1"));   // related
                QCOMPARE(columns.at(5), QStringLiteral("1/2")); // figures cited of all
                QVERIFY(columns.at(1).toInt() > 5);             // words
            }
        }
        QVERIFY(alphaRow);
        QVERIFY(result.out.contains(QStringLiteral("reading grade median ")));
        QVERIFY(result.out.contains(QStringLiteral("articles under each parent: home 1")));
        QVERIFY(result.out.contains(QStringLiteral("figures: 2 sentences state a number, 1 cite a source, 1 do not")));
        QVERIFY(lines.contains(QStringLiteral("articles/alpha.md:18: figure without a citation: Then 2% did.")));
    }
};

QTEST_GUILESS_MAIN(TestCompilerValidation)
#include "tst_compiler_validation.moc"
