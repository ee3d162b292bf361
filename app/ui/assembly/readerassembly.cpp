// SPDX-License-Identifier: GPL-3.0-or-later
#include "readerassembly.h"

#include "core/contentdatabase.h"
#include "core/contentrepository.h"
#include "core/contenturl.h"
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

#include <QAbstractEventDispatcher>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QMessageBox>
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

OpenedContent::OpenedContent() = default;
OpenedContent::OpenedContent(OpenedContent &&) noexcept = default;
OpenedContent &OpenedContent::operator=(OpenedContent &&other) noexcept
{
    // The repository keeps prepared statements on its database's connection: it goes first.
    repository = std::move(other.repository);
    database = std::move(other.database);
    choice = std::move(other.choice);
    return *this;
}
OpenedContent::~OpenedContent() = default;

std::optional<OpenedContent> OpenedContent::open(const Update::ContentStore::Choice &choice, QString *error)
{
    auto opened = ContentDatabase::open(choice.path);
    if (!opened.database) {
        *error = opened.message;
        return std::nullopt;
    }
    opened.database->setOrigin(choice.origin.describe());
    OpenedContent content;
    content.database = std::move(opened.database);
    content.repository = std::make_unique<ContentRepository>(*content.database);
    content.choice = choice;
    if (content.repository->rootSlug().isEmpty()) {
        const int articles = content.repository->articleCount();
        *error =
            articles == 0
                ? QCoreApplication::translate("main", "The content database %1 holds no articles.")
                      .arg(QDir::toNativeSeparators(choice.path))
                : QCoreApplication::translate("main", "The content database %1 holds %2 articles but no first page "
                                                      "(every article has a parent). Install the content again.")
                      .arg(QDir::toNativeSeparators(choice.path))
                      .arg(articles);
        return std::nullopt;
    }
    return content;
}

ReaderAssembly::ReaderAssembly(const Dependencies &deps, OpenedContent content, QObject *parent)
    : QObject(parent), m_deps(deps), m_content(std::move(content))
{
    if (QCoreApplication::instance() != nullptr) {
        QCoreApplication::instance()->installEventFilter(this);
    }
}

ReaderAssembly::~ReaderAssembly() = default;

void ReaderAssembly::build(const QString &slug)
{
    // Articles in the interface language where they are translated (the window is made again when it changes).
    m_content.repository->setLanguage(m_deps.translations != nullptr ? m_deps.translations->language() : QString());
    // The window first, without the web engine: its tree and the article's frame are on screen before
    // the engine starts (issue 21). The article and the features follow that first frame.
    m_featuresMade = false;
    m_window = std::make_unique<MainWindow>(MainWindow::Dependencies{*m_content.database, *m_content.repository,
                                                                     m_deps.settings, m_deps.userData, m_deps.style});
    m_window->openArticle(slug); // the frame of the first article (tree, breadcrumb, title, related items)
    connect(m_window.get(), &MainWindow::framePainted, this, &ReaderAssembly::makeFeatures);
}

void ReaderAssembly::makeFeatures()
{
    if (!m_window || m_featuresMade) {
        return;
    }
    m_featuresMade = true;
    // The web engine first, with the first article: it starts its processes and reads the article while
    // the features are made. What it says of the page waits until every feature listens.
    // The window is on screen: one repaint once its features are in, not one for each of them.
    m_window->setUpdatesEnabled(false);
    auto *view = ArticleView::forWindow(*m_content.repository, m_deps.style);
    view->holdPageSignals();
    m_window->setArticleView(view); // opens the page the window shows
    letEngineWork();
    ReaderHost &host = m_window->host();
    PersonalLibrary &library = m_deps.library;
    AboutDialog::addToHelpMenu(host);
    auto *comfort = new ComfortController(host); // Comfort menu and page, profiles, read aloud, keyboard order
    if (m_deps.translations != nullptr) {
        new LanguageMenu(comfort->menu(), m_deps.settings, *m_deps.translations); // Comfort > Language
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
    connect(questions, &QuestionsController::printRequested, print, &PrintController::printQuestions);
    connect(questions, &QuestionsController::pdfRequested, print, &PrintController::saveQuestionsPdf);
    search->setOwnWords(&library.questions, &library.highlights);
    connect(search, &SearchController::questionChosen, questions, &QuestionsController::showQuestion);
    RenderingController::install(host); // View > Page Drawing
    // File > My Data: export, import, delete all; tells the reader when a damaged data file was set aside
    new MyDataController(host, library);
    auto *notes = new NotesController(host, library); // highlights and notes (Ctrl+M), the Notes pane
    // A note found by search: scrolled to.
    connect(search, &SearchController::noteChosen, notes, &NotesController::showHighlight);
    letEngineWork();
    new BookmarksController(host, library); // Ctrl+D, the Bookmarks pane and menu, history, places
    letEngineWork();
    m_updates = new UpdateController(host, {m_deps.store, m_deps.keys, m_content.choice}); // File > Update Content…
    // After the controller that emitted it has returned: the window (and it) are made again.
    connect(m_updates, &UpdateController::contentReplaced, this,
            [this] { QTimer::singleShot(0, this, &ReaderAssembly::replaceContent); });
    m_window->openUrl(view->currentUrl()); // the page's frame again, now that every feature listens
    letEngineWork();
    m_window->setUpdatesEnabled(true);
    view->releasePageSignals();
    emit featuresReady();
}

bool ReaderAssembly::replaceContent()
{
    QString problem;
    std::optional<OpenedContent> next = OpenedContent::open(m_deps.store.choose(m_deps.bundledPath), &problem);
    if (!next) {
        QMessageBox::warning(m_window.get(), QCoreApplication::translate("main", "Content not changed"), problem);
        return false;
    }
    const QString slug = m_window->currentSlug(); // the reader's place, when the article is still there
    closeWindow();
    m_content = std::move(*next); // after the features that read the old content have gone
    reopen(slug);
    return true;
}

void ReaderAssembly::rebuildWindow()
{
    m_rebuildPending = false;
    if (!m_window) {
        return;
    }
    const QString slug = m_window->currentSlug();
    closeWindow();
    reopen(slug);
}

void ReaderAssembly::closeWindow()
{
    m_quitOnClose = QGuiApplication::quitOnLastWindowClosed();
    QGuiApplication::setQuitOnLastWindowClosed(false);
    m_window->close(); // stores the window's size, panes and reading position for the next one
    m_updates = nullptr;
    m_window.reset(); // the features go with their window
}

void ReaderAssembly::reopen(const QString &slug)
{
    build(slug);
    m_window->show();
    QGuiApplication::setQuitOnLastWindowClosed(m_quitOnClose);
    emit windowReplaced(m_window.get());
}

bool ReaderAssembly::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && watched == QCoreApplication::instance() && m_window &&
        !m_rebuildPending) {
        m_rebuildPending = true;
        QTimer::singleShot(0, this, &ReaderAssembly::rebuildWindow);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Myelin::Ui
