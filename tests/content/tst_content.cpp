// SPDX-License-Identifier: GPL-3.0-or-later
// Editorial checks on the bundled content (issue 4): opens the compiled content database read-only and
// checks that the collection is complete, well sourced, correctly shaped and safe. Every failure names
// the article, term or event so an editor knows which file in data/ to fix.
#include "core/contentdatabase.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTest>
#include <memory>
#include <yaml-cpp/yaml.h>

using Myelin::ContentDatabase;

namespace {

// The article tree the content plan requires: each parent's children, in display order.
const QMap<QString, QStringList> &requiredTree()
{
    static const QMap<QString, QStringList> tree = {
        {QStringLiteral("home"), {"get-help-now", "about-ms", "newly-diagnosed", "living-with-ms", "support"}},
        {QStringLiteral("newly-diagnosed"),
         {"first-weeks-after-diagnosis", "telling-people", "depression-anxiety-and-adjustment", "sex-and-relationships",
          "pregnancy-and-parenthood", "carers-and-family"}},
        {QStringLiteral("about-ms"),
         {"what-is-ms", "types-of-ms", "symptoms", "relapses", "diagnosis", "treatments", "causes-of-ms",
          "myths-about-ms", "progressive-and-advanced-ms", "ms-in-children-and-teenagers", "ageing-and-menopause"}},
        {QStringLiteral("treatments"),
         {"hsct-and-treatment-abroad", "complementary-therapies-and-cannabis", "infections-and-vaccines",
          "taking-part-in-research"}},
        {QStringLiteral("causes-of-ms"),
         {"genetics", "vitamin-d-and-sunlight", "epstein-barr-virus", "smoking", "childhood-illness", "trauma-and-ms",
          "ccsvi"}},
        {QStringLiteral("ccsvi"),
         {"ccsvi-general-information", "ccsvi-news", "ccsvi-glossary", "ccsvi-organisations",
          "ccsvi-letter-to-representative", "ccsvi-trial-results", "ccsvi-quotes", "ccsvi-timeline"}},
        {QStringLiteral("living-with-ms"),
         {"fatigue", "diet-and-ms", "exercise", "heat-sensitivity", "vision-problems", "thinking-and-memory",
          "work-and-ms", "bladder-and-bowel", "pain-and-spasticity", "walking-falls-and-mobility-aids",
          "speech-and-swallowing"}},
        {QStringLiteral("work-and-ms"), {"money-and-benefits", "driving-travel-and-insurance"}},
        {QStringLiteral("diet-and-ms"), {"best-bet-diet"}},
        {QStringLiteral("support"),
         {"how-support-groups-work", "running-a-group", "printing-handouts", "talking-to-your-ms-team",
          "finding-reliable-information", "using-myelin"}},
        {QStringLiteral("running-a-group"),
         {"safeguarding-in-groups", "data-protection-for-groups", "group-money-and-insurance",
          "accessible-online-meetings", "when-a-member-is-in-crisis"}},
    };
    return tree;
}

// Guides and section pages that make no health claims of their own (their health statements point to the
// articles that carry an evidence status). Every other article must have one.
const QSet<QString> &articlesWithoutClaims()
{
    static const QSet<QString> slugs = {
        "home",
        "newly-diagnosed",
        "telling-people",
        "living-with-ms",
        "support",
        "work-and-ms",
        "money-and-benefits",
        "driving-travel-and-insurance",
        "running-a-group",
        "printing-handouts",
        "talking-to-your-ms-team",
        "finding-reliable-information",
        "using-myelin",
        "ccsvi-organisations",
        "ccsvi-letter-to-representative",
        "get-help-now",
        "safeguarding-in-groups",
        "data-protection-for-groups",
        "group-money-and-insurance",
        "accessible-online-meetings",
        "when-a-member-is-in-crisis",
    };
    return slugs;
}

// Evidence statuses the content plan fixes for particular articles.
const QMap<QString, QStringList> &requiredEvidence()
{
    static const QMap<QString, QStringList> evidence = {
        {QStringLiteral("ccsvi"), {"not-supported"}},
        {QStringLiteral("ccsvi-trial-results"), {"not-supported"}},
        {QStringLiteral("ccsvi-general-information"), {"not-supported"}},
        {QStringLiteral("vitamin-d-and-sunlight"), {"mixed"}},
        {QStringLiteral("epstein-barr-virus"), {"established", "emerging"}},
        {QStringLiteral("best-bet-diet"), {"no-evidence"}},
    };
    return evidence;
}

QString failureList(const QString &heading, const QStringList &failures)
{
    return heading + QStringLiteral(" (%1):\n  ").arg(failures.size()) + failures.join(QStringLiteral("\n  "));
}

} // namespace

