// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcommand.h"

#include "clioutput.h"
#include "core/contentdatabase.h"
#include "core/contentlocator.h"
#include "core/contentrepository.h"
#include "core/translations.h"
#include "export/handout.h"
#include "export/plaintextexport.h"
#include "export/selfcontainedhtml.h"
#include "ui/print/contentcss.h"
#include "ui/print/pdfpipeline.h"
#include "update/contentstore.h"
#include "web/sandboxcheck.h"
#include "web/urlscheme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <cstdio>
#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif
#include <cstring>
#include <memory>
#include <optional>

namespace Myelin::Cli {

using Ui::contentCss;
using Ui::PdfPipeline;

namespace {

// A command-line tool's error output should hold its own messages: Qt WebEngine's start-up notes
// (its graphics set-up, which the offscreen platform does not need) are left out unless asked for.
QtMessageHandler previousHandler = nullptr;

void quietHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const bool verbose = qEnvironmentVariableIsSet("MYELIN_EXPORT_VERBOSE");
    const bool note = type == QtDebugMsg || type == QtInfoMsg;
    const bool startupNoise = message.startsWith(QLatin1String("WebEngineContext used before")) ||
                              message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")) ||
                              message.startsWith(QLatin1String("No suitable graphics backend found"));
    if (verbose || !(note || startupNoise)) {
        previousHandler(type, context, message);
    }
}

int problem(const QString &message)
{
    say(stderr, QStringLiteral("myelin export: ") + message);
    return ExitProblem;
}

int usage(const QString &message)
{
    say(stderr, QStringLiteral("myelin export: ") + message);
    say(stderr, ExportCommand::tr("Run \"myelin export --help\" to see how to use it."));
    return ExitUsage;
}

// Opens the output at once, so a path that cannot be written is reported before any work is done.
std::unique_ptr<QSaveFile> openOutput(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (info.isDir()) {
        *error = ExportCommand::tr("cannot write %1: it is a folder; give a file name").arg(path);
        return nullptr;
    }
    if (!info.absoluteDir().exists()) {
        *error = ExportCommand::tr("cannot write %1: the folder %2 does not exist").arg(path, info.absolutePath());
        return nullptr;
    }
    auto file = std::make_unique<QSaveFile>(path);
    if (!file->open(QIODevice::WriteOnly)) {
        *error = ExportCommand::tr("cannot write %1: %2").arg(path, file->errorString());
        return nullptr;
    }
    return file;
}

// True when two paths name the same file: the same canonical path (symbolic links followed) or, on
// Linux and macOS, the same device and inode (hard links). An output that does not exist yet is the
// same as an input only by its absolute path. Windows: canonical paths (hard links there are rare and
// need a file handle to compare).
bool sameFile(const QString &a, const QString &b)
{
    const QFileInfo first(a);
    const QFileInfo second(b);
    if (!first.exists() || !second.exists()) {
        return QDir::cleanPath(first.absoluteFilePath()) == QDir::cleanPath(second.absoluteFilePath());
    }
    if (first.canonicalFilePath() == second.canonicalFilePath()) {
        return true;
    }
#ifdef Q_OS_UNIX
    struct stat one = {};
    struct stat other = {};
    if (::stat(QFile::encodeName(a).constData(), &one) == 0 && ::stat(QFile::encodeName(b).constData(), &other) == 0) {
        return one.st_dev == other.st_dev && one.st_ino == other.st_ino;
    }
#endif
    return false;
}

bool writeOutput(QSaveFile &file, const QByteArray &bytes, QString *error)
{
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        *error = ExportCommand::tr("cannot write %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    return true;
}

} // namespace

QString ExportCommand::helpText()
{
    return tr("Usage: myelin export [options] <article>...\n"
              "       myelin export --handout <handout.json> --pdf <file>\n"
              "\n"
              "Saves articles or a handout booklet as files, without opening a window.\n"
              "Articles are named as in the reader's addresses, for example \"what-is-ms\".\n"
              "\n"
              "Options:\n"
              "  --pdf <file>         Save a PDF: the articles one after another, or the handout.\n"
              "  --html <file>        Save one article as a web page that needs nothing else.\n"
              "  --text <file>        Save one article as plain text.\n"
              "  --handout <file>     Make the handout saved in this file by \"Make a Handout\".\n"
              "  --paper <size>       A4 or Letter (default: %1). A handout file sets its own.\n"
              "  --text-size <points> Text size for articles, %2 to %3 (default: %4).\n"
              "  --content <file>     Read the content database <file> (default: the content the\n"
              "                       reader shows, an installed update included).\n"
              "  -h, --help           Show this help.\n"
              "\n"
              "Examples:\n"
              "  myelin export --pdf fatigue.pdf fatigue\n"
              "  myelin export --pdf pack.pdf what-is-ms symptoms fatigue\n"
              "  myelin export --handout welcome.json --pdf welcome.pdf\n"
              "\n"
              "Exit status: 0 when the files were saved, 1 when an article, handout file or output\n"
              "file is a problem (the message names it), 2 when the command line is wrong.\n")
        .arg(Export::paperSizeId(Export::defaultPaperSize()))
        .arg(Export::MinimumTextPoints)
        .arg(Export::MaximumTextPoints)
        .arg(Export::StandardTextPoints);
}

int ExportCommand::run(int argc, char **argv)
{
    // Batch work needs no display: never try to open one.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // What QtWebEngineWidgets asks for before the application object exists.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    previousHandler = qInstallMessageHandler(quietHandler);
    Web::registerUrlScheme();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Myelin"));
    QApplication::setApplicationName(QStringLiteral("myelin"));
    // Messages, page counts and printouts in the system's language, as the reader's (English included:
    // its plural forms, "1 page", "3 pages").
    const auto translations = Translations::installForApplication();

    QStringList arguments = QCoreApplication::arguments();
    arguments.removeAt(1); // "export"

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    const QCommandLineOption pdf(QStringLiteral("pdf"), QString(), QStringLiteral("file"));
    const QCommandLineOption html(QStringLiteral("html"), QString(), QStringLiteral("file"));
    const QCommandLineOption text(QStringLiteral("text"), QString(), QStringLiteral("file"));
    const QCommandLineOption handoutOption(QStringLiteral("handout"), QString(), QStringLiteral("file"));
    const QCommandLineOption paper(QStringLiteral("paper"), QString(), QStringLiteral("size"));
    const QCommandLineOption textSize(QStringLiteral("text-size"), QString(), QStringLiteral("points"));
    const QCommandLineOption content(QStringLiteral("content"), QString(), QStringLiteral("file"));
    parser.addOptions({help, pdf, html, text, handoutOption, paper, textSize, content});
    if (!parser.parse(arguments)) {
        return usage(parser.errorText());
    }
    if (parser.isSet(help)) {
        say(stdout, helpText());
        return ExitDone;
    }
    if (const QString refusal = Web::sandboxRefusal(); !refusal.isEmpty()) {
        return problem(refusal);
    }

    const QStringList slugs = parser.positionalArguments();
    const bool isHandout = parser.isSet(handoutOption);
    if (!parser.isSet(pdf) && !parser.isSet(html) && !parser.isSet(text)) {
        return usage(tr("say what to save: --pdf <file>, --html <file> or --text <file>"));
    }
    if (isHandout && (!slugs.isEmpty() || parser.isSet(html) || parser.isSet(text))) {
        return usage(tr("a handout is saved with --pdf only, and its articles come from the handout file"));
    }
    if (!isHandout && slugs.isEmpty()) {
        return usage(tr("name at least one article, for example: myelin export --pdf fatigue.pdf fatigue"));
    }
    if ((parser.isSet(html) || parser.isSet(text)) && slugs.size() != 1) {
        return usage(tr("--html and --text save one article at a time; %1 were named").arg(slugs.size()));
    }
    for (const QCommandLineOption *option : {&pdf, &html, &text, &handoutOption, &content}) {
        if (parser.isSet(*option) && parser.value(*option).trimmed().isEmpty()) {
            return usage(tr("--%1 needs a file name, not an empty one").arg(option->names().constFirst()));
        }
    }
    PdfPipeline::ArticleOptions options;
    options.paper = Export::defaultPaperSize();
    if (parser.isSet(paper)) {
        const auto size = Export::paperSizeFromId(parser.value(paper));
        if (!size) {
            return usage(tr("--paper must be A4 or Letter, not \"%1\"").arg(parser.value(paper)));
        }
        options.paper = *size;
    }
    if (parser.isSet(textSize)) {
        bool ok = false;
        const int points = parser.value(textSize).toInt(&ok);
        if (!ok || points < Export::MinimumTextPoints || points > Export::MaximumTextPoints) {
            return usage(tr("--text-size must be a whole number from %1 to %2, not \"%3\"")
                             .arg(Export::MinimumTextPoints)
                             .arg(Export::MaximumTextPoints)
                             .arg(parser.value(textSize)));
        }
        options.textPoints = points;
    }

    // Everything that can be checked before the work starts, in the order a person would fix it.
    std::optional<Export::Handout> handout;
    if (isHandout) {
        QString error;
        handout = Export::Handout::load(parser.value(handoutOption), &error);
        if (!handout) {
            return problem(error);
        }
    }
    // The content the reader shows: an installed content update when it is whole, else the bundled one.
    const QString bundledPath = locateContent(QCoreApplication::applicationDirPath());
    const QString contentPath =
        parser.isSet(content) ? parser.value(content) : Update::ContentStore().choose(bundledPath).path;
    auto opened = ContentDatabase::open(contentPath);
    if (!opened.database && !parser.isSet(content) && contentPath != bundledPath) {
        opened = ContentDatabase::open(bundledPath); // a damaged update: the bundled content, as the reader does
    }
    if (!opened.database) {
        return problem(opened.message);
    }
    const ContentRepository repository(*opened.database);
    PdfPipeline pipeline(repository);
    const QStringList unknown = pipeline.unknownArticles(handout ? handout->articles : slugs);
    if (!unknown.isEmpty()) {
        const QString where =
            handout ? tr(" (listed in the handout file %1)").arg(parser.value(handoutOption)) : QString();
        return problem(tr("there is no article called \"%1\"%2. Article names look like \"what-is-ms\": "
                          "lower-case words joined by hyphens.")
                           .arg(unknown.join(QStringLiteral("\", \"")), where));
    }

    struct Output
    {
        QString path;
        std::unique_ptr<QSaveFile> file;
    };
    Output pdfOut{parser.value(pdf), nullptr};
    Output htmlOut{parser.value(html), nullptr};
    Output textOut{parser.value(text), nullptr};
    // Never write over what is being read, nor two outputs into one file.
    QStringList inputs{contentPath};
    if (isHandout) {
        inputs << parser.value(handoutOption);
    }
    QStringList outputs;
    for (Output *out : {&pdfOut, &htmlOut, &textOut}) {
        if (out->path.isEmpty()) {
            continue;
        }
        for (const QString &input : std::as_const(inputs)) {
            if (sameFile(out->path, input)) {
                return problem(tr("cannot write %1: it is %2, which is being read; choose another file name")
                                   .arg(out->path, input));
            }
        }
        for (const QString &other : std::as_const(outputs)) {
            if (sameFile(out->path, other)) {
                return problem(tr("cannot write two files as %1; give each its own name").arg(out->path));
            }
        }
        outputs << out->path;
    }
    for (Output *out : {&pdfOut, &htmlOut, &textOut}) {
        if (out->path.isEmpty()) {
            continue;
        }
        QString error;
        out->file = openOutput(out->path, &error);
        if (!out->file) {
            return problem(error);
        }
    }

    const QDate today = QDate::currentDate();
    const QString collection = repository.meta(QStringLiteral("title"));
    if (htmlOut.file || textOut.file) {
        const auto article = repository.article(slugs.first());
        QString error;
        if (htmlOut.file) {
            const QString page = Export::SelfContainedHtml::article(
                *article, Export::SelfContainedHtml::rootStyle(options.textPoints), contentCss(),
                [&repository](const QString &name) { return repository.image(name); }, collection, today);
            if (!writeOutput(*htmlOut.file, page.toUtf8(), &error)) {
                return problem(error);
            }
            say(stdout, tr("Saved %1.").arg(htmlOut.path));
        }
        if (textOut.file) {
            const QString plain = Export::PlainTextExport::article(*article, collection, today);
            if (!writeOutput(*textOut.file, plain.toUtf8(), &error)) {
                return problem(error);
            }
            say(stdout, tr("Saved %1.").arg(textOut.path));
        }
    }
    if (!pdfOut.file) {
        return ExitDone;
    }

    std::optional<PdfPipeline::Result> result;
    auto finished = [&result](const PdfPipeline::Result &r) {
        result = r;
        QCoreApplication::quit();
    };
    if (handout) {
        pipeline.handout(*handout, finished, today);
    } else {
        options.printed = today;
        pipeline.articles(slugs, options, finished);
    }
    if (!result) {
        QApplication::exec();
    }
    if (!result || result->pdf.isEmpty()) {
        return problem(tr("the PDF %1 could not be made: %2")
                           .arg(pdfOut.path, result ? result->error : tr("printing stopped unexpectedly")));
    }
    QString error;
    if (!writeOutput(*pdfOut.file, result->pdf, &error)) {
        return problem(error);
    }
    say(stdout, tr("Saved %1 (%2).").arg(pdfOut.path, Export::ExportText::pages(result->pages)));
    return ExitDone;
}

} // namespace Myelin::Cli
