// SPDX-License-Identifier: GPL-3.0-or-later
// Screen readers and keyboard: every interactive control of the main window and of the comfort
// pages has an accessible name; every visible button is at least 44x44 px; Tab goes toolbar ->
// contents -> article -> related items, each stop with a focus ring; the article is a named document.
#include "readerfixture.h"
#include "testsupport.h"
#include "ui/comfort/comfortcontroller.h"
#include "ui/comfort/comfortdialog.h"
#include "ui/comfort/comfortprofiles.h"
#include "ui/comfort/keyboardnavigation.h"
#include "ui/comfort/readaloudcontroller.h"
#include "ui/shell/appstyle.h"
#include "ui/shell/breadcrumbbar.h"
#include "ui/shell/glossarypanel.h"
#include "ui/shell/readerhost.h"
#include "ui/shell/readingstylecontroller.h"
#include "ui/shell/relatedpanel.h"
#include "ui/shell/sidepanes.h"
#include "web/urlscheme.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QCheckBox>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QWebEngineView>

using namespace Myelin;

class TestAccessibility : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Test::Reader> m_reader;
    Ui::ComfortController *m_comfort = nullptr;

    static bool isInteractive(QAccessible::Role role)
    {
        switch (role) {
        case QAccessible::Button:
        case QAccessible::CheckBox:
        case QAccessible::RadioButton:
        case QAccessible::ComboBox:
        case QAccessible::EditableText:
        case QAccessible::List:
        case QAccessible::Tree:
        case QAccessible::Table:
        case QAccessible::PageTab:
        case QAccessible::PageTabList:
        case QAccessible::ButtonMenu:
        case QAccessible::ButtonDropDown:
        case QAccessible::SpinBox:
        case QAccessible::Slider:
        case QAccessible::Link:
        case QAccessible::MenuItem:
            return true;
        default:
            return false;
        }
    }

    // Every visible widget under top, and the items of tab bars (each tab is a control too).
    QStringList unnamedControls(QWidget *top)
    {
        QStringList problems;
        QList<QWidget *> widgets = top->findChildren<QWidget *>();
        widgets.prepend(top);
        int checked = 0;
        for (QWidget *w : std::as_const(widgets)) {
            if (!w->isVisible() || w->window() != top) {
                continue;
            }
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
            if (iface == nullptr) {
                continue;
            }
            const QAccessible::Role role = iface->role();
            if (isInteractive(role)) {
                ++checked;
                if (iface->text(QAccessible::Name).trimmed().isEmpty()) {
                    problems << QStringLiteral("%1 (%2, role %3)")
                                    .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName())
                                    .arg(int(role));
                }
            }
            if (role == QAccessible::PageTabList) {
                for (int i = 0; i < iface->childCount(); ++i) {
                    QAccessibleInterface *tab = iface->child(i);
                    if (tab != nullptr && tab->role() == QAccessible::PageTab &&
                        tab->text(QAccessible::Name).trimmed().isEmpty()) {
                        problems << QStringLiteral("tab %1 of %2").arg(i).arg(w->objectName());
                    }
                }
            }
        }
        qInfo("%s: %d interactive controls checked", top->metaObject()->className(), checked);
        return problems;
    }

    QStringList smallButtons(QWidget *top)
    {
        QStringList problems;
        int checked = 0;
        for (QAbstractButton *button : top->findChildren<QAbstractButton *>()) {
            if (!button->isVisible() || button->window() != top) {
                continue;
            }
            if (qobject_cast<QCheckBox *>(button) != nullptr) {
                // A check box answers clicks on its box and label only (the style's click rect, which is
                // also what screen readers report): that area must be big, not just the widget.
                const QRect target = QAccessible::queryAccessibleInterface(button)->rect();
                if (target.height() < Ui::MinimumTarget || target.width() < Ui::MinimumTarget) {
                    problems << QStringLiteral("check box '%1' click area %2x%3")
                                    .arg(button->text())
                                    .arg(target.width())
                                    .arg(target.height());
                }
                ++checked;
                continue;
            }
            ++checked;
            if (button->width() < Ui::MinimumTarget || button->height() < Ui::MinimumTarget) {
                problems << QStringLiteral("%1 '%2' %3x%4")
                                .arg(QString::fromLatin1(button->metaObject()->className()),
                                     button->text().isEmpty() ? button->accessibleName() : button->text())
                                .arg(button->width())
                                .arg(button->height());
            }
        }
        qInfo("%s: %d buttons measured", top->metaObject()->className(), checked);
        return problems;
    }