class TestContent : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ContentDatabase> m_db;
    QHash<qint64, QString> m_slugById;

    QSqlQuery run(const QString &sql) const
    {
        QSqlQuery query(m_db->connection());
        query.setForwardOnly(true);
        if (!query.exec(sql)) {
            qFatal("query failed: %s", qPrintable(sql));
        }
        return query;
    }

    int count(const QString &sql) const
    {
        QSqlQuery query = run(sql);
        return query.next() ? query.value(0).toInt() : -1;
    }

    // related_one_way lists from the articles' front matter: slug -> targets that need not link back.
    static QHash<QString, QSet<QString>> oneWayLinksFromFrontMatter(QStringList *problems)
    {
        QHash<QString, QSet<QString>> oneWay;
        const QDir dir(QStringLiteral(MYELIN_DATA_DIR "/articles"));
        const QStringList files = dir.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
        if (files.isEmpty()) {
            problems->append(QStringLiteral("no articles found in %1").arg(dir.path()));
        }
        for (const QString &name : files) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::ReadOnly)) {
                problems->append(QStringLiteral("%1: cannot be read").arg(name));
                continue;
            }
            const QString text =
                QString::fromUtf8(file.readAll()).replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
            if (!text.startsWith(QStringLiteral("---\n"))) {
                problems->append(QStringLiteral("%1: no front matter").arg(name));
                continue;
            }
            const int end = text.indexOf(QStringLiteral("\n---"), 3);
            if (end < 0) {
                problems->append(QStringLiteral("%1: front matter is not closed with ---").arg(name));
                continue;
            }
            try {
                const YAML::Node front = YAML::Load(text.mid(4, end - 4).toStdString());
                const YAML::Node list = front["related_one_way"];
                if (!list) {
                    continue;
                }
                if (!list.IsSequence()) {
                    problems->append(QStringLiteral("%1: related_one_way must be a list of slugs").arg(name));
                    continue;
                }
                const QString slug = QString::fromStdString(front["slug"].as<std::string>(""));
                for (const YAML::Node &target : list) {
                    oneWay[slug].insert(QString::fromStdString(target.as<std::string>("")));
                }
            } catch (const YAML::Exception &error) {
                problems->append(QStringLiteral("%1: front matter is not valid YAML: %2").arg(name, error.what()));
            }
        }
        return oneWay;
    }

