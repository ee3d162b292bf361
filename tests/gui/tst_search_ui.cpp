// SPDX-License-Identifier: GPL-3.0-or-later
// Search as a user drives it: the field in the toolbar, results as you type, the keyboard, "Did you
// mean", all results grouped by type, and find in the page with its match count.
#include "core/contenturl.h"
#include "readerfixture.h"
#include "testsupport.h"
#include "ui/search/findbar.h"
#include "ui/search/searchbox.h"
#include "ui/search/searchcontroller.h"
#include "ui/search/searchpopup.h"
#include "ui/search/searchresultspanel.h"
#include "ui/shell/sidepanes.h"
#include "userdata/personallibrary.h"
#include "web/urlscheme.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QShortcut>
#include <QTemporaryDir>
#include <QToolBar>

using namespace Myelin;
using EntryType = Ui::SearchResultsModel::EntryType;

class TestSearchUi : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Test::Reader> m_reader;
    Ui::SearchController *m_search = nullptr;

    QList<EntryType> popupTypes() const
    {
        QList<EntryType> types;
        for (const auto &entry : m_search->popup()->model()->entries()) {
            types.append(entry.type);
        }
        return types;
    }

    const Ui::SearchResultsModel::Entry *firstHit() const
    {
        for (const auto &entry : m_search->popup()->model()->entries()) {
            if (entry.type == EntryType::Hit) {
                return &entry;
            }
        }
        return nullptr;
    }

    // Types text into the search field as a person would, and waits for the results.
    bool type(const QString &text)
    {
        Ui::SearchBox *box = m_search->searchBox();
        box->clear();
        QSignalSpy shown(m_search, &Ui::SearchController::resultsShown);
        QTest::keyClicks(box, text);
        return shown.wait(5000) && m_search->popup()->isVisible();
    }

