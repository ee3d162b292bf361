// SPDX-License-Identifier: GPL-3.0-or-later
#include "notescontroller.h"

#include "core/contentrepository.h"
#include "core/contenturl.h"
#include "core/theme.h"
#include "highlightdialog.h"
#include "highlightpainter.h"
#include "notespane.h"
#include "notestext.h"
#include "ui/shell/articleselection.h"
#include "ui/shell/articleview.h"
#include "ui/shell/deferredpane.h"
#include "ui/shell/readerhost.h"
#include "ui/shell/readingstylecontroller.h"
#include "userdata/personallibrary.h"
#include "userdata/userdatabase.h"
#include "web/webpage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QEventLoop>
#include <QKeyEvent>
#include <QMenu>
#include <QShortcut>
#include <QTimer>
#include <QWebEngineView>
#include <memory>

namespace Myelin::Ui {

namespace {
constexpr int StatusMs = 8000;
constexpr int MenuLookupMs = 400; // the most the article's menu waits to learn if a highlight is under it
const QKeySequence HighlightKeys(Qt::CTRL | Qt::Key_M);
const QKeySequence NotesKeys(Qt::CTRL | Qt::SHIFT | Qt::Key_M);

// A selection's own white space belongs to its context, so the quote starts and ends with words.
ArticleSelection trimmed(ArticleSelection s)
{
    qsizetype from = 0;
    while (from < s.text.size() && s.text.at(from).isSpace()) {
        ++from;
    }
    qsizetype to = s.text.size();
    while (to > from && s.text.at(to - 1).isSpace()) {
        --to;
    }
    s.prefix = (s.prefix + s.text.left(from)).right(64);
    s.suffix = (s.text.mid(to) + s.suffix).left(64);
    s.text = s.text.mid(from, to - from);
    return s;
}
} // namespace

NotesController::NotesController(ReaderHost &host, PersonalLibrary &library)
    : QObject(&host), m_host(host), m_library(library), m_pane(new DeferredPane([this] { return makePane(); })),
      m_highlightAction(new QAction(tr("&Highlight\u2026"), this)),
      m_editAction(new QAction(tr("Edit &Note\u2026"), this)), m_colourAction(new QAction(tr("Change C&olour"), this)),
      m_colourMenu(new QMenu(host.window())), m_colours(new QActionGroup(this)),
      m_removeAction(new QAction(tr("&Remove Highlight"), this)),
      m_undoAction(new QAction(tr("&Undo Remove Highlight"), this)), m_showPane(new QAction(tr("&Notes"), this))
{
    host.addSidePane(m_pane, tr("Notes")); // made when first shown: it reads every highlight

    m_highlightAction->setShortcut(HighlightKeys);
    m_highlightAction->setStatusTip(tr("Highlight the selected passage, with a note if you like"));
    m_highlightAction->setEnabled(false);
    host.window()->addAction(m_highlightAction);
    // While the action is off (the page has not said a passage is selected) the keys still work: the
    // selection is read, and without one the status line says what to do.
    m_noSelectionShortcut = new QShortcut(HighlightKeys, host.window());
    connect(m_noSelectionShortcut, &QShortcut::activated, this, &NotesController::highlightSelection);
    connect(m_highlightAction, &QAction::triggered, this, &NotesController::highlightSelection);

    m_colourMenu->setTitle(tr("Change C&olour"));
    m_colourMenu->setAccessibleName(tr("Change Colour"));
    for (const HighlightShade &shade : highlightShades(host.readingStyle().theme())) {
        QAction *colour = m_colourMenu->addAction(HighlightDialog::colourLabel(shade.name));
        colour->setData(shade.name);
        colour->setCheckable(true);
        m_colours->addAction(colour);
    }
    m_colourAction->setMenu(m_colourMenu);
    connect(m_colours, &QActionGroup::triggered, this, [this](QAction *colour) {
        if (m_menuHighlight != 0) {
            setColour(m_menuHighlight, colour->data().toString());
        }
    });
    connect(m_editAction, &QAction::triggered, this, [this] {
        if (m_menuHighlight != 0) {
            editNote(m_menuHighlight);
        }
    });
    connect(m_removeAction, &QAction::triggered, this, [this] {
        if (m_menuHighlight != 0) {
            remove(m_menuHighlight);
        }
    });
    connect(m_undoAction, &QAction::triggered, this, &NotesController::undoRemove);
    for (QAction *action : {m_editAction, m_colourAction, m_removeAction, m_undoAction}) {
        action->setVisible(false);
    }

    m_showPane->setStatusTip(tr("Show your highlights and notes"));
    m_showPane->setShortcut(NotesKeys);
    host.menu(ReaderHost::Menu::View)->addAction(m_showPane);
    connect(m_showPane, &QAction::triggered, this, &NotesController::showPane);

    connect(&m_library.highlights, &HighlightStore::changed, this, [this](const QString &slug) {
        refreshPane();
        if (!slug.isEmpty() && slug == currentArticle()) {
            redraw();
        }
    });
    connect(&host.readingStyle(), &ReadingStyleController::styleChanged, this, &NotesController::redraw);
    connect(&host.readingStyle(), &ReadingStyleController::themeChanged, this, [this](const Theme &theme) {
        if (m_pane->isMade()) {
            pane()->setShades(highlightShades(theme));
        }
    });
    attach();
}

bool NotesController::eventFilter(QObject *watched, QEvent *event)
{
    // How the article's menu is opened, and whether the keyboard is still on a highlight the pane showed.
    const QEvent::Type type = event->type();
    if (type != QEvent::KeyPress && type != QEvent::MouseButtonPress) {
        return false;
    }
    ArticleView *view = m_host.articleView();
    auto *widget = qobject_cast<QWidget *>(watched);
    if (view == nullptr || widget == nullptr || !view->isAncestorOf(widget)) {
        return false;
    }
    if (type == QEvent::MouseButtonPress) {
        m_keyboardMenu = false;
        m_focusedHighlight = 0; // a click moves the page's focus
        return false;
    }
    const auto *key = static_cast<QKeyEvent *>(event);
    const int k = key->key();
    if (k == Qt::Key_Shift || k == Qt::Key_Control || k == Qt::Key_Alt || k == Qt::Key_Meta || k == Qt::Key_AltGr) {
        return false; // held for the next key (the page hands unused ones back to its parents, late)
    }
    m_keyboardMenu = key->key() == Qt::Key_Menu || (key->key() == Qt::Key_F10 && key->modifiers() == Qt::ShiftModifier);
    if (key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab) {
        m_focusedHighlight = 0;
    }
    return false;
}

void NotesController::attach()
{
    ArticleView *view = m_host.articleView();
    qApp->installEventFilter(this);
    m_painter = new HighlightPainter(*view, this);
    for (QAction *action : {m_highlightAction, m_editAction, m_colourAction, m_removeAction, m_undoAction}) {
        view->addContextAction(action);
    }
    connect(view, &ArticleView::contextMenuAboutToShow, this,
            [this](bool hasSelection, const QUrl &) { prepareMenu(hasSelection); });
    connect(view->page(), &QWebEnginePage::selectionChanged, this, [this] {
        const bool selected = m_host.articleView()->page()->hasSelection() && !currentArticle().isEmpty();
        m_highlightAction->setEnabled(selected);
        m_noSelectionShortcut->setEnabled(!selected);
    });
    connect(view, &ArticleView::urlChanged, this, [this] {
        m_drawnSlug.clear();
        m_focusedHighlight = 0;
        m_highlightAction->setEnabled(false);
        m_noSelectionShortcut->setEnabled(true);
    });
    connect(view, &ArticleView::loadFinished, this, [this](bool ok) {
        if (!ok) {
            return;
        }
        // A page just loaded has no marks: with no highlight to draw, no script runs in it while it
        // is being put on screen (most articles, for most readers).
        const QString slug = currentArticle();
        if (!slug.isEmpty() && m_pendingReveal == 0 && !m_library.highlights.hasHighlights(slug)) {
            m_drawnSlug = slug;
            emit drawn(slug); // nothing to mark: done
            return;
        }
        redraw();
    });
    redraw();
}

QString NotesController::currentArticle() const
{
    ArticleView *view = m_host.articleView();
    if (view == nullptr) {
        return {};
    }
    const auto parts = ContentUrl::parse(view->currentUrl());
    return parts && parts->kind == ContentUrl::Kind::Article ? parts->id : QString();
}

std::optional<bool> NotesController::isPlaced(qint64 id) const
{
    const auto it = m_placed.constFind(id);
    return it != m_placed.constEnd() ? std::optional<bool>(it.value()) : std::nullopt;
}

void NotesController::prepareMenu(bool hasSelection)
{
    ArticleView *view = m_host.articleView();
    m_highlightAction->setEnabled(hasSelection && !currentArticle().isEmpty());
    // Which highlight the menu is on: the page answers in a moment; the menu waits that long at most.
    m_menuHighlight = 0;
    if (m_keyboardMenu) {
        // The Menu key or Shift+F10: the page cannot answer until the menu is shown, so the highlight is
        // the one the keyboard is on (the Notes pane showed it and nothing has moved the focus since).
        m_menuHighlight = m_focusedHighlight;
    } else if (m_painter != nullptr && !m_drawnSlug.isEmpty()) {
        // Shared with the answer, which may come after the wait has given up.
        struct Lookup
        {
            QEventLoop loop;
            bool answered = false;
            qint64 id = 0;
        };
        const auto lookup = std::make_shared<Lookup>();
        m_painter->highlightAt(view->contextMenuPoint(), [lookup](qint64 id) {
            lookup->id = id;
            lookup->answered = true;
            lookup->loop.quit();
        });
        if (!lookup->answered) {
            QTimer::singleShot(MenuLookupMs, &lookup->loop, &QEventLoop::quit);
            lookup->loop.exec(QEventLoop::ExcludeUserInputEvents);
        }
        m_menuHighlight = lookup->answered ? lookup->id : 0; // too late: the menu shows without them
    }
    const std::optional<Highlight> on =
        m_menuHighlight != 0 ? m_library.highlights.highlight(m_menuHighlight) : std::nullopt;
    if (!on) {
        m_menuHighlight = 0;
    }
    for (QAction *action : {m_editAction, m_colourAction, m_removeAction}) {
        action->setVisible(on.has_value());
    }
    if (on) {
        for (QAction *colour : m_colours->actions()) {
            colour->setChecked(colour->data().toString() == on->colour);
        }
    }
    m_undoAction->setVisible(m_removed.has_value());
}

void NotesController::highlightSelection()
{
    ArticleView *view = m_host.articleView();
    if (view == nullptr) {
        return;
    }
    QPointer<NotesController> guard(this);
    ArticleSelection::capture(view, {}, [guard](const ArticleSelection &captured) {
        if (guard.isNull()) {
            return;
        }
        NotesController &self = *guard;
        if (captured.isEmpty() || captured.isHeading) {
            self.m_host.showStatus(tr("Select a passage in the article first, then choose Highlight (%1).")
                                       .arg(HighlightKeys.toString(QKeySequence::NativeText)),
                                   StatusMs);
            return;
        }
        if (captured.slug.isEmpty()) {
            self.m_host.showStatus(tr("Highlights can be kept in articles only."), StatusMs);
            return;
        }
        const ArticleSelection s = trimmed(captured);
        Highlight h;
        h.slug = s.slug;
        const auto header = self.m_host.repository().articleHeader(s.slug);
        h.articleTitle = header ? header->title : self.m_host.articleView()->currentTitle();
        h.quote = s.text;
        h.prefix = s.prefix;
        h.suffix = s.suffix;
        h.headingPath = s.headingPath;
        h.colour = HighlightColour::Yellow;
        self.openDialog(0, h);
    });
}

void NotesController::openDialog(qint64 id, const Highlight &highlight)
{
    auto *dialog =
        new HighlightDialog(id == 0 ? HighlightDialog::Mode::New : HighlightDialog::Mode::Edit, highlight.quote,
                            highlightShades(m_host.readingStyle().theme()), m_host.window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setColour(highlight.colour);
    dialog->setNote(highlight.note);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id, highlight] {
        if (id == 0) {
            Highlight h = highlight;
            h.colour = dialog->colour();
            h.note = dialog->note();
            if (m_library.highlights.addHighlight(h) == 0) {
                m_host.reportSaveProblem(
                    tr("Your highlight could not be saved. %1").arg(m_library.database.errorMessage()));
                return;
            }
            if (m_painter != nullptr) {
                m_painter->clearSelection();
            }
            m_host.showStatus(tr("Highlighted. It is listed under Notes."), StatusMs);
            return;
        }
        bool saved = true;
        if (dialog->note() != highlight.note) {
            saved = m_library.highlights.setNote(id, dialog->note()) && saved;
        }
        if (dialog->colour() != highlight.colour) {
            saved = m_library.highlights.setColour(id, dialog->colour()) && saved;
        }
        if (!saved) {
            m_host.reportSaveProblem(tr("Your note could not be saved. %1").arg(m_library.database.errorMessage()));
        }
    });
    dialog->open();
}