private slots:
    void initTestCase()
    {
        auto result = ContentDatabase::open(QStringLiteral(MYELIN_CONTENT_DB));
        QVERIFY2(result.database, qPrintable(result.message));
        m_db = std::move(result.database);
        QSqlQuery query = run(QStringLiteral("SELECT id, slug FROM articles"));
        while (query.next()) {
            m_slugById.insert(query.value(0).toLongLong(), query.value(1).toString());
        }
    }

    void collectionIsBigEnough()
    {
        const int articles = count(QStringLiteral("SELECT COUNT(*) FROM articles"));
        const int terms = count(QStringLiteral("SELECT COUNT(*) FROM glossary"));
        const int events = count(QStringLiteral("SELECT COUNT(*) FROM timeline WHERE year BETWEEN 2009 AND 2025"));
        const int quotes = count(QStringLiteral("SELECT COUNT(*) FROM quotes"));
        QVERIFY2(articles >= 40, qPrintable(QStringLiteral("%1 articles; the plan needs at least 40").arg(articles)));
        QVERIFY2(terms >= 60, qPrintable(QStringLiteral("%1 glossary terms; at least 60 needed").arg(terms)));
        QVERIFY2(events >= 25,
                 qPrintable(QStringLiteral("%1 timeline events from 2009 to 2025; at least 25 needed").arg(events)));
        QVERIFY2(quotes >= 5, qPrintable(QStringLiteral("%1 quotes; at least 5 needed").arg(quotes)));
    }

    void timelineCoversTheStory()
    {
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM timeline WHERE year = 2009")) > 0, true);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM timeline WHERE year = 2025")) > 0, true);
        for (const char *topic : {"funding", "safety", "trial"}) {
            const int n = count(QStringLiteral("SELECT COUNT(*) FROM timeline WHERE topic = '%1'").arg(topic));
            QVERIFY2(n > 0, qPrintable(QStringLiteral("timeline has no event with topic '%1'").arg(topic)));
        }
        QStringList failures;
        QSqlQuery query = run(QStringLiteral("SELECT date, title, source_title, source_url FROM timeline"));
        while (query.next()) {
            const QString event =
                QStringLiteral("timeline %1 \"%2\"").arg(query.value(0).toString(), query.value(1).toString());
            if (query.value(2).toString().trimmed().isEmpty()) {
                failures << event + QStringLiteral(": source has no title");
            }
            if (!query.value(3).toString().startsWith(QLatin1String("https://"))) {
                failures << event + QStringLiteral(": source url is not https: ") + query.value(3).toString();
            }
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failureList(QStringLiteral("Timeline events to fix"), failures)));
    }

    // Issue 17: one date for each event. A sentence of an article that names an event of the timeline
    // (by a proper name in the event's title or text, such as "Calgary" or "CoSMo") and gives a month of
    // that event's year must give the timeline's month ("August 2011" against the timeline's September).
    void eventDatesAgreeAcrossArticlesAndTimeline()
    {
        static const QStringList months = {
            QStringLiteral("January"), QStringLiteral("February"), QStringLiteral("March"),
            QStringLiteral("April"),   QStringLiteral("May"),      QStringLiteral("June"),
            QStringLiteral("July"),    QStringLiteral("August"),   QStringLiteral("September"),
            QStringLiteral("October"), QStringLiteral("November"), QStringLiteral("December")};
        // Words that name no single event.
        static const QSet<QString> common = {
            QStringLiteral("CCSVI"),    QStringLiteral("Canada"),  QStringLiteral("Canadian"),
            QStringLiteral("Italian"),  QStringLiteral("Italy"),   QStringLiteral("People"),
            QStringLiteral("First"),    QStringLiteral("Society"), QStringLiteral("National"),
            QStringLiteral("Research"), QStringLiteral("Health"),  QStringLiteral("Study"),
            QStringLiteral("Trial"),    QStringLiteral("Team"),    QStringLiteral("Large"),
            QStringLiteral("They"),     QStringLiteral("This"),    QStringLiteral("There"),
            QStringLiteral("With"),     QStringLiteral("Their"),   QStringLiteral("After"),
            QStringLiteral("When"),     QStringLiteral("Some"),    QStringLiteral("Many")};
        static const QRegularExpression properName(QStringLiteral("\\b[A-Z][A-Za-z-]{3,}\\b"));
        QHash<QString, QSet<QString>> anchorDates; // "Calgary" -> {"2011-09"}
        QSqlQuery events = run(QStringLiteral("SELECT date, title, text FROM timeline"));
        while (events.next()) {
            const QString date = events.value(0).toString();
            if (date.size() < 7) {
                continue; // a year only: no month to compare
            }
            const QString words = events.value(1).toString() + QLatin1Char(' ') + events.value(2).toString();
            for (auto it = properName.globalMatch(words); it.hasNext();) {
                const QString name = it.next().captured(0);
                if (!common.contains(name) && !months.contains(name)) {
                    anchorDates[name].insert(date.left(7));
                }
            }
        }
        QVERIFY(anchorDates.contains(QStringLiteral("Calgary")));
        static const QRegularExpression monthYear(
            QStringLiteral("\\b(%1) (\\d{4})\\b").arg(months.join(QLatin1Char('|'))));
        // Sentences of the rendered text: blocks end at their closing tags, sentences at a full stop
        // (or a citation marker after it).
        static const QRegularExpression blockEnd(QStringLiteral("</(p|h[1-6]|li|td|th|figcaption|summary)>"));
        static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
        static const QRegularExpression sentenceEnd(QStringLiteral("(?<=[.!?\\]])\\s+|\\n"));
        QStringList problems;
        QSqlQuery articles = run(QStringLiteral("SELECT slug, html FROM articles"));
        while (articles.next()) {
            const QString text = articles.value(1).toString().replace(blockEnd, QStringLiteral("\n")).remove(tag);
            for (const QString &sentence : text.split(sentenceEnd)) {
                for (auto m = monthYear.globalMatch(sentence); m.hasNext();) {
                    const QRegularExpressionMatch match = m.next();
                    const QString said = QStringLiteral("%1-%2")
                                             .arg(match.captured(2))
                                             .arg(months.indexOf(match.captured(1)) + 1, 2, 10, QLatin1Char('0'));
                    for (auto it = anchorDates.cbegin(); it != anchorDates.cend(); ++it) {
                        if (!sentence.contains(it.key())) {
                            continue;
                        }
                        bool sameYear = false;
                        for (const QString &date : it.value()) {
                            sameYear = sameYear || date.left(4) == said.left(4);
                        }
                        if (sameYear && !it.value().contains(said)) {
                            problems.append(QStringLiteral("%1: \"%2\" says %3 %4; timeline.yaml has %5")
                                                .arg(articles.value(0).toString(), sentence.simplified().left(120),
                                                     match.captured(1), match.captured(2),
                                                     QStringList(it.value().cbegin(), it.value().cend())
                                                         .join(QStringLiteral(", "))));
                        }
                    }
                }
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void everyQuoteHasACheckableSource()
    {
        QStringList failures;
        QSqlQuery query = run(QStringLiteral("SELECT who, date, text, source_title, source_publisher, source_url "
                                             "FROM quotes"));
        while (query.next()) {
            const QString quote =
                QStringLiteral("quote by %1 (%2)").arg(query.value(0).toString(), query.value(1).toString());
            if (query.value(2).toString().trimmed().isEmpty()) {
                failures << quote + QStringLiteral(": no text");
            }
            if (query.value(3).toString().trimmed().isEmpty() || query.value(4).toString().trimmed().isEmpty()) {
                failures << quote + QStringLiteral(": source needs a title and a publisher");
            }
            if (!query.value(5).toString().startsWith(QLatin1String("https://"))) {
                failures << quote + QStringLiteral(": source url is not https: ") + query.value(5).toString();
            }
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failureList(QStringLiteral("Quotes to fix"), failures)));
    }

    void everyArticleIsComplete()
    {
        QHash<qint64, int> sourceCount;
        QHash<qint64, int> relatedCount;
        QStringList failures;
        QHash<qint64, int> reviewedYear;

        QSqlQuery articles = run(QStringLiteral("SELECT id, slug, title, summary, reviewed, word_count FROM articles"));
        while (articles.next()) {
            const qint64 id = articles.value(0).toLongLong();
            const QString slug = articles.value(1).toString();
            if (articles.value(2).toString().trimmed().isEmpty()) {
                failures << slug + QStringLiteral(": no title");
            }
            if (articles.value(3).toString().trimmed().isEmpty()) {
                failures << slug + QStringLiteral(": no summary");
            }
            const QDate reviewed = QDate::fromString(articles.value(4).toString(), Qt::ISODate);
            if (!reviewed.isValid()) {
                failures << slug + QStringLiteral(": reviewed date '%1' is not YYYY-MM-DD")
                                       .arg(articles.value(4).toString());
            }
            reviewedYear.insert(id, reviewed.isValid() ? reviewed.year() : 9999);
            const int words = articles.value(5).toInt();
            if (words < 300 || words > 1200) {
                failures << slug + QStringLiteral(": %1 words; keep the body between 300 and 1,200").arg(words);
            }
            sourceCount.insert(id, 0);
            relatedCount.insert(id, 0);
        }

        QSqlQuery sources =
            run(QStringLiteral("SELECT article_id, position, title, publisher, year, url FROM sources"));
        while (sources.next()) {
            const qint64 id = sources.value(0).toLongLong();
            const QString where =
                QStringLiteral("%1: source %2").arg(m_slugById.value(id)).arg(sources.value(1).toInt() + 1);
            ++sourceCount[id];
            if (sources.value(2).toString().trimmed().isEmpty()) {
                failures << where + QStringLiteral(" has no title");
            }
            if (sources.value(3).toString().trimmed().isEmpty()) {
                failures << where + QStringLiteral(" has no publisher");
            }
            const int year = sources.value(4).toInt();
            if (year < 1800 || year > reviewedYear.value(id)) {
                failures << where + QStringLiteral(" has year %1, which is not between 1800 and the reviewed date")
                                        .arg(year);
            }
            if (!sources.value(5).toString().startsWith(QLatin1String("https://"))) {
                failures << where + QStringLiteral(" url is not https: ") + sources.value(5).toString();
            }
        }

        QSqlQuery related = run(QStringLiteral("SELECT article_id FROM related"));
        while (related.next()) {
            ++relatedCount[related.value(0).toLongLong()];
        }

        for (auto it = sourceCount.cbegin(); it != sourceCount.cend(); ++it) {
            if (it.value() < 2) {
                failures << m_slugById.value(it.key()) +
                                QStringLiteral(": %1 source(s); at least 2 needed").arg(it.value());
            }
            const int links = relatedCount.value(it.key());
            if (links < 3) {
                failures << m_slugById.value(it.key()) +
                                QStringLiteral(": %1 related article(s); at least 3 needed").arg(links);
            }
        }
        failures.sort();
        QVERIFY2(failures.isEmpty(), qPrintable(failureList(QStringLiteral("Articles to fix"), failures)));
    }

    void articlesThatMakeClaimsHaveAnEvidenceStatus()
    {
        QStringList failures;
        QSqlQuery query = run(QStringLiteral("SELECT slug, evidence FROM articles ORDER BY slug"));
        QSet<QString> seen;
        while (query.next()) {
            const QString slug = query.value(0).toString();
            const QString evidence = query.value(1).isNull() ? QString() : query.value(1).toString();
            seen.insert(slug);
            if (evidence.isEmpty() && !articlesWithoutClaims().contains(slug)) {
                failures << slug + QStringLiteral(": makes health claims but has no evidence status");
            }
            const auto required = requiredEvidence().constFind(slug);
            if (required != requiredEvidence().cend() && !required.value().contains(evidence)) {
                failures << slug + QStringLiteral(": evidence is '%1' but the plan says %2")
                                       .arg(evidence, required.value().join(QStringLiteral(" or ")));
            }
        }
        for (auto it = requiredEvidence().cbegin(); it != requiredEvidence().cend(); ++it) {
            if (!seen.contains(it.key())) {
                failures << it.key() + QStringLiteral(": article is missing");
            }
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failureList(QStringLiteral("Evidence statuses to fix"), failures)));
    }

    void everyArticleIsReachableFromTheRoot()
    {
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM articles WHERE parent_id IS NULL")), 1);
        QSqlQuery root = run(QStringLiteral("SELECT slug FROM articles WHERE parent_id IS NULL"));
        QVERIFY(root.next());
        QCOMPARE(root.value(0).toString(), QStringLiteral("home"));

        QStringList unreachable;
        QSqlQuery query =
            run(QStringLiteral("WITH RECURSIVE reachable(id) AS ("
                               "  SELECT id FROM articles WHERE parent_id IS NULL"
                               "  UNION SELECT a.id FROM articles a JOIN reachable r ON a.parent_id = r.id) "
                               "SELECT slug FROM articles WHERE id NOT IN (SELECT id FROM reachable) ORDER BY slug"));
        while (query.next()) {
            unreachable << query.value(0).toString() + QStringLiteral(": not reachable from home (check its parent)");
        }
        QVERIFY2(unreachable.isEmpty(), qPrintable(failureList(QStringLiteral("Orphaned articles"), unreachable)));
    }

    void treeMatchesTheContentPlan()
    {
        QStringList failures;
        const auto &tree = requiredTree();
        for (auto it = tree.cbegin(); it != tree.cend(); ++it) {
            QSqlQuery query(m_db->connection());
            query.prepare(QStringLiteral("SELECT c.slug FROM articles c JOIN articles p ON c.parent_id = p.id "
                                         "WHERE p.slug = ? ORDER BY c.sort_order, c.id"));
            query.addBindValue(it.key());
            QVERIFY(query.exec());
            QStringList children;
            while (query.next()) {
                children << query.value(0).toString();
            }
            if (children != it.value()) {
                failures << QStringLiteral("%1: children are [%2] but the plan says [%3]")
                                .arg(it.key(), children.join(QStringLiteral(", ")),
                                     it.value().join(QStringLiteral(", ")));
            }
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failureList(QStringLiteral("Tree differs from the plan"), failures)));
    }

    void relatedLinksAreTwoWay()
    {
        QStringList failures;
        const QHash<QString, QSet<QString>> oneWay = oneWayLinksFromFrontMatter(&failures);

        QSet<QPair<QString, QString>> links;
        QSqlQuery query =
            run(QStringLiteral("SELECT a.slug, b.slug FROM related r JOIN articles a ON a.id = r.article_id "
                               "JOIN articles b ON b.id = r.related_id"));
        while (query.next()) {
            links.insert({query.value(0).toString(), query.value(1).toString()});
        }
        for (const auto &link : std::as_const(links)) {
            if (link.first == link.second) {
                failures << link.first + QStringLiteral(": lists itself as related");
            } else if (!links.contains({link.second, link.first}) && !oneWay.value(link.first).contains(link.second)) {
                failures << QStringLiteral("%1 lists %2, but %2 does not list %1 (add it, or put %2 in %1's "
                                           "related_one_way)")
                                .arg(link.first, link.second);
            }
        }
        for (auto it = oneWay.cbegin(); it != oneWay.cend(); ++it) {
            for (const QString &target : it.value()) {
                if (!links.contains({it.key(), target})) {
                    failures << QStringLiteral("%1: related_one_way names %2, which is not in its related list")
                                    .arg(it.key(), target);
                }
            }
        }
        failures.sort();
        QVERIFY2(failures.isEmpty(), qPrintable(failureList(QStringLiteral("Related links to fix"), failures)));
    }

    void everyGlossaryTermIsUsed()
    {
        QString allHtml;
        QString allPlain;
        QSqlQuery articles = run(QStringLiteral("SELECT html, plain FROM articles"));
        while (articles.next()) {
            allHtml += articles.value(0).toString();
            allPlain += QLatin1Char(' ') + articles.value(1).toString();
        }
        QStringList failures;
        QSqlQuery terms = run(QStringLiteral("SELECT slug, term FROM glossary ORDER BY slug"));
        while (terms.next()) {
            const QString id = terms.value(0).toString();
            const QString term = terms.value(1).toString();
            if (allHtml.contains(QStringLiteral("myelin://glossary/%1\"").arg(id))) {
                continue;
            }
            // Otherwise the term (or a short form of it, or its id) must appear in some article's text.
            QStringList forms = {term, id, QString(id).replace(QLatin1Char('-'), QLatin1Char(' '))};
            const int bracket = term.indexOf(QLatin1String(" ("));
            if (bracket > 0) {
                forms << term.left(bracket);
                const QString inside = term.mid(bracket + 2).chopped(1);
                for (const QString &part : inside.split(QLatin1Char(','))) {
                    forms << part.trimmed();
                }
            }
            bool used = false;
            for (const QString &form : std::as_const(forms)) {
                if (form.size() < 2) {
                    continue;
                }
                const QRegularExpression word(QStringLiteral("\\b%1(s|es)?\\b").arg(QRegularExpression::escape(form)),
                                              QRegularExpression::CaseInsensitiveOption);
                if (word.match(allPlain).hasMatch()) {
                    used = true;
                    break;
                }
            }
            if (!used) {
                failures << QStringLiteral("%1 (\"%2\"): not used in or linked from any article").arg(id, term);
            }
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failureList(QStringLiteral("Unused glossary terms"), failures)));
    }

    void ccsviDiagramIsBundledAndUsed()
    {
        QSqlQuery image(m_db->connection());
        QVERIFY(
            image.exec(QStringLiteral("SELECT mime, length(data), alt FROM images WHERE name = 'venous-drainage'")));
        QVERIFY2(image.next(), "images: venous-drainage (data/images/venous-drainage.svg) is missing");
        QCOMPARE(image.value(0).toString(), QStringLiteral("image/svg+xml"));
        QVERIFY2(image.value(1).toInt() > 0, "images: venous-drainage has no data");
        QVERIFY2(!image.value(2).toString().trimmed().isEmpty(), "images: venous-drainage has no alt text");

        QSqlQuery article(m_db->connection());
        QVERIFY(article.exec(QStringLiteral("SELECT html FROM articles WHERE slug = 'ccsvi'")));
        QVERIFY2(article.next(), "the ccsvi article is missing");
        QVERIFY2(article.value(0).toString().contains(QLatin1String("src=\"myelin://image/venous-drainage\"")),
                 "ccsvi: does not show the diagram; add ![description](image:venous-drainage)");
    }

    void articleHtmlIsSafeAndOffline()
    {
        static const QRegularExpression remoteSource(QStringLiteral("\\bsrc\\s*=\\s*[\"']?\\s*(https?:)?//"),
                                                     QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression script(QStringLiteral("<\\s*script"),
                                               QRegularExpression::CaseInsensitiveOption);
        QStringList failures;
        QSqlQuery query = run(QStringLiteral("SELECT slug, html FROM articles ORDER BY slug"));
        while (query.next()) {
            const QString slug = query.value(0).toString();
            const QString html = query.value(1).toString();
            if (html.contains(remoteSource)) {
                failures << slug + QStringLiteral(": loads something from the internet (src=http...)");
            }
            if (html.contains(script)) {
                failures << slug + QStringLiteral(": contains a <script> element");
            }
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failureList(QStringLiteral("Unsafe article HTML"), failures)));
    }

    void cleanupTestCase() { m_db.reset(); }
};

QTEST_GUILESS_MAIN(TestContent)
#include "tst_content.moc"
