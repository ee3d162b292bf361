// SPDX-License-Identifier: GPL-3.0-or-later
// Search in the reader: the search field in the main toolbar (Ctrl+K) with results as you type in
// a popup list, "Did you mean ...?", all results grouped by type in a side tab, and find in the
// open page (Ctrl+F, F3, Shift+F3). Constructed once with the window; adds itself to it.
#ifndef MYELIN_UI_SEARCHCONTROLLER_H
#define MYELIN_UI_SEARCHCONTROLLER_H

#include "core/searchengine.h"
#include "userdata/usersearch.h"

#include <QObject>
#include <QTimer>
#include <optional>

class QAction;

namespace Myelin {
class HighlightStore;
class QuestionStore;
} // namespace Myelin

namespace Myelin::Ui {

class FindBar;
class ReaderHost;
class SearchBox;
class SearchPopup;
class SearchResultsPanel;

class SearchController : public QObject
{
    Q_OBJECT

public:
    // Results appear this long after the last keystroke.
    static constexpr int DebounceMs = 15;
    // Rows of hits in the popup; more hits bring a "Show all results" row.
    static constexpr int PopupHits = 8;
    // Hits per type on the results page.
    static constexpr int PageHitsPerKind = 100;
    // The user's own notes and questions in the popup, under the content's hits.
    static constexpr int PopupOwnWords = 3;

    explicit SearchController(ReaderHost &host);
    ~SearchController() override;

    SearchBox *searchBox() const { return m_box; }
    SearchPopup *popup() const { return m_popup; }
    SearchResultsPanel *resultsPanel() const { return m_panel; } // null until first shown
    FindBar *findBar() const { return m_findBar; }               // null until Find in This Page is first used
    QAction *searchAction() const { return m_searchAction; }
    QAction *findAction() const { return m_findAction; }
    SearchEngine &engine() { return m_engine; }

    void focusSearch();
    void findInPage();
    void searchNow(); // runs the pending search at once (skips the debounce)
    void showAllResults(const QString &text);
    void openHit(const SearchHit &hit);
    // Search finds the user's own words too (userdata/usersearch): their notes and questions, listed
    // as their own kinds. Never indexed with the content.
    void setOwnWords(const QuestionStore *questions, const HighlightStore *highlights);
    QList<UserMatch> findOwnWords(const QString &text, int limit = 0) const;
    // A note opens its article; a question goes to the Questions pane (questionChosen).
    void openOwnWords(const UserMatch &match);

signals:
    void resultsShown(); // the popup has new rows
    void questionChosen(qint64 id);
    void noteChosen(qint64 id); // after its article was asked to open

private:
    void createActions();
    void attachFindBar();
    void activateRow(int row);
    void activateDefault();
    void hidePopup();

    ReaderHost &m_host;
    SearchEngine m_engine;
    SearchBox *m_box;
    SearchPopup *m_popup;
    SearchResultsPanel *m_panel = nullptr;
    FindBar *m_findBar = nullptr;
    const QuestionStore *m_questions = nullptr;
    const HighlightStore *m_highlights = nullptr;
    // What they hold, read once and again only after a change (not on every keystroke).
    mutable std::optional<QList<Question>> m_ownQuestions;
    mutable std::optional<QList<Highlight>> m_ownHighlights;
    QTimer m_debounce;
    bool m_preferSuggestion = false; // Enter takes "Did you mean" (nothing held every word typed)
    QAction *m_searchAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_findNextAction = nullptr;
    QAction *m_findPreviousAction = nullptr;
};

} // namespace Myelin::Ui

#endif // MYELIN_UI_SEARCHCONTROLLER_H
