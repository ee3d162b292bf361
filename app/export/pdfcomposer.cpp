// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfcomposer.h"

#include "core/logging.h"
#include "exportformat.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibrary>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcComposer, "myelin.export.composer", QtInfoMsg)

namespace Myelin::Export {

namespace {

struct Loaded
{
    const PdfAssembly::Functions *functions = nullptr;
    QString from;
    QString error;
};

QString explained(const QString &file, const QString &problem)
{
    return QCoreApplication::translate("PdfComposer",
                                       "Myelin's PDF tools (%1) cannot be loaded: %2. Install Myelin again.")
        .arg(QDir::toNativeSeparators(file), problem);
}

const Loaded &loaded()
{
#ifdef MYELIN_PDF_MODULE
    // <program folder>/<MYELIN_PDF_MODULE_DIR>/myelin-pdf: the same relative place in the build tree
    // and in any installed prefix (app/export/CMakeLists.txt).
    static const Loaded module = [] {
        Loaded result;
        const QString appDir =
            QCoreApplication::instance() != nullptr ? QCoreApplication::applicationDirPath() : QDir::currentPath();
        result.from = QDir::cleanPath(appDir + QStringLiteral("/" MYELIN_PDF_MODULE_DIR "/myelin-pdf"));
        result.functions = PdfComposer::loadModule(result.from, &result.error);
        return result;
    }();
    return module;
#else
    static const Loaded linkedIn{myelin_pdf_functions(), QString(), QString()};
    return linkedIn;
#endif
}

} // namespace

const PdfAssembly::Functions *PdfComposer::assembly(QString *error, QString *from)
{
    const Loaded &assembly = loaded();
    if (from != nullptr) {
        *from = assembly.from;
    }
    if (assembly.functions == nullptr && error != nullptr) {
        *error = assembly.error;
    }
    return assembly.functions;
}

const PdfAssembly::Functions *PdfComposer::loadModule(const QString &path, QString *error)
{
    QLibrary library(path); // once loaded, it stays for the rest of the run
    using EntryPoint = const PdfAssembly::Functions *(*)();
    const auto entry = reinterpret_cast<EntryPoint>(library.resolve(PdfAssembly::EntryPoint));
    const PdfAssembly::Functions *functions = entry != nullptr ? entry() : nullptr;
    const QString file = library.isLoaded() ? library.fileName() : path;
    QString problem;
    if (functions == nullptr) {
        problem = library.errorString();
    } else if (functions->version != PdfAssembly::Version) {
        problem = QCoreApplication::translate("PdfComposer", "it is version %1, this Myelin needs version %2")
                      .arg(functions->version)
                      .arg(PdfAssembly::Version);
    } else {
        return functions;
    }
    MYELIN_WARNING(lcComposer) << "cannot load the PDF assembly" << file << ":" << problem;
    if (error != nullptr) {
        *error = explained(file, problem);
    }
    return nullptr;
}

int PdfComposer::pageCount(const QByteArray &pdf, QString *error)
{
    const PdfAssembly::Functions *functions = assembly(error);
    return functions != nullptr ? functions->pageCount(pdf, error) : -1;
}

QByteArray PdfComposer::compose(const Input &input, QString *error)
{
    const PdfAssembly::Functions *functions = assembly(error);
    if (functions == nullptr) {
        return {};
    }
    PdfAssembly::Job job;
    job.parts = input.parts;
    // The footers are drawn here (Qt Gui, the reader's fonts), once the page sizes are known.
    job.footers = [&input](const QList<QSizeF> &sizes) {
        return FooterPages::render(sizes, input.footers, input.footerStyle);
    };
    for (const PageFooter &footer : input.footers) {
        job.footerShown << footer.visible;
    }
    job.outline = input.outline;
    job.info = input.info;
    job.creator = ExportText::productName();
    job.producer = ExportText::productName() + QStringLiteral(" (Qt WebEngine, qpdf)");
    job.created = QDateTime::currentDateTime();
    QString reason;
    QByteArray pdf = functions->compose(job, &reason);
    if (pdf.isEmpty()) {
        MYELIN_WARNING(lcComposer) << "cannot assemble the PDF:" << reason;
        if (error != nullptr) {
            *error = reason;
        }
    }
    return pdf;
}

} // namespace Myelin::Export
