// SPDX-License-Identifier: GPL-3.0-or-later
// Export, import and delete all of the user's data (userdataexport.h, userdataimport.h,
// userdataerase.h): the export holds every field of every item, an import merges without ever
// overwriting and adds nothing the second time, and deleting leaves none of the words in the files.
#include "userdata/personallibrary.h"
#include "userdata/userdatabase.h"
#include "userdata/userdatacounts.h"
#include "userdata/userdataerase.h"
#include "userdata/userdataexport.h"
#include "userdata/userdataimport.h"
#include "userdata/userdataproblem.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Myelin;

namespace {
struct Library
{
    explicit Library(const QString &path) : database(path), library(database) {}
    UserDatabase database;
    PersonalLibrary library;
};

// One of everything, with words outside ASCII, a note over two lines and a ticked question.
void fill(PersonalLibrary &library)
{
    const qint64 folder = library.bookmarks.addFolder(QStringLiteral("For my neurologist"));
    library.bookmarks.addFolder(QStringLiteral("Später – ünïcödé"));
    library.bookmarks.addBookmark(QStringLiteral("fatigue"), QStringLiteral("Fatigue"));
    library.bookmarks.addBookmark(QStringLiteral("heat-sensitivity"), QStringLiteral("Heat and MS"), folder);
    Highlight h;
    h.slug = QStringLiteral("fatigue");
    h.articleTitle = QStringLiteral("Fatigue");
    h.quote = QStringLiteral("Fatigue is common");
    h.prefix = QStringLiteral("In MS, ");
    h.suffix = QStringLiteral(" and often");
    h.headingPath = QStringLiteral("Fatigue > What it is");
    h.colour = HighlightColour::Green;
    h.note = QStringLiteral("Ask about naps.\nAnd «amantadine».");
    library.highlights.addHighlight(h);
    h.quote = QStringLiteral("a second passage");
    h.note.clear();
    library.highlights.addHighlight(h);
    library.questions.addQuestion(QStringLiteral("Should I change my DMT?"));
    const qint64 q =
        library.questions.addQuestion(QStringLiteral("Is heat making it worse?"), QStringLiteral("heat-sensitivity"),
                                      QStringLiteral("Heat and MS"), QStringLiteral("Uhthoff"));
    library.questions.setDone(q, true);
    library.history.recordVisit(QStringLiteral("fatigue"), QStringLiteral("Fatigue"),
                                QDateTime(QDate(2025, 5, 7), QTime(10, 0), QTimeZone::utc()));
    library.history.recordVisit(QStringLiteral("ccsvi"), QStringLiteral("CCSVI"),
                                QDateTime(QDate(2025, 5, 8), QTime(21, 45), QTimeZone::utc()));
    library.history.savePosition(QStringLiteral("fatigue"), {QStringLiteral("what-it-is"), 0.25, true});
    library.database.recordFeedback(QStringLiteral("ccsvi"), true);
}

// The document without the moment it was made.
QJsonObject withoutTime(QJsonObject document)
{
    document.remove(QStringLiteral("exported_at"));
    return document;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TestUserDataExport : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }
    void cleanup() { m_dir.reset(); }

