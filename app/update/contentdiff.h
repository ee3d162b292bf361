// SPDX-License-Identifier: GPL-3.0-or-later
// Which articles one content database adds, changes and removes compared with another: for a pack's
// manifest (myelin-build --pack --previous) and for the reader's What's New after an update.
#ifndef MYELIN_UPDATE_CONTENTDIFF_H
#define MYELIN_UPDATE_CONTENTDIFF_H

#include "packmanifest.h"

#include <QString>

namespace Myelin::Update {

// An article is changed when its title, summary, text or reviewed date differ. `before` may be empty
// (then every article of `after` is added). Lists are in title order. Returns false when a database
// cannot be read.
bool compareContent(const QString &before, const QString &after, ContentChanges *changes, QString *error);

} // namespace Myelin::Update

#endif // MYELIN_UPDATE_CONTENTDIFF_H
