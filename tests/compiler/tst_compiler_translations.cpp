// SPDX-License-Identifier: GPL-3.0-or-later
// Translations beside the English content (issue 22): articles/<language>/<slug>.md and
// glossary.<language>.yaml are compiled into article_translations and glossary_translations, and
// each is checked against its English original, with the file and line of every problem.
#include "compilertestsupport.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace CompilerTest;

namespace {

const QByteArray GoodBeta = "---\n"
                            "slug: beta\n"
                            "title: Artículo beta\n"
                            "summary: Beta está debajo de alfa.\n"
                            "reviewed: 2026-12-06\n"
                            "translated_from: 2026-02-03\n"
                            "---\n"
                            "Texto beta sobre la esclerosis y la mielina.\n";

const QByteArray GoodGlossary = "language: es\n"
                                "reviewed: 2026-12-06\n"
                                "translated_from: 2026-12-06\n"
                                "terms:\n"
                                "  - id: stenosis\n"
                                "    term: \"Estenosis\"\n"
                                "    definition: \"Un estrechamiento de un vaso sanguíneo.\"\n";

} // namespace

class TestCompilerTranslations : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_runs = 0;

    // The mini content with the given files added or replaced; returns the data folder.
    QString dataWith(const Files &extra)
    {
        const QString root = m_dir.filePath(QStringLiteral("data%1").arg(++m_runs));
        Files files = readTree(QStringLiteral(MYELIN_FIXTURES_DIR "/mini"));
        for (auto it = extra.cbegin(); it != extra.cend(); ++it) {
            files.insert(it.key(), it.value());
        }
        return writeTree(root, files) ? root : QString();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void translationsAreCompiledBesideTheEnglish()
    {
        const QString data = dataWith(
            {{QStringLiteral("articles/es/beta.md"), GoodBeta}, {QStringLiteral("glossary.es.yaml"), GoodGlossary}});
        const QString db = m_dir.filePath(QStringLiteral("good.db"));
        const RunResult run = runCompiler({QStringLiteral("--strict"), data, QStringLiteral("-o"), db});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        {
            QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("good"));
            sql.setDatabaseName(db);
            QVERIFY(sql.open());
            QSqlQuery q(sql);
            QVERIFY(q.exec(QStringLiteral("SELECT t.language, t.title, t.translated_from, t.out_of_date, t.html "
                                          "FROM article_translations t JOIN articles a ON a.id = t.article_id "
                                          "WHERE a.slug = 'beta'")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("es"));
            QCOMPARE(q.value(1).toString(), QStringLiteral("Artículo beta"));
            QCOMPARE(q.value(2).toString(), QStringLiteral("2026-02-03"));
            QCOMPARE(q.value(3).toInt(), 0);
            QVERIFY(q.value(4).toString().contains(QStringLiteral("mielina")));
            QVERIFY(q.exec(QStringLiteral("SELECT term FROM glossary_translations WHERE language = 'es'")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("Estenosis"));
            // The English is untouched.
            QVERIFY(q.exec(QStringLiteral("SELECT title FROM articles WHERE slug = 'beta'")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("Beta article"));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("good"));
    }

    void aTranslationIsCheckedAgainstItsOriginal_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");
        QTest::newRow("no such English article")
            << QStringLiteral("articles/es/delta.md") << QByteArray(GoodBeta).replace("slug: beta", "slug: delta") << 2
            << QStringLiteral("no English article 'delta'");
        QTest::newRow("older than the English")
            << QStringLiteral("articles/es/beta.md")
            << QByteArray(GoodBeta).replace("translated_from: 2026-02-03", "translated_from: 2025-01-01") << 6
            << QStringLiteral("was reviewed on 2026-02-03, after the version this translates (2025-01-01)");
        QTest::newRow("later than the English")
            << QStringLiteral("articles/es/beta.md")
            << QByteArray(GoodBeta).replace("translated_from: 2026-02-03", "translated_from: 2026-03-01") << 6
            << QStringLiteral("is later than the English article's reviewed date 2026-02-03");
        QTest::newRow("a link the English has not")
            << QStringLiteral("articles/es/beta.md") << QByteArray(GoodBeta + "Ver [alfa](article:alpha).\n") << 8
            << QStringLiteral("not in the English: article:alpha");
        QTest::newRow("a link to nothing")
            << QStringLiteral("articles/es/beta.md") << QByteArray(GoodBeta + "Ver [nada](article:nowhere).\n") << 9
            << QStringLiteral("nowhere");
        QTest::newRow("the English article's fields")
            << QStringLiteral("articles/es/beta.md") << QByteArray(GoodBeta).replace("reviewed:", "order: 2\nreviewed:")
            << 5 << QStringLiteral("'order' comes from the English article");
        QTest::newRow("a term the glossary has not")
            << QStringLiteral("glossary.es.yaml") << QByteArray(GoodGlossary).replace("id: stenosis", "id: nothing")
            << 5 << QStringLiteral("no term 'nothing' in glossary.yaml");
        QTest::newRow("the wrong language")
            << QStringLiteral("glossary.es.yaml") << QByteArray(GoodGlossary).replace("language: es", "language: fr")
            << 1 << QStringLiteral("language 'fr' does not match the file name's 'es'");
    }

    void aTranslationIsCheckedAgainstItsOriginal()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(QString, message);
        const QString data = dataWith({{file, text}});
        const QString db = m_dir.filePath(QStringLiteral("bad%1.db").arg(m_runs));
        const RunResult run = runCompiler({QStringLiteral("--strict"), data, QStringLiteral("-o"), db});
        QVERIFY(run.finished && !run.crashed);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(reports(run.err, data, file, line, QStringLiteral("error"), message), qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(db));
    }

    void anOutOfDateTranslationSaysSoAndIsKept()
    {
        const QString data =
            dataWith({{QStringLiteral("articles/es/beta.md"),
                       QByteArray(GoodBeta).replace("translated_from: 2026-02-03",
                                                    "translated_from: 2025-01-01\nout_of_date: true")}});
        const QString db = m_dir.filePath(QStringLiteral("old.db"));
        const RunResult run = runCompiler({QStringLiteral("--strict"), data, QStringLiteral("-o"), db});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        {
            QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            sql.setDatabaseName(db);
            QVERIFY(sql.open());
            QSqlQuery q(sql);
            QVERIFY(q.exec(QStringLiteral("SELECT out_of_date FROM article_translations")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 1);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));
    }

    void theShippedTranslationsPassTheStrictBuild()
    {
        const QString db = m_dir.filePath(QStringLiteral("shipped.db"));
        const RunResult run =
            runCompiler({QStringLiteral("--strict"), QStringLiteral(MYELIN_DATA_DIR), QStringLiteral("-o"), db});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("shipped"));
        sql.setDatabaseName(db);
        QVERIFY(sql.open());
        QSqlQuery q(sql);
        for (const char *language : {"es", "fr"}) {
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM article_translations WHERE language = '%1'")
                               .arg(QLatin1String(language))));
            QVERIFY(q.next());
            QVERIFY2(q.value(0).toInt() >= 12, language); // the About MS section
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM glossary_translations WHERE language = '%1'")
                               .arg(QLatin1String(language))));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 100); // every term
        }
        q.finish();
        sql.close();
    }
};

QTEST_GUILESS_MAIN(TestCompilerTranslations)
#include "tst_compiler_translations.moc"