    void theExportHoldsEveryFieldOfEveryItem()
    {
        Library a(m_dir->filePath(QStringLiteral("a.db")));
        fill(a.library);
        const UserDataExport::Result result =
            UserDataExport::build(a.database, QDateTime(QDate(2026, 12, 6), QTime(3, 15), QTimeZone::utc()));
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        const QJsonObject doc = result.document;
        QCOMPARE(doc.value(QStringLiteral("format")).toString(), QStringLiteral("myelin-user-data"));
        QCOMPARE(doc.value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(doc.value(QStringLiteral("exported_at")).toString(), QStringLiteral("2026-12-06T03:15:00.000Z"));
        QCOMPARE(doc.value(QStringLiteral("schema_version")).toInt(), UserDatabase::schemaVersion());
        QCOMPARE(result.counts.folders, 2);
        QCOMPARE(result.counts.bookmarks, 2);
        QCOMPARE(result.counts.highlights, 2);
        QCOMPARE(result.counts.notes, 1);
        QCOMPARE(result.counts.questions, 2);
        QCOMPARE(result.counts.visits, 2);
        QCOMPARE(result.counts.positions, 1);
        QCOMPARE(result.counts.feedback, 1);

        // The field names are those docs/user-data-format.md lists, each one there.
        const QByteArray docs = fileBytes(QStringLiteral(MYELIN_DOCS_DIR "/user-data-format.md"));
        QVERIFY(!docs.isEmpty());
        for (auto part = doc.constBegin(); part != doc.constEnd(); ++part) {
            QVERIFY2(docs.contains("`" + part.key().toUtf8() + "`"), qPrintable(part.key()));
            for (const QJsonValue &item : part.value().toArray()) {
                for (const QString &key : item.toObject().keys()) {
                    QVERIFY2(docs.contains("`" + key.toUtf8() + "`"), qPrintable(part.key() + QLatin1Char('.') + key));
                }
            }
        }

        const QJsonObject bookmark = doc.value(QStringLiteral("bookmarks")).toArray().at(1).toObject();
        QCOMPARE(bookmark.value(QStringLiteral("title")).toString(), QStringLiteral("Heat and MS"));
        QCOMPARE(bookmark.value(QStringLiteral("folder_uid")).toString(),
                 a.library.bookmarks.folders().constFirst().uid);
        QVERIFY(doc.value(QStringLiteral("bookmarks"))
                    .toArray()
                    .at(0)
                    .toObject()
                    .value(QStringLiteral("folder_uid"))
                    .isNull());
        const QJsonObject highlight = doc.value(QStringLiteral("highlights")).toArray().at(0).toObject();
        QCOMPARE(highlight.value(QStringLiteral("note")).toString(),
                 QStringLiteral("Ask about naps.\nAnd «amantadine»."));
        QCOMPARE(highlight.value(QStringLiteral("colour")).toString(), QStringLiteral("green"));
        QCOMPARE(highlight.value(QStringLiteral("heading_path")).toString(), QStringLiteral("Fatigue > What it is"));
        const QJsonArray questions = doc.value(QStringLiteral("questions")).toArray();
        QVERIFY(questions.at(0).toObject().value(QStringLiteral("slug")).isNull());
        QCOMPARE(questions.at(1).toObject().value(QStringLiteral("done")).toBool(), true);
        QCOMPARE(doc.value(QStringLiteral("history")).toArray().at(1).toObject().value(QStringLiteral("visited_at")),
                 QJsonValue(QStringLiteral("2025-05-08T21:45:00.000Z")));
        QCOMPARE(doc.value(QStringLiteral("reading_positions"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("offset"))
                     .toDouble(),
                 0.25);
        QCOMPARE(doc.value(QStringLiteral("feedback")).toArray().at(0).toObject().value(QStringLiteral("useful")),
                 QJsonValue(true));
    }

    void anExportImportedElsewhereIsTheSame()
    {
        Library a(m_dir->filePath(QStringLiteral("a.db")));
        fill(a.library);
        const QString file = m_dir->filePath(QStringLiteral("my data.json"));
        QString error;
        QVERIFY2(UserDataExport::writeFile(a.database, file, &error), qPrintable(error));

        Library b(m_dir->filePath(QStringLiteral("b.db")));
        QSignalSpy bookmarksChanged(&b.library.bookmarks, &BookmarkStore::changed);
        QSignalSpy highlightsChanged(&b.library.highlights, &HighlightStore::changed);
        QSignalSpy questionsChanged(&b.library.questions, &QuestionStore::changed);
        QSignalSpy historyChanged(&b.library.history, &HistoryStore::changed);
        const UserDataImport::Summary summary = UserDataImport::importFile(b.library, file);
        QVERIFY2(summary.ok, qPrintable(summary.error));
        QCOMPARE(summary.added(), 12);
        QCOMPARE(summary.alreadyThere(), 0);
        QCOMPARE(summary.highlights.added, 2);
        QCOMPARE(bookmarksChanged.count(), 1);
        QCOMPARE(highlightsChanged.count(), 1); // one article
        QCOMPARE(highlightsChanged.constFirst().constFirst().toString(), QStringLiteral("fatigue"));
        QCOMPARE(questionsChanged.count(), 1);
        QCOMPARE(historyChanged.count(), 1);

        const QJsonObject exported = UserDataExport::build(a.database).document;
        QCOMPARE(withoutTime(UserDataExport::build(b.database).document), withoutTime(exported));
    }

    void importingTwiceAddsNothing()
    {
        Library a(m_dir->filePath(QStringLiteral("a.db")));
        fill(a.library);
        const QByteArray json = QJsonDocument(UserDataExport::build(a.database).document).toJson();
        Library b(m_dir->filePath(QStringLiteral("b.db")));
        QVERIFY(UserDataImport::importDocument(b.library, json).ok);
        const QJsonObject once = withoutTime(UserDataExport::build(b.database).document);
        QSignalSpy bookmarksChanged(&b.library.bookmarks, &BookmarkStore::changed);
        const UserDataImport::Summary again = UserDataImport::importDocument(b.library, json);
        QVERIFY(again.ok);
        QCOMPARE(again.added(), 0);
        QCOMPARE(again.keptBoth(), 0);
        QCOMPARE(again.alreadyThere(), 12);
        QCOMPARE(withoutTime(UserDataExport::build(b.database).document), once);
        QCOMPARE(bookmarksChanged.count(), 0);
        // And into the database it came from.
        QCOMPARE(UserDataImport::importDocument(a.library, json).added(), 0);
    }

    void differentWordsUnderTheSameUidAreBothKept()
    {
        Library a(m_dir->filePath(QStringLiteral("a.db")));
        fill(a.library);
        const QByteArray before = QJsonDocument(UserDataExport::build(a.database).document).toJson();
        // On this computer the user then changes a note, renames a bookmark and rewords a question.
        const Highlight mine = a.library.highlights.highlightsOf(QStringLiteral("fatigue")).constFirst();
        QVERIFY(a.library.highlights.setNote(mine.id, QStringLiteral("My newer note")));
        const Bookmark bookmark = a.library.bookmarks.bookmarks().constFirst();
        QVERIFY(a.library.bookmarks.renameBookmark(bookmark.id, QStringLiteral("Tiredness")));
        const Question question = a.library.questions.questions().constFirst();
        QVERIFY(a.library.questions.editQuestion(question.id, QStringLiteral("Should I switch my DMT?")));
        // Moving and ticking off are not new words: no copy for those.
        QVERIFY(a.library.questions.moveQuestion(question.id, +1));

        const UserDataImport::Summary summary = UserDataImport::importDocument(a.library, before);
        QVERIFY2(summary.ok, qPrintable(summary.error));
        QCOMPARE(summary.added(), 0);
        QCOMPARE(summary.keptBoth(), 3);
        QCOMPARE(summary.highlights.keptBoth, 1);
        QCOMPARE(summary.bookmarks.keptBoth, 1);
        QCOMPARE(summary.questions.keptBoth, 1);
        QStringList notes;
        for (const Highlight &h : a.library.highlights.highlightsOf(QStringLiteral("fatigue"))) {
            notes.append(h.note);
        }
        QVERIFY(notes.contains(QStringLiteral("My newer note")));
        QVERIFY(notes.contains(QStringLiteral("Ask about naps.\nAnd «amantadine».")));
        QCOMPARE(notes.size(), 3);
        QStringList titles;
        for (const Bookmark &b : a.library.bookmarks.bookmarks()) {
            titles.append(b.title);
        }
        QVERIFY(titles.contains(QStringLiteral("Tiredness")));
        QVERIFY(titles.contains(QStringLiteral("Fatigue")));
        // The imported copies have uids of their own, stable from one import to the next.
        QCOMPARE(UserDataImport::copyUid(mine.uid, {QStringLiteral("a")}),
                 UserDataImport::copyUid(mine.uid, {QStringLiteral("a")}));
        QVERIFY(UserDataImport::copyUid(mine.uid, {QStringLiteral("a")}) !=
                UserDataImport::copyUid(mine.uid, {QStringLiteral("b")}));

        const UserDataImport::Summary again = UserDataImport::importDocument(a.library, before);
        QCOMPARE(again.added() + again.keptBoth(), 0);
        QCOMPARE(a.library.highlights.highlightsOf(QStringLiteral("fatigue")).size(), 3);
    }

    void itemsThatCannotBeReadAreCountedAndSkipped()
    {
        Library b(m_dir->filePath(QStringLiteral("b.db")));
        const QByteArray json = R"({"format": "myelin-user-data", "version": 1,
            "bookmarks": [{"uid": "u1", "slug": "fatigue", "title": "Fatigue"}, {"slug": "no-uid", "title": "x"},
                          {"uid": "u2", "slug": 7, "title": "x"}, "not an object",
                          {"uid": "u3", "slug": "diet", "title": "Diet", "folder_uid": "a folder not in the file"}],
            "questions": [{"uid": "q1", "text": "   "}, {"uid": "q2", "text": "Fine?"}],
            "reading_positions": [{"slug": "fatigue", "heading_id": "x", "offset": "far"}],
            "feedback": [{"slug": "ccsvi", "useful": "yes"}, {"slug": "diet", "useful": false}],
            "unknown_part": [1, 2, 3]})";
        const UserDataImport::Summary summary = UserDataImport::importDocument(b.library, json);
        QVERIFY2(summary.ok, qPrintable(summary.error));
        QCOMPARE(summary.bookmarks.added, 2);
        QCOMPARE(summary.bookmarks.unreadable, 3);
        QCOMPARE(summary.questions.added, 1);
        QCOMPARE(summary.questions.unreadable, 1);
        QCOMPARE(summary.positions.unreadable, 1);
        QCOMPARE(summary.feedback.added, 1);
        QCOMPARE(summary.feedback.unreadable, 1);
        QCOMPARE(b.database.feedback(QStringLiteral("diet")), 0);
        QCOMPARE(b.library.bookmarks.bookmarksIn(0).size(), 2); // no such folder: not in a folder
    }

    void aFileThatIsNotAnExportChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("words");
        QTest::newRow("not json") << QByteArray("{\"format\": ") << QStringLiteral("not a Myelin data export");
        QTest::newRow("an array") << QByteArray("[]") << QStringLiteral("not a Myelin data export");
        QTest::newRow("another format") << QByteArray(R"({"format": "handout", "version": 1})")
                                        << QStringLiteral("not a Myelin data export");
        QTest::newRow("no version") << QByteArray(R"({"format": "myelin-user-data"})")
                                    << QStringLiteral("no format version");
        QTest::newRow("newer") << QByteArray(R"({"format": "myelin-user-data", "version": 2, "bookmarks": [
                                  {"uid": "u1", "slug": "fatigue", "title": "Fatigue"}]})")
                               << QStringLiteral("newer version of Myelin (format version 2");
    }

    void aFileThatIsNotAnExportChangesNothing()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, words);
        Library b(m_dir->filePath(QStringLiteral("b.db")));
        const UserDataImport::Summary summary = UserDataImport::importDocument(b.library, json);
        QVERIFY(!summary.ok);
        QVERIFY2(summary.error.contains(words), qPrintable(summary.error));
        QVERIFY(UserDataCounts::of(b.database).isEmpty());
        QVERIFY(!UserDataImport::importFile(b.library, m_dir->filePath(QStringLiteral("missing.json"))).ok);
    }

    void aFailedImportAddsNothingAtAll()
    {
        Library a(m_dir->filePath(QStringLiteral("a.db")));
        fill(a.library);
        const QByteArray json = QJsonDocument(UserDataExport::build(a.database).document).toJson();
        Library b(m_dir->filePath(QStringLiteral("b.db")));
        QVERIFY(b.library.questions.addQuestion(QStringLiteral("Mine")) > 0);
        QSqlQuery query(b.database.connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA query_only = ON")));
        query.finish();
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("read-only")));
        const UserDataImport::Summary summary = UserDataImport::importDocument(b.library, json);
        QVERIFY(!summary.ok);
        QVERIFY2(summary.error.startsWith(QStringLiteral("Nothing was imported.")), qPrintable(summary.error));
        QVERIFY(query.exec(QStringLiteral("PRAGMA query_only = OFF")));
        query.finish();
        QCOMPARE(UserDataCounts::of(b.database).total(), 1);
    }

    void deletingAllLeavesNoneOfTheWordsInTheFiles()
    {
        const QString path = m_dir->filePath(QStringLiteral("user.db"));
        // A copy set aside earlier because it was damaged: it holds the user's words too.
        QFile aside(path + QStringLiteral(".damaged-2026-01-01-0900"));
        QVERIFY(aside.open(QIODevice::WriteOnly));
        aside.write("old words");
        aside.close();
        Library a(path);
        fill(a.library);
        const QByteArray secret = QStringLiteral("And «amantadine».").toUtf8();
        QVERIFY(fileBytes(path).contains(secret) || fileBytes(path + QStringLiteral("-wal")).contains(secret));
        QCOMPARE(UserDataCounts::of(a.database).total(), 12);
        QSignalSpy bookmarksChanged(&a.library.bookmarks, &BookmarkStore::changed);
        QSignalSpy highlightsChanged(&a.library.highlights, &HighlightStore::changed);
        QSignalSpy questionsChanged(&a.library.questions, &QuestionStore::changed);
        QSignalSpy historyChanged(&a.library.history, &HistoryStore::changed);

        const UserDataErase::Result result = UserDataErase::eraseAll(a.library);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(result.notRemoved.isEmpty());
        QVERIFY(UserDataCounts::of(a.database).isEmpty());
        QCOMPARE(a.database.feedback(QStringLiteral("ccsvi")), -1);
        QVERIFY(!a.library.history.position(QStringLiteral("fatigue")).valid);
        QCOMPARE(bookmarksChanged.count(), 1);
        QCOMPARE(highlightsChanged.count(), 1);
        QCOMPARE(questionsChanged.count(), 1);
        QCOMPARE(historyChanged.count(), 1);
        for (const QString &file : {path, path + QStringLiteral("-wal")}) {
            const QByteArray bytes = fileBytes(file);
            QVERIFY2(!bytes.contains(secret), qPrintable(file));
            QVERIFY2(!bytes.contains("Should I change my DMT?"), qPrintable(file));
            QVERIFY2(!bytes.contains("For my neurologist"), qPrintable(file));
        }
        QVERIFY(!aside.exists());
        QVERIFY(UserDataProblem::setAsideFiles(path).isEmpty());
        // The reader keeps working.
        QVERIFY(a.library.bookmarks.addBookmark(QStringLiteral("diet"), QStringLiteral("Diet")) > 0);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(TestUserDataExport)
#include "tst_userdataexport.moc"
