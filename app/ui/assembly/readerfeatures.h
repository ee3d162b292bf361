// SPDX-License-Identifier: GPL-3.0-or-later
// The part of the reader that needs the web engine: the article view and every feature on the window
// (comfort, search, print, questions, notes, bookmarks, my data, updates). ReaderAssembly makes them
// once the window's first frame is on screen, through the engine module (engine.h).
#ifndef MYELIN_UI_READERFEATURES_H
#define MYELIN_UI_READERFEATURES_H

#include "update/contentstore.h"
#include "update/trustedkeys.h"

#include <QString>
#include <functional>

namespace Myelin {
class ContentRepository;
class PersonalLibrary;
class Settings;
class Translations;
} // namespace Myelin

namespace Myelin::Ui {

class MainWindow;
class ReadingStyleController;
class UpdateController;

struct FeatureContext
{
    MainWindow &window;
    const ContentRepository &repository;
    ReadingStyleController &style;
    Settings &settings;
    PersonalLibrary &library;
    Translations *translations; // the interface language, for Comfort > Language; may be null
    Update::ContentStore &store;
    const Update::TrustedKeys &keys;
    Update::ContentStore::Choice choice; // the content the window shows
    QString packToOffer;                 // a content update named on the command line, offered once all is made
    // An update was installed or undone: the window is to be made again (once the caller has returned).
    std::function<void()> contentReplaced;
};

// Makes the window's article view (it opens the page the window shows) and every feature on the window;
// returns the updates feature.
UpdateController *makeReaderFeatures(const FeatureContext &context);

} // namespace Myelin::Ui

#endif // MYELIN_UI_READERFEATURES_H