void NotesController::editNote(qint64 id)
{
    if (const std::optional<Highlight> h = m_library.highlights.highlight(id)) {
        openDialog(id, *h);
    }
}

void NotesController::setColour(qint64 id, const QString &colour)
{
    if (!m_library.highlights.setColour(id, colour)) {
        m_host.reportSaveProblem(tr("The new colour could not be saved. %1").arg(m_library.database.errorMessage()));
    }
}

void NotesController::remove(qint64 id)
{
    std::optional<Highlight> removed = m_library.highlights.removeHighlight(id);
    if (!removed) {
        m_host.reportSaveProblem(tr("The highlight could not be removed. %1").arg(m_library.database.errorMessage()));
        return;
    }
    m_removed = removed;
    if (m_focusedHighlight == id) {
        m_focusedHighlight = 0;
    }
    const QString what = NotesText::quoted(NotesText::elided(removed->quote, 60));
    if (m_pane->isMade()) {
        pane()->showUndo(undoText(*removed));
    }
    m_host.showStatus(tr("Removed the highlight %1. Undo is in the Notes pane and the article's menu.").arg(what),
                      StatusMs);
}

void NotesController::undoRemove()
{
    if (!m_removed) {
        return;
    }
    const Highlight h = *m_removed;
    if (!m_library.highlights.restoreHighlight(h)) {
        m_host.reportSaveProblem(
            tr("The highlight could not be brought back. %1").arg(m_library.database.errorMessage()));
        return;
    }
    m_removed.reset();
    if (m_pane->isMade()) {
        pane()->hideUndo();
        pane()->selectHighlight(h.id);
    }
    m_host.showStatus(tr("The highlight is back."), StatusMs);
}

