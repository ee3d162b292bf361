// SPDX-License-Identifier: GPL-3.0-or-later
// For tst_contentstore: installs a pack and dies (std::_Exit, no clean-up at all) at the named step,
// as a reader killed or a machine losing power in the middle of an update would.
//   packinstallhelper FOLDER BUNDLED_DB PACK PUBLIC_KEY STEP
#include "update/contentstore.h"
#include "update/packcheck.h"
#include "update/trustedkeys.h"

#include <QCoreApplication>
#include <cstdio>
#include <cstdlib>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 6) {
        return 2;
    }
    Myelin::Update::TrustedKeys keys;
    QString error;
    if (!keys.addFile(args.at(4), &error)) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(error));
        return 2;
    }
    Myelin::Update::ContentStore store(args.at(1));
    const auto inUse = store.choose(args.at(2));
    const auto checked = Myelin::Update::PackCheck::check(args.at(3), keys, {});
    const QString dieAt = args.at(5);
    store.setStepHook([&dieAt](const QString &step) {
        if (step == dieAt) {
            std::_Exit(9);
        }
        return true;
    });
    if (!store.install(checked, args.at(3), inUse, &error)) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(error));
        return 1;
    }
    return 0;
}
