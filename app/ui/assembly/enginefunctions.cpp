// SPDX-License-Identifier: GPL-3.0-or-later
// The engine half's functions (engine.h): the module's entry point, and the same functions linked in.
#include "cli/exportcommand.h"
#include "engine.h"
#include "readerfeatures.h"

namespace Myelin::Ui {

namespace {

const EngineFunctions Functions{MYELIN_VERSION, &makeReaderFeatures, &Cli::ExportCommand::run};

} // namespace

const EngineFunctions *linkedInEngine(QString * /*error*/)
{
    return &Functions;
}

} // namespace Myelin::Ui

extern "C" Q_DECL_EXPORT const Myelin::Ui::EngineFunctions *myelin_engine_functions()
{
    return &Myelin::Ui::Functions;
}
