// SPDX-License-Identifier: GPL-3.0-or-later
// Compiles the fixture with the real myelin-build and checks the database against core/schema.h.
#include "compilertestsupport.h"
#include "core/schema.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

class TestCompilerSchema : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_fixture = QStringLiteral(MYELIN_FIXTURES_DIR "/compiler/valid");
    QSqlDatabase m_db;

    QVariant value(const QString &sql, const QVariantList &bind = {})
    {
        QSqlQuery query(m_db);
        if (!query.prepare(sql)) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
            return {};
        }
        for (const QVariant &v : bind) {
            query.addBindValue(v);
        }
        if (!query.exec() || !query.next()) {
            return {};
        }
        return query.value(0);
    }

    QStringList column(const QString &sql)
    {
        QStringList result;
        QSqlQuery query(m_db);
        if (query.exec(sql)) {
            while (query.next()) {
                result.append(query.value(0).isNull() ? QStringLiteral("NULL") : query.value(0).toString());
            }
        } else {
            qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        }
        return result;
    }

    qint64 articleId(const QString &slug)
    {
        return value(QStringLiteral("SELECT id FROM articles WHERE slug = ?"), {slug}).toLongLong();
    }

    QString html(const QString &slug)
    {
        return value(QStringLiteral("SELECT html FROM articles WHERE slug = ?"), {slug}).toString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString output = m_dir.filePath(QStringLiteral("content.db"));
        const auto result =
            CompilerTest::runCompiler({m_fixture, QStringLiteral("-o"), output, QStringLiteral("--strict")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("schema-test"));
        m_db.setDatabaseName(output);
        m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QVERIFY2(m_db.open(), qPrintable(m_db.lastError().text()));
    }

    void cleanupTestCase()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("schema-test"));
    }

    void userVersion() { QCOMPARE(value(QStringLiteral("PRAGMA user_version")).toInt(), Myelin::Schema::Version); }

    void requiredTables()
    {
        for (const char *table : Myelin::Schema::RequiredTables) {
            QVERIFY2(
                value(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = ?"), {QString::fromUtf8(table)})
                        .toInt() == 1,
                table);
        }
    }

    void meta()
    {
        const auto meta = [this](const char *key) {
            return value(QStringLiteral("SELECT value FROM meta WHERE key = ?"), {QString::fromUtf8(key)}).toString();
        };
        QCOMPARE(meta(Myelin::Schema::MetaSchemaVersion), QString::number(Myelin::Schema::Version));
        QCOMPARE(meta(Myelin::Schema::MetaContentVersion), QStringLiteral("2026.1.0"));
        QCOMPARE(meta(Myelin::Schema::MetaTitle), QStringLiteral("Compiler test collection"));
        QCOMPARE(meta(Myelin::Schema::MetaContentDate), QStringLiteral("2026-03-01"));
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM meta")).toInt(), 4);
    }

    void articlesAreNumberedBySlug()
    {
        QCOMPARE(column(QStringLiteral("SELECT slug FROM articles ORDER BY id")),
                 (QStringList{QStringLiteral("brain"), QStringLiteral("home"), QStringLiteral("nerves"),
                              QStringLiteral("spine")}));
    }

    void tree()
    {
        QVERIFY(value(QStringLiteral("SELECT parent_id FROM articles WHERE slug = 'home'")).isNull());
        QCOMPARE(value(QStringLiteral("SELECT parent_id FROM articles WHERE slug = 'brain'")).toLongLong(),
                 articleId(QStringLiteral("home")));
        QCOMPARE(value(QStringLiteral("SELECT parent_id FROM articles WHERE slug = 'spine'")).toLongLong(),
                 articleId(QStringLiteral("home")));
        QCOMPARE(value(QStringLiteral("SELECT parent_id FROM articles WHERE slug = 'nerves'")).toLongLong(),
                 articleId(QStringLiteral("brain")));
        QCOMPARE(column(QStringLiteral("SELECT slug FROM articles WHERE parent_id = (SELECT id FROM articles WHERE "
                                       "slug = 'home') ORDER BY sort_order, id")),
                 (QStringList{QStringLiteral("brain"), QStringLiteral("spine")}));
        QCOMPARE(value(QStringLiteral("SELECT sort_order FROM articles WHERE slug = 'spine'")).toInt(), 2);
    }

    void articleFields()
    {
        QCOMPARE(value(QStringLiteral("SELECT title FROM articles WHERE slug = 'spine'")).toString(),
                 QStringLiteral("The spinal cord"));
        QCOMPARE(value(QStringLiteral("SELECT summary FROM articles WHERE slug = 'nerves'")).toString(),
                 QStringLiteral("Nerves carry signals, and myelin helps them travel quickly."));
        QCOMPARE(value(QStringLiteral("SELECT evidence FROM articles WHERE slug = 'brain'")).toString(),
                 QStringLiteral("established"));
        QVERIFY(value(QStringLiteral("SELECT evidence FROM articles WHERE slug = 'home'")).isNull());
        QCOMPARE(value(QStringLiteral("SELECT reviewed FROM articles WHERE slug = 'spine'")).toString(),
                 QStringLiteral("2025-11-30"));
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM articles WHERE word_count <= 0 OR reading_grade < 0 OR "
                                      "plain LIKE '%<%' OR html = ''"))
                     .toInt(),
                 0);
        QCOMPARE(value(QStringLiteral("SELECT word_count FROM articles WHERE slug = 'spine'")).toInt(), 21);
        QCOMPARE(value(QStringLiteral("SELECT plain FROM articles WHERE slug = 'spine'")).toString(),
                 QStringLiteral("The spinal cord runs down the back. Messages travel along it very fast. Up to the "
                                "brain. Down to the muscles."));
    }

    void relatedKeepsItsOrder()
    {
        QCOMPARE(
            column(QStringLiteral("SELECT a.slug FROM related r JOIN articles a ON a.id = r.related_id WHERE "
                                  "r.article_id = (SELECT id FROM articles WHERE slug = 'brain') ORDER BY r.position")),
            (QStringList{QStringLiteral("nerves"), QStringLiteral("home")}));
        QCOMPARE(column(QStringLiteral("SELECT position FROM related WHERE article_id = (SELECT id FROM articles WHERE "
                                       "slug = 'home') ORDER BY position")),
                 (QStringList{QStringLiteral("0"), QStringLiteral("1")}));
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM related WHERE article_id = (SELECT id FROM articles WHERE "
                                      "slug = 'spine')"))
                     .toInt(),
                 0);
    }

    void sources()
    {
        QCOMPARE(
            column(QStringLiteral("SELECT title || '|' || publisher || '|' || year || '|' || url FROM sources WHERE "
                                  "article_id = (SELECT id FROM articles WHERE slug = 'brain') ORDER BY position")),
            (QStringList{QStringLiteral("The brain explained|Journal of Tests|2019|https://doi.org/10.1000/brain"),
                         QStringLiteral("Brain facts|Test Society|2020|https://example.org/brain-facts")}));
        QCOMPARE(value(QStringLiteral("SELECT typeof(year) FROM sources LIMIT 1")).toString(),
                 QStringLiteral("integer"));
    }

    void glossaryLinkHasClassAndDefinition()
    {
        QVERIFY2(html(QStringLiteral("home"))
                     .contains(QStringLiteral(
                         "<a href=\"myelin://glossary/myelin\" title=\"The fatty layer that protects nerve "
                         "fibres.\" class=\"term\">myelin</a>")),
                 qPrintable(html(QStringLiteral("home"))));
    }

    void figureHasCaptionAndCredit()
    {
        QVERIFY(html(QStringLiteral("home"))
                    .contains(QStringLiteral(
                        "<figure><img src=\"myelin://image/diagram\" alt=\"A diagram of a nerve cell\"><figcaption>A "
                        "nerve cell. Myelin wraps the long fibre. <span class=\"credit\">Myelin project, CC BY 4.0"
                        "</span></figcaption></figure>")));
    }

    void linksAndHeadings()
    {
        const QString home = html(QStringLiteral("home"));
        QVERIFY(home.contains(QStringLiteral("<a href=\"myelin://article/brain\">the brain</a>")));
        QVERIFY(home.contains(QStringLiteral("<a href=\"myelin://article/spine#top\">")));
        QVERIFY(home.contains(QStringLiteral("<a href=\"https://example.org/more\" class=\"external\">")));
        QVERIFY(home.contains(QStringLiteral("<h2 id=\"a-first-heading\">A first heading</h2>")));
        QVERIFY(home.contains(QStringLiteral("<h2 id=\"a-first-heading-2\">A first heading</h2>")));
        QVERIFY(home.contains(QStringLiteral("<table>")));
        QVERIFY(!home.contains(QStringLiteral("data-sourcepos")));
    }

    void fullTextSearch()
    {
        QCOMPARE(
            column(QStringLiteral("SELECT ref FROM search WHERE search MATCH 'remyelination' AND kind = 'article'")),
            QStringList{QStringLiteral("nerves")});
        QCOMPARE(column(QStringLiteral("SELECT ref FROM search WHERE search MATCH 'body:muscles'")),
                 QStringList{QStringLiteral("spine")});
        QCOMPARE(column(QStringLiteral("SELECT kind || ':' || ref FROM search WHERE search MATCH 'fatty'")),
                 QStringList{QStringLiteral("term:myelin")});
        QCOMPARE(column(QStringLiteral("SELECT kind || ':' || ref FROM search WHERE search MATCH 'announced'")),
                 QStringList{QStringLiteral("event:2")});
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM search")).toInt(), 4 + 3 + 3);
        QCOMPARE(value(QStringLiteral("SELECT summary FROM search WHERE kind = 'term' LIMIT 1")).toString(), QString());
    }

    void titlesIndexMirrorsTheSearchIndex()
    {
        // Same rows under the same rowids, so a rowid ranked in one is shown from the other.
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM titles")).toInt(),
                 value(QStringLiteral("SELECT count(*) FROM search")).toInt());
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM search s JOIN titles t ON t.rowid = s.rowid "
                                      "WHERE t.title = s.title AND t.summary = s.summary AND t.kind = s.kind "
                                      "AND t.ref = s.ref"))
                     .toInt(),
                 4 + 3 + 3);
        // Titles and summaries only: a word that is only in a body is not in it.
        QVERIFY(column(QStringLiteral("SELECT ref FROM titles WHERE titles MATCH 'remyelination'")).isEmpty());
        QVERIFY(!column(QStringLiteral("SELECT ref FROM search WHERE search MATCH 'remyelination'")).isEmpty());
    }

    void vocabularyHoldsTheWordsAsWritten()
    {
        // Words as written (lower case, not stemmed), with the number of rows holding them.
        QCOMPARE(value(QStringLiteral("SELECT documents FROM vocabulary WHERE term = 'remyelination'")).toInt(), 1);
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM vocabulary WHERE term = 'remyelin'")).toInt(), 0);
        QVERIFY(value(QStringLiteral("SELECT count(*) FROM vocabulary")).toInt() > 50);
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM vocabulary WHERE documents < 1")).toInt(), 0);
    }

    void glossary()
    {
        QCOMPARE(column(QStringLiteral("SELECT slug FROM glossary ORDER BY id")),
                 (QStringList{QStringLiteral("lesion"), QStringLiteral("myelin"), QStringLiteral("relapse")}));
        QCOMPARE(value(QStringLiteral("SELECT see_also FROM glossary WHERE slug = 'lesion'")).toString(),
                 QStringLiteral("myelin relapse"));
        QCOMPARE(value(QStringLiteral("SELECT see_also FROM glossary WHERE slug = 'relapse'")).toString(), QString());
        QCOMPARE(value(QStringLiteral("SELECT article_id FROM glossary WHERE slug = 'lesion'")).toLongLong(),
                 articleId(QStringLiteral("brain")));
        QVERIFY(value(QStringLiteral("SELECT article_id FROM glossary WHERE slug = 'relapse'")).isNull());
        QCOMPARE(value(QStringLiteral("SELECT term FROM glossary WHERE slug = 'myelin'")).toString(),
                 QStringLiteral("Myelin"));
    }

    void timeline()
    {
        QCOMPARE(
            column(QStringLiteral("SELECT date || '|' || title FROM timeline ORDER BY id")),
            (QStringList{QStringLiteral("2009|First event"), QStringLiteral("2013-10|Another event in the same month"),
                         QStringLiteral("2013-10|Second event")}));
        QCOMPARE(value(QStringLiteral("SELECT year FROM timeline WHERE id = 3")).toInt(), 2013);
        QCOMPARE(value(QStringLiteral("SELECT article_id FROM timeline WHERE id = 3")).toLongLong(),
                 articleId(QStringLiteral("brain")));
        QCOMPARE(value(QStringLiteral("SELECT topic FROM timeline WHERE id = 1")).toString(), QStringLiteral("media"));
        QCOMPARE(value(QStringLiteral("SELECT source_publisher FROM timeline WHERE id = 3")).toString(),
                 QStringLiteral("Multiple Sclerosis Journal"));
    }

    void quotes()
    {
        QCOMPARE(column(QStringLiteral("SELECT who FROM quotes ORDER BY id")),
                 (QStringList{QStringLiteral("Alex Author"), QStringLiteral("Zed Researcher")}));
        QCOMPARE(value(QStringLiteral("SELECT role FROM quotes WHERE id = 1")).toString(), QString());
        QVERIFY(!value(QStringLiteral("SELECT role FROM quotes WHERE id = 1")).isNull());
        QCOMPARE(value(QStringLiteral("SELECT role FROM quotes WHERE id = 2")).toString(),
                 QStringLiteral("Neurologist"));
        QCOMPARE(value(QStringLiteral("SELECT source_url FROM quotes WHERE id = 2")).toString(),
                 QStringLiteral("https://example.org/interview"));
    }

    void images()
    {
        QCOMPARE(column(QStringLiteral("SELECT name || '|' || mime FROM images ORDER BY name")),
                 (QStringList{QStringLiteral("diagram|image/svg+xml"), QStringLiteral("photo|image/png")}));
        QFile png(m_fixture + QStringLiteral("/images/photo.png"));
        QVERIFY(png.open(QIODevice::ReadOnly));
        QCOMPARE(value(QStringLiteral("SELECT data FROM images WHERE name = 'photo'")).toByteArray(), png.readAll());
        QCOMPARE(value(QStringLiteral("SELECT credit FROM images WHERE name = 'photo'")).toString(),
                 QStringLiteral("Test photographer, CC0"));
    }
};

QTEST_GUILESS_MAIN(TestCompilerSchema)
#include "tst_compiler_schema.moc"
