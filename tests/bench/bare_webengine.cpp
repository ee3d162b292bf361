// SPDX-License-Identifier: GPL-3.0-or-later
// The yardstick of shared/perf/README.md: a bare Qt program with a tree, one QWebEngineView and a
// custom scheme reading articles from the same SQLite database, written the obvious way (view created
// at once, default profile). scripts/bench-startup.sh compares Myelin against it. Like the reader, it
// shows the articles' pictures (their html asks for myelin://image/<name>): a program that showed them
// broken would skip work the reader does.
#include "startupprobe.h"

#include <QApplication>
#include <QBuffer>
#include <QHBoxLayout>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QTreeView>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineUrlRequestJob>
#include <QWebEngineUrlScheme>
#include <QWebEngineUrlSchemeHandler>
#include <QWebEngineView>

namespace {

class Handler : public QWebEngineUrlSchemeHandler
{
public:
    void requestStarted(QWebEngineUrlRequestJob *job) override
    {
        if (job->requestUrl().scheme() == QLatin1String("myelin")) {
            image(job);
            return;
        }
        QSqlQuery query;
        query.prepare(QStringLiteral("SELECT title, html FROM articles WHERE slug = ?"));
        query.addBindValue(job->requestUrl().path().mid(1));
        if (!query.exec() || !query.next()) {
            job->fail(QWebEngineUrlRequestJob::UrlNotFound);
            return;
        }
        auto *buffer = new QBuffer(job);
        buffer->setData(QStringLiteral("<!DOCTYPE html><html><head><meta charset=utf-8><title>%1</title></head>"
                                       "<body><h1>%1</h1>%2</body></html>")
                            .arg(query.value(0).toString(), query.value(1).toString())
                            .toUtf8());
        buffer->open(QIODevice::ReadOnly);
        job->reply("text/html", buffer);
    }

private:
    static void image(QWebEngineUrlRequestJob *job)
    {
        QSqlQuery query;
        query.prepare(QStringLiteral("SELECT mime, data FROM images WHERE name = ?"));
        query.addBindValue(job->requestUrl().path().mid(1));
        if (job->requestUrl().host() != QLatin1String("image") || !query.exec() || !query.next()) {
            job->fail(QWebEngineUrlRequestJob::UrlNotFound);
            return;
        }
        auto *buffer = new QBuffer(job);
        buffer->setData(query.value(1).toByteArray());
        buffer->open(QIODevice::ReadOnly);
        job->reply(query.value(0).toString().toUtf8(), buffer);
    }
};

} // namespace

int main(int argc, char *argv[])
{
    Myelin::Bench::startStartupClock();
    QWebEngineUrlScheme scheme("bare");
    scheme.setSyntax(QWebEngineUrlScheme::Syntax::Host);
    scheme.setFlags(QWebEngineUrlScheme::SecureScheme | QWebEngineUrlScheme::LocalScheme);
    QWebEngineUrlScheme::registerScheme(scheme);
    QWebEngineUrlScheme images("myelin"); // the pictures, at the address the content gives them
    images.setSyntax(QWebEngineUrlScheme::Syntax::Host);
    images.setFlags(QWebEngineUrlScheme::SecureScheme | QWebEngineUrlScheme::LocalScheme);
    QWebEngineUrlScheme::registerScheme(images);
    QApplication app(argc, argv);
    if (argc < 3) {
        qCritical("usage: bare_webengine CONTENT_DB SLUG");
        return 2;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"));
    db.setDatabaseName(QString::fromLocal8Bit(argv[1]));
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db.open()) {
        return 1;
    }
    QStandardItemModel model;
    QSqlQuery query(QStringLiteral("SELECT title, slug FROM articles ORDER BY sort_order"));
    while (query.next()) {
        auto *item = new QStandardItem(query.value(0).toString());
        item->setData(query.value(1), Qt::UserRole);
        model.appendRow(item);
    }
    QWidget window;
    auto *layout = new QHBoxLayout(&window);
    auto *tree = new QTreeView(&window);
    tree->setModel(&model);
    auto *view = new QWebEngineView(&window);
    Handler handler;
    QWebEngineProfile::defaultProfile()->installUrlSchemeHandler("bare", &handler);
    QWebEngineProfile::defaultProfile()->installUrlSchemeHandler("myelin", &handler);
    layout->addWidget(tree, 1);
    layout->addWidget(view, 3);
    window.resize(1200, 800);
    const QString first = QString::fromLocal8Bit(argv[2]);
    view->setUrl(QUrl(QStringLiteral("bare://article/") + first));
    // A click on a title opens its article.
    QObject::connect(tree->selectionModel(), &QItemSelectionModel::currentChanged, view,
                     [view](const QModelIndex &current) {
                         view->setUrl(QUrl(QStringLiteral("bare://article/") + current.data(Qt::UserRole).toString()));
                     });
    if (Myelin::Bench::startupProbeRequested()) {
        Myelin::Bench::ProbeTarget probe;
        probe.window = &window;
        probe.firstSlug = first;
        QSqlQuery slugs(QStringLiteral("SELECT slug FROM articles ORDER BY id LIMIT 100")); // as the reader's
        while (slugs.next()) {
            if (slugs.value(0).toString() != first) {
                probe.slugs.append(slugs.value(0).toString());
            }
        }
        probe.view = [view]() -> QWidget * { return view; };
        probe.runScript = [view](const QString &script, std::function<void(const QVariant &)> done) {
            view->page()->runJavaScript(script, QWebEngineScript::ApplicationWorld, std::move(done));
        };
        probe.tree = [tree]() -> QAbstractItemView * { return tree; };
        probe.rowFor = [&model](const QString &slug) {
            const QModelIndexList found = model.match(model.index(0, 0), Qt::UserRole, slug, 1, Qt::MatchExactly);
            return found.isEmpty() ? QModelIndex() : found.first();
        };
        Myelin::Bench::installStartupProbe(probe);
    }
    window.show();
    return app.exec();
}
