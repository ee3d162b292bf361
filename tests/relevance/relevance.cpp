// SPDX-License-Identifier: GPL-3.0-or-later
// Search relevance: runs every query of tests/relevance/queries.yaml (written as patients and
// volunteers type, with the pages that should come first) against a content database and prints
// top-1, top-3 and mean reciprocal rank, overall and by kind of query. With --min-top1 / --min-top3
// it exits 1 when a rate is below its floor (the ctest entry `relevance` uses 0.85 and 0.95).
//
// A query's ranked list is the definition card (a glossary term shown above the results), then the
// results. An expected glossary term counts where it appears in that list; an expected article where it
// appears among the results (the card never takes an article's place).
#include "core/contentdatabase.h"
#include "core/searchengine.h"

#include <QCoreApplication>
#include <QMap>
#include <QStringList>
#include <cstdio>
#include <yaml-cpp/yaml.h>

using namespace Myelin;

namespace {

struct Case
{
    QString query;
    QStringList expect;
    QString kind;
    int line = 0;
};

struct Score
{
    int queries = 0;
    int top1 = 0;
    int top3 = 0;
    double reciprocal = 0;

    void add(int rank)
    {
        ++queries;
        top1 += rank == 1 ? 1 : 0;
        top3 += rank >= 1 && rank <= 3 ? 1 : 0;
        reciprocal += rank >= 1 ? 1.0 / rank : 0.0;
    }
    double rate(int n) const { return queries == 0 ? 0.0 : double(n) / queries; }
    QString line(const QString &label) const
    {
        return QStringLiteral("%1 %2 queries  top-1 %3%  top-3 %4%  MRR %5")
            .arg(label, -18)
            .arg(queries, 4)
            .arg(100.0 * rate(top1), 5, 'f', 1)
            .arg(100.0 * rate(top3), 5, 'f', 1)
            .arg(queries == 0 ? 0.0 : reciprocal / queries, 0, 'f', 3);
    }
};

// The rank (1-based) of the best expected answer, or 0 when none is in the list.
int rankOf(const SearchEngine::Result &result, const QStringList &expect)
{
    QStringList list;
    if (result.definition) {
        list.append(QStringLiteral("term:") + result.definition->slug);
    }
    int best = 0;
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (expect.contains(list.at(i))) {
            best = int(i) + 1;
        }
    }
    for (qsizetype i = 0; i < result.hits.size(); ++i) {
        const SearchHit &hit = result.hits.at(i);
        const QString id = hit.kind == SearchHit::Kind::Term ? QStringLiteral("term:") + hit.ref : hit.ref;
        if (expect.contains(id)) {
            const int rank = int(i) + 1 + (hit.kind == SearchHit::Kind::Term ? int(list.size()) : 0);
            if (best == 0 || rank < best) {
                best = rank;
            }
            break;
        }
    }
    return best;
}

QString describe(const SearchEngine::Result &result)
{
    QStringList shown;
    if (result.definition) {
        shown.append(QStringLiteral("[card term:%1]").arg(result.definition->slug));
    }
    for (qsizetype i = 0; i < result.hits.size() && i < 3; ++i) {
        const SearchHit &hit = result.hits.at(i);
        shown.append(hit.kind == SearchHit::Kind::Article ? hit.ref : hit.kindId() + QLatin1Char(':') + hit.ref);
    }
    return shown.isEmpty() ? QStringLiteral("(nothing)") : shown.join(QStringLiteral(", "));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    double minTop1 = -1;
    double minTop3 = -1;
    bool verbose = false;
    QStringList positional;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--min-top1") && i + 1 < args.size()) {
            minTop1 = args.at(++i).toDouble();
        } else if (args.at(i) == QLatin1String("--min-top3") && i + 1 < args.size()) {
            minTop3 = args.at(++i).toDouble();
        } else if (args.at(i) == QLatin1String("--verbose")) {
            verbose = true;
        } else {
            positional.append(args.at(i));
        }
    }
    if (positional.size() != 2) {
        std::fprintf(stderr,
                     "usage: relevance <content.db> <queries.yaml> [--min-top1 R] [--min-top3 R] [--verbose]\n");
        return 2;
    }
    auto opened = ContentDatabase::open(positional.at(0));
    if (!opened.database) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.message));
        return 3;
    }
    QList<Case> cases;
    try {
        const YAML::Node root = YAML::LoadFile(positional.at(1).toStdString());
        for (const YAML::Node &item : root) {
            Case c;
            c.query = QString::fromStdString(item["query"].as<std::string>());
            for (const YAML::Node &e : item["expect"]) {
                c.expect.append(QString::fromStdString(e.as<std::string>()));
            }
            c.kind = QString::fromStdString(item["kind"].as<std::string>());
            c.line = item.Mark().line + 1;
            cases.append(c);
        }
    } catch (const YAML::Exception &e) {
        std::fprintf(stderr, "%s:%d: %s\n", qPrintable(positional.at(1)), e.mark.line + 1, e.msg.c_str());
        return 3;
    }

    SearchEngine engine(*opened.database);
    SearchEngine::Options options;
    options.limit = 10;
    options.asYouType = false;
    Score all;
    QMap<QString, Score> byKind;
    QStringList misses;
    for (const Case &c : cases) {
        const SearchEngine::Result result = engine.search(c.query, options);
        const int rank = rankOf(result, c.expect);
        all.add(rank);
        byKind[c.kind].add(rank);
        if (rank != 1 && (verbose || rank == 0 || rank > 3)) {
            misses.append(QStringLiteral("%1:%2: \"%3\" rank %4 (expected %5; shown %6)")
                              .arg(positional.at(1))
                              .arg(c.line)
                              .arg(c.query)
                              .arg(rank == 0 ? QStringLiteral("-") : QString::number(rank))
                              .arg(c.expect.join(QLatin1Char(' ')))
                              .arg(describe(result)));
        }
    }
    for (const QString &miss : std::as_const(misses)) {
        std::printf("%s\n", qPrintable(miss));
    }
    for (auto it = byKind.cbegin(); it != byKind.cend(); ++it) {
        std::printf("%s\n", qPrintable(it.value().line(it.key())));
    }
    std::printf("%s\n", qPrintable(all.line(QStringLiteral("all"))));
    bool ok = true;
    if (minTop1 >= 0 && all.rate(all.top1) < minTop1) {
        std::printf("FAIL: top-1 %.1f%% is below %.1f%%\n", 100.0 * all.rate(all.top1), 100.0 * minTop1);
        ok = false;
    }
    if (minTop3 >= 0 && all.rate(all.top3) < minTop3) {
        std::printf("FAIL: top-3 %.1f%% is below %.1f%%\n", 100.0 * all.rate(all.top3), 100.0 * minTop3);
        ok = false;
    }
    return ok ? 0 : 1;
}
