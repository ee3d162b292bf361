// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchcontroller.h"

#include "core/contentrepository.h"
#include "core/contenturl.h"
#include "core/spelling.h"
#include "findbar.h"
#include "searchbox.h"
#include "searchpopup.h"
#include "searchresultspanel.h"
#include "ui/shell/appstyle.h"
#include "ui/shell/articleview.h"
#include "ui/shell/readerhost.h"
#include "userdata/highlightstore.h"
#include "userdata/questionstore.h"
#include "web/urlscheme.h"
#include "web/webpage.h"

#include <QAction>
#include <QBoxLayout>
#include <QListView>
#include <QMenu>
#include <QToolBar>
#include <QToolButton>

namespace Myelin::Ui {

namespace {

using Entry = SearchResultsModel::Entry;
using EntryType = SearchResultsModel::EntryType;

// Fewer hits than this and "Did you mean ...?" is worth asking.
constexpr int FewHits = 3;

QString quoted(const QString &text)
{
    return QStringLiteral("\u201C%1\u201D").arg(text.simplified());
}

} // namespace

SearchController::SearchController(ReaderHost &host)
    : QObject(&host), m_host(host), m_engine(host.database()), m_box(new SearchBox(host.window())),
      m_popup(new SearchPopup(host.window()))
{
    m_engine.setLanguage(host.repository().language()); // translated articles found in their language
    setObjectName(QStringLiteral("searchController"));
    // At the end of the toolbar, taking the room that is left (it grows to the right edge).
    host.mainToolBar()->addWidget(m_box);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(DebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &SearchController::searchNow);
    connect(m_box, &QLineEdit::textEdited, this, [this] {
        m_debounce.start();
        m_engine.spelling().preload(); // "Did you mean" is ready by the time it may be needed
    });
    connect(m_box, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.trimmed().isEmpty()) {
            m_debounce.stop();
            hidePopup();
        } else if (!m_debounce.isActive()) {
            m_debounce.start(); // set from code (a suggestion, a test) rather than typed
        }
    });
    connect(m_box, &SearchBox::moveRequested, this, [this](int rows) {
        if (m_debounce.isActive()) {
            searchNow();
        }
        if (!m_popup->isVisible() && !m_box->text().trimmed().isEmpty()) {
            searchNow();
        }
        m_popup->moveSelection(rows);
    });
    connect(m_box, &SearchBox::activateRequested, this, &SearchController::activateDefault);
    connect(m_box, &SearchBox::dismissRequested, this, [this] {
        if (m_popup->isVisible()) {
            hidePopup();
        } else {
            m_box->clear();
        }
    });
    connect(m_box, &SearchBox::focusLost, this, [this] {
        // Keep the list while a click on it is being handled; hide it when the focus went elsewhere.
        QTimer::singleShot(0, this, [this] {
            if (!m_box->hasFocus()) {
                hidePopup();
            }
        });
    });
    connect(m_popup, &SearchPopup::entryActivated, this, &SearchController::activateRow);

    createActions(); // the find bar is made when first asked for (Ctrl+F), not with the window
}

SearchController::~SearchController() = default;

void SearchController::createActions()
{
    m_searchAction = new QAction(tr("&Search\u2026"), m_host.window());
    m_searchAction->setObjectName(QStringLiteral("searchAction"));
    m_searchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_searchAction->setStatusTip(tr("Search articles, glossary terms and timeline events"));
    connect(m_searchAction, &QAction::triggered, this, &SearchController::focusSearch);

    m_findAction = new QAction(tr("&Find in This Page\u2026"), m_host.window());
    m_findAction->setObjectName(QStringLiteral("findAction"));
    m_findAction->setShortcuts(QKeySequence::Find);
    m_findAction->setStatusTip(tr("Find words in the open page"));
    connect(m_findAction, &QAction::triggered, this, &SearchController::findInPage);

    m_findNextAction = new QAction(tr("Find &Next"), m_host.window());
    m_findNextAction->setShortcuts(QKeySequence::FindNext);
    m_findNextAction->setStatusTip(tr("Go to the next match in the page"));
    connect(m_findNextAction, &QAction::triggered, this, [this] {
        if (m_findBar != nullptr) {
            m_findBar->findNext();
        }
    });
    m_findPreviousAction = new QAction(tr("Find &Previous"), m_host.window());
    m_findPreviousAction->setShortcuts(QKeySequence::FindPrevious);
    m_findPreviousAction->setStatusTip(tr("Go to the previous match in the page"));
    connect(m_findPreviousAction, &QAction::triggered, this, [this] {
        if (m_findBar != nullptr) {
            m_findBar->findPrevious();
        }
    });

    const QList<QAction *> actions = {m_searchAction, m_findAction, m_findNextAction, m_findPreviousAction};
    m_host.window()->addActions(actions); // shortcuts work wherever the focus is in the window
    if (QMenu *menu = m_host.menu(ReaderHost::Menu::Go)) {
        menu->addSeparator();
        menu->addActions(actions);
    }
}

