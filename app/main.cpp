// SPDX-License-Identifier: GPL-3.0-or-later
// myelin: the reader. Parses the command line, opens the content and user data, shows the window.
#include "cli/exportcommand.h"
#include "core/contentdatabase.h"
#include "core/contentlocator.h"
#include "core/contentrepository.h"
#include "core/translations.h"
#include "core/versioninfo.h"
#include "ui/comfort/comfortcontroller.h"
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
#ifdef MYELIN_BENCH_PROBE
#include "startupprobe.h"
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
#include <cstdio>

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

} // namespace

int main(int argc, char *argv[])
{
    // `myelin export ...`: batch printing to files, headless (cli/exportcommand.cpp).
    if (Myelin::Cli::ExportCommand::requestedIn(argc, argv)) {
        return Myelin::Cli::ExportCommand::run(argc, argv);
    }
    // --version needs no display: answer it before QApplication, so it works in scripts and over ssh.
    if (Myelin::VersionInfo::requestedIn(argc, argv)) {
        const QCoreApplication versionApp(argc, argv);
        return Myelin::VersionInfo::runVersionCommand(QCoreApplication::arguments(),
                                                      QCoreApplication::applicationDirPath());
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
    QApplication::setOrganizationName(QStringLiteral("Myelin"));
    QApplication::setApplicationName(QStringLiteral("myelin"));
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
    parser.process(app); // exits with a message on --help, --version and unknown options

    const QString contentPath = parser.isSet(contentOption)
                                    ? parser.value(contentOption)
                                    : Myelin::locateContent(QCoreApplication::applicationDirPath());
    auto opened = Myelin::ContentDatabase::open(contentPath);
    if (!opened.database) {
        reportFatal(opened.message);
        return 1;
    }
    const Myelin::ContentRepository repository(*opened.database);
    if (repository.rootSlug().isEmpty()) {
        const int articles = repository.articleCount();
        reportFatal(articles == 0 ? QCoreApplication::translate("main", "The content database %1 holds no articles.")
                                        .arg(QDir::toNativeSeparators(contentPath))
                                  : QCoreApplication::translate(
                                        "main", "The content database %1 holds %2 articles but no first page "
                                                "(every article has a parent). Install the content again.")
                                        .arg(QDir::toNativeSeparators(contentPath))
                                        .arg(articles));
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
    Myelin::Ui::ReadingStyleController readingStyle(settings); // text size and colours, window included
    Myelin::Ui::MainWindow window({*opened.database, repository, settings, userData, readingStyle});
    Myelin::Ui::ReaderHost &host = window.host();
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
    const QString slug = parser.isSet(openOption) ? parser.value(openOption) : settings.lastArticle();
    window.openArticle(slug);
#ifdef MYELIN_BENCH_PROBE
    if (Myelin::Bench::startupProbeRequested()) {
        QStringList others = repository.articleSlugs(100); // for MYELIN_BENCH_SWITCH
        others.removeAll(slug);
        Myelin::Bench::installStartupProbe(
            &window,
            [](QWidget *w) -> QWebEngineView * {
                auto *view = static_cast<Myelin::Ui::MainWindow *>(w)->host().articleView();
                return view != nullptr ? view->webView() : nullptr;
            },
            [&window](const QString &next) { window.openArticle(next); }, others);
    }
#endif
    window.show();
    return app.exec();
}