void NotesController::showPane()
{
    m_host.showSidePane(m_pane);
    pane()->setFocus(Qt::ShortcutFocusReason);
}

void NotesController::showHighlight(qint64 id)
{
    const std::optional<Highlight> h = m_library.highlights.highlight(id);
    if (!h) {
        return;
    }
    if (!m_host.repository().hasArticle(h->slug)) {
        m_host.showStatus(tr("That article is no longer in the library. Your highlight and note are kept here."),
                          StatusMs);
        emit revealed(id, false);
        return;
    }
    m_pendingReveal = id;
    if (currentArticle() == h->slug && m_drawnSlug == h->slug) {
        reveal(id);
    } else if (currentArticle() != h->slug) {
        m_host.openArticle(h->slug);
    } // else: being drawn; revealed when done
}

void NotesController::reveal(qint64 id)
{
    m_pendingReveal = 0;
    if (m_placed.value(id, true) == false || m_painter == nullptr) {
        m_host.showStatus(tr("This highlight could not be placed: the passage has changed since you marked it. "
                             "Your quote is kept in the Notes pane."),
                          StatusMs);
        emit revealed(id, false);
        return;
    }
    QPointer<NotesController> guard(this);
    m_painter->reveal(id, [guard, id](bool shown) {
        if (guard.isNull()) {
            return;
        }
        if (shown) {
            guard->m_focusedHighlight = id;
            if (ArticleView *view = guard->m_host.articleView()) {
                view->setFocus(Qt::OtherFocusReason);
            }
            if (const auto h = guard->m_library.highlights.highlight(id)) {
                guard->m_host.showStatus(
                    tr("Your highlight: %1").arg(NotesText::quoted(NotesText::elided(h->quote, 80))), StatusMs);
            }
        }
        emit guard->revealed(id, shown);
    });
}

