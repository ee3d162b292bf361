// SPDX-License-Identifier: GPL-3.0-or-later
// Search as you type, end to end (not a test): the real window and search field on a content
// database, queries typed key by key, and the time from each key press until the results list has
// painted them (shared/perf/README.md: results on screen within 50 ms of a keystroke). Run by
// scripts/bench-search.sh; prints figures, asserts nothing.
//
// usage: bench_search_ui CONTENT_DB [--queries N] [--seed S]
#include "core/contentdatabase.h"
#include "core/contentrepository.h"
#include "ui/search/searchbox.h"
#include "ui/search/searchcontroller.h"
#include "ui/search/searchpopup.h"
#include "ui/shell/articleview.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/readingstylecontroller.h"
#include "userdata/settings.h"
#include "userdata/userdatabase.h"
#include "web/urlscheme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QListView>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cstdio>
#include <random>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Myelin;

namespace {

// Counts paint events of a widget.
class PaintCounter : public QObject
{
public:
    explicit PaintCounter(QWidget *widget) { widget->installEventFilter(this); }
    int count = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            ++count;
        }
        return false;
    }
};

// Two adjacent words of four letters or more from the titles and text of random articles.
QStringList sampleQueries(const ContentDatabase &db, int count, unsigned seed)
{
    QSqlQuery maxId(db.connection());
    maxId.exec(QStringLiteral("SELECT max(id) FROM articles"));
    maxId.next();
    std::mt19937 rng(seed);
    std::uniform_int_distribution<int> pick(1, qMax(1, maxId.value(0).toInt()));
    const QRegularExpression words(QStringLiteral("\\b([A-Za-z]{4,}) ([A-Za-z]{4,})\\b"));
    QSqlQuery text(db.connection());
    text.prepare(QStringLiteral("SELECT plain FROM articles WHERE id = ?"));
    QStringList queries;
    for (int guard = 0; queries.size() < count && guard < count * 50; ++guard) {
        text.addBindValue(pick(rng));
        if (!text.exec() || !text.next()) {
            continue;
        }
        QStringList found;
        auto it = words.globalMatch(text.value(0).toString());
        while (it.hasNext()) {
            found.append(it.next().captured(0).toLower());
        }
        if (!found.isEmpty()) {
            queries.append(found.at(std::uniform_int_distribution<int>(0, int(found.size()) - 1)(rng)));
        }
    }
    return queries;
}

double at(std::vector<double> v, double q)
{
    if (v.empty()) {
        return 0;
    }
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(q * double(v.size() - 1) + 0.5))];
}

} // namespace

int main(int argc, char *argv[])
{
#ifdef Q_OS_UNIX
    if (geteuid() == 0) {
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1"); // Chromium refuses its sandbox as root (a bench, not the app)
    }
#endif
    Web::registerUrlScheme(); // before the application object, as in the app
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Myelin search-as-you-type benchmark"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("content.db"), QStringLiteral("The content database."));
    const QCommandLineOption queriesOption(QStringLiteral("queries"), QStringLiteral("Queries to type."),
                                           QStringLiteral("n"), QStringLiteral("40"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Random seed."), QStringLiteral("s"),
                                        QStringLiteral("7"));
    parser.addOptions({queriesOption, seedOption});
    parser.process(app);
    if (parser.positionalArguments().size() != 1) {
        std::fprintf(stderr, "bench_search_ui: give one content database (see --help)\n");
        return 2;
    }
    auto opened = ContentDatabase::open(parser.positionalArguments().first());
    if (!opened.database) {
        std::fprintf(stderr, "bench_search_ui: %s\n", qUtf8Printable(opened.message));
        return 1;
    }
    QTemporaryDir home;
    Settings settings(home.filePath(QStringLiteral("settings.ini")));
    UserDatabase userData(home.filePath(QStringLiteral("user.db")));
    ContentRepository repository(*opened.database);
    Ui::ReadingStyleController style(settings);
    Ui::MainWindow window(Ui::MainWindow::Dependencies{*opened.database, repository, settings, userData, style,
                                                       Ui::ArticleView::forWindow(repository, style)});
    auto *search = new Ui::SearchController(window.host());
    window.openArticle(QString()); // the first page, as the reader opens with one
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        std::fprintf(stderr, "bench_search_ui: the window was not shown\n");
        return 1;
    }
    QTest::qWait(500); // let the web view start, as it would before anyone types

    const QStringList queries = sampleQueries(*opened.database, qMax(1, parser.value(queriesOption).toInt()),
                                              parser.value(seedOption).toUInt());
    Ui::SearchBox *box = search->searchBox();
    box->setFocus();
    PaintCounter paints(search->popup()->list()->viewport());
    int searches = 0;
    QObject::connect(search, &Ui::SearchController::resultsShown, [&searches] { ++searches; });
    std::vector<double> ms;
    int missed = 0;
    for (const QString &query : queries) {
        for (const QChar c : query) {
            const int searchesBefore = searches;
            const int paintsBefore = paints.count;
            QElapsedTimer timer;
            timer.start();
            QTest::keyClick(box, c.toLatin1());
            // Done when the search for this text has run and the list has painted since.
            // (QTest::qWaitFor sleeps 10 ms between looks: wait for events instead.)
            while (!(searches > searchesBefore && paints.count > paintsBefore) && timer.elapsed() < 2000) {
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
            }
            if (searches > searchesBefore && paints.count > paintsBefore) {
                ms.push_back(double(timer.nsecsElapsed()) / 1e6);
            } else {
                ++missed;
            }
        }
        box->clear();
        QTest::qWait(30);
    }
    std::printf("search as you type (%s, %d queries, %zu keystrokes, debounce %d ms): key press to results "
                "painted p50 %.1f ms, p95 %.1f ms, max %.1f ms%s\n",
                qUtf8Printable(QGuiApplication::platformName()), int(queries.size()), ms.size(),
                Ui::SearchController::DebounceMs, at(ms, 0.5), at(ms, 0.95), at(ms, 1.0),
                missed > 0 ? qPrintable(QStringLiteral(" (%1 keystrokes not painted within 2 s)").arg(missed)) : "");
    return 0;
}
