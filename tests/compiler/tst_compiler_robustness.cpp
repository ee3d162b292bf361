// SPDX-License-Identifier: GPL-3.0-or-later
// Crash-proofing: ~200 randomly mutated or truncated versions of a valid fixture (fixed seed). The
// compiler must always finish with exit 0 or 1, never with a signal, a hang or an I/O error.
#include "compilertestsupport.h"

#include <QTemporaryDir>
#include <QtTest>
#include <random>

namespace {

constexpr int Iterations = 200;
constexpr unsigned int Seed = 20261126;

const char *const Tokens[] = {
    "---",
    ":",
    ": ",
    "- ",
    "[",
    "]",
    "{",
    "}",
    "\"",
    "'",
    "\n",
    "\t",
    "  ",
    "#",
    "|",
    ">",
    "*",
    "`",
    "```",
    "~~~",
    "&",
    "&#",
    "&#x0;",
    "%",
    "@",
    "!",
    "?",
    "*a",
    "&x",
    "<",
    "</",
    "<!--",
    "-->",
    "]]>",
    "<![CDATA[",
    "<script>",
    "<a href=\"javascript:x\">",
    "](",
    "![x](image:",
    "[x](article:",
    "[x](glossary:",
    "<svg onload=x>",
    "\xff\xfe",
    "\xc3",
    "\x00",
    "\r",
    "\r\n",
    "null",
    "~",
    "!!binary ",
    "&anchor ",
    "*anchor",
    "<<: ",
    "? ",
    "9999999999999999999",
    "2026-02-30",
    "-1",
    "<img src=x onerror=y>",
    "<table><tr><td>",
    "<details>",
    "\xe2\x80\xae",
};

QByteArray mutate(QByteArray data, std::mt19937 &random)
{
    const auto pick = [&random](qsizetype bound) {
        return bound <= 0 ? qsizetype(0) : qsizetype(std::uniform_int_distribution<qint64>(0, bound - 1)(random));
    };
    switch (pick(7)) {
    case 0: // truncate
        data.truncate(pick(data.size() + 1));
        break;
    case 1: // flip bytes
        for (int i = 0, n = int(pick(8)) + 1; i < n && !data.isEmpty(); ++i) {
            data[pick(data.size())] = char(pick(256));
        }
        break;
    case 2: { // insert a token
        const char *token = Tokens[pick(qsizetype(std::size(Tokens)))];
        const qsizetype length = token[0] == '\0' ? 1 : qsizetype(qstrlen(token));
        data.insert(pick(data.size() + 1), QByteArray(token, length));
        break;
    }
    case 3: { // delete a range
        const qsizetype at = pick(data.size() + 1);
        data.remove(at, pick(64) + 1);
        break;
    }
    default: { // delete, duplicate or swap lines
        QList<QByteArray> lines = data.split('\n');
        const qsizetype a = pick(lines.size());
        const qsizetype b = pick(lines.size());
        const qsizetype kind = pick(3);
        if (kind == 0) {
            lines.removeAt(a);
        } else if (kind == 1) {
            lines.insert(a, lines.at(b));
        } else {
            lines.swapItemsAt(a, b);
        }
        data = lines.join('\n');
        break;
    }
    }
    return data;
}

} // namespace

class TestCompilerRobustness : public QObject
{
    Q_OBJECT

private slots:
    void mutatedSourcesNeverCrash()
    {
        const CompilerTest::Files base = CompilerTest::readTree(QStringLiteral(MYELIN_FIXTURES_DIR "/compiler/valid"));
        QVERIFY(base.size() >= 8);
        const QStringList paths = base.keys();
        std::mt19937 random(Seed);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        int succeeded = 0;
        int rejected = 0;
        for (int i = 0; i < Iterations; ++i) {
            CompilerTest::Files files = base;
            const int mutations = 1 + int(random() % 3);
            QStringList touched;
            for (int m = 0; m < mutations; ++m) {
                const QString path = paths.at(qsizetype(random() % quint32(paths.size())));
                if (random() % 20 == 0) {
                    files.remove(path);
                    touched.append(QStringLiteral("-") + path);
                } else if (files.contains(path)) {
                    files[path] = mutate(files.value(path), random);
                    touched.append(path);
                }
            }
            const QString data = dir.filePath(QStringLiteral("case-%1").arg(i));
            QVERIFY(CompilerTest::writeTree(data, files));
            const auto result = CompilerTest::runCompiler(
                {data, QStringLiteral("-o"), data + QStringLiteral("/out.db"), QStringLiteral("--report")}, 30000);
            const QString context = QStringLiteral("case %1 (%2): %3")
                                        .arg(i)
                                        .arg(touched.join(QStringLiteral(", ")), result.err.left(1000));
            QVERIFY2(result.finished, qPrintable(QStringLiteral("hang in ") + context));
            QVERIFY2(!result.crashed, qPrintable(QStringLiteral("crash in ") + context));
            QVERIFY2(result.exitCode == 0 || result.exitCode == 1,
                     qPrintable(QStringLiteral("exit %1 in ").arg(result.exitCode) + context));
            (result.exitCode == 0 ? succeeded : rejected)++;
            QDir(data).removeRecursively();
        }
        qInfo("%d mutated trees compiled, %d were rejected with content errors", succeeded, rejected);
        QVERIFY(rejected > 0);
    }
};

QTEST_GUILESS_MAIN(TestCompilerRobustness)
#include "tst_compiler_robustness.moc"
