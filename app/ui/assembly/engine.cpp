// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>
#include <cstring>

namespace Myelin::Ui {

#ifdef MYELIN_ENGINE_MODULE
namespace {

QString modulePath()
{
    // <program folder>/<MYELIN_ENGINE_MODULE_DIR>/myelin-engine.so (app/ui/assembly/CMakeLists.txt). Before
    // QCoreApplication (`myelin export` makes its own), the program's folder is the kernel's word.
    const QString appDir =
        QCoreApplication::instance() != nullptr
            ? QCoreApplication::applicationDirPath()
            : QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath().section(QLatin1Char('/'), 0, -2);
    return QDir::cleanPath(appDir + QStringLiteral("/" MYELIN_ENGINE_MODULE_DIR "/myelin-engine.so"));
}

QString explained(const QString &file, const QString &problem)
{
    return QCoreApplication::translate("Engine", "Myelin's article viewer (%1) cannot be loaded: %2. Install "
                                                 "Myelin again.")
        .arg(QDir::toNativeSeparators(file), problem);
}

} // namespace

QString engineModuleProblem()
{
    const QString path = modulePath();
    const QFileInfo file(path);
    if (!file.exists()) {
        return explained(path, QCoreApplication::translate("Engine", "the file is missing"));
    }
    if (!file.isFile() || !file.isReadable()) {
        return explained(path, QCoreApplication::translate("Engine", "it is not a file this user can read"));
    }
    return {};
}

const EngineFunctions *loadEngineModule(QString *error)
{
    struct Loaded
    {
        const EngineFunctions *functions = nullptr;
        QString problem;
    };
    static const Loaded loaded = [] {
        Loaded result;
        QLibrary library(modulePath()); // once loaded, it stays for the rest of the run
        // Every symbol now: one the program lacks is an error here, not a crash later.
        library.setLoadHints(QLibrary::ResolveAllSymbolsHint);
        using EntryPoint = const EngineFunctions *(*)();
        const auto entry = reinterpret_cast<EntryPoint>(library.resolve("myelin_engine_functions"));
        const EngineFunctions *functions = entry != nullptr ? entry() : nullptr;
        const QString file = library.isLoaded() ? library.fileName() : modulePath();
        if (functions == nullptr) {
            result.problem = explained(file, library.errorString());
        } else if (std::strcmp(functions->version, MYELIN_VERSION) != 0) {
            result.problem =
                explained(file, QCoreApplication::translate("Engine", "it is from Myelin %1, this is %2")
                                    .arg(QString::fromUtf8(functions->version), QStringLiteral(MYELIN_VERSION)));
        } else {
            result.functions = functions;
        }
        return result;
    }();
    if (loaded.functions == nullptr && error != nullptr) {
        *error = loaded.problem;
    }
    return loaded.functions;
}

#else

QString engineModuleProblem()
{
    return {};
}

const EngineFunctions *loadEngineModule(QString *error)
{
    return linkedInEngine(error);
}

#endif

} // namespace Myelin::Ui