void SearchController::attachFindBar()
{
    ArticleView *view = m_host.articleView();
    if (view == nullptr || m_findBar != nullptr) {
        return;
    }
    m_findBar = new FindBar(view->page(), view);
    if (auto *layout = qobject_cast<QBoxLayout *>(view->layout())) {
        layout->addWidget(m_findBar); // under the article
    }
    connect(m_findBar, &FindBar::closed, this, [this] {
        if (m_host.articleView() != nullptr) {
            m_host.articleView()->setFocus();
        }
    });
}

void SearchController::focusSearch()
{
    if (!m_box->isVisible()) {
        // A narrow window (or a large text size) has moved the box into the toolbar's overflow menu:
        // open that menu so the box can take the keyboard.
        if (QToolButton *more = toolBarOverflowButton(m_host.mainToolBar())) {
            more->click();
        }
    }
    m_box->setFocus(Qt::ShortcutFocusReason);
    m_box->selectAll();
    if (!m_box->text().trimmed().isEmpty()) {
        searchNow();
    }
}

void SearchController::findInPage()
{
    attachFindBar();
    if (m_findBar != nullptr) {
        m_findBar->openBar();
    }
}

void SearchController::searchNow()
{
    m_debounce.stop();
    const QString text = m_box->text();
    if (text.trimmed().isEmpty()) {
        hidePopup();
        return;
    }
    SearchEngine::Options options;
    options.limit = PopupHits;
    const SearchEngine::Result result = m_engine.search(text, options);

    QList<Entry> entries;
    m_preferSuggestion = false;
    if (!result.error.isEmpty()) {
        entries.append({EntryType::Message, {}, tr("Search is not available: %1").arg(result.error)});
    } else if (!result.query.isEmpty()) {
        // Nothing holds every word typed: the spelling help comes first, and Enter takes it.
        if (result.hits.size() < FewHits || result.relaxed) {
            const QString suggestion = m_engine.suggest(text, result.relaxed ? 0 : int(result.hits.size()));
            if (!suggestion.isEmpty()) {
                entries.append({EntryType::Suggestion, {}, suggestion});
                m_preferSuggestion = result.hits.isEmpty() || result.relaxed;
            }
        }
        if (result.definition) {
            entries.append(SearchResultsModel::definitionEntry(*result.definition));
        }
        if (result.relaxed && !result.hits.isEmpty()) {
            entries.append({EntryType::Message, {}, tr("No page has all of these words. Pages with some of them:")});
        }
        for (const SearchHit &hit : result.hits) {
            entries.append({EntryType::Hit, hit, {}});
        }
    }
    const QList<UserMatch> own = findOwnWords(text, PopupOwnWords + 1);
    for (int i = 0; i < qMin(int(own.size()), PopupOwnWords); ++i) {
        entries.append(SearchResultsModel::ownEntry(own.at(i)));
    }
    if (result.hasMore || own.size() > PopupOwnWords) {
        entries.append({EntryType::ShowAll, {}, tr("Show all results for %1").arg(quoted(text))});
    }
    if (entries.isEmpty()) {
        entries.append({EntryType::Message,
                        {},
                        tr("No results for %1. Check the spelling, or try fewer or other words.").arg(quoted(text))});
    }
    m_popup->setEntries(entries);
    if (m_box->hasFocus() || !m_popup->isVisible()) {
        m_popup->showBelow(m_box);
    }
    emit resultsShown();
}

void SearchController::activateDefault()
{
    if (m_debounce.isActive() || !m_popup->isVisible()) {
        searchNow();
    }
    int row = m_popup->currentRow();
    if (row < 0) {
        // Nothing chosen: Enter takes the spelling correction when nothing held every word typed,
        // else opens the best hit.
        const auto &entries = m_popup->model()->entries();
        const EntryType order[] = {m_preferSuggestion ? EntryType::Suggestion : EntryType::Hit,
                                   m_preferSuggestion ? EntryType::Hit : EntryType::Suggestion, EntryType::Definition,
                                   EntryType::OwnWords};
        for (const EntryType wanted : order) {
            for (int i = 0; i < entries.size() && row < 0; ++i) {
                if (entries.at(i).type == wanted) {
                    row = i;
                }
            }
        }
    }
    activateRow(row);
}

void SearchController::activateRow(int row)
{
    const Entry *entry = m_popup->model()->entry(row);
    if (entry == nullptr) {
        return;
    }
    switch (entry->type) {
    case EntryType::Hit:
    case EntryType::Definition:
        openHit(entry->hit);
        break;
    case EntryType::Suggestion: {
        const QString text = entry->text;
        m_box->setText(text);
        m_box->setFocus();
        searchNow();
        break;
    }
    case EntryType::ShowAll:
        showAllResults(m_box->text());
        break;
    case EntryType::OwnWords:
        openOwnWords(entry->own);
        break;
    case EntryType::Heading:
    case EntryType::Message:
        break;
    }
}

