// SPDX-License-Identifier: GPL-3.0-or-later
// The reader's web engine half: the article view, every feature on the window and `myelin export`.
// On Linux it is a module, myelin-engine, loaded once the window's first frame is on screen: Qt WebEngine
// and the libraries it needs then load after the window and its tree are painted, not before (issue 21).
// Elsewhere it is linked in. The module sits at <bin>/../<libdir>/myelin in the build tree as when
// installed (packaging/CMakeLists.txt), beside myelin-pdf.
#ifndef MYELIN_UI_ENGINE_H
#define MYELIN_UI_ENGINE_H

#include <QString>

namespace Myelin::Ui {

struct FeatureContext;
class UpdateController;

struct EngineFunctions
{
    const char *version; // the Myelin version it was built for: the module and the program go together
    UpdateController *(*makeFeatures)(const FeatureContext &context); // readerfeatures.h
    int (*exportCommand)(int argc, char **argv);                      // `myelin export ...` (cli/exportcommand.h)
};

// How ReaderAssembly gets the engine: the module (the reader) or the functions linked in (the tests).
// Null on failure, and *error names the file and the problem.
using EngineLoader = const EngineFunctions *(*)(QString *error);

// The reader's: the module on Linux (loaded on first use, then kept), else the functions linked in.
const EngineFunctions *loadEngineModule(QString *error);
// Before the window is made: a module that is not there or cannot be read, named with the problem;
// empty when it is there (or linked in). Cheap: the module is not loaded.
QString engineModuleProblem();

// The functions linked into this program (myelin_features: the tests, and the reader where the engine is
// not a module).
const EngineFunctions *linkedInEngine(QString *error);

} // namespace Myelin::Ui

// The module's entry point.
extern "C" const Myelin::Ui::EngineFunctions *myelin_engine_functions();

#endif // MYELIN_UI_ENGINE_H