private:
    // Whether Tab, from the first widget of chain, reaches the others in the same order.
    static bool followsTabChain(const QList<QWidget *> &chain)
    {
        if (chain.size() < 2) {
            return false;
        }
        for (int i = 1; i < chain.size(); ++i) {
            QWidget *next = chain.at(i - 1)->nextInFocusChain();
            for (int guard = 0; next != nullptr && !chain.contains(next) && guard < 10000; ++guard) {
                next = next->nextInFocusChain();
            }
            if (next != chain.at(i)) {
                return false;
            }
        }
        return true;
    }

    // Which element of the article has the keyboard: its place among all elements, and its tag.
    QString activeElement()
    {
        return m_reader
            ->eval(QStringLiteral("(function () { var e = document.activeElement; return e ? e.tagName + ':' + "
                                  "Array.prototype.indexOf.call(document.querySelectorAll('*'), e) : ''; })()"))
            .toString();
    }

private slots:
    void initTestCase()
    {
        m_reader = std::make_unique<Test::Reader>(QStringLiteral(MYELIN_MINI_DB),
                                                  m_dir.filePath(QStringLiteral("settings.ini")),
                                                  m_dir.filePath(QStringLiteral("user.db")));
        QVERIFY(m_reader->isValid());
        Ui::ComfortController::Options options;
        options.offerFirstRun = false;
        m_comfort = new Ui::ComfortController(m_reader->window->host(), options);
        m_reader->window->resize(1280, 800);
        QVERIFY(m_reader->start(QStringLiteral("alpha")));
        // The Tab order is set once the window has settled: wait until Tab really follows it.
        QTRY_VERIFY(followsTabChain(m_comfort->keyboard()->tabChain()));
    }

    void cleanupTestCase() { m_reader.reset(); }

    void everyControlOfTheWindowHasAName()
    {
        const QStringList problems = unnamedControls(m_reader->window.get());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("\n"))));
        QCOMPARE(m_reader->window->articleView()->webView()->accessibleName(), QStringLiteral("Article"));
        // Menus: every item has words (no icon-only entries).
        for (QAction *top : m_reader->window->menuBar()->actions()) {
            QVERIFY(!top->text().isEmpty());
            const QList<QAction *> items = top->menu() != nullptr ? top->menu()->actions() : QList<QAction *>{};
            for (QAction *item : items) {
                QVERIFY2(item->isSeparator() || !item->text().isEmpty(), qPrintable(top->text()));
            }
        }
    }

    // A text field's clear button appears once there is text: it is named too (AppStyle names it).
    void clearButtonsOfTextFieldsAreNamed()
    {
        m_reader->window->host().showSidePane(m_reader->window->glossary()); // its filter box
        QTRY_VERIFY(m_reader->window->glossary()->isVisible());
        QList<QLineEdit *> withText;
        for (QLineEdit *field : m_reader->window->findChildren<QLineEdit *>()) {
            if (field->isVisible() && field->isClearButtonEnabled() && field->text().isEmpty()) {
                field->setText(QStringLiteral("fatigue"));
                withText << field;
            }
        }
        QVERIFY(!withText.isEmpty()); // at least the glossary's filter box
        int clearButtons = 0;
        for (QLineEdit *field : std::as_const(withText)) {
            for (QToolButton *button : field->findChildren<QToolButton *>()) {
                clearButtons += button->isVisible() ? 1 : 0;
            }
        }
        QVERIFY(clearButtons > 0);
        const QStringList problems = unnamedControls(m_reader->window.get());
        for (QLineEdit *field : std::as_const(withText)) {
            field->clear();
        }
        m_reader->window->host().showSidePane(m_reader->window->tree());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("\n"))));
    }

    void everyVisibleButtonIsABigTarget()
    {
        const QStringList problems = smallButtons(m_reader->window.get());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("\n"))));
    }

    void readAloudBarIsNamedAndBigToo()
    {
        QToolBar *bar = m_comfort->readAloud()->playerBar();
        bar->show();
        QTRY_VERIFY(bar->isVisible());
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest); // laid out in the window now
        QStringList problems = unnamedControls(m_reader->window.get()) + smallButtons(m_reader->window.get());
        bar->hide();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("\n"))));
    }

    void comfortPagesAreNamedAndBig_data()
    {
        QTest::addColumn<bool>("firstRun");
        QTest::newRow("first run") << true;
        QTest::newRow("from the Comfort menu") << false;
    }

    void comfortPagesAreNamedAndBig()
    {
        QFETCH(bool, firstRun);
        Ui::ComfortDialog *dialog = m_comfort->openDialog(firstRun);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QStringList problems = unnamedControls(dialog) + smallButtons(dialog);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("\n"))));
        // Keyboard: Tab reaches every control of the page.
        int focusable = 0;
        for (QWidget *w : dialog->findChildren<QWidget *>()) {
            if (w->isVisible() && (w->focusPolicy() & Qt::TabFocus) && w->isEnabled()) {
                ++focusable;
            }
        }
        QVERIFY(focusable >= 8);
        dialog->close();
        QTRY_VERIFY(m_comfort->dialog() == nullptr);
    }

    void toolbarNamesStartWithTheirVisibleWords()
    {
        // WCAG 2.5.3 (label in name): "Home" on the button, "Home: ..." to speech and voice control.
        QToolBar *toolbar = m_reader->window->mainToolBar();
        int checked = 0;
        for (QAction *action : toolbar->actions()) {
            auto *button = qobject_cast<QToolButton *>(toolbar->widgetForAction(action));
            if (button == nullptr || button->text().isEmpty() || !action->isVisible()) {
                continue;
            }
            QVERIFY2(button->accessibleName().startsWith(button->text()),
                     qPrintable(button->text() + QStringLiteral(" -> ") + button->accessibleName()));
            ++checked;
        }
        QVERIFY(checked >= 9); // Back, Forward, Home, Glossary, Timeline, Quotes, A-, A, A+
    }

    void tabGoesRoundTheWholeWindow()
    {
        // From the first toolbar control, Tab must come back to it, through every region: no trap.
        QWidget *window = m_reader->window.get();
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
        QWidget *first = m_comfort->keyboard()->regions().value(0); // the first toolbar control that can
        QVERIFY(first);
        first->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), first);
        QWidget *webView = m_reader->window->articleView()->webView();
        QWidget *related = m_reader->window->related()->list();
        bool sawTree = false, sawArticle = false, sawRelated = false;
        int presses = 0;
        do {
            const bool inPage = webView->isAncestorOf(QApplication::focusWidget());
            const QString before = inPage ? activeElement() : QString();
            QWidget *was = QApplication::focusWidget();
            QTest::keyClick(was, Qt::Key_Tab);
            ++presses;
            if (inPage) {
                QTRY_VERIFY(!webView->isAncestorOf(QApplication::focusWidget()) || activeElement() != before);
            } else {
                QTRY_VERIFY(QApplication::focusWidget() != was);
            }
            QWidget *now = QApplication::focusWidget();
            sawTree = sawTree || now == m_reader->window->tree();
            sawArticle = sawArticle || webView->isAncestorOf(now);
            sawRelated = sawRelated || now == related;
        } while (QApplication::focusWidget() != first && presses < 400);
        QVERIFY2(QApplication::focusWidget() == first, "Tab never came back to the first toolbar control");
        QVERIFY(sawTree);
        QVERIFY(sawArticle);
        QVERIFY(sawRelated);
        qInfo("Tab round trip: %d presses", presses);
        // And backwards: Shift+Tab on the first control goes to the last, related items.
        QTest::keyClick(first, Qt::Key_Backtab, Qt::ShiftModifier);
        QTRY_COMPARE(QApplication::focusWidget(), related);
    }

    void f6MovesBetweenTheRegions()
    {
        QWidget *window = m_reader->window.get();
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
        QWidget *first = m_comfort->keyboard()->regions().value(0);
        QVERIFY(first);
        first->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), first);
        QWidget *webView = m_reader->window->articleView()->webView();
        QWidget *side = m_reader->window->sideTabs()->currentWidget();
        QWidget *related = m_reader->window->related()->list();
        auto region = [&]() -> QString {
            QWidget *now = QApplication::focusWidget();
            if (now == nullptr) {
                return QStringLiteral("none");
            }
            if (now == side || side->isAncestorOf(now)) {
                return QStringLiteral("contents");
            }
            if (webView->isAncestorOf(now)) {
                return QStringLiteral("article");
            }
            if (now == related) {
                return QStringLiteral("related");
            }
            return qobject_cast<QToolBar *>(now->parentWidget()) != nullptr ||
                           (now->parentWidget() != nullptr &&
                            qobject_cast<QToolBar *>(now->parentWidget()->parentWidget()) != nullptr)
                       ? QStringLiteral("toolbar")
                       : QString::fromLatin1(now->metaObject()->className());
        };
        QStringList forward;
        for (int i = 0; i < 4; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
            const QString was = forward.isEmpty() ? QStringLiteral("toolbar") : forward.last();
            QTRY_VERIFY(region() != was);
            forward << region();
        }
        QCOMPARE(forward, (QStringList{QStringLiteral("contents"), QStringLiteral("article"), QStringLiteral("related"),
                                       QStringLiteral("toolbar")}));
        QStringList backward;
        for (int i = 0; i < 4; ++i) {
            const QString was = region();
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6, Qt::ShiftModifier);
            QTRY_VERIFY(region() != was);
            backward << region();
        }
        QCOMPARE(backward, (QStringList{QStringLiteral("related"), QStringLiteral("article"),
                                        QStringLiteral("contents"), QStringLiteral("toolbar")}));
    }

    void tabGoesToolbarContentsArticleRelated()
    {
        QWidget *window = m_reader->window.get();
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
        QToolBar *toolbar = m_reader->window->mainToolBar();
        QWidget *first = nullptr;
        for (QAction *action : toolbar->actions()) {
            QWidget *w = toolbar->widgetForAction(action);
            if (w != nullptr && w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus)) {
                first = w;
                break;
            }
        }
        QVERIFY(first);
        first->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), first);

        QList<QWidget *> visited{first};
        QWidget *webView = m_reader->window->articleView()->webView();
        for (int i = 0; i < 80 && QApplication::focusWidget() != m_reader->window->related()->list(); ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget *now = QApplication::focusWidget();
            if (now != nullptr && webView->isAncestorOf(now)) {
                now = webView;
                // The article shows a focus ring while it has the keyboard.
                QTRY_VERIFY(m_reader->window->articleView()->parentWidget()->property("pageFocus").toBool());
                // Tab inside the page moves from link to link, then on out of the page.
                for (int link = 0; link < 40 && webView->isAncestorOf(QApplication::focusWidget()); ++link) {
                    const QString before = activeElement();
                    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
                    // The page moved its focus on, or the keyboard left the page.
                    QTRY_VERIFY(!webView->isAncestorOf(QApplication::focusWidget()) || activeElement() != before);
                }
                QVERIFY2(!webView->isAncestorOf(QApplication::focusWidget()), "Tab never leaves the article");
                QTRY_VERIFY(!m_reader->window->articleView()->parentWidget()->property("pageFocus").toBool());
                visited << webView;
                now = QApplication::focusWidget();
            }
            if (now != nullptr && !visited.contains(now)) {
                visited << now;
            }
        }
        auto at = [&](QWidget *w) { return visited.indexOf(w); };
        const int tree = at(m_reader->window->tree());
        const int article = at(webView);
        const int related = at(m_reader->window->related()->list());
        QStringList order;
        for (QWidget *w : visited) {
            order << QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(':') +
                         (w->accessibleName().isEmpty() ? w->objectName() : w->accessibleName());
        }
        QVERIFY2(tree > 0 && article > tree && related > article, qPrintable(order.join(QStringLiteral(" > "))));
        // Every toolbar button came before the contents.
        for (int i = 0; i < tree; ++i) {
            QWidget *w = visited.at(i);
            QVERIFY2(
                qobject_cast<QToolBar *>(w->parentWidget()) != nullptr ||
                    (w->parentWidget() != nullptr && qobject_cast<QToolBar *>(w->parentWidget()->parentWidget())) ||
                    (w->parentWidget() != nullptr &&
                     w->parentWidget()->objectName() == QLatin1String("sidePaneButtons")),
                qPrintable(order.join(QStringLiteral(" > "))));
        }
        qInfo("Tab order: %s", qPrintable(order.join(QStringLiteral(" > "))));
        // The Comfort and Listen buttons are in the Tab order, not only reachable by mouse.
        QVERIFY(visited.contains(m_comfort->toolButton()));
        QVERIFY(visited.contains(m_comfort->readAloud()->listenButton()));
    }

    void focusRingsAreInTheStyle()
    {
        const QString sheet = qApp->styleSheet();
        for (const char *selector : {"QToolButton:focus", "QPushButton:focus", "QTreeView:focus", "QComboBox:focus",
                                     "QCheckBox:focus", "articleFrame[pageFocus=\"true\"]"}) {
            QVERIFY2(sheet.contains(QLatin1String(selector)), selector);
        }
        QVERIFY(sheet.contains(cssColor(m_comfort->readingStyle().theme().focus)));
    }

    void aDeeperArticlesNewBreadcrumbButtonIsInTheTabOrder()
    {
        // Beta's trail (Welcome > Alpha article) has a button Alpha's had not; it is made when Beta's page
        // is on screen (ui/shell/pageframe.h), after the window has said which article is open.
        QVERIFY(m_reader->open(QStringLiteral("beta")));
        QPushButton *alphaPart = nullptr;
        for (QPushButton *button : m_reader->window->breadcrumb()->findChildren<QPushButton *>()) {
            if (button->text().remove(QLatin1Char('&')) == QLatin1String("Alpha article")) {
                alphaPart = button;
            }
        }
        QVERIFY(alphaPart != nullptr);
        QTRY_VERIFY(m_comfort->keyboard()->tabChain().contains(alphaPart));
        QTRY_VERIFY(followsTabChain(m_comfort->keyboard()->tabChain()));
        QVERIFY(m_reader->open(QStringLiteral("alpha")));
    }
};

MYELIN_GUI_TEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
