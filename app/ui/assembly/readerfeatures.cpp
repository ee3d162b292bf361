// SPDX-License-Identifier: GPL-3.0-or-later
#include "readerfeatures.h"

#include "core/translations.h"
#include "ui/bookmarks/bookmarkscontroller.h"
#include "ui/comfort/comfortcontroller.h"
#include "ui/comfort/languagemenu.h"
#include "ui/mydata/mydatacontroller.h"
#include "ui/notes/notescontroller.h"
#include "ui/print/printcontroller.h"
#include "ui/questions/questionscontroller.h"
#include "ui/search/searchcontroller.h"
#include "ui/shell/aboutdialog.h"
#include "ui/shell/articleview.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/readerhost.h"
#include "ui/shell/readingstylecontroller.h"
#include "ui/shell/renderingcontroller.h"
#include "ui/update/updatecontroller.h"
#include "userdata/personallibrary.h"
#include "web/urlscheme.h"

#include <QAbstractEventDispatcher>
#include <QElapsedTimer>
#include <QTimer>

namespace Myelin::Ui {

namespace {

// Lets the web engine take a turn between two features, so the first article's requests are answered
// and the page is read while the features are still being made. Without it the engine waits for all
// of them: about 50 ms later on screen (issue 21). Input waits for the event loop, and so do timers
// where the event dispatcher can keep them back (X11 and Wayland): a feature's "once the window is up"
// runs after every feature is made.
void letEngineWork()
{
    QAbstractEventDispatcher *dispatcher = QAbstractEventDispatcher::instance();
    if (dispatcher == nullptr) {
        return;
    }
    constexpr int MaxMs = 5; // what is waiting, not what keeps coming
    QElapsedTimer spent;
    spent.start();
    while (dispatcher->processEvents(QEventLoop::ExcludeUserInputEvents | QEventLoop::X11ExcludeTimers) &&
           spent.elapsed() < MaxMs) {
    }
}

} // namespace

UpdateController *makeReaderFeatures(const FeatureContext &context)
{
    Web::registerUrlScheme(); // before the engine starts: the first view starts it
    // The web engine first, with the page the window shows: it starts its processes and reads the page
    // while the features are made. What it says of the page waits until every feature listens.
    MainWindow &window = context.window;
    // The window is on screen: one repaint once its features are in, not one for each of them.
    window.setUpdatesEnabled(false);
    auto *view = ArticleView::forWindow(context.repository, context.style);
    view->holdPageSignals();
    window.setArticleView(view); // opens the page the window shows
    letEngineWork();
    ReaderHost &host = window.host();
    PersonalLibrary &library = context.library;
    AboutDialog::addToHelpMenu(host);
    auto *comfort = new ComfortController(host); // Comfort menu and page, profiles, read aloud, keyboard order
    if (context.translations != nullptr) {
        new LanguageMenu(comfort->menu(), context.settings, *context.translations); // Comfort > Language
    }
    letEngineWork();
    auto *search = new SearchController(host); // search field (Ctrl+K), results, find in page (Ctrl+F)
    letEngineWork();
    auto *print = new PrintController(host); // print (Ctrl+P), export, handout booklets
    letEngineWork();
    // Questions for my next appointment: the pane, "Add to My Questions"; printed by print, found by search.
    auto *questions = new QuestionsController(host, library.questions);
    letEngineWork();
    print->setQuestionSource([questions] { return questions->sheet(); });
    QObject::connect(questions, &QuestionsController::printRequested, print, &PrintController::printQuestions);
    QObject::connect(questions, &QuestionsController::pdfRequested, print, &PrintController::saveQuestionsPdf);
    search->setOwnWords(&library.questions, &library.highlights);
    QObject::connect(search, &SearchController::questionChosen, questions, &QuestionsController::showQuestion);
    RenderingController::install(host); // View > Page Drawing
    // File > My Data: export, import, delete all; tells the reader when a damaged data file was set aside
    new MyDataController(host, library);
    auto *notes = new NotesController(host, library); // highlights and notes (Ctrl+M), the Notes pane
    // A note found by search: scrolled to.
    QObject::connect(search, &SearchController::noteChosen, notes, &NotesController::showHighlight);
    letEngineWork();
    new BookmarksController(host, library); // Ctrl+D, the Bookmarks pane and menu, history, places
    letEngineWork();
    // File > Update Content…
    auto *updates = new UpdateController(host, {context.store, context.keys, context.choice});
    QObject::connect(updates, &UpdateController::contentReplaced, updates, context.contentReplaced);
    window.featuresAdded();
    window.openUrl(view->currentUrl()); // the page's frame again, now that every feature listens
    letEngineWork();
    window.setUpdatesEnabled(true);
    view->releasePageSignals();
    if (!context.packToOffer.isEmpty()) { // named on the command line, or opened from the file manager
        QTimer::singleShot(0, updates, [updates, pack = context.packToOffer] { updates->importPack(pack); });
    }
    return updates;
}

} // namespace Myelin::Ui
