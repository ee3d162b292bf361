// SPDX-License-Identifier: GPL-3.0-or-later
// Search benchmark (not a test): query latency on a content database, and the reader's time from
// process start to the first article. Run by scripts/bench-search.sh; prints figures, asserts
// nothing.
//
// usage: bench_search CONTENT_DB [--queries N] [--seed S] [--myelin EXE --runs R --slug SLUG]
#include "core/contentdatabase.h"
#include "core/searchengine.h"
#include "core/spelling.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <random>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Myelin;

namespace {

const QSet<QString> &stopWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        for (const QString &w :
             QStringLiteral("that this with from have they their there were what when which will your about been "
                            "some such than then them these into also more most only other very just does")
                 .split(QLatin1Char(' '))) {
            set.insert(w);
        }
        return set;
    }();
    return words;
}

struct Figures
{
    double p50 = 0, p95 = 0, max = 0, mean = 0;
    double hitsMean = 0;
    double cpuP50 = -1, cpuP95 = -1; // the thread's own CPU time: other processes on a busy machine do not count
};

// CPU time of this thread in milliseconds (wall-clock figures on a shared machine include waiting
// for a core).
double threadCpuMs()
{
#ifdef Q_OS_UNIX
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
#else
    return 0;
#endif
}

Figures figuresOf(std::vector<double> ms, const std::vector<int> &hits)
{
    Figures f;
    if (ms.empty()) {
        return f;
    }
    std::sort(ms.begin(), ms.end());
    auto at = [&ms](double q) { return ms[std::min(ms.size() - 1, size_t(q * double(ms.size() - 1) + 0.5))]; };
    f.p50 = at(0.50);
    f.p95 = at(0.95);
    f.max = ms.back();
    double sum = 0;
    for (double v : ms) {
        sum += v;
    }
    f.mean = sum / double(ms.size());
    double hitSum = 0;
    for (int h : hits) {
        hitSum += h;
    }
    f.hitsMean = hits.empty() ? 0 : hitSum / double(hits.size());
    return f;
}

// Runs of adjacent content words from the text of randomly chosen articles, as people type them.
QStringList sampleQueries(const ContentDatabase &db, std::mt19937 &rng, int count, int words, bool prefix)
{
    QSqlQuery maxId(db.connection());
    maxId.exec(QStringLiteral("SELECT max(id) FROM articles"));
    maxId.next();
    const int top = maxId.value(0).toInt();
    std::uniform_int_distribution<int> pick(1, top);
    const QRegularExpression wordRe(QStringLiteral("[A-Za-z]{4,}"));
    QStringList queries;
    QSqlQuery text(db.connection());
    text.prepare(QStringLiteral("SELECT title || ' ' || plain FROM articles WHERE id = ?"));
    int guard = 0;
    while (queries.size() < count && ++guard < count * 50) {
        text.addBindValue(pick(rng));
        if (!text.exec() || !text.next()) {
            continue;
        }
        QStringList all;
        auto it = wordRe.globalMatch(text.value(0).toString());
        while (it.hasNext()) {
            const QString w = it.next().captured().toLower();
            if (!stopWords().contains(w)) {
                all.append(w);
            }
        }
        if (all.size() < words + 1) {
            continue;
        }
        std::uniform_int_distribution<int> start(0, int(all.size()) - words);
        QStringList chosen = all.mid(start(rng), words);
        if (prefix) {
            QString &last = chosen.last();
            if (last.size() < 5) {
                continue;
            }
            std::uniform_int_distribution<int> cut(3, int(last.size()) - 1);
            last = last.left(cut(rng));
        }
        queries.append(chosen.join(QLatin1Char(' ')));
    }
    return queries;
}

void report(const char *name, const Figures &f, int n)
{
    std::printf("  %-22s p50 %6.2f ms  p95 %6.2f ms  max %7.2f ms  mean %6.2f ms", name, f.p50, f.p95, f.max, f.mean);
    if (f.cpuP50 >= 0) {
        std::printf("  | CPU p50 %5.2f p95 %5.2f ms", f.cpuP50, f.cpuP95);
    }
    std::printf("  (%d queries, %.1f hits avg)\n", n, f.hitsMean);
}

