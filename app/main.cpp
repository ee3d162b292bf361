// SPDX-License-Identifier: GPL-3.0-or-later
// myelin: the reader. Parses the command line, opens the content and user data, shows the window.
#include "cli/exportcommand.h"
#include "cli/updatecommand.h"
#include "core/contentdatabase.h"
#include "core/contentlocator.h"
#include "core/contentrepository.h"
#include "core/translations.h"
#include "core/versioninfo.h"
#include "ui/bookmarks/bookmarkscontroller.h"
#include "ui/comfort/comfortcontroller.h"
#include "ui/mydata/mydatacontroller.h"
#include "ui/notes/notescontroller.h"
#include "ui/print/printcontroller.h"
#include "ui/questions/questionscontroller.h"
#include "ui/search/searchcontroller.h"
#include "ui/shell/aboutdialog.h"
#include "ui/shell/appicon.h"
#include "ui/shell/articleview.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/readerhost.h"
#include "ui/shell/readingstylecontroller.h"
#include "ui/shell/renderingcontroller.h"
#include "ui/update/updatecontroller.h"
#include "update/contentstore.h"
#include "update/trustedkeys.h"
#ifdef MYELIN_BENCH_PROBE
#include "core/navtreemodel.h"
#include "startupprobe.h"

#include <QTreeView>
#endif
#include "userdata/personallibrary.h"
#include "userdata/settings.h"
#include "userdata/userdatabase.h"
#include "web/idlecollector.h"
#include "web/sandboxcheck.h"
#include "web/urlscheme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>
#include <QTimer>
#include <cstdio>
#include <functional>
#include <memory>
#include <optional>

namespace {

void reportFatal(const QString &message)
{
    std::fprintf(stderr, "myelin: %s\n", qUtf8Printable(message));
    if (QGuiApplication::platformName() != QLatin1String("offscreen") &&
        !qEnvironmentVariableIsSet("MYELIN_NO_DIALOGS")) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Myelin cannot start"), message);
    }
}

// On Linux and other X11/Wayland systems the window system needs a desktop session.
bool hasDisplay()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY") ||
           qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
#else
    return true;
#endif
}

bool helpRequested(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-?") {
            return true;
        }
    }
    return false;
}

// Where the settings, the user's data and installed content updates live (QStandardPaths).
void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Myelin"));
    QCoreApplication::setApplicationName(QStringLiteral("myelin"));
}

// The content the window shows: the database, its repository, and where it came from.
struct Content
{
    std::unique_ptr<Myelin::ContentDatabase> database;
    std::unique_ptr<Myelin::ContentRepository> repository;
    Myelin::Update::ContentStore::Choice choice;
};

// Opens the chosen content; on failure returns nothing and a message naming the file.
std::optional<Content> openContent(const Myelin::Update::ContentStore::Choice &choice, QString *error)
{
    auto opened = Myelin::ContentDatabase::open(choice.path);
    if (!opened.database) {
        *error = opened.message;
        return std::nullopt;
    }
    opened.database->setOrigin(choice.origin.describe());
    Content content{std::move(opened.database), nullptr, choice};
    content.repository = std::make_unique<Myelin::ContentRepository>(*content.database);
    if (content.repository->rootSlug().isEmpty()) {
        const int articles = content.repository->articleCount();
        *error =
            articles == 0
                ? QCoreApplication::translate("main", "The content database %1 holds no articles.")
                      .arg(QDir::toNativeSeparators(choice.path))
                : QCoreApplication::translate("main", "The content database %1 holds %2 articles but no first page "
                                                      "(every article has a parent). Install the content again.")
                      .arg(QDir::toNativeSeparators(choice.path))
                      .arg(articles);
        return std::nullopt;
    }
    return content;
}

} // namespace

