// SPDX-License-Identifier: GPL-3.0-or-later
// Highlights and notes (ui/notes, issue 19 part 2) in the real window: a selected passage highlighted
// with a note is marked, still there when the article is opened again and at 300% text; the Notes
// pane lists it and Enter scrolls to it; remove and undo; the keyboard-only path; after a content
// update the passages still found are marked and the reworded one is listed as "Could not be placed";
// an article the update removed keeps its highlights, marked "no longer in the library".
#include "readerfixture.h"
#include "testsupport.h"
#include "ui/notes/highlightdialog.h"
#include "ui/notes/highlightpainter.h"
#include "ui/notes/noteitemdelegate.h"
#include "ui/notes/notescontroller.h"
#include "ui/notes/notespane.h"
#include "userdata/personallibrary.h"
#include "web/urlscheme.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>
#include <QWebEngineView>

using namespace Myelin;

namespace {

const QString PacingTwice = QStringLiteral("Rest helps, but pacing helps more.");
const QString Pacing = QStringLiteral("Pacing means spreading effort across the day.");
const QString Diary = QStringLiteral("Keep a diary to see when your energy is highest.");

// The test article (the mini collection's "gamma"), in three versions of the content.
QString gammaBody(int version)
{
    const QString explain = version == 1
                                ? QStringLiteral("Fatigue in MS is common and can be hard to explain to others.")
                                : QStringLiteral("Fatigue in MS is very common and often hard to explain "
                                                 "to family.");
    const QString diary = version == 1 ? Diary : QStringLiteral("A diary shows when you have the most energy.");
    return QStringLiteral("## Resting well\n\n%1 %2 %3\n\nMore about rest follows below, with a few ideas.\n\n"
                          "## Planning\n\nPlan the day around your energy. %3 %4\n\n"
                          "Some further text so the page is long enough to scroll at a large size.\n")
        .arg(explain, Pacing, PacingTwice, diary);
}

bool copyTree(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    const QDir source(from);
    for (const QFileInfo &info : source.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString target = to + QLatin1Char('/') + info.fileName();
        if (info.isDir() ? !copyTree(info.filePath(), target) : !QFile::copy(info.filePath(), target)) {
            return false;
        }
    }
    return true;
}

} // namespace

