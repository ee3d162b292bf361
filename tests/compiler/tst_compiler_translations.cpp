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

// The mini content's timeline and quotes, with the ids a translation names them by.
const QByteArray EnglishTimeline = "- id: first\n"
                                   "  date: 2009-04\n"
                                   "  title: First event\n"
                                   "  text: Something happened to 3 people.\n"
                                   "  topic: research\n"
                                   "  article: alpha\n"
                                   "  source: {title: Event source, publisher: Test Press, year: 2009, url: "
                                   "\"https://example.org/event\"}\n";

const QByteArray EnglishQuotes = "- id: short-quote\n"
                                 "  text: A short test quote.\n"
                                 "  who: Test Author\n"
                                 "  role: Tester\n"
                                 "  date: 2012\n"
                                 "  source: {title: Quote source, publisher: Test Press, year: 2012, url: "
                                 "\"https://example.org/quote\"}\n";

const QByteArray GoodTimeline = "language: es\n"
                                "reviewed: 2026-12-06\n"
                                "translated_from: 2026-12-06\n"
                                "events:\n"
                                "  - id: first\n"
                                "    title: \"Primer suceso\"\n"
                                "    text: \"Algo les pasó a 3 personas.\"\n";

const QByteArray GoodQuotes = "language: es\n"
                              "reviewed: 2026-12-06\n"
                              "translated_from: 2026-12-06\n"
                              "quotes:\n"
                              "  - id: short-quote\n"
                              "    text: \"Una cita breve de prueba.\"\n"
                              "    role: \"Persona que prueba\"\n";

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
        files.insert(QStringLiteral("timeline.yaml"), EnglishTimeline);
        files.insert(QStringLiteral("quotes.yaml"), EnglishQuotes);
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

    void timelineAndQuotesAreCompiledBesideTheEnglish()
    {
        const QString data = dataWith(
            {{QStringLiteral("timeline.es.yaml"), GoodTimeline}, {QStringLiteral("quotes.es.yaml"), GoodQuotes}});
        const QString db = m_dir.filePath(QStringLiteral("events.db"));
        const RunResult run = runCompiler({QStringLiteral("--strict"), data, QStringLiteral("-o"), db});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(!run.err.contains(QStringLiteral("ignored")), qPrintable(run.err)); // the files are read
        {
            QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("events"));
            sql.setDatabaseName(db);
            QVERIFY(sql.open());
            QSqlQuery q(sql);
            QVERIFY(q.exec(QStringLiteral("SELECT tr.language, tr.title, tr.text, tr.reviewed, t.title "
                                          "FROM timeline_translations tr JOIN timeline t ON t.id = tr.timeline_id")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("es"));
            QCOMPARE(q.value(1).toString(), QStringLiteral("Primer suceso"));
            QCOMPARE(q.value(2).toString(), QStringLiteral("Algo les pasó a 3 personas."));
            QCOMPARE(q.value(3).toString(), QStringLiteral("2026-12-06"));
            QCOMPARE(q.value(4).toString(), QStringLiteral("First event")); // the English is untouched
            QVERIFY(!q.next());
            QVERIFY(q.exec(QStringLiteral("SELECT tr.text, tr.role, q.text FROM quote_translations tr "
                                          "JOIN quotes q ON q.id = tr.quote_id WHERE tr.language = 'es'")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("Una cita breve de prueba."));
            QCOMPARE(q.value(1).toString(), QStringLiteral("Persona que prueba"));
            QCOMPARE(q.value(2).toString(), QStringLiteral("A short test quote."));
            // The translated event is found in its language's search.
            QVERIFY(q.exec(QStringLiteral("SELECT kind, shown_title FROM search_translations WHERE kind = 'event'")));
            QVERIFY(q.next());
            QCOMPARE(q.value(1).toString(), QStringLiteral("Primer suceso"));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("events"));
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
            << 5 << QStringLiteral("no term with id 'nothing' in glossary.yaml");
        QTest::newRow("an event the timeline has not")
            << QStringLiteral("timeline.es.yaml") << QByteArray(GoodTimeline).replace("id: first", "id: nothing") << 5
            << QStringLiteral("no event with id 'nothing' in timeline.yaml");
        QTest::newRow("a figure changed in translation")
            << QStringLiteral("timeline.es.yaml") << QByteArray(GoodTimeline).replace("a 3 personas", "a 4 personas")
            << 5
            << QStringLiteral("the figures of event 'first' differ from the English (timeline.yaml): missing 3; "
                              "not in the English: 4");
        QTest::newRow("an event translated twice")
            << QStringLiteral("timeline.es.yaml")
            << QByteArray(GoodTimeline + "  - id: first\n    title: \"Otra vez\"\n    text: \"A 3 personas.\"\n") << 8
            << QStringLiteral("event 'first' is translated twice in this file");
        QTest::newRow("a quote the quotes have not")
            << QStringLiteral("quotes.es.yaml") << QByteArray(GoodQuotes).replace("id: short-quote", "id: other") << 5
            << QStringLiteral("no quote with id 'other' in quotes.yaml");
        QTest::newRow("an English id used twice")
            << QStringLiteral("timeline.yaml") << QByteArray(EnglishTimeline + EnglishTimeline) << 8
            << QStringLiteral("id 'first' is used twice in this file");
        QTest::newRow("an English id that is not a slug")
            << QStringLiteral("quotes.yaml") << QByteArray(EnglishQuotes).replace("id: short-quote", "id: Short Quote")
            << 1 << QStringLiteral("id 'Short Quote' may only use lower-case letters");
        QTest::newRow("a synonym with nothing to search for")
            << QStringLiteral("synonyms.es.yaml")
            << QByteArray("language: es\nreviewed: 2026-12-06\ngroups:\n  - words: [\"Artículo\", \"--\"]\n") << 4
            << QStringLiteral("'--' has no letters or digits to search for");
        QTest::newRow("a synonym group that finds nothing")
            << QStringLiteral("synonyms.es.yaml")
            << QByteArray("language: es\nreviewed: 2026-12-06\ngroups:\n  - words: [zzz, yyy]\n") << 4
            << QStringLiteral("no word of this group is in the es translations");
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
            QVERIFY(q.exec(QStringLiteral("SELECT (SELECT count(*) FROM timeline_translations WHERE language = '%1'), "
                                          "(SELECT count(*) FROM timeline), "
                                          "(SELECT count(*) FROM quote_translations WHERE language = '%1'), "
                                          "(SELECT count(*) FROM quotes)")
                               .arg(QLatin1String(language))));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), q.value(1).toInt()); // every event
            QCOMPARE(q.value(2).toInt(), q.value(3).toInt()); // every quote
        }
        q.finish();
        sql.close();
    }
};

QTEST_GUILESS_MAIN(TestCompilerTranslations)
#include "tst_compiler_translations.moc"
