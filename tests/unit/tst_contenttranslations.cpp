// SPDX-License-Identifier: GPL-3.0-or-later
// Articles and glossary terms in the reader's language (issue 22), read from the real content: a
// translated article comes in its language with its own dates, and says what it was translated from;
// one that is not translated comes in English and says it asked for another language; the tree,
// breadcrumb, related items and glossary use the translated words where there are some; English readers
// see exactly what they saw before.
#include "core/articlerenderer.h"
#include "core/contentdatabase.h"
#include "core/contentrepository.h"
#include "core/navtreemodel.h"
#include "core/translations.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace Myelin;

class TestContentTranslations : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ContentDatabase> m_db;

    QString treeTitle(NavTreeModel &model, const QString &slug)
    {
        const QModelIndex index = model.indexForSlug(slug);
        return model.data(index, Qt::DisplayRole).toString();
    }

private slots:
    void initTestCase()
    {
        auto opened = ContentDatabase::open(QStringLiteral(MYELIN_CONTENT_DB));
        QVERIFY2(opened.database, qPrintable(opened.message));
        m_db = std::move(opened.database);
    }

    void aTranslatedArticleComesInTheReadersLanguage()
    {
        ContentRepository repository(*m_db);
        const auto english = repository.article(QStringLiteral("what-is-ms"));
        QVERIFY(english);
        QCOMPARE(english->language, QStringLiteral("en"));
        QVERIFY(english->wanted.isEmpty());

        repository.setLanguage(QStringLiteral("es"));
        const auto spanish = repository.article(QStringLiteral("what-is-ms"));
        QVERIFY(spanish);
        QCOMPARE(spanish->language, QStringLiteral("es"));
        QVERIFY(spanish->title != english->title);
        QVERIFY(spanish->html != english->html);
        QCOMPARE(spanish->translatedFrom, english->reviewed); // translated from the current English
        QCOMPARE(spanish->englishReviewed, english->reviewed);
        QVERIFY(!spanish->outOfDate);
        QCOMPARE(spanish->sources.size(), english->sources.size()); // the sources stay the originals
        QVERIFY(spanish->languages.contains(QStringLiteral("fr")));
        // The English original on request (the page's "Read it in English").
        const auto original = repository.article(QStringLiteral("what-is-ms"), QStringLiteral("en"));
        QCOMPARE(original->title, english->title);
        QCOMPARE(original->language, QStringLiteral("en"));
    }

    void anUntranslatedArticleFallsBackToEnglishAndSaysSo()
    {
        ContentRepository repository(*m_db);
        repository.setLanguage(QStringLiteral("de")); // no German articles yet
        const auto article = repository.article(QStringLiteral("what-is-ms"));
        QVERIFY(article);
        QCOMPARE(article->language, QStringLiteral("en"));
        QCOMPARE(article->wanted, QStringLiteral("de"));
        const QString html = ArticleRenderer().renderArticle(*article);
        QVERIFY2(html.contains(QStringLiteral("not translated into Deutsch yet")), qPrintable(html.left(2000)));

        repository.setLanguage(QStringLiteral("es"));
        const QString spanish = ArticleRenderer().renderArticle(*repository.article(QStringLiteral("what-is-ms")));
        QVERIFY(spanish.contains(QStringLiteral("Translated from the English version of")));
        QVERIFY(spanish.contains(QStringLiteral("?lang=en\" hreflang=\"en\"")));
        // The untranslated interface here is English, so the Spanish text says it is Spanish.
        QVERIFY(spanish.contains(QStringLiteral("<div class=\"body\" lang=\"es\" dir=\"ltr\">")));
    }

    void theFrameAroundAnArticleIsTranslatedToo()
    {
        ContentRepository repository(*m_db);
        const auto english = repository.articleHeader(QStringLiteral("types-of-ms"));
        repository.setLanguage(QStringLiteral("fr"));
        const auto french = repository.articleHeader(QStringLiteral("types-of-ms"));
        QVERIFY(english && french);
        QVERIFY(french->title != english->title);
        QCOMPARE(french->breadcrumb.size(), english->breadcrumb.size());
        // "About MS" is translated, "Welcome to Myelin" (home) is not: each as the content has it.
        QVERIFY(french->breadcrumb.last().title != english->breadcrumb.last().title);
        QCOMPARE(french->breadcrumb.first().title, english->breadcrumb.first().title);

        const auto term = repository.glossaryTerm(QStringLiteral("relapse"));
        ContentRepository englishRepository(*m_db);
        QVERIFY(term && term->term != englishRepository.glossaryTerm(QStringLiteral("relapse"))->term);
        QCOMPARE(repository.glossaryTerms().size(), englishRepository.glossaryTerms().size());

        NavTreeModel model(*m_db);
        const QString before = treeTitle(model, QStringLiteral("types-of-ms"));
        model.setLanguage(QStringLiteral("fr"));
        QCOMPARE(treeTitle(model, QStringLiteral("types-of-ms")), french->title);
        QVERIFY(before != french->title);
    }

    void timelineAndQuotesComeInTheReadersLanguage()
    {
        ContentRepository english(*m_db);
        ContentRepository repository(*m_db);
        repository.setLanguage(QStringLiteral("es"));
        const QList<TimelineEvent> events = repository.timeline();
        const QList<TimelineEvent> originals = english.timeline();
        QCOMPARE(events.size(), originals.size());
        QVERIFY(events.size() >= 29);
        for (qsizetype i = 0; i < events.size(); ++i) {
            QCOMPARE(events.at(i).language, QStringLiteral("es")); // every event is translated
            QVERIFY(events.at(i).title != originals.at(i).title);
            QCOMPARE(events.at(i).date, originals.at(i).date); // dates, topics and sources are the English
            QCOMPARE(events.at(i).source.url, originals.at(i).source.url);
            QVERIFY(originals.at(i).language.isEmpty());
        }
        const QList<Quote> quotes = repository.quotes();
        const QList<Quote> said = english.quotes();
        QCOMPARE(quotes.size(), said.size());
        for (qsizetype i = 0; i < quotes.size(); ++i) {
            QCOMPARE(quotes.at(i).language, QStringLiteral("es"));
            QCOMPARE(quotes.at(i).original, said.at(i).text); // the words as said stay beside ours
            QVERIFY(quotes.at(i).text != said.at(i).text);
            QCOMPARE(quotes.at(i).who, said.at(i).who);
            QVERIFY(said.at(i).original.isEmpty());
        }

        // The interface here is English: the Spanish words say they are Spanish, and each quote keeps
        // the English words as said.
        const QString quotesPage = ArticleRenderer().renderQuotes(quotes);
        QVERIFY(quotesPage.contains(QStringLiteral("<blockquote><p lang=\"es\" dir=\"ltr\">") +
                                    quotes.first().text.toHtmlEscaped()));
        QCOMPARE(quotesPage.count(QStringLiteral("As said, in English:")), quotes.size());
        QVERIFY(quotesPage.contains(said.first().text.toHtmlEscaped()));
        QVERIFY(quotesPage.contains(QStringLiteral("in our translation")));
        const QString timelinePage = ArticleRenderer().renderTimeline(events, repository.timelineTopics(), {});
        QVERIFY(timelinePage.contains(QStringLiteral("<h3 lang=\"es\" dir=\"ltr\">") +
                                      events.first().title.toHtmlEscaped()));
        // In English, the pages are as they were.
        const QString englishQuotes = ArticleRenderer().renderQuotes(said);
        QVERIFY(!englishQuotes.contains(QStringLiteral("As said, in English:")));
        QVERIFY(!englishQuotes.contains(QStringLiteral(" lang=\"")) ||
                englishQuotes.indexOf(QStringLiteral(" lang=\"")) < englishQuotes.indexOf(QStringLiteral("<body>")));

        // German has no timeline yet: English, and the page says so (in the German interface's words).
        repository.setLanguage(QStringLiteral("de"));
        const QList<TimelineEvent> german = repository.timeline();
        QVERIFY(
            std::all_of(german.cbegin(), german.cend(), [](const TimelineEvent &e) { return e.language.isEmpty(); }));
    }

    void anUntranslatedTimelineSaysSoInTheReadersLanguage()
    {
        ContentRepository repository(*m_db);
        repository.setLanguage(QStringLiteral("de")); // no German timeline or quotes yet
        const QString translations =
            QFileInfo(QStringLiteral(MYELIN_CONTENT_DB)).dir().filePath(QStringLiteral("translations"));
        {
            Translations german({QStringLiteral("de")}, translations, {});
            QCOMPARE(german.language(), QStringLiteral("de"));
            const QString timeline = ArticleRenderer().renderTimeline(repository.timeline(), {}, {});
            QVERIFY2(timeline.contains(QStringLiteral("Die Zeitleiste ist noch nicht auf Deutsch übersetzt")),
                     qPrintable(timeline.left(1500)));
            // The English events say they are English, inside the German page.
            QVERIFY(timeline.contains(QStringLiteral("<h3 lang=\"en\" dir=\"ltr\">")));
            const QString quotes = ArticleRenderer().renderQuotes(repository.quotes());
            QVERIFY(quotes.contains(QStringLiteral("Die Zitate sind noch nicht auf Deutsch übersetzt")));

            // Spanish: all translated, so no note; a timeline with one event left in English says so.
            repository.setLanguage(QStringLiteral("es"));
            Translations spanish({QStringLiteral("es")}, translations, {});
            QList<TimelineEvent> events = repository.timeline();
            const QString translated = ArticleRenderer().renderTimeline(events, {}, {});
            QVERIFY(!translated.contains(QStringLiteral("aún no están traducidos")));
            QVERIFY(translated.contains(QStringLiteral("?lang=en")));
            events[0].language.clear();
            QVERIFY(ArticleRenderer()
                        .renderTimeline(events, {}, {})
                        .contains(QStringLiteral("Algunos sucesos aún no están traducidos al")));
        }
        // English readers see no note.
        const ContentRepository english(*m_db);
        QVERIFY(
            !ArticleRenderer().renderTimeline(english.timeline(), {}, {}).contains(QStringLiteral("language-note")));
    }

    void aTranslatedTermOrTimelineOffersTheEnglish()
    {
        ContentRepository repository(*m_db);
        repository.setLanguage(QStringLiteral("es"));
        const auto term = repository.glossaryTerm(QStringLiteral("relapse"));
        const auto english = repository.glossaryTerm(QStringLiteral("relapse"), QStringLiteral("en"));
        QVERIFY(term && english);
        QCOMPARE(term->language, QStringLiteral("es"));
        QVERIFY(english->language.isEmpty());
        QVERIFY(english->term != term->term);
        QVERIFY(ArticleRenderer()
                    .renderGlossaryTerm(*term, {}, {})
                    .contains(QStringLiteral("href=\"myelin://glossary/relapse?lang=en\" hreflang=\"en\"")));
        QVERIFY(!ArticleRenderer().renderGlossaryTerm(*english, {}, {}).contains(QStringLiteral("?lang=en")));
        // Printed, the link would lead nowhere: left out.
        QVERIFY(!ArticleRenderer({}, ArticleRenderer::Medium::Document)
                     .renderGlossaryTerm(*term, {}, {})
                     .contains(QStringLiteral("?lang=en")));

        const QList<TimelineEvent> research = repository.timeline(QStringLiteral("research"));
        QVERIFY(!research.isEmpty());
        QVERIFY(ArticleRenderer()
                    .renderTimeline(research, {}, QStringLiteral("research"))
                    .contains(QStringLiteral("href=\"myelin://timeline/research?lang=en\"")));
        const QList<TimelineEvent> original = repository.timeline(QStringLiteral("research"), QStringLiteral("en"));
        QCOMPARE(original.size(), research.size());
        QVERIFY(std::all_of(original.cbegin(), original.cend(),
                            [](const TimelineEvent &e) { return e.language.isEmpty(); }));
        QVERIFY(!ArticleRenderer()
                     .renderTimeline(original, {}, QStringLiteral("research"))
                     .contains(QStringLiteral("?lang=en")));
    }

    void contentWithoutTimelineTranslationsStillReads()
    {
        // A content pack built before timeline_translations and quote_translations existed.
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("old.db"));
        QVERIFY(QFile::copy(QStringLiteral(MYELIN_CONTENT_DB), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        {
            QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            sql.setDatabaseName(copy);
            QVERIFY(sql.open());
            QSqlQuery q(sql);
            QVERIFY(q.exec(QStringLiteral("DROP TABLE timeline_translations")));
            QVERIFY(q.exec(QStringLiteral("DROP TABLE quote_translations")));
            q.finish();
            sql.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));
        auto opened = ContentDatabase::open(copy);
        QVERIFY2(opened.database, qPrintable(opened.message));
        ContentRepository repository(*opened.database);
        repository.setLanguage(QStringLiteral("es"));
        QVERIFY(!repository.timeline().isEmpty());
        QVERIFY(repository.timeline().first().language.isEmpty());
        QVERIFY(!repository.quotes().isEmpty());
        QVERIFY(repository.quotes().first().original.isEmpty());
        QCOMPARE(repository.article(QStringLiteral("what-is-ms"))->language, QStringLiteral("es")); // still
    }

    void aMalformedLanguageIsEnglish()
    {
        ContentRepository repository(*m_db);
        repository.setLanguage(QStringLiteral("es' OR 1=1 --"));
        QVERIFY(repository.language().isEmpty());
        QCOMPARE(repository.article(QStringLiteral("what-is-ms"))->language, QStringLiteral("en"));
    }
};

QTEST_GUILESS_MAIN(TestContentTranslations)
#include "tst_contenttranslations.moc"
