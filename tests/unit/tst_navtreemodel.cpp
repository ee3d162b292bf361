// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/contentdatabase.h"
#include "core/navtreemodel.h"
#include "minicontent.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Myelin;

class TestNavTreeModel : public QObject
{
    Q_OBJECT

private:
    Test::MiniContent m_mini;

private slots:
    void initTestCase()
    {
        m_mini = Test::MiniContent::open();
        QVERIFY2(m_mini, m_mini.why());
    }

    void passesTheModelTester()
    {
        NavTreeModel model(*m_mini.database);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex home = model.index(0, 0);
        QCOMPARE(home.data().toString(), QStringLiteral("Welcome"));
        QVERIFY(model.hasChildren(home));
        model.fetchMore(home);
        QCOMPARE(model.rowCount(home), 2);
        QCOMPARE(model.index(0, 0, home).data(NavTreeModel::SlugRole).toString(), QStringLiteral("alpha"));
        QCOMPARE(model.index(1, 0, home).data(NavTreeModel::SlugRole).toString(), QStringLiteral("gamma"));
        QVERIFY(!model.hasChildren(model.index(1, 0, home)));
    }

    void loadsBranchesLazily()
    {
        NavTreeModel model(*m_mini.database);
        const QModelIndex home = model.index(0, 0);
        QCOMPARE(model.rowCount(home), 0); // nothing below the root is read until asked for
        QVERIFY(model.canFetchMore(home));
        model.fetchMore(home);
        QCOMPARE(model.rowCount(home), 2);
        QVERIFY(!model.canFetchMore(home));
    }

    void findsADeepArticle()
    {
        NavTreeModel model(*m_mini.database);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QModelIndex beta = model.indexForSlug(QStringLiteral("beta"));
        QVERIFY(beta.isValid());
        QCOMPARE(beta.data().toString(), QStringLiteral("Beta article"));
        QCOMPARE(beta.parent().data(NavTreeModel::SlugRole).toString(), QStringLiteral("alpha"));
        QCOMPARE(beta.parent().parent().data(NavTreeModel::SlugRole).toString(), QStringLiteral("home"));
        QVERIFY(!model.indexForSlug(QStringLiteral("nothing")).isValid());
    }
};

QTEST_GUILESS_MAIN(TestNavTreeModel)
#include "tst_navtreemodel.moc"
