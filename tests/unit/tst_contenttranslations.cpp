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

#include <QTest>

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
