// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/contentdatabase.h"
#include "core/contentrepository.h"
#include "minicontent.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Myelin;

class TestContentRepository : public QObject
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

    void rootIsHome() { QCOMPARE(ContentRepository(*m_mini.database).rootSlug(), QStringLiteral("home")); }

    void readsAnArticlesFrameWithoutItsText()
    {
        const ContentRepository repo(*m_mini.database);
        const quint64 before = repo.queryCount();
        const auto header = repo.articleHeader(QStringLiteral("alpha"));
        QVERIFY(header.has_value());
        QCOMPARE(repo.queryCount() - before, quint64(3)); // the row, the breadcrumb, the related items
        const auto full = repo.article(QStringLiteral("alpha"));
        QVERIFY(full.has_value());
        QCOMPARE(header->id, full->id);
        QCOMPARE(header->slug, full->slug);
        QCOMPARE(header->title, full->title);
        QCOMPARE(header->breadcrumb.size(), full->breadcrumb.size());
        QCOMPARE(header->breadcrumb.first().slug, full->breadcrumb.first().slug);
        QCOMPARE(header->related.size(), full->related.size());
        for (int i = 0; i < header->related.size(); ++i) {
            QCOMPARE(header->related.at(i).slug, full->related.at(i).slug);
            QCOMPARE(header->related.at(i).summary, full->related.at(i).summary);
        }
        QVERIFY(!repo.articleHeader(QStringLiteral("no-such-article")).has_value());
    }

    void readsAnOpeningArticleOnce()
    {
        // Opening an article asks for its frame (the window), its page (the scheme handler) and whether
        // it exists (the print actions): each row is read once.
        const ContentRepository repo(*m_mini.database);
        quint64 before = repo.queryCount();
        QVERIFY(repo.articleHeader(QStringLiteral("alpha")).has_value());
        const auto full = repo.article(QStringLiteral("alpha"));
        QVERIFY(full.has_value());
        QVERIFY(repo.hasArticle(QStringLiteral("alpha")));
        QVERIFY(repo.articleHeader(QStringLiteral("alpha")).has_value());
        QCOMPARE(repo.queryCount() - before, quint64(5)); // the row, breadcrumb, related; the text, sources
        QCOMPARE(full->related.size(), 2);
        QCOMPARE(full->breadcrumb.first().slug, QStringLiteral("home"));
        QCOMPARE(full->sources.size(), repo.article(QStringLiteral("alpha"))->sources.size());
        // The other way round (the page first): four.
        before = repo.queryCount();
        QVERIFY(repo.article(QStringLiteral("gamma")).has_value());
        const auto header = repo.articleHeader(QStringLiteral("gamma"));
        QVERIFY(repo.hasArticle(QStringLiteral("gamma")));
        QCOMPARE(repo.queryCount() - before, quint64(4));
        QCOMPARE(header->title, QStringLiteral("Gamma article"));
        // Another article is read afresh; one that does not exist is not found.
        before = repo.queryCount();
        QCOMPARE(repo.articleHeader(QStringLiteral("beta"))->breadcrumb.size(), 2);
        QVERIFY(!repo.hasArticle(QStringLiteral("no-such-article")));
        QCOMPARE(repo.queryCount() - before, quint64(4));
    }

    void readsAFullArticle()
    {
        const ContentRepository repo(*m_mini.database);
        const auto alpha = repo.article(QStringLiteral("alpha"));
        QVERIFY(alpha.has_value());
        QCOMPARE(alpha->title, QStringLiteral("Alpha article"));
        QCOMPARE(alpha->evidence, QStringLiteral("not-supported"));
        QCOMPARE(alpha->reviewed, QStringLiteral("2026-03-04"));
        QCOMPARE(alpha->breadcrumb.size(), 1);
        QCOMPARE(alpha->breadcrumb.first().slug, QStringLiteral("home"));
        QCOMPARE(alpha->related.size(), 2);
        QCOMPARE(alpha->related.at(0).slug, QStringLiteral("beta")); // the order given in the front matter
        QCOMPARE(alpha->related.at(1).slug, QStringLiteral("gamma"));
        QCOMPARE(alpha->related.at(1).summary, QStringLiteral("Gamma is the second child of home."));
        QCOMPARE(alpha->sources.size(), 2);
        QCOMPARE(alpha->sources.at(0).year, 2013);
        QVERIFY(alpha->html.contains(QStringLiteral("myelin://glossary/stenosis")));
        QVERIFY(alpha->html.contains(QStringLiteral("myelin://image/dot")));
        QVERIFY(alpha->wordCount > 5);
    }

    void statementsAreReusedAndLeaveNoReadOpen()
    {
        // A copy of the content, and a second connection that writes to it: SQLite lets a writer commit
        // only when no other connection is still reading. The repository prepares each statement once
        // and runs it again (ContentRepository::run): it must end every read, even one that stopped after
        // its first row, or the prepared statement would keep the file locked.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("content.db"));
        QVERIFY(QFile::copy(QStringLiteral(MYELIN_MINI_DB), path));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
        auto opened = ContentDatabase::open(path);
        QVERIFY2(opened.database, qPrintable(opened.message));
        {
            const ContentRepository repo(*opened.database);
            for (const QString &slug :
                 {QStringLiteral("alpha"), QStringLiteral("beta"), QStringLiteral("gamma"), QStringLiteral("alpha")}) {
                const auto header = repo.articleHeader(slug); // the same statements, new values
                QVERIFY(header.has_value());
                QCOMPARE(header->slug, slug);
                const auto full = repo.article(slug, QStringLiteral("fr")); // not the header's cache
                QVERIFY(full.has_value());
                QCOMPARE(full->title, header->title);
                QCOMPARE(full->breadcrumb.size(), header->breadcrumb.size());
                QVERIFY(repo.hasArticle(slug)); // one row read of many possible: the read still ends
            }
            // The statements of a header (row, breadcrumb, related), a page (text, sources) and a look-up,
            // each prepared once for all four articles.
            QCOMPARE(repo.preparedCount(), size_t(6));
            QCOMPARE(repo.articleHeader(QStringLiteral("beta"))->breadcrumb.at(1).slug, QStringLiteral("alpha"));
            QVERIFY(!repo.hasArticle(QStringLiteral("no-such")));

            const QString name = QStringLiteral("tst-writer");
            {
                QSqlDatabase writer = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                writer.setDatabaseName(path);
                writer.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
                QVERIFY(writer.open());
                QSqlQuery write(writer);
                QVERIFY2(write.exec(QStringLiteral("BEGIN IMMEDIATE")), qPrintable(write.lastError().text()));
                QVERIFY(write.exec(QStringLiteral("UPDATE articles SET title = title")));
                QVERIFY2(write.exec(QStringLiteral("COMMIT")), qPrintable(write.lastError().text()));
                writer.close();
            }
            QSqlDatabase::removeDatabase(name);
            QCOMPARE(repo.article(QStringLiteral("beta"))->slug, QStringLiteral("beta")); // still reads
        }
    }

    void breadcrumbRunsFromTheRoot()
    {
        const auto beta = ContentRepository(*m_mini.database).article(QStringLiteral("beta"));
        QVERIFY(beta.has_value());
        QCOMPARE(beta->breadcrumb.size(), 2);
        QCOMPARE(beta->breadcrumb.at(0).slug, QStringLiteral("home"));
        QCOMPARE(beta->breadcrumb.at(1).slug, QStringLiteral("alpha"));
    }

    void unknownThingsAreEmpty()
    {
        const ContentRepository repo(*m_mini.database);
        QVERIFY(!repo.article(QStringLiteral("no-such")).has_value());
        QVERIFY(!repo.hasArticle(QStringLiteral("no-such")));
        QVERIFY(!repo.glossaryTerm(QStringLiteral("no-such")).has_value());
        QVERIFY(!repo.image(QStringLiteral("no-such")).has_value());
        QVERIFY(!repo.article(QStringLiteral("' OR 1=1 --")).has_value());
    }

    void timelineWithAndWithoutTopic()
    {
        const ContentRepository repo(*m_mini.database);
        QCOMPARE(repo.timeline().size(), 1);
        QCOMPARE(repo.timeline(QString()).size(), 1);
        QCOMPARE(repo.timeline(QStringLiteral("research")).size(), 1);
        QCOMPARE(repo.timeline(QStringLiteral("safety")).size(), 0);
        QCOMPARE(repo.timelineTopics(), QStringList{QStringLiteral("research")});
        QCOMPARE(repo.quotes().size(), 1);
        QCOMPARE(repo.quotes().first().source.year, 2012);
    }

    void readsGlossaryAndImages()
    {
        const ContentRepository repo(*m_mini.database);
        const auto term = repo.glossaryTerm(QStringLiteral("stenosis"));
        QVERIFY(term.has_value());
        QCOMPARE(term->term, QStringLiteral("Stenosis"));
        QCOMPARE(term->articleSlug, QStringLiteral("alpha"));
        const auto image = repo.image(QStringLiteral("dot"));
        QVERIFY(image.has_value());
        QCOMPARE(image->mime, QStringLiteral("image/svg+xml"));
        QVERIFY(image->data.contains("<svg"));
    }
};

QTEST_GUILESS_MAIN(TestContentRepository)
#include "tst_contentrepository.moc"
