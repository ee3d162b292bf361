// SPDX-License-Identifier: GPL-3.0-or-later
#include "readerassembly.h"

#include "core/contentdatabase.h"
#include "core/contentrepository.h"
#include "core/translations.h"
#include "engine.h"
#include "readerfeatures.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/readingstylecontroller.h"

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QMessageBox>
#include <QTimer>
#include <utility>

namespace Myelin::Ui {

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

QStringList ReaderAssembly::laterSidePanes()
{
    // The panes makeReaderFeatures adds, in its order, with their own words (the same translations).
    return {QCoreApplication::translate("Myelin::Ui::QuestionsController", "Questions"),
            QCoreApplication::translate("Myelin::Ui::NotesController", "Notes"),
            QCoreApplication::translate("Myelin::Ui::BookmarksController", "Bookmarks"),
            QCoreApplication::translate("Myelin::Ui::BookmarksController", "History")};
}

void ReaderAssembly::build(const QString &slug)
{
    // Articles in the interface language where they are translated (the window is made again when it changes).
    m_content.repository->setLanguage(m_deps.translations != nullptr ? m_deps.translations->language() : QString());
    // The window first, without the web engine: its tree and the article's frame are on screen before
    // the engine starts (issue 21). The article and the features follow that first frame.
    m_featuresMade = false;
    m_window = std::make_unique<MainWindow>(MainWindow::Dependencies{*m_content.database, *m_content.repository,
                                                                     m_deps.settings, m_deps.userData, m_deps.style,
                                                                     nullptr, laterSidePanes()});
    m_window->openArticle(slug); // the frame of the first article (tree, breadcrumb, title, related items)
    connect(m_window.get(), &MainWindow::framePainted, this, &ReaderAssembly::makeFeatures);
}

void ReaderAssembly::makeFeatures()
{
    if (!m_window || m_featuresMade) {
        return;
    }
    m_featuresMade = true;
    QString problem;
    const EngineFunctions *engine = m_deps.loadEngine != nullptr ? m_deps.loadEngine(&problem) : nullptr;
    if (engine == nullptr) {
        emit engineMissing(problem);
        return;
    }
    m_updates = engine->makeFeatures({*m_window, *m_content.repository, m_deps.style, m_deps.settings, m_deps.library,
                                      m_deps.translations, m_deps.store, m_deps.keys, m_content.choice,
                                      std::exchange(m_packToOffer, QString()),
                                      // After the feature that said so has returned: it goes with the window.
                                      [this] { QTimer::singleShot(0, this, &ReaderAssembly::replaceContent); }});
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
