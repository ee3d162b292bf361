// SPDX-License-Identifier: GPL-3.0-or-later
// One text size for the whole window (issue 15, items 1 and 2): the toolbar, contents, related items
// and dialogs grow with it; on a 1024 x 768 screen at large sizes the toolbar moves whole buttons into
// its overflow menu instead of cutting their words, and the side panes give way to the article.
#include "core/contenturl.h"
#include "readerfixture.h"
#include "testsupport.h"
#include "ui/shell/aboutdialog.h"
#include "ui/shell/appstyle.h"
#include "ui/shell/contentstree.h"
#include "ui/shell/panefit.h"
#include "ui/shell/readerhost.h"
#include "ui/shell/readingstylecontroller.h"
#include "ui/shell/relatedpanel.h"
#include "ui/shell/sidepanes.h"
#include "web/urlscheme.h"

#include <QAction>
#include <QComboBox>
#include <QFontInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QTemporaryDir>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>

using namespace Myelin;

class TestInterfaceScale : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Test::Reader> m_reader;

    Ui::MainWindow &window() { return *m_reader->window; }

    QToolButton *toolButton(const QString &text)
    {
        for (QToolButton *button : window().mainToolBar()->findChildren<QToolButton *>()) {
            if (button->text() == text) {
                return button;
            }
        }
        return nullptr;
    }

    // Toolbar buttons on screen narrower than their words, or outside their toolbar.
    QStringList cutToolBarWords()
    {
        QStringList cut;
        for (QToolBar *bar : window().findChildren<QToolBar *>()) {
            if (!bar->isVisible()) {
                continue;
            }
            if (bar->width() > window().width()) {
                cut << bar->objectName() + QStringLiteral(" wider than the window");
            }
            for (QToolButton *button : bar->findChildren<QToolButton *>()) {
                if (!button->isVisible() || button->text().isEmpty() ||
                    button->toolButtonStyle() == Qt::ToolButtonIconOnly) {
                    continue;
                }
                const int text = button->fontMetrics().horizontalAdvance(QString(button->text()).remove('&'));
                if (button->width() < button->sizeHint().width() || button->width() <= text ||
                    button->geometry().right() > bar->width()) {
                    cut << QStringLiteral("'%1' %2 px, needs %3")
                               .arg(button->text())
                               .arg(button->width())
                               .arg(button->sizeHint().width());
                }
            }
        }
        return cut;
    }

    static int pixels(const QFont &font) { return QFontInfo(font).pixelSize(); }

    struct Sizes
    {
        int toolButton = 0;
        int treeRow = 0;
        int relatedItem = 0;
        int dialogLabel = 0;
        int icon = 0;
    };

    Sizes measure()
    {
        Sizes sizes;
        QToolButton *back = toolButton(QStringLiteral("Back"));
        sizes.toolButton = back != nullptr ? pixels(back->font()) : 0;
        sizes.icon = window().mainToolBar()->iconSize().height();
        QTreeView *tree = window().tree();
        sizes.treeRow = pixels(tree->font());
        if (tree->model()->rowCount() > 0) {
            sizes.treeRow = qMin(sizes.treeRow, tree->visualRect(tree->model()->index(0, 0)).height());
        }
        QListWidget *related = window().related()->list();
        if (related->count() > 0) {
            sizes.relatedItem = pixels(related->font());
        }
        Ui::AboutDialog dialog(VersionInfo::current(), &window());
        const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
        for (QLabel *label : labels) {
            if (!label->text().isEmpty() && label->objectName() != QLatin1String("aboutTitle")) {
                sizes.dialogLabel = pixels(label->font());
                break;
            }
        }
        return sizes;
    }

