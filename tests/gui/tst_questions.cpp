// SPDX-License-Identifier: GPL-3.0-or-later
// Questions for my next appointment (ui/questions): added from a selection, a heading, a glossary
// link and typed; put in order with buttons and keys, ticked off, deleted and put back; kept in the
// user database; a question whose page a content update removed stays listed; all by keyboard.
#include "readerfixture.h"
#include "testsupport.h"
#include "ui/questions/questiondialog.h"
#include "ui/questions/questionorigin.h"
#include "ui/questions/questionscontroller.h"
#include "ui/questions/questionspane.h"
#include "ui/shell/glossarypanel.h"
#include "ui/shell/readerhost.h"
#include "userdata/personallibrary.h"
#include "web/urlscheme.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTimer>
#include <QWebEngineView>

using namespace Myelin;

class TestQuestions : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Test::Reader> m_reader;
    std::unique_ptr<PersonalLibrary> m_library;
    Ui::QuestionsController *m_questions = nullptr;

    Ui::ArticleView *view() const { return m_reader->window->articleView(); }
    Ui::QuestionsPane *pane() const { return m_questions->pane(); }
    QuestionStore &store() const { return m_library->questions; }

    QStringList texts() const
    {
        QStringList result;
        for (const Question &q : store().questions()) {
            result << q.text;
        }
        return result;
    }

    QStringList shownTexts() const
    {
        QStringList result;
        for (int row = 0; row < pane()->model()->rowCount(); ++row) {
            result << pane()->model()->item(row)->text();
        }
        return result;
    }

    // Opens the article's menu at point (view coordinates) and chooses "Add to My Questions…" in it,
    // as a right click and a click on the item do; returns the dialog it opens.
    Ui::QuestionDialog *addFromMenu(const QPoint &point)
    {
        QSignalSpy opened(m_questions, &Ui::QuestionsController::dialogOpened);
        QAction *chosen = nullptr;
        QTimer::singleShot(0, this, [&] {
            if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
                for (QAction *action : menu->actions()) {
                    if (action == m_questions->addAction() && action->isEnabled()) {
                        chosen = action;
                    }
                }
                menu->close();
            }
        });
        view()->showContextMenu(point);
        if (chosen == nullptr) {
            qWarning("Add to My Questions is not in the article's menu");
            return nullptr;
        }
        chosen->trigger();
        if (opened.isEmpty() && !opened.wait(10000)) {
            return nullptr;
        }
        return m_questions->dialog();
    }

    // Triggers "Add to My Questions…" (its menu just prepared), checks the dialog asks about Stenosis,
    // accepts it and waits for the one question it saves; returns the dialog, null on failure.
    Ui::QuestionDialog *addAboutStenosis()
    {
        QSignalSpy opened(m_questions, &Ui::QuestionsController::dialogOpened);
        m_questions->addAction()->trigger();
        if (opened.isEmpty() && !opened.wait(10000)) {
            return nullptr;
        }
        Ui::QuestionDialog *dialog = m_questions->dialog();
        if (dialog->text() != QStringLiteral("Can you tell me more about Stenosis?")) {
            qWarning("the dialog asks: %s", qPrintable(dialog->text()));
            return nullptr;
        }
        dialog->accept();
        if (!QTest::qWaitFor([this] { return store().questions().size() == 1; }, 5000)) {
            return nullptr;
        }
        return store().questions().first().quote == QStringLiteral("Stenosis") ? dialog : nullptr;
    }

    // Where an element is, in the view's coordinates (its left middle), scrolled into view.
    QPoint pointOf(const QString &selector)
    {
        const QVariantList box = m_reader
                                     ->eval(QStringLiteral("(function () { var e = document.querySelector('%1'); "
                                                           "e.scrollIntoView(); var r = e.getBoundingClientRect(); "
                                                           "return [r.left + 3, r.top + r.height / 2]; })()")
                                                .arg(selector))
                                     .toList();
        const qreal zoom = view()->webView()->zoomFactor();
        return box.size() == 2 ? QPoint(qRound(box.at(0).toDouble() * zoom), qRound(box.at(1).toDouble() * zoom))
                               : QPoint();
    }

    void clearQuestions()
    {
        for (const Question &q : store().questions()) {
            store().removeQuestion(q.id);
        }
        pane()->dismissUndo();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_reader = std::make_unique<Test::Reader>(QStringLiteral(MYELIN_MINI_DB),
                                                  m_dir.filePath(QStringLiteral("settings.ini")),
                                                  m_dir.filePath(QStringLiteral("user.db")));
        QVERIFY2(m_reader->isValid(), qPrintable(m_reader->error()));
        m_library = std::make_unique<PersonalLibrary>(m_reader->userData);
        m_questions = new Ui::QuestionsController(m_reader->window->host(), m_library->questions);
        QVERIFY(m_reader->start(QStringLiteral("alpha")));
    }

    void cleanupTestCase()
    {
        m_reader.reset(); // the window and its features first, then the stores
        m_library.reset();
    }

    void init()
    {
        if (m_reader->window->currentSlug() != QStringLiteral("alpha")) {
            QVERIFY(m_reader->open(QStringLiteral("alpha")));
        }
        m_reader->window->host().showSidePane(pane());
        m_reader->window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_reader->window.get()));
    }

    void fromASelectionTheQuoteIsKept()
    {
        clearQuestions();
        const QString paragraph =
            m_reader
                ->eval(QStringLiteral("(function () { var p = document.querySelector('#content h2 ~ p'); "
                                      "window.getSelection().selectAllChildren(p); return p.textContent; })()"))
                .toString();
        QVERIFY(paragraph.contains(QStringLiteral("stenosis")));
        Ui::QuestionDialog *dialog = addFromMenu(QPoint(20, 20));
        QVERIFY(dialog != nullptr);
        QCOMPARE(dialog->text(), QStringLiteral("Can you tell me more about this?"));
        QVERIFY(dialog->editor()->textCursor().hasSelection()); // typing replaces the starter
        QVERIFY2(dialog->sourceLabel()->text().contains(QStringLiteral("From \u201CAlpha article\u201D")),
                 qPrintable(dialog->sourceLabel()->text()));
        QTest::keyClicks(dialog->editor(), QStringLiteral("Are my veins narrow?"));
        QTest::keyClick(dialog->editor(), Qt::Key_Return); // Enter saves
        QTRY_COMPARE(store().questions().size(), 1);
        const Question q = store().questions().first();
        QCOMPARE(q.text, QStringLiteral("Are my veins narrow?"));
        QCOMPARE(q.quote, paragraph.simplified());
        QCOMPARE(q.slug, QStringLiteral("alpha"));
        QCOMPARE(q.sourceTitle, QStringLiteral("Alpha article"));
        QCOMPARE(pane()->currentId(), q.id);
        QVERIFY(pane()->model()->item(0)->data(Qt::UserRole + 2).toString().contains(QStringLiteral("jugular")));
    }

    void fromAHeading()
    {
        clearQuestions();
        m_reader->eval(QStringLiteral("window.getSelection().removeAllRanges()"));
        Ui::QuestionDialog *dialog = addFromMenu(pointOf(QStringLiteral("#content h2")));
        QVERIFY(dialog != nullptr);
        QCOMPARE(dialog->text(), QStringLiteral("Can you tell me more about First part?"));
        dialog->accept();
        QTRY_COMPARE(texts(), QStringList{QStringLiteral("Can you tell me more about First part?")});
        QCOMPARE(store().questions().first().quote, QStringLiteral("First part"));
    }

    void fromAGlossaryLink()
    {
        clearQuestions();
        m_reader->eval(QStringLiteral("window.getSelection().removeAllRanges()"));
        // What the view reports when the menu opens over a link to a glossary term.
        emit view()->contextMenuAboutToShow(false, QUrl(QStringLiteral("myelin://glossary/stenosis")));
        QVERIFY(m_questions->addAction()->isEnabled());
        Ui::QuestionDialog *dialog = addAboutStenosis();
        QVERIFY(dialog != nullptr);
        QCOMPARE(store().questions().first().slug, QStringLiteral("alpha"));
        // Cancel saves nothing.
        emit view()->contextMenuAboutToShow(false, QUrl(QStringLiteral("myelin://glossary/stenosis")));
        m_questions->addAction()->trigger();
        QTRY_VERIFY(m_questions->dialog() != nullptr && m_questions->dialog() != dialog);
        m_questions->dialog()->reject();
        QCOMPARE(store().questions().size(), 1);
    }

    // The Glossary pane: a term's menu (here from the keyboard: the current term) has "Add to My
    // Questions…", and the question is about the term, with the term as where it came from.
    void fromATermInTheGlossaryPane()
    {
        clearQuestions();
        Ui::GlossaryPanel *glossary = m_reader->window->glossary();
        m_reader->window->host().showSidePane(glossary);
        QTRY_VERIFY(glossary->visibleCount() > 0);
        glossary->filterBox()->setText(QStringLiteral("Stenosis"));
        QTRY_COMPARE(glossary->visibleCount(), 1);
        glossary->list()->setCurrentIndex(glossary->list()->model()->index(0, 0));
        QMenu *menu = glossary->showContextMenu();
        QVERIFY(menu != nullptr);
        QVERIFY(menu->actions().contains(m_questions->addAction()));
        QVERIFY(m_questions->addAction()->isEnabled());
        menu->close();
        QVERIFY(addAboutStenosis() != nullptr);
        QCOMPARE(store().questions().first().sourceTitle, QStringLiteral("Stenosis"));
        QCOMPARE(store().questions().first().slug, Ui::QuestionOrigin::termSlug(QStringLiteral("stenosis")));
        glossary->filterBox()->clear();
    }

    void typedInThePane()
    {
        clearQuestions();
        QTest::keyClicks(pane()->questionField(), QStringLiteral("  Can I drive after an MRI?  "));
        QVERIFY(pane()->addButton()->isEnabled());
        QTest::mouseClick(pane()->addButton(), Qt::LeftButton);
        QCOMPARE(texts(), QStringList{QStringLiteral("Can I drive after an MRI?")});
        QVERIFY(store().questions().first().slug.isEmpty());
        QVERIFY(pane()->questionField()->text().isEmpty());
        QTest::keyClicks(pane()->questionField(), QStringLiteral("Second"));
        QTest::keyClick(pane()->questionField(), Qt::Key_Return);
        QCOMPARE(shownTexts(), (QStringList{QStringLiteral("Can I drive after an MRI?"), QStringLiteral("Second")}));
        QVERIFY(!pane()->addButton()->isEnabled()); // nothing typed
    }

    void reorderTickDeleteAndUndo()
    {
        clearQuestions();
        for (const char *text : {"One", "Two", "Three"}) {
            store().addQuestion(QString::fromLatin1(text));
        }
        QVERIFY(pane()->select(store().questions().at(0).id));
        QVERIFY(!pane()->upButton()->isEnabled());
        QTest::mouseClick(pane()->downButton(), Qt::LeftButton);
        QCOMPARE(texts(), (QStringList{"Two", "One", "Three"}));
        QCOMPARE(shownTexts(), texts());
        QCOMPARE(pane()->list()->currentIndex().row(), 1); // the moved question stays chosen
        QTest::keyClick(pane()->list(), Qt::Key_Up, Qt::ControlModifier);
        QCOMPARE(texts(), (QStringList{"One", "Two", "Three"}));

        // Space ticks it off, and again un-ticks.
        pane()->list()->setFocus();
        QTest::keyClick(pane()->list(), Qt::Key_Space);
        QTRY_VERIFY(store().questions().at(0).done);
        QCOMPARE(pane()->model()->item(0)->checkState(), Qt::Checked);
        QTest::keyClick(pane()->list(), Qt::Key_Space);
        QTRY_VERIFY(!store().questions().at(0).done);

        // Delete, with Undo putting it back in its place; the strip stays until dismissed.
        QVERIFY(pane()->select(store().questions().at(1).id));
        QTest::keyClick(pane()->list(), Qt::Key_Delete);
        QCOMPARE(texts(), (QStringList{"One", "Three"}));
        QVERIFY(pane()->undoStrip()->isVisibleTo(pane()));
        QTest::keyClick(pane()->list(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(texts(), (QStringList{"One", "Two", "Three"}));
        QVERIFY(!pane()->undoStrip()->isVisibleTo(pane()));
        QCOMPARE(pane()->model()->item(pane()->list()->currentIndex().row())->text(), QStringLiteral("Two"));
        // The Undo button, and the next change ending the chance to undo.
        QTest::mouseClick(pane()->deleteButton(), Qt::LeftButton);
        QTest::mouseClick(pane()->undoButton(), Qt::LeftButton);
        QCOMPARE(texts(), (QStringList{"One", "Two", "Three"}));
        QTest::mouseClick(pane()->deleteButton(), Qt::LeftButton);
        pane()->moveCurrent(-1);
        QVERIFY(!pane()->undoStrip()->isVisibleTo(pane()));
        pane()->undo(); // nothing to undo any more
        QCOMPARE(texts().size(), 2);
    }

    void keptInTheUserDatabase()
    {
        clearQuestions();
        store().addQuestion(QStringLiteral("Kept"), QStringLiteral("alpha"), QStringLiteral("Alpha article"),
                            QStringLiteral("a quote"));
        const qint64 second = store().addQuestion(QStringLiteral("Done already"));
        store().setDone(second, true);
        UserDatabase again(m_dir.filePath(QStringLiteral("user.db")));
        QuestionStore reopened(again);
        const QList<Question> saved = reopened.questions();
        QCOMPARE(saved.size(), 2);
        QCOMPARE(saved.at(0).text, QStringLiteral("Kept"));
        QCOMPARE(saved.at(0).quote, QStringLiteral("a quote"));
        QVERIFY(saved.at(1).done);
        // Ticked ones are left out of the printed page.
        const Export::QuestionSheet sheet = m_questions->sheet();
        QCOMPARE(sheet.items.size(), 1);
        QCOMPARE(sheet.items.first().text, QStringLiteral("Kept"));
        QCOMPARE(sheet.items.first().source, QStringLiteral("From \u201CAlpha article\u201D: \u201Ca quote\u201D"));
    }

    // Part 9: a question on an article a content update removed stays listed, marked, with its text.
    void aQuestionWhosePageIsGoneStaysListed()
    {
        clearQuestions();
        const qint64 id = store().addQuestion(QStringLiteral("About the old page"), QStringLiteral("removed-article"),
                                              QStringLiteral("An old article"), QStringLiteral("its passage"));
        QVERIFY(pane()->select(id));
        const QString source = pane()->model()->item(0)->data(Qt::UserRole + 2).toString();
        QVERIFY2(source.contains(QStringLiteral("An old article")) &&
                     source.contains(QStringLiteral("no longer in the library")),
                 qPrintable(source));
        QCOMPARE(pane()->model()->item(0)->text(), QStringLiteral("About the old page"));
        QVERIFY(!pane()->openButton()->isEnabled());
        QSignalSpy said(pane(), &Ui::QuestionsPane::message);
        QTest::keyClick(pane()->list(), Qt::Key_Return);
        QCOMPARE(said.count(), 1);
        QVERIFY(said.first().first().toString().contains(QStringLiteral("no longer in the library")));
        // On paper it is still there, without the note.
        QCOMPARE(m_questions->sheet().items.first().source,
                 QStringLiteral("From \u201CAn old article\u201D: \u201Cits passage\u201D"));
    }

    void everythingByKeyboard()
    {
        clearQuestions();
        QVERIFY(m_reader->open(QStringLiteral("beta")));
        store().addQuestion(QStringLiteral("First"), QStringLiteral("alpha"), QStringLiteral("Alpha article"));
        store().addQuestion(QStringLiteral("Second"));
        // Go > My Questions: the pane, with the keyboard in the list.
        QVERIFY(m_reader->window->host().menu(Ui::ReaderHost::Menu::Go)->actions().contains(m_questions->showAction()));
        m_questions->showAction()->trigger();
        QTRY_VERIFY(pane()->list()->hasFocus());
        QCOMPARE(pane()->list()->currentIndex().row(), 0);
        // F2 edits; Enter saves.
        QTest::keyClick(pane()->list(), Qt::Key_F2);
        QTRY_VERIFY(m_questions->dialog() != nullptr);
        QTest::keyClicks(m_questions->dialog()->editor(), QStringLiteral("First, changed"));
        QTest::keyClick(m_questions->dialog()->editor(), Qt::Key_Return);
        QTRY_COMPARE(texts(), (QStringList{QStringLiteral("First, changed"), QStringLiteral("Second")}));
        QTRY_VERIFY(pane()->list()->hasFocus());
        // Ctrl+Down moves; Enter opens the page it came from.
        QTest::keyClick(pane()->list(), Qt::Key_Down, Qt::ControlModifier);
        QCOMPARE(texts(), (QStringList{QStringLiteral("Second"), QStringLiteral("First, changed")}));
        QSignalSpy loaded(view(), &Ui::ArticleView::loadFinished);
        QTest::keyClick(pane()->list(), Qt::Key_Return);
        QVERIFY(loaded.wait(20000));
        QCOMPARE(m_reader->window->currentSlug(), QStringLiteral("alpha"));
        // A question shown from elsewhere (a search result) is chosen in the pane.
        m_questions->showQuestion(store().questions().at(0).id);
        QCOMPARE(pane()->list()->currentIndex().row(), 0);
        // Every control is named, starting with the words it shows.
        for (QPushButton *b : pane()->findChildren<QPushButton *>()) {
            const QString shown = b->text().remove(QLatin1Char('&')).remove(QStringLiteral("\u2026"));
            QVERIFY2(!b->accessibleName().isEmpty(), qPrintable(shown));
            QVERIFY2(b->accessibleName().startsWith(shown.left(4), Qt::CaseInsensitive),
                     qPrintable(shown + QStringLiteral(" / ") + b->accessibleName()));
        }
        QVERIFY(!pane()->list()->accessibleName().isEmpty());
        QVERIFY(!pane()->questionField()->accessibleName().isEmpty());
    }
};

MYELIN_GUI_TEST_MAIN(TestQuestions)
#include "tst_questions.moc"
