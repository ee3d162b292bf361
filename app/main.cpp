// SPDX-License-Identifier: GPL-3.0-or-later
// myelin: the reader. Parses the command line, opens the content and user data, shows the window.
#include "cli/exportcommand.h"
#include "cli/updatecommand.h"
#include "core/contentlocator.h"
#include "core/contentrepository.h"
#include "core/translations.h"
#include "core/versioninfo.h"
#include "ui/assembly/engine.h"
#include "ui/assembly/readerassembly.h"
#include "ui/shell/appicon.h"
#include "ui/shell/articleview.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/readerhost.h"
#include "ui/shell/readingstylecontroller.h"
#include "ui/shell/renderingcontroller.h"
#include "update/contentstore.h"
#include "update/packfile.h"
#include "update/trustedkeys.h"
#ifdef MYELIN_BENCH_PROBE
#include "core/navtreemodel.h"
#include "startupprobe.h"

#include <QTreeView>
#endif
#include "userdata/personallibrary.h"
#include "userdata/settings.h"
#include "userdata/userdatabase.h"
#include "web/engineflags.h"
#include "web/sandboxcheck.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>
#include <QTimer>
#include <algorithm>
#include <cstdio>
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

} // namespace

int main(int argc, char *argv[])
{
    // `myelin export ...`: batch printing to files, headless (cli/exportcommand.cpp), in the engine half.
    if (Myelin::Cli::ExportCommand::requestedIn(argc, argv)) {
        QString problem = Myelin::Ui::engineModuleProblem(); // a missing file said as such
        const Myelin::Ui::EngineFunctions *engine =
            problem.isEmpty() ? Myelin::Ui::loadEngineModule(&problem) : nullptr;
        if (engine == nullptr) {
            std::fprintf(stderr, "myelin: %s\n", qUtf8Printable(problem));
            return 1;
        }
        return engine->exportCommand(argc, argv);
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
    // Left pages' memory is freed once the reader settles (web/idlecollector); scripts are interpreted.
    Myelin::Web::EngineFlags::apply();
    // The names say where the settings live; they are read before QApplication (how pages are drawn).
    setApplicationNames();
    Myelin::Settings settings;
    Myelin::Ui::RenderingController::applyBeforeApplication(settings);

    QApplication app(argc, argv);
    Myelin::Ui::RenderingController::applyAfterApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Myelin"));
    QApplication::setApplicationVersion(QStringLiteral(MYELIN_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.myelin.Myelin"));
    Myelin::Ui::applyAppIcon(QCoreApplication::applicationDirPath());
    // The language the reader chose in Comfort > Language, else the system's, when there is a translation.
    auto translations = Myelin::Translations::installForApplication(settings.language());

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
    std::optional<Myelin::Ui::OpenedContent> content = Myelin::Ui::OpenedContent::open(choice, &problem);
    if (!content && !parser.isSet(contentOption) && choice.path != bundledPath) {
        // The bundled content is the last fallback.
        content = Myelin::Ui::OpenedContent::open({bundledPath, {}, problem}, &problem);
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
    if (const QString missing = Myelin::Ui::engineModuleProblem(); !missing.isEmpty()) {
        reportFatal(missing); // before the window: it would have no article
        return 1;
    }
    Myelin::UserDatabase userData;
    if (!userData.isOpen()) {
        std::fprintf(stderr, "myelin: %s\n", qUtf8Printable(userData.errorMessage()));
    }
    Myelin::PersonalLibrary library(userData); // bookmarks, highlights and notes, questions, history

    // The window, then each feature on top of it through its ReaderHost (CONTRIBUTING.md has the picture);
    // a content update makes them again on the new content, on the same article (ui/assembly).
    Myelin::Ui::ReadingStyleController readingStyle(settings); // text size and colours, window included
    Myelin::Ui::ReaderAssembly reader({settings, userData, library, readingStyle, store,
                                       Myelin::Update::TrustedKeys::builtIn(), bundledPath, &translations,
                                       &Myelin::Ui::loadEngineModule},
                                      std::move(*content));
    const QString slug = parser.isSet(openOption) ? parser.value(openOption) : settings.lastArticle();
    // A pack named on the command line (or opened from the file manager) is offered once the window is up
    // with its features.
    for (const QString &pack : parser.positionalArguments()) {
        if (Myelin::Update::PackFile::hasPackName(pack)) {
            reader.offerPack(pack);
            break;
        }
    }
    reader.build(slug);
#ifdef MYELIN_BENCH_PROBE
    if (Myelin::Bench::startupProbeRequested()) {
        QStringList others = reader.content().repository->articleSlugs(100); // for MYELIN_BENCH_SWITCH
        others.removeAll(slug);
        Myelin::Bench::ProbeTarget probe;
        probe.window = reader.window();
        probe.firstSlug = slug;
        probe.slugs = others;
        // The pane's QWebEngineView, found by its class name: this program links no web engine.
        const auto pane = [&reader]() -> Myelin::Ui::ArticlePane * { return reader.window()->host().articleView(); };
        probe.view = [pane]() -> QWidget * {
            const QList<QWidget *> inside = pane() != nullptr ? pane()->findChildren<QWidget *>() : QList<QWidget *>();
            const auto web = std::find_if(inside.begin(), inside.end(),
                                          [](const QWidget *widget) { return widget->inherits("QWebEngineView"); });
            return web != inside.end() ? *web : nullptr;
        };
        probe.runScript = [pane](const QString &script, std::function<void(const QVariant &)> done) {
            pane()->runInPage(script, std::move(done));
        };
        probe.tree = [&reader]() -> QAbstractItemView * { return reader.window()->tree(); };
        probe.rowFor = [&reader](const QString &next) {
            QTreeView *tree = reader.window()->tree();
            const QModelIndex row = static_cast<Myelin::NavTreeModel *>(tree->model())->indexForSlug(next);
            for (QModelIndex parent = row.parent(); parent.isValid(); parent = parent.parent()) {
                tree->expand(parent);
            }
            return row;
        };
        Myelin::Bench::installStartupProbe(probe);
    }
#endif
    reader.window()->show();
    QObject::connect(&reader, &Myelin::Ui::ReaderAssembly::engineMissing, &app, [](const QString &problem) {
        reportFatal(problem);
        QCoreApplication::exit(1);
    });
    return app.exec();
}
