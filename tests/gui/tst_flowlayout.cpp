// SPDX-License-Identifier: GPL-3.0-or-later
// The flow layout behind the breadcrumb: one line when there is room, whole items onto new lines
// when there is not, never overlapping, never wider than the line, and a title too long for any
// line wraps its words in a line of its own.
#include "testsupport.h"
#include "ui/shell/breadcrumbbar.h"
#include "ui/shell/flowlayout.h"
#include "web/urlscheme.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>

using Myelin::Ui::FlowLayout;

class TestFlowLayout : public QObject
{
    Q_OBJECT

private:
    static QList<QRect> geometries(const QWidget &host)
    {
        QList<QRect> rects;
        for (const QWidget *child : host.findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly)) {
            rects.append(child->geometry());
        }
        return rects;
    }

    static bool overlapping(const QList<QRect> &rects)
    {
        for (qsizetype i = 0; i < rects.size(); ++i) {
            for (qsizetype j = i + 1; j < rects.size(); ++j) {
                if (rects.at(i).intersects(rects.at(j))) {
                    return true;
                }
            }
        }
        return false;
    }

private slots:
    void wrapsWholeItems()
    {
        QWidget host;
        auto *layout = new FlowLayout(&host);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(4);
        for (int i = 0; i < 6; ++i) {
            auto *button = new QPushButton(QStringLiteral("Part number %1").arg(i), &host);
            layout->addWidget(button);
        }
        const int one = layout->itemAt(0)->sizeHint().width();
        const int wide = layout->sizeHint().width();
        QVERIFY(wide >= 6 * one);

        host.resize(wide, layout->heightForWidth(wide));
        host.show();
        QVERIFY(QTest::qWaitForWindowExposed(&host));
        const int lineHeight = layout->itemAt(0)->sizeHint().height();
        QCOMPARE(layout->heightForWidth(wide), lineHeight);
        QList<QRect> rects = geometries(host);
        QVERIFY(std::all_of(rects.cbegin(), rects.cend(), [&](const QRect &r) { return r.top() == rects[0].top(); }));

        // Room for about two and a half parts: three lines of two, each part whole.
        const int narrow = one * 5 / 2 + 8;
        QCOMPARE(layout->heightForWidth(narrow), 3 * lineHeight);
        host.resize(narrow, layout->heightForWidth(narrow));
        QTRY_VERIFY(layout->geometry().width() == narrow); // laid out again for the new width
        rects = geometries(host);
        QVERIFY(!overlapping(rects));
        for (const QRect &r : rects) {
            QVERIFY(r.right() < narrow);
            QCOMPARE(r.width(), one);
        }
        QVERIFY(rects.at(2).top() > rects.at(1).top());
        QCOMPARE(rects.at(2).left(), 0);
    }

    void aSeparatorGoesToTheNextLineWithThePartBeforeIt()
    {
        QWidget host;
        auto *layout = new FlowLayout(&host);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(2);
        auto *first = new QPushButton(QStringLiteral("Welcome to Myelin"), &host);
        auto *firstSeparator = new QLabel(QStringLiteral("\u203A"), &host);
        auto *second = new QPushButton(QStringLiteral("About MS"), &host);
        auto *secondSeparator = new QLabel(QStringLiteral("\u203A"), &host);
        auto *title = new QLabel(QStringLiteral("CCSVI: the venous theory of MS"), &host);
        for (QWidget *widget :
             {static_cast<QWidget *>(first), static_cast<QWidget *>(firstSeparator), static_cast<QWidget *>(second),
              static_cast<QWidget *>(secondSeparator), static_cast<QWidget *>(title)}) {
            layout->addWidget(widget);
        }
        layout->keepWithPrevious(firstSeparator);
        layout->keepWithPrevious(secondSeparator);
        // Room for the first part, its separator and the second part, not for the second separator.
        const int width = first->sizeHint().width() + firstSeparator->sizeHint().width() + second->sizeHint().width() +
                          2 * 2 + secondSeparator->sizeHint().width() / 2;
        host.resize(width, layout->heightForWidth(width));
        host.show();
        QVERIFY(QTest::qWaitForWindowExposed(&host));
        QTRY_COMPARE(layout->geometry().width(), width);
        // Not "›" alone at the start of the second line: the part it follows goes down with it.
        QCOMPARE(firstSeparator->geometry().center().y(), first->geometry().center().y());
        QVERIFY(second->geometry().top() > first->geometry().bottom());
        QCOMPARE(second->geometry().left(), 0);
        QCOMPARE(secondSeparator->geometry().center().y(), second->geometry().center().y());
        QVERIFY(secondSeparator->geometry().left() > second->geometry().right());
        QVERIFY(!overlapping(geometries(host)));
        for (const QRect &r : geometries(host)) {
            QVERIFY(r.right() < width);
        }
    }

    void breadcrumbTitleWrapsOnlyWhenALineIsTooNarrow()
    {
        Myelin::Ui::BreadcrumbBar bar;
        const QString title = QStringLiteral("A rather long article title that needs a lot of room on a line");
        bar.setTrail({{QStringLiteral("home"), QStringLiteral("Welcome"), QString()},
                      {QStringLiteral("about"), QStringLiteral("About MS"), QString()}},
                     title);
        QCOMPARE(bar.partTitles(), (QStringList{QStringLiteral("Welcome"), QStringLiteral("About MS"), title}));
        QLabel *current = nullptr;
        for (QLabel *l : bar.findChildren<QLabel *>()) {
            if (l->text() == title) {
                current = l;
            }
        }
        QVERIFY(current);
        const int lineWidth = QFontMetrics(current->font()).horizontalAdvance(title);
        const int oneLine = QFontMetrics(current->font()).lineSpacing();
        // Wide: everything on one line, the title unwrapped.
        bar.resize(lineWidth * 3, bar.heightForWidth(lineWidth * 3));
        bar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bar));
        QVERIFY(current->width() >= lineWidth);
        QVERIFY(current->height() < 2 * oneLine);
        // Narrower than the title: it takes a line of its own and wraps its words there.
        const int narrow = lineWidth / 2;
        bar.resize(narrow, bar.heightForWidth(narrow));
        QTRY_VERIFY(current->width() <= narrow);
        QVERIFY(current->height() >= 2 * oneLine);
        QVERIFY(current->geometry().bottom() < bar.height());
    }

    void rightToLeftLinesStartAtTheRight()
    {
        QWidget host;
        host.setLayoutDirection(Qt::RightToLeft);
        auto *layout = new FlowLayout(&host);
        layout->setContentsMargins(6, 0, 6, 0);
        layout->setSpacing(4);
        QList<QPushButton *> buttons;
        for (int i = 0; i < 3; ++i) {
            buttons.append(new QPushButton(QStringLiteral("Part %1").arg(i), &host));
            layout->addWidget(buttons.last());
        }
        const int wide = layout->sizeHint().width() + 100;
        host.resize(wide, layout->heightForWidth(wide));
        host.show();
        QVERIFY(QTest::qWaitForWindowExposed(&host));
        // The first item at the right edge (inside the margin), each next one to the left of it.
        QCOMPARE(buttons.at(0)->geometry().right(), wide - 6 - 1);
        QVERIFY(buttons.at(1)->geometry().right() < buttons.at(0)->geometry().left());
        QVERIFY(buttons.at(2)->geometry().right() < buttons.at(1)->geometry().left());
        QVERIFY(!overlapping(geometries(host)));
        // Wrapped, the second line starts at the right too.
        const int narrow = buttons.at(0)->sizeHint().width() + 20;
        host.resize(narrow, layout->heightForWidth(narrow));
        QTRY_VERIFY(buttons.at(1)->geometry().top() > buttons.at(0)->geometry().bottom());
        QCOMPARE(buttons.at(1)->geometry().right(), narrow - 6 - 1);
    }

    void anArabicBreadcrumbReadsFromTheRightOnOneLine()
    {
        Myelin::Ui::BreadcrumbBar bar;
        bar.setLayoutDirection(Qt::RightToLeft);
        const QString title = QStringLiteral("الخط الزمني"); // "Timeline"
        bar.setTrail({}, title);
        QLabel *current = nullptr;
        QLabel *label = nullptr;
        for (QLabel *l : bar.findChildren<QLabel *>()) {
            (l->accessibleName() == title ? current : label) = l;
        }
        QVERIFY(current && label);
        bar.resize(600, bar.heightForWidth(600));
        bar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bar));
        QVERIFY(current->height() < 2 * QFontMetrics(current->font()).lineSpacing()); // one line
        QVERIFY(label->geometry().left() > current->geometry().right());              // label first, at the right
        QVERIFY(label->geometry().right() > 600 - 20);
    }

    void anArticleSwitchReusesThePartsAndKeepsTheBarsHeight()
    {
        Myelin::Ui::BreadcrumbBar bar;
        const QList<Myelin::ArticleRef> deep{{QStringLiteral("home"), QStringLiteral("Welcome to Myelin"), QString()},
                                             {QStringLiteral("about"), QStringLiteral("About MS"), QString()},
                                             {QStringLiteral("causes"), QStringLiteral("Causes of MS"), QString()}};
        bar.setTrail(deep, QStringLiteral("CCSVI: the venous theory of multiple sclerosis"));
        const QList<QPushButton *> buttons = bar.findChildren<QPushButton *>();
        QCOMPARE(buttons.size(), 3);
        const int width = QFontMetrics(bar.font()).horizontalAdvance(QStringLiteral("Welcome to Myelin About MS")) + 40;
        const int deepHeight = bar.layout()->totalHeightForWidth(width);
        bar.resize(width, deepHeight);
        bar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bar));

        // A shallower trail: the same widgets (none made, the unused hidden), the right words...
        bar.setTrail(deep.mid(0, 1), QStringLiteral("Get help now"));
        QCOMPARE(bar.findChildren<QPushButton *>(), buttons);
        QCOMPARE(bar.partTitles(), (QStringList{QStringLiteral("Welcome to Myelin"), QStringLiteral("Get help now")}));
        QVERIFY(buttons.at(0)->isVisibleTo(&bar));
        QVERIFY(!buttons.at(1)->isVisibleTo(&bar) && !buttons.at(2)->isVisibleTo(&bar));
        // ...and the lines the deeper trail needed are kept, so the article below does not move.
        QVERIFY(deepHeight > QFontMetrics(bar.font()).lineSpacing() * 3);
        QCOMPARE(bar.layout()->totalHeightForWidth(width), deepHeight);
        // A click on a reused part opens what it shows now.
        QSignalSpy requested(&bar, &Myelin::Ui::BreadcrumbBar::articleRequested);
        buttons.at(0)->click();
        QCOMPARE(requested.takeFirst().at(0).toString(), QStringLiteral("home"));
        // Deeper again: the same three buttons, shown.
        bar.setTrail(deep, QStringLiteral("CCSVI"));
        QCOMPARE(bar.findChildren<QPushButton *>(), buttons);
        buttons.at(2)->click();
        QCOMPARE(requested.takeFirst().at(0).toString(), QStringLiteral("causes"));
        // A new text size measures afresh: the short trail's own height.
        bar.setTrail(deep.mid(0, 1), QStringLiteral("Get help now"));
        QFont larger = bar.font();
        larger.setPointSizeF(larger.pointSizeF() + 0.5);
        bar.setFont(larger);
        QVERIFY(bar.layout()->totalHeightForWidth(width) < deepHeight);
    }
};

MYELIN_GUI_TEST_MAIN(TestFlowLayout)
#include "tst_flowlayout.moc"