private slots:
    void initTestCase()
    {
        m_reader = std::make_unique<Test::Reader>(QStringLiteral(MYELIN_MINI_DB),
                                                  m_dir.filePath(QStringLiteral("settings.ini")),
                                                  m_dir.filePath(QStringLiteral("user.db")));
        QVERIFY(m_reader->isValid());
        window().resize(1024, 768);
        QVERIFY(m_reader->start(QStringLiteral("alpha")));
        QVERIFY(window().related()->list()->count() > 0);
    }

    void cleanupTestCase() { m_reader.reset(); }

    void cleanup() { m_reader->style.setFontPercent(100); }

    void interfacePercentFollowsTheTextSizeAtHalfRate()
    {
        QCOMPARE(ReadingStyle::interfacePercentFor(75), 100);
        QCOMPARE(ReadingStyle::interfacePercentFor(100), 100);
        QCOMPARE(ReadingStyle::interfacePercentFor(200), 150);
        QCOMPARE(ReadingStyle::interfacePercentFor(300), 200);
    }

    // A toolbar button, a contents row, a related item and a dialog label all grow with the one setting.
    void theWholeWindowGrowsWithTheTextSize()
    {
        QList<Sizes> steps;
        for (int percent : {100, 200, 300}) {
            m_reader->style.setFontPercent(percent);
            QTRY_COMPARE(pixels(window().tree()->font()), pixels(QApplication::font()));
            steps << measure();
            qInfo("%d%%: toolbar %d px, contents %d px, related %d px, dialog %d px, icons %d px", percent,
                  steps.last().toolButton, steps.last().treeRow, steps.last().relatedItem, steps.last().dialogLabel,
                  steps.last().icon);
        }
        for (int i = 1; i < steps.size(); ++i) {
            QVERIFY2(steps[i].toolButton > steps[i - 1].toolButton, "toolbar button text");
            QVERIFY2(steps[i].treeRow > steps[i - 1].treeRow, "contents row");
            QVERIFY2(steps[i].relatedItem > steps[i - 1].relatedItem, "related item");
            QVERIFY2(steps[i].dialogLabel > steps[i - 1].dialogLabel, "dialog label");
            QVERIFY2(steps[i].icon > steps[i - 1].icon, "toolbar icons");
        }
        // At 300% the window's text is twice its normal size (ReadingStyle::interfacePercent).
        QVERIFY(steps.last().toolButton >= 2 * steps.first().toolButton - 1);
        // Headings made larger than the window's text stay larger after the change.
        QLabel *heading = window().related()->findChild<QLabel *>();
        QVERIFY(heading != nullptr);
        QVERIFY(pixels(heading->font()) > pixels(QApplication::font()));
    }

    // On a 1024 x 768 screen: no toolbar word is cut at any size; what does not fit is in the overflow
    // menu; at 200% the article keeps 45 characters a line; at 300% the panes give it the whole width.
    void aSmallScreenKeepsWordsWholeAndTheArticleReadable()
    {
        window().resize(1024, 768);
        for (int percent : {100, 200, 300}) {
            m_reader->style.setFontPercent(percent);
            QTRY_COMPARE(pixels(window().tree()->font()), pixels(QApplication::font()));
            QTRY_VERIFY2(cutToolBarWords().isEmpty(), qPrintable(QStringLiteral("%1%: ").arg(percent) +
                                                                 cutToolBarWords().join(QLatin1String(", "))));
            QWidget *article = window().articleView();
            QTRY_VERIFY(article->width() < window().width() || !window().contentsPaneShown());
            const double perChar =
                Ui::PaneFit::averageCharacterWidth(m_reader->style.fontFamilies(), m_reader->style.pixelSize());
            const double characters = (article->width() - 2 * 1.25 * m_reader->style.pixelSize() - 24) / perChar;
            qInfo("%d%%: window %d px, contents %s, related %s, article %d px = %.0f characters a line", percent,
                  window().width(), window().contentsPaneShown() ? "shown" : "hidden",
                  window().relatedPaneShown() ? "shown" : "hidden", article->width(), characters);
            if (percent <= 200) {
                QVERIFY2(characters >= Ui::PaneFit::ReadableCharacters, qPrintable(QString::number(characters)));
            } else {
                QVERIFY(!window().contentsPaneShown());
                QVERIFY(!window().relatedPaneShown());
                QVERIFY(article->width() >= window().width() - 20);
            }
            // Words break inside only when one word is wider than the line: nothing overflows sideways.
            QTRY_VERIFY(m_reader
                            ->eval(QStringLiteral("document.scrollingElement.scrollWidth <= "
                                                  "document.scrollingElement.clientWidth"))
                            .toBool());
        }
        // Back at 100% there is room again: both panes return by themselves.
        m_reader->style.setFontPercent(100);
        QTRY_VERIFY(window().contentsPaneShown());
        QTRY_VERIFY(window().relatedPaneShown());
    }

    // The side panes' titles (Contents, Glossary and those features add) are never cut short or
    // scrolled out of sight: buttons on at most two lines, or one drop-down list when they would need
    // more, each wide enough for its words, at every text size on a 1024 x 768 screen.
    void theSidePaneTitlesAreWholeAtEveryTextSize()
    {
        window().resize(1024, 768);
        Ui::SidePanes *panes = window().sideTabs();
        QVERIFY(panes->count() >= 2);
        for (int percent : {100, 200, 300}) {
            m_reader->style.setFontPercent(percent);
            QTRY_COMPARE(pixels(window().tree()->font()), pixels(QApplication::font()));
            window().host().showSidePane(window().tree()); // shown on request even when it gives way
            QTRY_VERIFY(panes->isVisible());
            QStringList cut;
            const auto whole = [&cut, panes](QWidget *control, const QString &text) {
                const int needed = control->fontMetrics().horizontalAdvance(text);
                const QRect inPanes(control->mapTo(panes, QPoint()), control->size());
                if (!control->isVisible() || control->width() <= needed || !panes->rect().contains(inPanes)) {
                    cut << QStringLiteral("'%1' %2 px, needs %3").arg(text).arg(control->width()).arg(needed);
                }
            };
            const QList<QWidget *> controls = panes->switcherControls();
            QCOMPARE(controls.size(), panes->count() + 1); // a button for each, then the list
            if (panes->compact()) {
                auto *list = qobject_cast<QComboBox *>(controls.last());
                QVERIFY(list != nullptr);
                for (int i = 0; i < list->count(); ++i) {
                    whole(list, list->itemText(i));
                }
            } else {
                int lines = 0;
                int lastTop = -1;
                for (int i = 0; i < panes->count(); ++i) {
                    whole(controls.at(i), panes->title(i));
                    if (controls.at(i)->y() != lastTop) {
                        lastTop = controls.at(i)->y();
                        ++lines;
                    }
                }
                QVERIFY2(lines <= 2, qPrintable(QString::number(lines)));
            }
            qInfo("%d%%: side panes %d px wide, %s", percent, panes->width(),
                  panes->compact() ? "one drop-down list" : "buttons");
            QVERIFY2(cut.isEmpty(), qPrintable(QStringLiteral("%1%: ").arg(percent) + cut.join(QLatin1String(", "))));
        }
        m_reader->style.setFontPercent(100);
        QTRY_VERIFY(!panes->compact()); // back to buttons at 100% in a 1024 px window
    }

    // The View menu shows and hides each pane, and remembers the choice.
    void thePanesCanBeHiddenAndShownFromTheViewMenu()
    {
        QAction *contents = window().findChild<QAction *>(QStringLiteral("showContentsPane"));
        QAction *related = window().findChild<QAction *>(QStringLiteral("showRelatedPane"));
        QVERIFY(contents != nullptr && related != nullptr);
        QVERIFY(!contents->shortcut().isEmpty() && !related->shortcut().isEmpty());
        contents->trigger();
        QVERIFY(!window().contentsPaneShown());
        QCOMPARE(m_reader->settings.value(Settings::Key::ShowContentsPane).toBool(), false);
        related->trigger();
        QVERIFY(!window().relatedPaneShown());
        contents->trigger();
        related->trigger();
        QVERIFY(window().contentsPaneShown());
        QVERIFY(window().relatedPaneShown());
        QCOMPARE(m_reader->settings.value(Settings::Key::ShowRelatedPane).toBool(), true);
    }

    // Contents: arrows of at least 16 px that grow with the text, the whole row of a section opens and
    // closes it, and the current row has a 3 px ring in the theme's focus colour.
    void contentsRowsToggleAndShowAThickFocusRing()
    {
        auto *tree = qobject_cast<Ui::ContentsTree *>(window().tree());
        QVERIFY(tree != nullptr);
        QVERIFY(tree->arrowSize() >= 16);
        const int normal = tree->arrowSize();
        m_reader->style.setFontPercent(300);
        QTRY_VERIFY(tree->arrowSize() > normal);
        m_reader->style.setFontPercent(100);
        QTRY_COMPARE(tree->arrowSize(), normal);

        QModelIndex section;
        for (int row = 0; row < tree->model()->rowCount() && !section.isValid(); ++row) {
            const QModelIndex index = tree->model()->index(row, 0);
            if (tree->model()->hasChildren(index)) {
                section = index;
            }
        }
        QVERIFY(section.isValid());
        tree->collapse(section);
        const QRect row = tree->visualRect(section);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, QPoint(row.center().x(), row.center().y()));
        QTRY_VERIFY(tree->isExpanded(section));
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, QPoint(row.right() - 4, row.center().y()));
        QTRY_VERIFY(!tree->isExpanded(section));

        tree->setFocus();
        QTRY_VERIFY(tree->hasFocus());
        tree->setCurrentIndex(section);
        const QRect current = tree->visualRect(section);
        const QImage image = tree->viewport()->grab().toImage();
        const QColor ring = Ui::focusRingColor();
        for (int inset = 0; inset < Ui::FocusRingWidth; ++inset) {
            const QColor seen = image.pixelColor(current.center().x(), current.top() + inset);
            QVERIFY2(seen == ring,
                     qPrintable(
                         QStringLiteral("row %1 of the ring is %2, not %3").arg(inset).arg(seen.name(), ring.name())));
        }
    }

    // A page with no related items has no empty Related items box.
    void anEmptyRelatedBoxIsHidden()
    {
        QSignalSpy loaded(window().articleView(), &Ui::ArticleView::loadFinished);
        window().openUrl(ContentUrl::build(ContentUrl::Kind::Timeline));
        QVERIFY(loaded.wait(20000));
        QTRY_VERIFY(!window().relatedPaneShown());
        QVERIFY(m_reader->open(QStringLiteral("alpha")));
        QTRY_VERIFY(window().relatedPaneShown());
    }
};

MYELIN_GUI_TEST_MAIN(TestInterfaceScale)
#include "tst_interface_scale.moc"
