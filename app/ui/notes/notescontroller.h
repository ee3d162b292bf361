// SPDX-License-Identifier: GPL-3.0-or-later
// Highlights and notes (issue 19, part 2): "Highlight…" on a selection in the article (its right-click
// menu, Shift+F10, or Ctrl+M) asks for a colour and an optional note and keeps them in the user's
// database; the open article's highlights are drawn after every load and style change; right-clicking
// one offers Edit Note, Change Colour and Remove (with Undo); the Notes pane (View > Notes,
// Ctrl+Shift+M) lists them all by article.
#ifndef MYELIN_UI_NOTESCONTROLLER_H
#define MYELIN_UI_NOTESCONTROLLER_H

#include "userdata/librarytypes.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <optional>

class QAction;
class QActionGroup;
class QMenu;
class QShortcut;

namespace Myelin {
struct PersonalLibrary;
}

namespace Myelin::Ui {

class HighlightPainter;
class DeferredPane;
class NotesPane;
class ReaderHost;

class NotesController : public QObject
{
    Q_OBJECT

public:
    NotesController(ReaderHost &host, PersonalLibrary &library);

    NotesPane *pane() const;                                // the Notes side pane, made when first shown or asked for
    HighlightPainter *painter() const { return m_painter; } // null until the article view exists
    QAction *highlightAction() const { return m_highlightAction; }
    QAction *editNoteAction() const { return m_editAction; }
    QAction *colourAction() const { return m_colourAction; }
    QAction *removeAction() const { return m_removeAction; }
    QAction *undoAction() const { return m_undoAction; }
    QAction *showPaneAction() const { return m_showPane; }
    // Whether a highlight was drawn in its article the last time that article was shown (none: not yet known).
    std::optional<bool> isPlaced(qint64 id) const;

    void highlightSelection(); // "Highlight…": the selection, its colour and note
    void editNote(qint64 id);  // "Edit Note…"
    void setColour(qint64 id, const QString &colour);
    void remove(qint64 id); // with Undo
    void undoRemove();
    void showHighlight(qint64 id); // opens its article and scrolls to it
    void showPane();

signals:
    void drawn(const QString &slug); // the open article's highlights are marked
    void revealed(qint64 id, bool shown);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void attach();
    void prepareMenu(bool hasSelection);
    void redraw();
    void refreshPane();
    void fill(NotesPane *notes); // every highlight, by article
    QWidget *makePane();
    static QString undoText(const Highlight &removed); // what the pane's undo strip says
    void openDialog(qint64 id, const Highlight &highlight);
    void reveal(qint64 id);
    QString currentArticle() const; // the article the view shows, "" on other pages

    ReaderHost &m_host;
    PersonalLibrary &m_library;
    DeferredPane *m_pane;
    HighlightPainter *m_painter = nullptr;
    QAction *m_highlightAction;
    QShortcut *m_noSelectionShortcut = nullptr;
    QAction *m_editAction;
    QAction *m_colourAction;
    QMenu *m_colourMenu;
    QActionGroup *m_colours;
    QAction *m_removeAction;
    QAction *m_undoAction;
    QAction *m_showPane;
    qint64 m_menuHighlight = 0;    // the highlight the article's menu was opened on
    qint64 m_focusedHighlight = 0; // the highlight the pane showed, while the page's focus stays on it
    bool m_keyboardMenu = false;   // the last key or click in the article was the Menu key or Shift+F10
    QHash<qint64, bool> m_placed;
    QString m_drawnSlug; // the article whose marks are drawn, "" while none are
    qint64 m_pendingReveal = 0;
    std::optional<Highlight> m_removed;
};

} // namespace Myelin::Ui

#endif // MYELIN_UI_NOTESCONTROLLER_H