class TestHighlights : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Test::Reader> m_reader;
    std::unique_ptr<PersonalLibrary> m_library;
    Ui::NotesController *m_notes = nullptr;

    // Builds the mini collection with gamma at version (3: gamma removed) and returns its path.
    QString buildContent(int version)
    {
        const QString source = m_dir.filePath(QStringLiteral("mini-%1").arg(version));
        if (!copyTree(QStringLiteral(MYELIN_FIXTURES_DIR "/mini"), source)) {
            return {};
        }
        QFile gamma(source + QStringLiteral("/articles/gamma.md"));
        if (!gamma.open(QIODevice::ReadOnly)) {
            return {};
        }
        QString text = QString::fromUtf8(gamma.readAll());
        gamma.close();
        if (version == 3) {
            gamma.remove();
            QFile alpha(source + QStringLiteral("/articles/alpha.md"));
            if (!alpha.open(QIODevice::ReadOnly)) {
                return {};
            }
            QString alphaText = QString::fromUtf8(alpha.readAll());
            alpha.close();
            alphaText.replace(QStringLiteral("related: [beta, gamma]"), QStringLiteral("related: [beta]"));
            if (!alpha.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
                return {};
            }
            alpha.write(alphaText.toUtf8());
        } else {
            text = text.left(text.indexOf(QStringLiteral("---\n"), 4) + 4) + gammaBody(version);
            if (!gamma.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
                return {};
            }
            gamma.write(text.toUtf8());
            gamma.close(); // written before myelin-build reads it
        }
        const QString db = m_dir.filePath(QStringLiteral("content-%1.db").arg(version));
        QProcess build;
        build.start(QStringLiteral(MYELIN_BUILD_EXE), {source, QStringLiteral("-o"), db});
        if (!build.waitForFinished(60000) || build.exitCode() != 0) {
            qWarning("myelin-build failed: %s", build.readAllStandardError().constData());
            return {};
        }
        return db;
    }

    // A window on content with the user database of this test, and the notes feature on it.
    bool startReader(const QString &content, const QString &slug)
    {
        m_notes = nullptr;
        m_reader.reset();
        m_library.reset();
        m_reader = std::make_unique<Test::Reader>(content, m_dir.filePath(QStringLiteral("settings.ini")),
                                                  m_dir.filePath(QStringLiteral("user.db")));
        if (!m_reader->isValid()) {
            return false;
        }
        m_library = std::make_unique<PersonalLibrary>(m_reader->userData);
        m_notes = new Ui::NotesController(m_reader->window->host(), *m_library);
        QSignalSpy drawn(m_notes, &Ui::NotesController::drawn);
        return m_reader->start(slug) && (drawn.count() > 0 || drawn.wait(10000));
    }

    bool openAndDraw(const QString &slug)
    {
        QSignalSpy drawn(m_notes, &Ui::NotesController::drawn);
        return m_reader->open(slug) && (drawn.count() > 0 || drawn.wait(10000));
    }

    // Selects occurrence (0, 1...) of text in the article, as the reader would with the mouse.
    bool select(const QString &text, int occurrence = 0)
    {
        QString escaped = text;
        escaped.replace(QLatin1Char('\''), QStringLiteral("\\'"));
        return m_reader
            ->eval(QStringLiteral("(function (text, nth) { var root = document.getElementById('content');"
                                  "var w = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, null); var n;"
                                  "while ((n = w.nextNode())) { var at = -1;"
                                  "  while ((at = n.data.indexOf(text, at + 1)) >= 0) { if (nth-- === 0) {"
                                  "    var r = document.createRange(); r.setStart(n, at); r.setEnd(n, at + "
                                  "text.length);"
                                  "    var s = window.getSelection(); s.removeAllRanges(); s.addRange(r); return true; "
                                  "} } }"
                                  "return false; })('%1', %2)")
                       .arg(escaped)
                       .arg(occurrence))
            .toBool();
    }

    Ui::HighlightDialog *dialog() const
    {
        return m_reader->window->findChild<Ui::HighlightDialog *>(QStringLiteral("highlightDialog"));
    }

    // Highlights occurrence of text through the Highlight action and its dialog; returns the new id.
    qint64 highlight(const QString &text, int occurrence, const QString &colour, const QString &note)
    {
        const int before = int(m_library->highlights.highlights().size());
        m_reader->window->articleView()->setFocus(); // as after a click in the text
        if (!select(text, occurrence)) {
            qWarning("could not select %s", qPrintable(text));
            return 0;
        }
        if (!QTest::qWaitFor([&] { return m_notes->highlightAction()->isEnabled(); }, 10000)) {
            qWarning("Highlight did not become available");
            return 0;
        }
        QSignalSpy drawn(m_notes, &Ui::NotesController::drawn);
        m_notes->highlightAction()->trigger();
        if (!QTest::qWaitFor([&] { return dialog() != nullptr && dialog()->isVisible(); }, 10000)) {
            qWarning("no dialog");
            return 0;
        }
        Ui::HighlightDialog *d = dialog();
        d->setColour(colour);
        d->noteEdit()->setPlainText(note);
        d->saveButton()->click();
        if (m_library->highlights.highlights().size() != before + 1 || !drawn.wait(10000)) {
            qWarning("not saved or not drawn");
            return 0;
        }
        qint64 id = 0;
        for (const Highlight &h : m_library->highlights.highlights()) {
            id = qMax(id, h.id);
        }
        return id;
    }

    QString covered(qint64 id)
    {
        return m_reader
            ->eval(QStringLiteral("Array.prototype.map.call(document.querySelectorAll('mark.myelin-hl[data-highlight-"
                                  "id=\"%1\"]'), function (m) { return m.textContent; }).join('')")
                       .arg(id))
            .toString();
    }

    // The heading above highlight id's first mark.
    QString sectionOf(qint64 id)
    {
        return m_reader
            ->eval(QStringLiteral("(function () { var m = document.querySelector('mark[data-highlight-id=\"%1\"]');"
                                  "if (!m) return ''; var all = document.querySelectorAll('#content h2'); var last = "
                                  "'';"
                                  "for (var i = 0; i < all.length; ++i) if (all[i].compareDocumentPosition(m) & "
                                  "Node.DOCUMENT_POSITION_FOLLOWING) last = all[i].textContent.trim(); return last; "
                                  "})()")
                       .arg(id))
            .toString();
    }

    int rowOf(qint64 id) const
    {
        return m_notes->pane()->selectHighlight(id) ? m_notes->pane()->list()->currentRow() : -1;
    }

    qint64 m_first = 0;  // the second "Rest helps..." (under Planning), green, with a note
    qint64 m_pacing = 0; // the sentence after the one a content update edits
    qint64 m_diary = 0;  // the sentence a content update rewords
    QString m_v1;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_v1 = buildContent(1);
        QVERIFY(!m_v1.isEmpty());
        QVERIFY(startReader(m_v1, QStringLiteral("gamma")));
    }

    void cleanupTestCase()
    {
        m_reader.reset();
        m_library.reset();
    }

    void thePaneIsMadeWhenFirstShownAndOffersAnEarlierUndo()
    {
        QVERIFY(m_reader->window->findChildren<Ui::NotesPane *>().isEmpty()); // not made with the window
        const qint64 id = highlight(PacingTwice, 0, HighlightColour::Yellow, QString());
        QVERIFY(id != 0);
        QVERIFY(m_reader->window->findChildren<Ui::NotesPane *>().isEmpty()); // highlighting needs no pane
        m_notes->remove(id);
        QVERIFY(!m_library->highlights.highlight(id));
        m_notes->showPane(); // first shown now: the removal made before is offered for undo there
        Ui::NotesPane *pane = m_notes->pane();
        QTRY_VERIFY(pane->isVisible());
        QVERIFY(pane->undoStrip()->isVisibleTo(pane));
        m_notes->undoRemove();
        QVERIFY(m_library->highlights.highlight(id));
        QVERIFY(!pane->undoStrip()->isVisibleTo(pane));
        QVERIFY(pane->selectHighlight(id));                 // listed
        QVERIFY(m_library->highlights.removeHighlight(id)); // the next tests start with none
    }

    void aSelectionIsHighlightedWithANote()
    {
        QVERIFY(m_notes->pane()->emptyLabel()->isVisibleTo(m_notes->pane()));
        m_first = highlight(PacingTwice, 1, HighlightColour::Green, QStringLiteral("Ask about pacing apps"));
        QVERIFY(m_first != 0);
        const Highlight saved = *m_library->highlights.highlight(m_first);
        QCOMPARE(saved.quote, PacingTwice);
        QCOMPARE(saved.colour, HighlightColour::Green);
        QCOMPARE(saved.note, QStringLiteral("Ask about pacing apps"));
        QCOMPARE(saved.slug, QStringLiteral("gamma"));
        QCOMPARE(saved.articleTitle, QStringLiteral("Gamma article"));
        QVERIFY(saved.headingPath.endsWith(QStringLiteral("Planning")));
        QCOMPARE(covered(m_first), PacingTwice);
        QCOMPARE(sectionOf(m_first), QStringLiteral("Planning")); // the second of the two, not the first
        QCOMPARE(
            m_reader
                ->eval(
                    QStringLiteral("document.querySelector('mark[data-highlight-id=\"%1\"]').className").arg(m_first))
                .toString(),
            QStringLiteral("myelin-hl myelin-hl-green"));
        // The theme's green, readable: the page draws it with the theme's colours.
        const QString background =
            m_reader
                ->eval(QStringLiteral(
                           "getComputedStyle(document.querySelector('mark[data-highlight-id=\"%1\"]')).backgroundColor")
                           .arg(m_first))
                .toString();
        QCOMPARE(background, QStringLiteral("rgb(211, 242, 211)")); // light theme green, core/theme.cpp
        QVERIFY(m_reader->eval(QStringLiteral("window.getSelection().isCollapsed")).toBool());
        QVERIFY(!m_notes->pane()->emptyLabel()->isVisibleTo(m_notes->pane()));

        m_pacing = highlight(Pacing, 0, HighlightColour::Yellow, QString());
        m_diary = highlight(Diary, 0, HighlightColour::Pink, QStringLiteral("Start on Monday"));
        QVERIFY(m_pacing != 0 && m_diary != 0);
        QCOMPARE(covered(m_pacing), Pacing);
        QCOMPARE(covered(m_diary), Diary);
    }

    void theMarksAreThereWhenTheArticleIsOpenedAgain()
    {
        QVERIFY(openAndDraw(QStringLiteral("alpha")));
        QCOMPARE(m_reader->eval(QStringLiteral("document.querySelectorAll('mark.myelin-hl').length")).toInt(), 0);
        QVERIFY(openAndDraw(QStringLiteral("gamma")));
        QCOMPARE(covered(m_first), PacingTwice);
        QCOMPARE(sectionOf(m_first), QStringLiteral("Planning"));
        QCOMPARE(covered(m_diary), Diary);
        QCOMPARE(m_notes->isPlaced(m_first), std::optional<bool>(true));
    }

    void theMarksCoverTheQuoteAtEveryTextSize()
    {
        const double before =
            m_reader
                ->eval(QStringLiteral("document.querySelector('mark[data-highlight-id=\"%1\"]').getBoundingClientRect()"
                                      ".height")
                           .arg(m_first))
                .toDouble();
        QVERIFY(before > 0);
        m_reader->style.setFontPercent(300);
        QTRY_COMPARE(m_reader->bodyFontPixels(), 54.0);
        QTRY_COMPARE(covered(m_first), PacingTwice);
        QCOMPARE(covered(m_pacing), Pacing);
        double after = 0;
        QTRY_VERIFY((after = m_reader
                                 ->eval(QStringLiteral("(function () { var r = 0; document.querySelectorAll('mark[data-"
                                                       "highlight-id=\"%1\"]').forEach(function (m) { "
                                                       "m.getClientRects().length && (r += "
                                                       "m.getBoundingClientRect().height); }); return r; })()")
                                            .arg(m_first))
                                 .toDouble()) > before * 2);
        // A theme change does not reload either: the marks take the new theme's colours.
        m_reader->style.setTheme(QStringLiteral("dark"));
        QTRY_COMPARE(
            m_reader
                ->eval(QStringLiteral(
                           "getComputedStyle(document.querySelector('mark[data-highlight-id=\"%1\"]')).backgroundColor")
                           .arg(m_first))
                .toString(),
            QStringLiteral("rgb(31, 74, 43)")); // dark theme green
        QCOMPARE(covered(m_first), PacingTwice);
    }

    void theNotesPaneListsThemAndEnterScrollsToOne()
    {
        Ui::NotesPane *pane = m_notes->pane();
        m_notes->showPane();
        QTRY_VERIFY(pane->isVisible());
        QListWidget *list = pane->list();
        QCOMPARE(list->count(), 4); // the article's title, then its three highlights
        QVERIFY(list->item(0)->data(Ui::NoteItemDelegate::IsArticleRole).toBool());
        QCOMPARE(list->item(0)->text(), QStringLiteral("Gamma article"));
        const int row = rowOf(m_first);
        QVERIFY(row > 0);
        QListWidgetItem *item = list->item(row);
        QVERIFY(item->data(Qt::AccessibleTextRole).toString().startsWith(PacingTwice.chopped(1)));
        QVERIFY(item->data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("Ask about pacing apps")));
        QCOMPARE(item->data(Ui::NoteItemDelegate::NoteRole).toString(), QStringLiteral("Ask about pacing apps"));
        QVERIFY(item->toolTip().contains(PacingTwice));
        QVERIFY(item->data(Ui::NoteItemDelegate::StatusRole).toString().isEmpty());

        m_reader->eval(QStringLiteral("window.scrollTo(0, 0)"));
        QTRY_COMPARE(m_reader->eval(QStringLiteral("window.scrollY")).toInt(), 0);
        const auto inView = [this] {
            return m_reader
                ->eval(QStringLiteral("(function () { var r = document.querySelector('mark[data-highlight-id=\"%1\"]')"
                                      ".getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; })()")
                           .arg(m_first))
                .toBool();
        };
        QVERIFY(!inView()); // at 300% the Planning section is below the fold
        QSignalSpy revealed(m_notes, &Ui::NotesController::revealed);
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Return);
        QVERIFY(revealed.count() > 0 || revealed.wait(10000));
        QCOMPARE(revealed.last().at(0).toLongLong(), m_first);
        QVERIFY(revealed.last().at(1).toBool());
        QTRY_VERIFY(inView());
        QCOMPARE(m_reader->eval(QStringLiteral("document.activeElement.getAttribute('data-highlight-id')")).toString(),
                 QString::number(m_first));
        QVERIFY(m_reader->window->statusBar()->currentMessage().contains(PacingTwice.left(20)));
    }

    void removeWithUndo()
    {
        Ui::NotesPane *pane = m_notes->pane();
        QListWidget *list = pane->list();
        QVERIFY(pane->selectHighlight(m_pacing));
        QSignalSpy drawn(m_notes, &Ui::NotesController::drawn);
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Delete);
        QVERIFY(!m_library->highlights.highlight(m_pacing));
        QVERIFY(pane->undoStrip()->isVisibleTo(pane));
        QVERIFY(drawn.wait(10000));
        QCOMPARE(covered(m_pacing), QString());
        QCOMPARE(list->count(), 3);
        QCOMPARE(covered(m_first), PacingTwice); // the others stay

        pane->undoButton()->click();
        QVERIFY(m_library->highlights.highlight(m_pacing));
        QVERIFY(!pane->undoStrip()->isVisibleTo(pane));
        QVERIFY(drawn.wait(10000));
        QCOMPARE(covered(m_pacing), Pacing);
        QCOMPARE(list->count(), 4);
        QCOMPARE(pane->currentHighlight(), m_pacing);

        // The Remove button does the same, and Ctrl+Z in the pane brings it back.
        pane->removeButton()->click();
        QVERIFY(!m_library->highlights.highlight(m_pacing));
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(m_library->highlights.highlight(m_pacing));
        QVERIFY(drawn.wait(10000));
    }

    void theKeyboardAloneCanDoItAll()
    {
        // A passage is selected (the keyboard's own way to select is the page's), then Ctrl+M.
        const QString passage = QStringLiteral("Plan the day around your energy.");
        QWidget *window = m_reader->window.get();
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
        QWidget *page = m_reader->window->articleView()->webView()->focusProxy();
        page->setFocus();
        QVERIFY(select(passage));
        QTRY_VERIFY(m_notes->highlightAction()->isEnabled());
        QTest::keyClick(page, Qt::Key_M, Qt::ControlModifier);
        QTRY_VERIFY(dialog() != nullptr && dialog()->isVisible());
        Ui::HighlightDialog *d = dialog();
        QTRY_VERIFY(d->colourButtons().first()->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right); // the arrows choose the colour
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
        QCOMPARE(d->colour(), HighlightColour::Blue);
        QVERIFY(d->colourButtons().at(2)->hasFocus());
        QTest::keyClick(d, Qt::Key_N, Qt::AltModifier); // "&Note (optional)"
        QVERIFY(d->noteEdit()->hasFocus());
        QTest::keyClicks(d->noteEdit(), QStringLiteral("Typed note"));
        QSignalSpy drawn(m_notes, &Ui::NotesController::drawn);
        QTest::keyClick(d->noteEdit(), Qt::Key_Return, Qt::ControlModifier); // saves
        QVERIFY(drawn.wait(10000));
        qint64 id = 0;
        for (const Highlight &h : m_library->highlights.highlights()) {
            if (h.quote == passage) {
                id = h.id;
                QCOMPARE(h.note, QStringLiteral("Typed note"));
                QCOMPARE(h.colour, HighlightColour::Blue);
            }
        }
        QVERIFY(id != 0);
        QCOMPARE(covered(id), passage);

        // From the Notes pane: Enter shows it, and the article's menu (Shift+F10) then offers its actions.
        window->activateWindow(); // the dialog has closed (a desktop gives the window back its focus)
        QVERIFY(QTest::qWaitForWindowActive(window));
        m_notes->showPane();
        QTRY_VERIFY(m_notes->pane()->list()->hasFocus());
        QVERIFY(m_notes->pane()->selectHighlight(id));
        QSignalSpy revealed(m_notes, &Ui::NotesController::revealed);
        QTest::keyClick(m_notes->pane()->list(), Qt::Key_Return);
        QVERIFY(revealed.count() > 0 || revealed.wait(10000));
        QTRY_COMPARE(
            m_reader->eval(QStringLiteral("document.activeElement.getAttribute('data-highlight-id')")).toString(),
            QString::number(id));
        QStringList shown;
        bool chosen = false;
        QTimer closer;
        connect(&closer, &QTimer::timeout, this, [&] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (menu == nullptr || chosen) {
                return;
            }
            for (QAction *action : menu->actions()) {
                if (!action->isSeparator()) {
                    shown << action->text();
                }
            }
            chosen = true;
            if (menu->actions().contains(m_notes->removeAction()) && m_notes->removeAction()->isVisible()) {
                menu->setActiveAction(m_notes->removeAction());
                QTest::keyClick(menu, Qt::Key_Return);
            } else {
                menu->close();
            }
        });
        closer.start(20);
        page->setFocus();
        QTest::keyClick(page, Qt::Key_F10, Qt::ShiftModifier);
        QTRY_VERIFY(chosen);
        QVERIFY2(shown.contains(m_notes->editNoteAction()->text()), qPrintable(shown.join(QLatin1Char('|'))));
        QVERIFY(shown.contains(m_notes->colourAction()->text()));
        QVERIFY(shown.contains(m_notes->removeAction()->text()));
        QTRY_VERIFY(!m_library->highlights.highlight(id));
        QVERIFY(m_notes->pane()->undoStrip()->isVisibleTo(m_notes->pane()));
        m_notes->undoRemove();
        QVERIFY(m_library->highlights.highlight(id));
    }

    void theMenuOnPlainTextHasNoHighlightActions()
    {
        m_reader->eval(QStringLiteral("window.getSelection().removeAllRanges(); window.scrollTo(0, 0)"));
        QStringList shown;
        QTimer closer; // the menu first asks the page whether a highlight is under it
        connect(&closer, &QTimer::timeout, this, [&] {
            if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
                for (QAction *action : menu->actions()) {
                    shown << action->text();
                }
                menu->close();
            }
        });
        closer.start(20);
        QWidget *page = m_reader->window->articleView()->webView()->focusProxy();
        QTest::mouseClick(page, Qt::RightButton, Qt::NoModifier, QPoint(5, 5));
        QTRY_VERIFY(!shown.isEmpty());
        QVERIFY(!shown.isEmpty());
        QVERIFY(!shown.contains(m_notes->editNoteAction()->text()));
        QVERIFY(!shown.contains(m_notes->removeAction()->text()));
        QVERIFY(shown.contains(m_notes->highlightAction()->text()));
        QVERIFY(!m_notes->highlightAction()->isEnabled()); // nothing selected
    }

    void aContentUpdateKeepsWhatItCanAndSaysWhatItCannot()
    {
        m_reader->style.setFontPercent(100);
        const QString v2 = buildContent(2);
        QVERIFY(!v2.isEmpty());
        QVERIFY(startReader(v2, QStringLiteral("gamma")));
        QCOMPARE(covered(m_first), PacingTwice);
        QCOMPARE(sectionOf(m_first), QStringLiteral("Planning"));
        QCOMPARE(covered(m_pacing), Pacing);   // the sentence before it was edited
        QCOMPARE(covered(m_diary), QString()); // reworded
        QCOMPARE(m_notes->isPlaced(m_diary), std::optional<bool>(false));
        QCOMPARE(m_notes->isPlaced(m_pacing), std::optional<bool>(true));

        Ui::NotesPane *pane = m_notes->pane();
        QVERIFY(pane->selectHighlight(m_diary));
        QListWidgetItem *item = pane->list()->currentItem();
        QCOMPARE(item->data(Ui::NoteItemDelegate::StatusRole).toString(), QStringLiteral("Could not be placed"));
        QVERIFY(item->data(Qt::AccessibleTextRole).toString().startsWith(Diary.chopped(1)));
        QVERIFY(item->data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("Could not be placed")));
        QVERIFY(item->toolTip().contains(Diary));
        QSignalSpy revealed(m_notes, &Ui::NotesController::revealed);
        m_notes->showHighlight(m_diary);
        QVERIFY(revealed.count() > 0 || revealed.wait(10000));
        QVERIFY(!revealed.last().at(1).toBool());
        QVERIFY(m_reader->window->statusBar()->currentMessage().contains(QStringLiteral("could not be placed")));
    }

    void anArticleNoLongerInTheLibraryKeepsItsHighlights()
    {
        const QString v3 = buildContent(3);
        QVERIFY(!v3.isEmpty());
        QVERIFY(startReader(v3, QStringLiteral("alpha")));
        QListWidget *list = m_notes->pane()->list();
        QVERIFY(list->count() >= 5);
        QListWidgetItem *heading = list->item(0);
        QVERIFY(heading->data(Ui::NoteItemDelegate::IsArticleRole).toBool());
        QCOMPARE(heading->data(Ui::NoteItemDelegate::HeadingRole).toString(), QStringLiteral("Gamma article"));
        QCOMPARE(heading->data(Ui::NoteItemDelegate::StatusRole).toString(),
                 QStringLiteral("No longer in the library"));
        QCOMPARE(heading->data(Qt::AccessibleTextRole).toString(),
                 QStringLiteral("Gamma article, no longer in the library"));
        QVERIFY(m_notes->pane()->selectHighlight(m_first));
        QCOMPARE(list->currentItem()->data(Ui::NoteItemDelegate::NoteRole).toString(),
                 QStringLiteral("Ask about pacing apps"));
        QSignalSpy revealed(m_notes, &Ui::NotesController::revealed);
        m_notes->showHighlight(m_first);
        QCOMPARE(revealed.count(), 1);
        QVERIFY(!revealed.last().at(1).toBool());
        QCOMPARE(m_reader->window->currentSlug(), QStringLiteral("alpha")); // nothing to open
        QVERIFY(m_reader->window->statusBar()->currentMessage().contains(QStringLiteral("no longer in the library")));
    }
};

MYELIN_GUI_TEST_MAIN(TestHighlights)
#include "tst_highlights.moc"