Figures runQueries(SearchEngine &engine, const QStringList &queries, bool asYouType, int limit = 8)
{
    std::vector<double> ms, cpu;
    std::vector<int> hits;
    SearchEngine::Options options;
    options.limit = limit;
    options.asYouType = asYouType;
    for (const QString &q : queries) {
        QElapsedTimer timer;
        const double cpu0 = threadCpuMs();
        timer.start();
        const auto result = engine.search(q, options);
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
        cpu.push_back(threadCpuMs() - cpu0);
        hits.push_back(int(result.hits.size()));
        if (!result.error.isEmpty()) {
            std::fprintf(stderr, "bench_search: query \"%s\" failed: %s\n", qUtf8Printable(q),
                         qUtf8Printable(result.error));
        }
        // MYELIN_BENCH_SLOW=<ms>: name the queries slower than that (to see what costs).
        static const double slow =
            qEnvironmentVariableIsSet("MYELIN_BENCH_SLOW") ? qEnvironmentVariable("MYELIN_BENCH_SLOW").toDouble() : -1;
        if (slow > 0 && ms.back() > slow) {
            std::fprintf(stderr, "  slow: %.1f ms \"%s\"%s\n", ms.back(), qUtf8Printable(q),
                         result.relaxed ? " (some words)" : "");
        }
    }
    Figures f = figuresOf(ms, hits);
    const Figures c = figuresOf(cpu, {});
    f.cpuP50 = c.p50;
    f.cpuP95 = c.p95;
    return f;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Myelin search benchmark"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("content.db"), QStringLiteral("The content database."));
    const QCommandLineOption queriesOption(QStringLiteral("queries"), QStringLiteral("Queries per kind."),
                                           QStringLiteral("n"), QStringLiteral("300"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Random seed."), QStringLiteral("s"),
                                        QStringLiteral("42"));
    const QCommandLineOption myelinOption(QStringLiteral("myelin"), QStringLiteral("The reader, for start-up."),
                                          QStringLiteral("exe"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Start-up runs."), QStringLiteral("n"),
                                        QStringLiteral("5"));
    const QCommandLineOption slugOption(QStringLiteral("slug"), QStringLiteral("Article to open at start-up."),
                                        QStringLiteral("slug"), QStringLiteral("a00999"));
    parser.addOptions({queriesOption, seedOption, myelinOption, runsOption, slugOption});
    parser.process(app);
    if (parser.positionalArguments().size() != 1) {
        std::fprintf(stderr, "bench_search: give one content database (see --help)\n");
        return 2;
    }
    const QString path = parser.positionalArguments().first();
    const int count = qMax(1, parser.value(queriesOption).toInt());

    auto opened = ContentDatabase::open(path);
    if (!opened.database) {
        std::fprintf(stderr, "bench_search: %s\n", qUtf8Printable(opened.message));
        return 1;
    }
    const ContentDatabase &db = *opened.database;
    QSqlQuery countQuery(db.connection());
    countQuery.exec(QStringLiteral("SELECT count(*) FROM articles"));
    countQuery.next();
    std::printf("search benchmark: %s (%d articles)\n", qUtf8Printable(path), countQuery.value(0).toInt());
    std::printf("  (wall-clock figures include waiting for a core on a busy machine; CPU figures do not)\n");

    std::mt19937 rng(parser.value(seedOption).toUInt());
    const QStringList one = sampleQueries(db, rng, count, 1, false);
    const QStringList two = sampleQueries(db, rng, count, 2, false);
    const QStringList three = sampleQueries(db, rng, count, 3, false);
    const QStringList prefix = sampleQueries(db, rng, count, 1, true);
    QStringList typed; // every keystroke of two-word queries, as the popup sees them
    for (const QString &q : two.mid(0, count / 4)) {
        for (int i = 2; i <= q.size(); ++i) {
            typed.append(q.left(i));
        }
    }

    SearchEngine engine(db);
    QElapsedTimer first;
    first.start();
    engine.search(QStringLiteral("vein"));
    std::printf("  first query (cold statements): %.2f ms\n", double(first.nsecsElapsed()) / 1e6);
    runQueries(engine, one.mid(0, 20), false); // warm the page cache

    std::printf("query latency, 8 results with snippets (what the popup asks for):\n");
    report("one word", runQueries(engine, one, false), int(one.size()));
    report("two words", runQueries(engine, two, false), int(two.size()));
    report("three words", runQueries(engine, three, false), int(three.size()));
    report("prefix (as you type)", runQueries(engine, prefix, true), int(prefix.size()));
    report("every keystroke", runQueries(engine, typed, true), int(typed.size()));
    // Issue 16's query kinds: words with synonyms (each searched with its whole group), questions
    // (question words left out), and pairs of words no row holds together (the "some of the words" path).
    QStringList expanded;
    {
        QSqlQuery phrases(db.connection());
        phrases.exec(QStringLiteral("SELECT phrase FROM synonyms ORDER BY group_id, position"));
        while (phrases.next()) {
            expanded.append(phrases.value(0).toString());
        }
    }
    QStringList questions;
    QStringList relaxed;
    for (qsizetype i = 0; i + 1 < one.size() && questions.size() < count; i += 2) {
        questions.append(QStringLiteral("can i have %1 with ms").arg(one.at(i)));
        relaxed.append(one.at(i) + QLatin1Char(' ') + one.at(i + 1) + QStringLiteral(" zzyzx"));
    }
    if (!expanded.isEmpty()) {
        report("synonyms (expanded)", runQueries(engine, expanded, false), int(expanded.size()));
    }
    report("questions", runQueries(engine, questions, false), int(questions.size()));
    report("some words (relaxed)", runQueries(engine, relaxed, false), int(relaxed.size()));
    std::printf("results page, 100 per type:\n");
    report("two words, 100", runQueries(engine, two.mid(0, count / 2), false, 100), int(count / 2));

    // "Did you mean": the first call reads the vocabulary; later ones use it from memory.
    QStringList typos;
    for (const QString &q : one.mid(0, qMin(int(one.size()), 100))) {
        if (q.size() >= 5) {
            QString t = q;
            std::swap(t[1], t[2]);
            typos.append(t);
        }
    }
    QElapsedTimer vocab;
    vocab.start();
    engine.suggest(typos.value(0, QStringLiteral("sclerossis")), 0);
    std::printf("spelling: first suggestion (reads %d vocabulary stems) %.1f ms\n", engine.spelling().vocabularySize(),
                double(vocab.nsecsElapsed()) / 1e6);
    std::vector<double> ms;
    int offered = 0;
    for (const QString &t : typos) {
        QElapsedTimer timer;
        timer.start();
        offered += engine.suggest(t, 0).isEmpty() ? 0 : 1;
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    report("suggestion", figuresOf(ms, {}), int(ms.size()));
    std::printf("  suggestions offered for %d of %d swapped-letter typos\n", offered, int(typos.size()));

    if (parser.isSet(myelinOption)) {
        const int runs = qMax(1, parser.value(runsOption).toInt());
        std::vector<double> inside, outside;
        for (int run = 0; run <= runs; ++run) { // run 0 warms the file cache
            QTemporaryDir home;
            QProcess process;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("MYELIN_BENCH_STARTUP"), QStringLiteral("1"));
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
            env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
            env.insert(QStringLiteral("QTWEBENGINE_CHROMIUM_FLAGS"), QStringLiteral("--disable-gpu"));
#ifdef Q_OS_UNIX
            if (geteuid() == 0) {
                env.insert(QStringLiteral("QTWEBENGINE_DISABLE_SANDBOX"), QStringLiteral("1")); // Chromium refuses root
            }
#endif
            process.setProcessEnvironment(env);
            QElapsedTimer wall;
            wall.start();
            process.start(parser.value(myelinOption),
                          {QStringLiteral("--content"), path, QStringLiteral("--open"), parser.value(slugOption)});
            double seen = -1;
            QByteArray out;
            while (process.state() != QProcess::NotRunning || process.bytesAvailable() > 0) {
                process.waitForReadyRead(100);
                out += process.readAllStandardOutput();
                const qsizetype at = out.indexOf("first-article-ms ");
                if (seen < 0 && at >= 0 && out.indexOf('\n', at) > at) {
                    seen = double(wall.nsecsElapsed()) / 1e6;
                }
                if (wall.elapsed() > 60000) {
                    process.kill();
                    break;
                }
                if (process.state() == QProcess::NotRunning && process.bytesAvailable() == 0) {
                    break;
                }
            }
            process.waitForFinished(10000);
            const QRegularExpression re(QStringLiteral("first-article-ms (\\d+) ok=(\\d)"));
            const auto match = re.match(QString::fromUtf8(out));
            if (!match.hasMatch() || match.captured(2) != QLatin1String("1")) {
                std::fprintf(stderr, "bench_search: the reader did not report its first article:\n%s\n%s\n",
                             out.constData(), process.readAllStandardError().constData());
                return 1;
            }
            if (run > 0) {
                inside.push_back(match.captured(1).toDouble());
                outside.push_back(seen);
            }
        }
        const Figures in = figuresOf(inside, {});
        const Figures outF = figuresOf(outside, {});
        std::printf("start-up to first article (--open %s, offscreen, median of %d): in-process %.0f ms, "
                    "from process start as seen outside %.0f ms\n",
                    qUtf8Printable(parser.value(slugOption)), runs, in.p50, outF.p50);
    }
    return 0;
}
