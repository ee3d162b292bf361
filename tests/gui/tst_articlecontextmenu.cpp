// SPDX-License-Identifier: GPL-3.0-or-later
// The article's own right-click menu (ui/shell/articleview) holds Copy and the features' actions, and
// ArticleSelection reads what is selected with its context and headings, or the heading at a point.
#include "readerfixture.h"
#include "testsupport.h"
#include "ui/shell/articleselection.h"
#include "web/urlscheme.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QTemporaryDir>
#include <QTimer>
#include <QWebEngineView>

using namespace Myelin;

class TestArticleContextMenu : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Test::Reader> m_reader;

    Ui::ArticleView *view() const { return m_reader->window->articleView(); }

    Ui::ArticleSelection capture(const QPoint &point)
    {
        Ui::ArticleSelection result;
        bool done = false;
        Ui::ArticleSelection::capture(view(), point, [&](const Ui::ArticleSelection &s) {
            result = s;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000)) {
            qWarning("capture did not answer");
        }
        return result;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_reader = std::make_unique<Test::Reader>(QStringLiteral(MYELIN_CONTENT_DB),
                                                  m_dir.filePath(QStringLiteral("settings.ini")),
                                                  m_dir.filePath(QStringLiteral("user.db")));
        QVERIFY2(m_reader->isValid(), qPrintable(m_reader->error()));
        QVERIFY(m_reader->start(QStringLiteral("fatigue")));
    }

    void aSelectionComesWithItsContextAndHeadings()
    {
        // The first paragraph under the second-level heading that has one.
        const QVariantList expected =
            m_reader
                ->eval(QStringLiteral(
                    "(function () { var h = document.querySelector('#content h2 + p') ? "
                    "document.querySelector('#content h2 + p').previousElementSibling : null;"
                    "var p = h.nextElementSibling; var sel = window.getSelection(); sel.selectAllChildren(p);"
                    "var root = document.getElementById('content'); var r = document.createRange();"
                    "r.setStart(root, 0); r.setEnd(p, 0);"
                    "return [p.textContent, h.textContent.trim(), h.id, r.toString().slice(-64),"
                    "document.querySelector('h1').textContent.trim()]; })()"))
                .toList();
        QCOMPARE(expected.size(), 5);
        const Ui::ArticleSelection s = capture({});
        QCOMPARE(s.slug, QStringLiteral("fatigue"));
        QCOMPARE(s.text, expected.at(0).toString());
        QVERIFY(!s.isHeading);
        QCOMPARE(s.prefix, expected.at(3).toString());
        QCOMPARE(s.prefix.size(), 64);
        QVERIFY(!s.suffix.isEmpty());
        QCOMPARE(s.headingId, expected.at(2).toString());
        QCOMPARE(s.headingPath, expected.at(4).toString() + QStringLiteral(" > ") + expected.at(1).toString());
    }

    void withoutASelectionThePointGivesItsHeading()
    {
        m_reader->eval(QStringLiteral("window.getSelection().removeAllRanges()"));
        const QVariantList box = m_reader
                                     ->eval(QStringLiteral("(function () { var h = document.querySelector('#content "
                                                           "h2'); h.scrollIntoView(); var r = "
                                                           "h.getBoundingClientRect(); return [r.left + 5, r.top + "
                                                           "r.height / 2, h.textContent.trim(), h.id]; })()"))
                                     .toList();
        QCOMPARE(box.size(), 4);
        const qreal zoom = view()->webView()->zoomFactor();
        const QPoint point(qRound(box.at(0).toDouble() * zoom), qRound(box.at(1).toDouble() * zoom));
        const Ui::ArticleSelection s = capture(point);
        QVERIFY(s.isHeading);
        QCOMPARE(s.text.trimmed(), box.at(2).toString());
        QCOMPARE(s.headingId, box.at(3).toString());
        QVERIFY(capture({}).isEmpty()); // no selection and no point: nothing
    }

    void theMenuHoldsCopyAndTheFeaturesActions()
    {
        QAction ask(QStringLiteral("Add to my questions"));
        view()->addContextAction(&ask);
        QSignalSpy aboutToShow(view(), &Ui::ArticleView::contextMenuAboutToShow);
        QStringList shown;
        QTimer::singleShot(0, this, [&] {
            if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
                for (QAction *action : menu->actions()) {
                    if (!action->isSeparator()) {
                        shown << action->text();
                    }
                }
                menu->close();
            }
        });
        view()->showContextMenu(QPoint(20, 20));
        QCOMPARE(aboutToShow.count(), 1);
        QCOMPARE(shown, (QStringList{Ui::ArticleView::tr("&Copy"), QStringLiteral("Add to my questions")}));
        QCOMPARE(view()->contextMenuPoint(), QPoint(20, 20));
    }

    void theMenuKeyOpensItToo()
    {
        QSignalSpy aboutToShow(view(), &Ui::ArticleView::contextMenuAboutToShow);
        bool opened = false;
        QTimer closer;
        connect(&closer, &QTimer::timeout, this, [&] {
            if (QWidget *popup = QApplication::activePopupWidget()) {
                opened = true;
                popup->close();
            }
        });
        closer.start(20);
        QWidget *page = view()->webView()->focusProxy();
        page->setFocus();
        QTest::keyClick(page, Qt::Key_F10, Qt::ShiftModifier);
        QTRY_VERIFY(opened);
        QCOMPARE(aboutToShow.count(), 1);
    }
};

MYELIN_GUI_TEST_MAIN(TestArticleContextMenu)
#include "tst_articlecontextmenu.moc"