private slots:
    void initTestCase()
    {
        QFile::remove(m_dir.filePath(QStringLiteral("settings.ini")));
        m_reader = std::make_unique<Test::Reader>(QStringLiteral(MYELIN_CONTENT_DB),
                                                  m_dir.filePath(QStringLiteral("settings.ini")),
                                                  m_dir.filePath(QStringLiteral("user.db")));
        QVERIFY2(m_reader->isValid(), qPrintable(m_reader->error()));
        m_search = new Ui::SearchController(m_reader->window->host());
        QVERIFY(m_reader->start(QStringLiteral("home")));
        QVERIFY(m_search->findBar() == nullptr); // made when first asked for, not with the window
    }

    void cleanupTestCase() { m_reader.reset(); }

    // Search finds your own words: a question and a note are their own kinds, under the content's hits
    // in the popup and in a group of their own on the results page. A question opens the Questions pane
    // (questionChosen), a note its article. Nothing of them is in the content's index.
    void yourNotesAndQuestionsAreFoundAsTheirOwnKinds()
    {
        PersonalLibrary library(m_reader->userData);
        m_search->setOwnWords(&library.questions, &library.highlights);
        const qint64 question = library.questions.addQuestion(QStringLiteral("Ask about Zebrafish tablets"));
        Highlight h;
        h.slug = QStringLiteral("fatigue");
        h.articleTitle = QStringLiteral("Fatigue");
        h.quote = QStringLiteral("a passage about rest");
        h.note = QStringLiteral("zebrafish idea for the nurse");
        h.colour = HighlightColour::Yellow;
        const qint64 note = library.highlights.addHighlight(h);
        QVERIFY(question > 0 && note > 0);

        QVERIFY(type(QStringLiteral("zebraf")));
        const auto *model = m_search->popup()->model();
        QList<int> own;
        for (int row = 0; row < model->entries().size(); ++row) {
            if (model->entries().at(row).type == EntryType::OwnWords) {
                own << row;
            }
        }
        QCOMPARE(own.size(), 2);
        const int questionRow = own.at(0);
        QCOMPARE(own.at(1), questionRow + 1);
        QCOMPARE(model->index(questionRow).data(Ui::SearchResultsModel::KindLabelRole).toString(),
                 QStringLiteral("Your question"));
        QCOMPARE(model->index(questionRow + 1).data(Ui::SearchResultsModel::KindLabelRole).toString(),
                 QStringLiteral("Your note"));
        QVERIFY(model->index(questionRow)
                    .data(Ui::SearchResultsModel::TitleHtmlRole)
                    .toString()
                    .contains(QStringLiteral("<b>Zebrafish</b>")));
        QVERIFY(model->index(questionRow + 1)
                    .data(Qt::AccessibleTextRole)
                    .toString()
                    .startsWith(QStringLiteral("Your note: zebrafish idea")));
        // The content itself never holds the user's words.
        SearchEngine::Options options;
        QVERIFY(m_search->engine().search(QStringLiteral("zebrafish"), options).hits.isEmpty());

        // Down to the question, Enter: the Questions pane is asked to show it.
        QSignalSpy chosen(m_search, &Ui::SearchController::questionChosen);
        m_search->popup()->list()->setCurrentIndex(model->index(questionRow));
        QTest::keyClick(m_search->searchBox(), Qt::Key_Return);
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.first().first().toLongLong(), question);

        // The note opens its article.
        QVERIFY(type(QStringLiteral("zebrafish nurse")));
        QSignalSpy noteChosen(m_search, &Ui::SearchController::noteChosen);
        QSignalSpy loaded(m_reader->window->articleView(), &Ui::ArticleView::loadFinished);
        const auto &entries = m_search->popup()->model()->entries();
        int noteRow = -1;
        for (int i = 0; i < entries.size(); ++i) {
            if (entries.at(i).type == EntryType::OwnWords) {
                noteRow = i;
            }
        }
        QVERIFY(noteRow >= 0);
        QCOMPARE(entries.at(noteRow).own.kind, UserMatch::Kind::Note);
        m_search->popup()->list()->setCurrentIndex(m_search->popup()->model()->index(noteRow));
        QTest::keyClick(m_search->searchBox(), Qt::Key_Return);
        QCOMPARE(noteChosen.count(), 1);
        QVERIFY(loaded.wait(20000));
        QCOMPARE(m_reader->window->currentSlug(), QStringLiteral("fatigue"));

        // The results page has them as a group of their own.
        m_search->showAllResults(QStringLiteral("zebrafish"));
        QStringList headings;
        int ownRows = 0;
        for (const auto &entry : m_search->resultsPanel()->model()->entries()) {
            if (entry.type == EntryType::Heading) {
                headings << entry.text;
            }
            ownRows += entry.type == EntryType::OwnWords ? 1 : 0;
        }
        QVERIFY2(headings.contains(QStringLiteral("Your notes and questions (2)")), qPrintable(headings.join(',')));
        QCOMPARE(ownRows, 2);

        // A deleted question is gone from the next search (the cached list follows the store).
        library.questions.removeQuestion(question);
        QCOMPARE(m_search->findOwnWords(QStringLiteral("zebrafish")).size(), 1);
        m_search->setOwnWords(nullptr, nullptr);
        QVERIFY(m_search->findOwnWords(QStringLiteral("zebrafish")).isEmpty());
        m_search->searchBox()->clear();
    }

    void fieldIsInTheToolbarAndCtrlKFocusesIt()
    {
        Ui::SearchBox *box = m_search->searchBox();
        QCOMPARE(box->parentWidget(), m_reader->window->mainToolBar());
        QVERIFY(box->isVisible());
        QCOMPARE(box->placeholderText(), QStringLiteral("Search articles, terms, events"));
        QVERIFY(!box->accessibleName().isEmpty());
        QVERIFY(box->height() >= 44);
        m_reader->window->articleView()->setFocus();
        QTest::keyClick(m_reader->window.get(), Qt::Key_K, Qt::ControlModifier);
        QTRY_VERIFY(box->hasFocus());
    }

    void typingShowsResultsWithBoldMatches()
    {
        QVERIFY(type(QStringLiteral("vitamin")));
        const auto *hit = firstHit();
        QVERIFY(hit);
        const QModelIndex first = m_search->popup()->model()->index(int(popupTypes().indexOf(EntryType::Hit)));
        QVERIFY(
            first.data(Ui::SearchResultsModel::TitleHtmlRole).toString().contains(QStringLiteral("<b>Vitamin</b>")));
        QVERIFY(!first.data(Ui::SearchResultsModel::KindLabelRole).toString().isEmpty());
        QVERIFY(first.data(Qt::DisplayRole).toString().contains(hit->hit.title));
        // The popup lies under the field, inside the window.
        const QPoint under =
            m_search->searchBox()->mapTo(m_reader->window.get(), QPoint(0, m_search->searchBox()->height()));
        QVERIFY(m_search->popup()->geometry().top() >= under.y());
        QVERIFY(m_reader->window->rect().contains(m_search->popup()->geometry()));
        // Each row is a big target.
        QVERIFY(m_search->popup()->list()->visualRect(first).height() >= 44);
    }

    void downAndEnterOpensTheArticle()
    {
        QVERIFY(type(QStringLiteral("vitamin d")));
        const auto *hit = firstHit();
        QVERIFY(hit);
        QCOMPARE(hit->hit.kind, SearchHit::Kind::Article);
        const QString slug = hit->hit.ref;
        // "Vitamin D" is also a glossary term: its definition card is the first row, the article next.
        QCOMPARE(popupTypes().value(0), EntryType::Definition);
        QSignalSpy loaded(m_reader->window->articleView(), &Ui::ArticleView::loadFinished);
        QTest::keyClick(m_search->searchBox(), Qt::Key_Down);
        QTest::keyClick(m_search->searchBox(), Qt::Key_Down);
        QTest::keyClick(m_search->searchBox(), Qt::Key_Return);
        QVERIFY(loaded.wait(20000));
        QCOMPARE(m_reader->window->currentSlug(), slug);
        QVERIFY(!m_search->popup()->isVisible());
    }

    void arrowsMoveThroughResultsAndEscapeCloses()
    {
        QVERIFY(type(QStringLiteral("fatigue")));
        Ui::SearchPopup *popup = m_search->popup();
        QCOMPARE(popup->currentRow(), -1);
        QTest::keyClick(m_search->searchBox(), Qt::Key_Down);
        const int first = popup->currentRow();
        QTest::keyClick(m_search->searchBox(), Qt::Key_Down);
        QCOMPARE(popup->currentRow(), first + 1);
        QTest::keyClick(m_search->searchBox(), Qt::Key_Up);
        QCOMPARE(popup->currentRow(), first);
        QShortcut windowEscape(QKeySequence(Qt::Key_Escape), m_reader->window.get());
        QSignalSpy stolen(&windowEscape, &QShortcut::activated);
        QTest::keyClick(m_search->searchBox(), Qt::Key_Escape);
        QVERIFY(!popup->isVisible());
        QCOMPARE(stolen.count(), 0);
        QCOMPARE(m_search->searchBox()->text(), QStringLiteral("fatigue")); // kept, to search again
    }

    // Issue 16: a term the query names is a definition card above the results, not the first result.
    void aNamedTermIsADefinitionCardThatOpensItsGlossaryPage()
    {
        QVERIFY(type(QStringLiteral("angioplasty ")));
        QCOMPARE(popupTypes().value(0), EntryType::Definition);
        const auto &card = m_search->popup()->model()->entries().first();
        QCOMPARE(card.hit.ref, QStringLiteral("angioplasty"));
        QVERIFY(card.text.startsWith(QStringLiteral("A procedure")));
        const QModelIndex first = m_search->popup()->model()->index(0, 0);
        QVERIFY(first.data(Qt::AccessibleTextRole).toString().startsWith(QStringLiteral("Definition: Angioplasty (")));
        // The results below it do not repeat the term; the best of them is what Enter opens.
        const auto *hit = firstHit();
        QVERIFY(hit);
        QVERIFY(!(hit->hit.kind == SearchHit::Kind::Term && hit->hit.ref == QStringLiteral("angioplasty")));
        QSignalSpy loaded(m_reader->window->articleView(), &Ui::ArticleView::loadFinished);
        QListView *list = m_search->popup()->list();
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(first).center());
        QVERIFY(loaded.wait(20000));
        QCOMPARE(m_reader->window->articleView()->currentUrl(),
                 ContentUrl::build(ContentUrl::Kind::Glossary, QStringLiteral("angioplasty")));
    }

    void eventsOpenTheTimelineAtTheirYear()
    {
        SearchEngine::Options options;
        options.kind = SearchHit::Kind::Event;
        options.asYouType = false;
        const auto result = m_search->engine().search(QStringLiteral("Zamboni"), options);
        QVERIFY(!result.hits.isEmpty());
        const SearchHit event = result.hits.first();
        QVERIFY(event.year >= 2006);
        QSignalSpy loaded(m_reader->window->articleView(), &Ui::ArticleView::loadFinished);
        m_search->openHit(event);
        QVERIFY(loaded.wait(20000));
        const QUrl url = m_reader->window->articleView()->currentUrl();
        QCOMPARE(url.host(), QStringLiteral("timeline"));
        QCOMPARE(url.fragment(), QStringLiteral("y%1").arg(event.year));
        QCOMPARE(m_reader->heading(), QStringLiteral("Timeline"));
    }

    void didYouMeanIsOfferedAndClickable()
    {
        QVERIFY(type(QStringLiteral("jugluar vein")));
        QCOMPARE(popupTypes().value(0), EntryType::Suggestion);
        QCOMPARE(m_search->popup()->model()->entries().first().text, QStringLiteral("jugular vein"));
        // No page holds both typed words: what follows says so before the pages with some of them.
        QCOMPARE(popupTypes().value(1), EntryType::Message);
        QSignalSpy shown(m_search, &Ui::SearchController::resultsShown);
        QListView *list = m_search->popup()->list();
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(list->model()->index(0, 0)).center());
        QTRY_VERIFY(shown.count() > 0);
        QCOMPARE(m_search->searchBox()->text(), QStringLiteral("jugular vein"));
        QVERIFY(popupTypes().contains(EntryType::Hit));
    }

    // Issue 16: the results tab shows the same definition card above its groups.
    void theResultsTabShowsTheDefinitionCard()
    {
        m_search->showAllResults(QStringLiteral("sham surgery"));
        QVERIFY(m_search->resultsPanel());
        const auto &entries = m_search->resultsPanel()->model()->entries();
        QVERIFY(!entries.isEmpty());
        QCOMPARE(entries.first().type, EntryType::Definition);
        QCOMPARE(entries.first().hit.ref, QStringLiteral("sham-procedure"));
        const auto firstArticle = std::find_if(entries.cbegin(), entries.cend(), [](const auto &e) {
            return e.type == EntryType::Hit && e.hit.kind == SearchHit::Kind::Article;
        });
        QVERIFY(firstArticle != entries.cend());
        QCOMPARE(firstArticle->hit.ref, QStringLiteral("ccsvi-trial-results"));
    }

    // Issue 16: the correction of a misspelt word is shown first and Enter takes it.
    void enterTakesTheSpellingCorrection()
    {
        QVERIFY(type(QStringLiteral("liberaton procedure")));
        QCOMPARE(popupTypes().value(0), EntryType::Suggestion);
        QCOMPARE(m_search->popup()->model()->entries().first().text, QStringLiteral("liberation procedure"));
        QSignalSpy shown(m_search, &Ui::SearchController::resultsShown);
        QTest::keyClick(m_search->searchBox(), Qt::Key_Return);
        QTRY_VERIFY(shown.count() > 0);
        QCOMPARE(m_search->searchBox()->text(), QStringLiteral("liberation procedure"));
        const auto *hit = firstHit();
        QVERIFY(hit);
        QCOMPARE(hit->hit.ref, QStringLiteral("ccsvi"));
    }

    // Issue 15: a 1024-wide window keeps the search box on screen at normal size (Glossary, Timeline and
    // Quotes give way first); at 300% the box is in the toolbar's overflow menu and Ctrl+K still
    // reaches it.
    void aNarrowWindowKeepsSearchWithinReach()
    {
        Ui::SearchBox *box = m_search->searchBox();
        m_reader->window->resize(1024, 768);
        QTRY_VERIFY(box->isVisible());
        QVERIFY(box->width() >= 150);
        m_reader->style.setFontPercent(300);
        QTRY_VERIFY(!box->isVisible());
        m_reader->window->articleView()->setFocus();
        QTest::keyClick(m_reader->window.get(), Qt::Key_K, Qt::ControlModifier);
        QTRY_VERIFY(box->isVisible());
        QTRY_VERIFY(box->hasFocus());
        QTest::keyClick(box, Qt::Key_Escape);
        m_reader->style.setFontPercent(100);
        m_reader->window->resize(1200, 800);
        QTRY_VERIFY(box->isVisible());
    }

    void noResultsSaysSo()
    {
        QVERIFY(type(QStringLiteral("qqqzzzxxx")));
        QCOMPARE(popupTypes(), QList<EntryType>{EntryType::Message});
        QVERIFY(m_search->popup()->model()->entries().first().text.contains(QStringLiteral("No results")));
    }

    void hostileTextIsHarmless()
    {
        for (const QString &text : {QStringLiteral("\""), QStringLiteral("OR NOT"), QStringLiteral("NEAR("),
                                    QStringLiteral("title:ms"), QStringLiteral("*")}) {
            m_search->searchBox()->setText(text);
            m_search->searchNow();
            for (const auto &entry : m_search->popup()->model()->entries()) {
                QVERIFY2(!entry.text.startsWith(QStringLiteral("Search is not available")), qPrintable(entry.text));
            }
        }
    }

    void showAllResultsGroupsByType()
    {
        QVERIFY(type(QStringLiteral("ccsvi")));
        const int showAll = int(popupTypes().indexOf(EntryType::ShowAll));
        QVERIFY(showAll > 0);
        QTest::keyClick(m_search->searchBox(), Qt::Key_End); // the cursor only; the list is unchanged
        Ui::SearchPopup *popup = m_search->popup();
        while (popup->currentRow() != showAll) {
            QTest::keyClick(m_search->searchBox(), Qt::Key_Down);
        }
        QTest::keyClick(m_search->searchBox(), Qt::Key_Return);
        Ui::SearchResultsPanel *panel = m_search->resultsPanel();
        QVERIFY(panel);
        QCOMPARE(m_reader->window->sideTabs()->currentWidget(), panel);
        QVERIFY(panel->list()->hasFocus());
        QStringList headings;
        int hits = 0;
        for (const auto &entry : panel->model()->entries()) {
            if (entry.type == EntryType::Heading) {
                headings.append(entry.text.section(QLatin1Char(' '), 0, 0));
            } else if (entry.type == EntryType::Hit) {
                ++hits;
            }
        }
        QCOMPARE(headings,
                 (QStringList{QStringLiteral("Articles"), QStringLiteral("Glossary"), QStringLiteral("Timeline")}));
        QVERIFY(hits > Ui::SearchController::PopupHits);
        QVERIFY(panel->heading()->text().contains(QStringLiteral("ccsvi")));
        // Enter on the chosen result opens it.
        QSignalSpy loaded(m_reader->window->articleView(), &Ui::ArticleView::loadFinished);
        QTest::keyClick(panel->list(), Qt::Key_Return);
        QVERIFY(loaded.wait(20000));
        QVERIFY(m_reader->window->currentSlug().startsWith(QStringLiteral("ccsvi")));
    }

    void openedArticleKeepsTheReadersTextSize()
    {
        m_reader->style.changeFontSize(+1);
        m_reader->style.changeFontSize(+1);
        const double expected = 18.0 * m_reader->style.fontPercent() / 100.0;
        QVERIFY(type(QStringLiteral("heat sensitivity")));
        // Down until the article (a glossary term may come first).
        const auto &entries = m_search->popup()->model()->entries();
        for (int i = 0; i < 10; ++i) {
            QTest::keyClick(m_search->searchBox(), Qt::Key_Down);
            const int row = m_search->popup()->currentRow();
            if (entries.at(row).type == EntryType::Hit && entries.at(row).hit.kind == SearchHit::Kind::Article) {
                break;
            }
        }
        QCOMPARE(entries.at(m_search->popup()->currentRow()).hit.ref, QStringLiteral("heat-sensitivity"));
        QSignalSpy loaded(m_reader->window->articleView(), &Ui::ArticleView::loadFinished);
        QTest::keyClick(m_search->searchBox(), Qt::Key_Return);
        QVERIFY(loaded.wait(20000));
        QCOMPARE(m_reader->window->currentSlug(), QStringLiteral("heat-sensitivity"));
        QCOMPARE(m_reader->bodyFontPixels(), expected);
        m_reader->style.changeFontSize(0);
    }

    void ctrlFFindsInThePageWithACount()
    {
        QVERIFY(m_reader->open(QStringLiteral("fatigue")));
        QVERIFY(m_search->findBar() == nullptr || !m_search->findBar()->isVisible());
        m_reader->window->articleView()->setFocus();
        QTest::keyClick(m_reader->window.get(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(m_search->findBar() != nullptr);
        Ui::FindBar *bar = m_search->findBar();
        QTRY_VERIFY(bar->isVisible());
        QTRY_VERIFY(bar->field()->hasFocus());
        QVERIFY(bar->field()->height() >= 44);

        QSignalSpy changed(bar, &Ui::FindBar::resultChanged);
        QTest::keyClicks(bar->field(), QStringLiteral("fatigue"));
        QTRY_VERIFY_WITH_TIMEOUT(bar->matchCount() > 2 && bar->activeMatch() == 1, 10000);
        const int total = bar->matchCount();
        QCOMPARE(bar->countText(), QStringLiteral("1 of %1").arg(total));

        changed.clear();
        QTest::keyClick(bar->field(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(bar->activeMatch(), 2, 10000);
        QTest::keyClick(bar->field(), Qt::Key_F3);
        QTRY_COMPARE_WITH_TIMEOUT(bar->activeMatch(), 3, 10000);
        QTest::keyClick(bar->field(), Qt::Key_Return, Qt::ShiftModifier);
        QTRY_COMPARE_WITH_TIMEOUT(bar->activeMatch(), 2, 10000);
        QCOMPARE(bar->matchCount(), total);

        QTest::keyClicks(bar->field(), QStringLiteral("zzqq"));
        QTRY_COMPARE_WITH_TIMEOUT(bar->countText(), QStringLiteral("No matches"), 10000);

        // Escape closes the bar even where the article has an Escape shortcut of its own (read aloud).
        QShortcut articleEscape(QKeySequence(Qt::Key_Escape), m_reader->window->articleView(), nullptr, nullptr,
                                Qt::WidgetWithChildrenShortcut);
        QSignalSpy stolen(&articleEscape, &QShortcut::activated);
        QTest::keyClick(bar->field(), Qt::Key_Escape);
        QVERIFY(!bar->isVisible());
        QCOMPARE(stolen.count(), 0);
    }
};

MYELIN_GUI_TEST_MAIN(TestSearchUi)
#include "tst_search_ui.moc"