void NotesController::redraw()
{
    const QString slug = currentArticle();
    if (m_painter == nullptr || slug.isEmpty()) {
        return;
    }
    const QList<Highlight> highlights = m_library.highlights.highlightsOf(slug);
    QPointer<NotesController> guard(this);
    m_painter->draw(highlights, [guard, slug](const QHash<qint64, bool> &placed) {
        if (guard.isNull() || guard->currentArticle() != slug) {
            return;
        }
        NotesController &self = *guard;
        bool changed = false;
        for (auto it = placed.cbegin(); it != placed.cend(); ++it) {
            const auto known = self.m_placed.constFind(it.key());
            if (known == self.m_placed.constEnd() || known.value() != it.value()) {
                self.m_placed.insert(it.key(), it.value());
                changed = true;
            }
        }
        self.m_drawnSlug = slug;
        if (changed) {
            self.refreshPane();
        }
        if (self.m_pendingReveal != 0) {
            const auto pending = self.m_library.highlights.highlight(self.m_pendingReveal);
            if (pending && pending->slug == slug) {
                self.reveal(self.m_pendingReveal);
            }
        }
        emit self.drawn(slug);
    });
}

NotesPane *NotesController::pane() const
{
    return m_pane->contentAs<NotesPane>();
}

QWidget *NotesController::makePane()
{
    auto *notes = new NotesPane;
    notes->setShades(highlightShades(m_host.readingStyle().theme()));
    connect(notes, &NotesPane::highlightActivated, this, &NotesController::showHighlight);
    connect(notes, &NotesPane::articleActivated, this, [this](const QString &slug) {
        if (m_host.repository().hasArticle(slug)) {
            m_host.openArticle(slug);
        } else {
            m_host.showStatus(tr("That article is no longer in the library. Your notes on it are kept."), StatusMs);
        }
    });
    connect(notes, &NotesPane::editRequested, this, &NotesController::editNote);
    connect(notes, &NotesPane::removeRequested, this, &NotesController::remove);
    connect(notes, &NotesPane::undoRequested, this, &NotesController::undoRemove);
    fill(notes);
    if (m_removed) {
        notes->showUndo(undoText(*m_removed)); // removed before the pane was first shown
    }
    return notes;
}

QString NotesController::undoText(const Highlight &removed)
{
    return tr("Removed the highlight %1.").arg(NotesText::quoted(NotesText::elided(removed.quote, 60)));
}

void NotesController::refreshPane()
{
    if (m_pane->isMade()) {
        fill(pane());
    }
}

void NotesController::fill(NotesPane *notes)
{
    QList<NotesPane::Group> groups;
    for (const Highlight &h : m_library.highlights.highlights()) {
        if (groups.isEmpty() || groups.last().slug != h.slug) {
            NotesPane::Group group;
            group.slug = h.slug;
            group.inLibrary = m_host.repository().hasArticle(h.slug);
            const auto header = group.inLibrary ? m_host.repository().articleHeader(h.slug) : std::nullopt;
            group.title = header ? header->title : h.articleTitle;
            groups.append(group);
        }
        groups.last().highlights.append(h);
    }
    notes->setGroups(groups, m_placed);
}

} // namespace Myelin::Ui