int main(int argc, char *argv[])
{
    // `myelin export ...`: batch printing to files, headless (cli/exportcommand.cpp).
    if (Myelin::Cli::ExportCommand::requestedIn(argc, argv)) {
        return Myelin::Cli::ExportCommand::run(argc, argv);
    }
    // `myelin update --check/--install FILE`: content packs without a window (cli/updatecommand.cpp).
    if (Myelin::Cli::UpdateCommand::requestedIn(argc, argv)) {
        return Myelin::Cli::UpdateCommand::run(argc, argv);
    }
    // --version needs no display: answer it before QApplication, so it works in scripts and over ssh.
    if (Myelin::VersionInfo::requestedIn(argc, argv)) {
        const QCoreApplication versionApp(argc, argv);
        setApplicationNames();
        const auto choice =
            Myelin::Update::ContentStore().choose(Myelin::locateContent(QCoreApplication::applicationDirPath()));
        return Myelin::VersionInfo::runVersionCommand(QCoreApplication::arguments(),
                                                      QCoreApplication::applicationDirPath(), choice.path,
                                                      choice.origin.describe());
    }
    if (!hasDisplay()) {
        if (!helpRequested(argc, argv)) {
            std::fprintf(stderr, "myelin: no graphical display was found (DISPLAY and WAYLAND_DISPLAY are not set).\n"
                                 "Start Myelin from your desktop, or use 'myelin export --help' to make PDFs "
                                 "without one.\n");
            return 1;
        }
        qputenv("QT_QPA_PLATFORM", "offscreen"); // --help needs no window
    }
#ifdef MYELIN_BENCH_PROBE
    Myelin::Bench::startStartupClock();
#else
    if (qEnvironmentVariableIsSet("MYELIN_BENCH_STARTUP")) { // no probe: the benchmark would wait forever
        std::fprintf(stderr, "myelin: this build has no start-up probe (configure with -DMYELIN_BENCH_PROBE=ON).\n");
        return 2;
    }
#endif
    // Qt WebEngine 6.4 hides page text from Linux screen readers unless this is set before QApplication.
    if (!qEnvironmentVariableIsSet("QTWEBENGINE_ENABLE_LINUX_ACCESSIBILITY")) {
        qputenv("QTWEBENGINE_ENABLE_LINUX_ACCESSIBILITY", "1");
    }
    Myelin::Web::registerUrlScheme();
    Myelin::Web::IdleCollector::enable(); // left pages' memory is freed once the reader settles
    // The names say where the settings live; they are read before QApplication (how pages are drawn).
    setApplicationNames();
    Myelin::Settings settings;
    Myelin::Ui::RenderingController::applyBeforeApplication(settings);

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Myelin"));
    QApplication::setApplicationVersion(QStringLiteral(MYELIN_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.myelin.Myelin"));
    Myelin::Ui::applyAppIcon(QCoreApplication::applicationDirPath());
    const auto translations = Myelin::Translations::installForApplication(); // the user's language, if we have it

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Myelin: an offline reader about multiple sclerosis."));
    parser.addHelpOption();
    parser.addOption(QCommandLineOption( // handled above, before QApplication
        QStringList{QStringLiteral("v"), QStringLiteral("version")},
        QCoreApplication::translate("main", "Show the versions of Myelin, its content and Qt.")));
    const QCommandLineOption openOption(QStringList{QStringLiteral("o"), QStringLiteral("open")},
                                        QCoreApplication::translate("main", "Open the article <slug>."),
                                        QStringLiteral("slug"));
    const QCommandLineOption contentOption(QStringLiteral("content"),
                                           QCoreApplication::translate("main", "Read the content database <file>."),
                                           QStringLiteral("file"));
    parser.addOption(openOption);
    parser.addOption(contentOption);
    parser.addPositionalArgument(QStringLiteral("pack"),
                                 QCoreApplication::translate("main", "A content update (.myelinpack) to install."),
                                 QStringLiteral("[pack]"));
    parser.process(app); // exits with a message on --help, --version and unknown options

    // The installed content update when it is whole, else the content Myelin came with (update/contentstore.h).
    Myelin::Update::ContentStore store;
    const QString bundledPath = Myelin::locateContent(QCoreApplication::applicationDirPath());
    auto chooseContent = [&]() -> Myelin::Update::ContentStore::Choice {
        if (parser.isSet(contentOption)) {
            Myelin::Update::ContentStore::Choice given{parser.value(contentOption), {}, {}};
            given.origin.source = Myelin::Update::ContentStore::Origin::Source::File;
            return given;
        }
        return store.choose(bundledPath);
    };
    QString problem;
    const auto choice = chooseContent();
    std::optional<Content> content = openContent(choice, &problem);
    if (!content && !parser.isSet(contentOption) && choice.path != bundledPath) {
        content = openContent({bundledPath, {}, problem}, &problem); // the bundled content is the last fallback
    }
    if (!content) {
        reportFatal(problem);
        return 1;
    }

    // Last of the checks: a problem with the content is worth hearing about first.
    if (const QString refusal = Myelin::Web::sandboxRefusal(); !refusal.isEmpty()) {
        reportFatal(refusal);
        return 1;
    }
    Myelin::UserDatabase userData;
    if (!userData.isOpen()) {
        std::fprintf(stderr, "myelin: %s\n", qUtf8Printable(userData.errorMessage()));
    }
    Myelin::PersonalLibrary library(userData); // bookmarks, highlights and notes, questions, history

    // The window, then each feature on top of it through its ReaderHost (CONTRIBUTING.md has the picture).
    // A content update makes the window again on the new content (replaceContent), on the same article.
    Myelin::Ui::ReadingStyleController readingStyle(settings); // text size and colours, window included
    std::unique_ptr<Myelin::Ui::MainWindow> window;
    Myelin::Ui::UpdateController *updates = nullptr;
    std::function<void()> replaceContent;
    auto makeWindow = [&](const QString &slug) {
        window = std::make_unique<Myelin::Ui::MainWindow>(Myelin::Ui::MainWindow::Dependencies{
            *content->database, *content->repository, settings, userData, readingStyle});
        Myelin::Ui::ReaderHost &host = window->host();
        Myelin::Ui::AboutDialog::addToHelpMenu(host);
        new Myelin::Ui::ComfortController(host); // Comfort menu and page, profiles, read aloud, keyboard order
        auto *search = new Myelin::Ui::SearchController(host); // search field (Ctrl+K), results, find in page (Ctrl+F)
        auto *print = new Myelin::Ui::PrintController(host);   // print (Ctrl+P), export, handout booklets
        // Questions for my next appointment: the pane, "Add to My Questions"; printed by print, found by search.
        auto *questions = new Myelin::Ui::QuestionsController(host, library.questions);
        print->setQuestionSource([questions] { return questions->sheet(); });
        QObject::connect(questions, &Myelin::Ui::QuestionsController::printRequested, print,
                         &Myelin::Ui::PrintController::printQuestions);
        QObject::connect(questions, &Myelin::Ui::QuestionsController::pdfRequested, print,
                         &Myelin::Ui::PrintController::saveQuestionsPdf);
        search->setOwnWords(&library.questions, &library.highlights);
        QObject::connect(search, &Myelin::Ui::SearchController::questionChosen, questions,
                         &Myelin::Ui::QuestionsController::showQuestion);
        Myelin::Ui::RenderingController::install(host); // View > Page Drawing
        // File > My Data: export, import, delete all; tells the reader when a damaged data file was set aside
        new Myelin::Ui::MyDataController(host, library);
        auto *notes = new Myelin::Ui::NotesController(host, library); // highlights and notes (Ctrl+M), the Notes pane
        QObject::connect(search, &Myelin::Ui::SearchController::noteChosen, notes,
                         &Myelin::Ui::NotesController::showHighlight); // a note found by search: scrolled to
        new Myelin::Ui::BookmarksController(host, library); // Ctrl+D, the Bookmarks pane and menu, history, places
        updates = new Myelin::Ui::UpdateController(         // File > Update Content…, What's New, go back
            host, {store, Myelin::Update::TrustedKeys::builtIn(), content->choice});
        QObject::connect(updates, &Myelin::Ui::UpdateController::contentReplaced, &app,
                         [&] { QTimer::singleShot(0, &app, replaceContent); });
        window->openArticle(slug);
    };
    replaceContent = [&] {
        QString problem;
        std::optional<Content> next = openContent(store.choose(bundledPath), &problem);
        if (!next) {
            QMessageBox::warning(window.get(), QCoreApplication::translate("main", "Content not changed"), problem);
            return;
        }
        const QString slug = window->currentSlug(); // the reader's place, when the article is still there
        QGuiApplication::setQuitOnLastWindowClosed(false);
        window->close(); // stores the window's size and panes for the next one
        window.reset();
        content = std::move(next);
        makeWindow(slug);
        window->show();
        QGuiApplication::setQuitOnLastWindowClosed(true);
    };
    const QString slug = parser.isSet(openOption) ? parser.value(openOption) : settings.lastArticle();
    makeWindow(slug);
#ifdef MYELIN_BENCH_PROBE
    if (Myelin::Bench::startupProbeRequested()) {
        QStringList others = content->repository->articleSlugs(100); // for MYELIN_BENCH_SWITCH
        others.removeAll(slug);
        Myelin::Bench::ProbeTarget probe;
        probe.window = window.get();
        probe.firstSlug = slug;
        probe.slugs = others;
        probe.view = [&window]() -> QWebEngineView * {
            Myelin::Ui::ArticleView *view = window->host().articleView();
            return view != nullptr ? view->webView() : nullptr;
        };
        probe.tree = [&window]() -> QAbstractItemView * { return window->tree(); };
        probe.rowFor = [&window](const QString &next) {
            const QModelIndex row = static_cast<Myelin::NavTreeModel *>(window->tree()->model())->indexForSlug(next);
            for (QModelIndex parent = row.parent(); parent.isValid(); parent = parent.parent()) {
                window->tree()->expand(parent);
            }
            return row;
        };
        Myelin::Bench::installStartupProbe(probe);
    }
#endif
    window->show();
    // A pack named on the command line (or opened from the file manager) is offered once the window is up.
    for (const QString &pack : parser.positionalArguments()) {
        if (Myelin::Ui::UpdateController::isPackFile(pack)) {
            QTimer::singleShot(0, updates, [&updates, pack] { updates->importPack(pack); });
            break;
        }
    }
    return app.exec();
}