void SearchController::openHit(const SearchHit &hit)
{
    hidePopup();
    switch (hit.kind) {
    case SearchHit::Kind::Article:
        m_host.openArticle(hit.ref);
        break;
    case SearchHit::Kind::Term:
        m_host.openUrl(ContentUrl::build(ContentUrl::Kind::Glossary, hit.ref));
        break;
    case SearchHit::Kind::Event: {
        QUrl url = ContentUrl::build(ContentUrl::Kind::Timeline);
        if (hit.year > 0) {
            url.setFragment(QStringLiteral("y%1").arg(hit.year)); // the year's heading on the page
        }
        m_host.openUrl(url);
        break;
    }
    }
    if (m_host.articleView() != nullptr) {
        m_host.articleView()->setFocus(Qt::OtherFocusReason); // ready to read and scroll
    }
}

void SearchController::setOwnWords(const QuestionStore *questions, const HighlightStore *highlights)
{
    m_questions = questions;
    m_highlights = highlights;
    m_ownQuestions.reset();
    m_ownHighlights.reset();
    if (questions != nullptr) {
        connect(questions, &QuestionStore::changed, this, [this] { m_ownQuestions.reset(); });
    }
    if (highlights != nullptr) {
        connect(highlights, &HighlightStore::changed, this, [this] { m_ownHighlights.reset(); });
    }
}

QList<UserMatch> SearchController::findOwnWords(const QString &text, int limit) const
{
    const UserSearch search(text);
    if (search.isEmpty() || (m_questions == nullptr && m_highlights == nullptr)) {
        return {};
    }
    if (!m_ownQuestions) {
        m_ownQuestions = m_questions != nullptr ? m_questions->questions() : QList<Question>();
    }
    if (!m_ownHighlights) {
        m_ownHighlights = m_highlights != nullptr ? m_highlights->highlights() : QList<Highlight>();
    }
    return search.find(*m_ownQuestions, *m_ownHighlights, limit);
}

void SearchController::openOwnWords(const UserMatch &match)
{
    hidePopup();
    if (match.kind == UserMatch::Kind::Question) {
        emit questionChosen(match.id);
        return;
    }
    if (!m_host.repository().hasArticle(match.slug)) {
        m_host.showStatus(tr("\u201C%1\u201D is no longer in the library.").arg(match.pageTitle), 8000);
        return;
    }
    m_host.openArticle(match.slug);
    emit noteChosen(match.id);
    if (m_host.articleView() != nullptr) {
        m_host.articleView()->setFocus(Qt::OtherFocusReason);
    }
}

void SearchController::showAllResults(const QString &text)
{
    hidePopup();
    QList<Entry> entries;
    int total = 0;
    const struct
    {
        SearchHit::Kind kind;
        QString heading;
    } groups[] = {{SearchHit::Kind::Article, tr("Articles")},
                  {SearchHit::Kind::Term, tr("Glossary terms")},
                  {SearchHit::Kind::Event, tr("Timeline events")}};
    for (const auto &group : groups) {
        SearchEngine::Options options;
        options.limit = PageHitsPerKind;
        options.kind = group.kind;
        const SearchEngine::Result result = m_engine.search(text, options);
        if (result.hits.isEmpty()) {
            continue;
        }
        const QString count =
            result.hasMore ? tr("%1 or more").arg(result.hits.size()) : QString::number(result.hits.size());
        entries.append({EntryType::Heading, {}, tr("%1 (%2)").arg(group.heading, count)});
        for (const SearchHit &hit : result.hits) {
            entries.append({EntryType::Hit, hit, {}});
        }
        total += int(result.hits.size());
    }
    const QList<UserMatch> own = findOwnWords(text);
    if (!own.isEmpty()) {
        entries.append({EntryType::Heading, {}, tr("Your notes and questions (%1)").arg(own.size())});
        for (const UserMatch &match : own) {
            entries.append(SearchResultsModel::ownEntry(match));
        }
        total += int(own.size());
    }
    // The definition card and whether every word was found come from the list of all kinds.
    SearchEngine::Options all;
    all.limit = 1;
    all.asYouType = false;
    const SearchEngine::Result overall = m_engine.search(text, all);
    if (overall.definition) {
        entries.prepend(SearchResultsModel::definitionEntry(*overall.definition));
    }
    if (overall.relaxed && total > 0) {
        entries.prepend({EntryType::Message, {}, tr("No page has all of these words. Pages with some of them:")});
    }
    const QString suggestion =
        total < FewHits || overall.relaxed ? m_engine.suggest(text, overall.relaxed ? 0 : total) : QString();

    if (m_panel == nullptr) {
        m_panel = new SearchResultsPanel(m_host.window());
        m_host.addSidePane(m_panel, tr("Search"));
        connect(m_panel, &SearchResultsPanel::hitActivated, this, &SearchController::openHit);
        connect(m_panel, &SearchResultsPanel::ownWordsActivated, this, &SearchController::openOwnWords);
        connect(m_panel, &SearchResultsPanel::suggestionActivated, this, [this](const QString &query) {
            m_box->setText(query);
            showAllResults(query);
        });
    }
    m_panel->showResults(text.simplified(), entries, total, suggestion);
    m_host.showSidePane(m_panel);
    m_panel->list()->setFocus(Qt::OtherFocusReason);
}

void SearchController::hidePopup()
{
    m_popup->hide();
    m_popup->list()->clearSelection();
}

} // namespace Myelin::Ui
