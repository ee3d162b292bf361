// SPDX-License-Identifier: GPL-3.0-or-later
// For scripts/bench-startup.sh (MYELIN_BENCH_PAGES=1): rewrites a copy of the content so that the bare
// WebEngine program serves the reader's own pages. Each article's html becomes what the reader's scheme
// handler serves for it (web/schemehandler: the stylesheet, the theme's :root, header, body, sources,
// notice, feedback), less the <html>/<head>/<body> the bare program writes around it. The bare program
// then costs what the reader's page costs; Myelin against it is what the reader adds around the page.
// usage: bench_pages CONTENT.db   (rewritten in place; give it a copy)
#include "core/contentdatabase.h"
#include "core/contentrepository.h"
#include "core/contenturl.h"
#include "core/readingstyle.h"
#include "core/theme.h"
#include "web/schemehandler.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <cstdio>

using namespace Myelin;

namespace {

// The page's stylesheets and its <main>: what may stand in another program's <body>.
QString bodyPart(const QString &page)
{
    const qsizetype styles = page.indexOf(QLatin1String("<style>"));
    const qsizetype head = page.indexOf(QLatin1String("</head>"));
    const qsizetype main = page.indexOf(QLatin1String("<main"));
    const qsizetype mainEnd = page.lastIndexOf(QLatin1String("</main>"));
    if (styles < 0 || head < styles || main < head || mainEnd < main) {
        return {};
    }
    return page.mid(styles, head - styles) + page.mid(main, mainEnd + 7 - main);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: bench_pages CONTENT.db (rewritten in place)\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    auto fail = [&path](const QString &problem) {
        std::fprintf(stderr, "bench_pages: %s: %s\n", qPrintable(path), qPrintable(problem));
        return 1;
    };
    QList<QPair<QString, QString>> pages;
    {
        ContentDatabase::OpenResult opened = ContentDatabase::open(path);
        if (!opened.database) {
            std::fprintf(stderr, "bench_pages: %s\n", qPrintable(opened.message));
            return 1;
        }
        ContentRepository repository(*opened.database);
        Web::SchemeHandler handler(repository);
        handler.setRootStyle(rootStyleFor(Theme::byId(QStringLiteral("light")), ReadingStyle{}));
        const QStringList slugs = repository.articleSlugs(1000000);
        for (const QString &slug : slugs) {
            const QString page =
                QString::fromUtf8(handler.replyFor(ContentUrl::build(ContentUrl::Kind::Article, slug)).data);
            const QString body = bodyPart(page);
            if (body.isEmpty()) {
                return fail(QStringLiteral("the page for %1 has no <style> and <main>").arg(slug));
            }
            pages.append({slug, body});
        }
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("pages"));
    db.setDatabaseName(path);
    if (!db.open() || !db.transaction()) {
        return fail(db.lastError().text());
    }
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE articles SET html = ? WHERE slug = ?"));
    for (const auto &[slug, body] : std::as_const(pages)) {
        update.addBindValue(body);
        update.addBindValue(slug);
        if (!update.exec()) {
            return fail(update.lastError().text());
        }
    }
    if (!db.commit()) {
        return fail(db.lastError().text());
    }
    std::printf("%lld pages\n", static_cast<long long>(pages.size()));
    return 0;
}
