// SPDX-License-Identifier: GPL-3.0-or-later
// Durability of the user database: userdata_writer saves bookmarks, highlights with notes, questions
// and note edits through the real stores and prints a line after each save it was told succeeded; this
// test kills it with SIGKILL at random moments, MYELIN_DURABILITY_KILLS times (500), and after each
// kill checks, in the file:
// - PRAGMA integrity_check is "ok";
// - every item any run printed is there with exactly its words (a note: its last printed edit, or a
//   later edit the killed run made but had no time to print);
// - the file still opens with the real code (UserDatabase: no set-aside, current schema version).
// It starts from a copy of the version 1 fixture, so the first run migrates it (and a kill may land
// in the migration), and its feedback rows must survive every run.
// The kill moments come from a seeded generator (MYELIN_DURABILITY_SEED, printed; the default is fixed
// so a failure can be repeated): a random delay after the writer says it is ready, or, one time in ten,
// after it was started (to land in the checks and migration on opening). The delays are the point of
// the test, not a wait for something: nothing here waits a fixed time for a result.
// MYELIN_DURABILITY_WRITER_ARGS adds options to the writer (--print-before-commit, --unsafe-journal) to
// show that the test fails when saves are not durable. ctest -L durability runs it alone.
#include "durabilitytexts.h"
#include "userdata/userdatabase.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <chrono>
#include <thread>

using namespace Myelin;

namespace {
struct Saved
{
    quint64 n = 0;
    quint64 run = 0;
    bool edited = false; // a highlight: its note's last printed change was an edit
};

enum Kind
{
    BookmarkKind,
    HighlightKind,
    QuestionKind,
    KindCount
};

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok ? value : fallback;
}

constexpr quint64 RunStride = 1000000; // run r numbers its items from r * RunStride
} // namespace

class TestDurability : public QObject
{
    Q_OBJECT

private:
    // Checks the file after kill `kill` of run `run`; empty when all is well, else what is wrong.
    QString check(const QString &path, quint64 run, int *unprintedSaves)
    {
        const QString name = QStringLiteral("tst_durability-check");
        QString problem;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            if (!db.open()) {
                problem = QStringLiteral("cannot open: ") + db.lastError().text();
            }
            QSqlQuery query(db);
            if (problem.isEmpty()) {
                QStringList integrity;
                if (query.exec(QStringLiteral("PRAGMA integrity_check"))) {
                    while (query.next()) {
                        integrity.append(query.value(0).toString());
                    }
                } else {
                    integrity.append(query.lastError().text());
                }
                if (integrity != QStringList{QStringLiteral("ok")}) {
                    problem = QStringLiteral("integrity_check: ") + integrity.mid(0, 5).join(QStringLiteral("; "));
                }
            }
            const char *sql[KindCount] = {"SELECT id, title FROM bookmarks", "SELECT id, note FROM highlights",
                                          "SELECT id, text FROM questions"};
            for (int kind = 0; kind < KindCount && problem.isEmpty(); ++kind) {
                QHash<qint64, QString> rows;
                QHash<qint64, Saved> laterEdits;
                if (!query.exec(QString::fromLatin1(sql[kind]))) {
                    problem = query.lastError().text();
                    break;
                }
                while (query.next()) {
                    rows.insert(query.value(0).toLongLong(), query.value(1).toString());
                }
                for (auto it = m_saved[kind].cbegin(); it != m_saved[kind].cend() && problem.isEmpty(); ++it) {
                    const Saved &s = it.value();
                    if (!rows.contains(it.key())) {
                        problem = QStringLiteral("kind %1 id %2 (item %3) reported saved but missing")
                                      .arg(kind)
                                      .arg(it.key())
                                      .arg(s.n);
                        break;
                    }
                    const QString stored = rows.value(it.key());
                    QString expected;
                    switch (kind) {
                    case BookmarkKind:
                        expected = Durability::bookmarkTitle(s.n);
                        break;
                    case QuestionKind:
                        expected = Durability::questionText(s.n);
                        break;
                    default:
                        expected = s.edited ? Durability::editedNote(s.n) : Durability::highlightNote(s.n);
                        break;
                    }
                    if (stored == expected) {
                        continue;
                    }
                    // A later edit by the run just killed, saved but not yet printed, is allowed.
                    const quint64 m = stored.startsWith(QStringLiteral("Edited "))
                                          ? stored.mid(7).section(QLatin1Char(':'), 0, 0).toULongLong()
                                          : 0;
                    if (kind == HighlightKind && s.run == run && m > s.n && m < (run + 1) * RunStride &&
                        stored == Durability::editedNote(m)) {
                        ++*unprintedSaves;
                        laterEdits.insert(it.key(), {m, run, true}); // what later kills must find
                    } else {
                        problem = QStringLiteral("kind %1 id %2 (item %3): the words differ: \"%4...\" (%5 "
                                                 "characters) where \"%6...\" (%7) was saved")
                                      .arg(kind)
                                      .arg(it.key())
                                      .arg(s.n)
                                      .arg(stored.left(40))
                                      .arg(stored.size())
                                      .arg(expected.left(40))
                                      .arg(expected.size());
                    }
                }
                for (auto edit = laterEdits.cbegin(); edit != laterEdits.cend(); ++edit) {
                    m_saved[kind].insert(edit.key(), edit.value());
                }
                // Rows of this run beyond what it printed: saved, killed before it could say so.
                for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
                    if (!m_saved[kind].contains(it.key()) && !m_unreported[kind].contains(it.key())) {
                        m_unreported[kind].insert(it.key());
                        ++*unprintedSaves;
                    }
                }
            }
            if (problem.isEmpty()) {
                if (!query.exec(QStringLiteral("SELECT count(*) FROM feedback")) || !query.next() ||
                    query.value(0).toInt() != 3) {
                    problem = QStringLiteral("the version 1 file's feedback rows are not all there");
                }
            }
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        if (problem.isEmpty()) {
            // Through the real code, as the reader and the next writer open it.
            UserDatabase opened(path);
            if (!opened.isOpen() || !opened.notice().isEmpty()) {
                problem = QStringLiteral("UserDatabase: ") + opened.errorMessage() + opened.notice();
            }
        }
        return problem;
    }

    QHash<qint64, Saved> m_saved[KindCount];
    QSet<qint64> m_unreported[KindCount]; // rows found that no run printed: saved, then killed

private slots:
    void everySaveReportedSurvivesSigkill()
    {
        const int kills = envInt("MYELIN_DURABILITY_KILLS", 500);
        const quint32 seed = quint32(envInt("MYELIN_DURABILITY_SEED", 20261206));
        const int maxDelayUs = envInt("MYELIN_DURABILITY_MAX_DELAY_US", 25000);
        const QStringList extra =
            qEnvironmentVariable("MYELIN_DURABILITY_WRITER_ARGS").split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QRandomGenerator rng(seed);
        qInfo("seed %u, %d kills, delays up to %d us, writer options: %s", seed, kills, maxDelayUs,
              qPrintable(extra.join(QLatin1Char(' '))));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("user.db"));
        QVERIFY(QFile::copy(QStringLiteral(MYELIN_FIXTURES_DIR "/userdata/v1.db"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);

        QElapsedTimer total;
        total.start();
        int printed = 0;
        int unprinted = 0;
        int earlyKills = 0;
        qint64 startingMs = 0; // writer started until ready (or killed, for a kill from the start)
        qint64 checkingMs = 0;
        QStringList delays;
        for (int kill = 0; kill < kills; ++kill) {
            const quint64 run = quint64(kill) + 1;
            QProcess writer;
            writer.setProgram(QStringLiteral(MYELIN_WRITER_EXE));
            writer.setArguments(QStringList{path, QString::number(run * RunStride)} + extra);
            writer.setProcessChannelMode(QProcess::SeparateChannels);
            const bool fromStart = rng.bounded(10) == 0;
            const int delayUs = int(rng.bounded(quint32(maxDelayUs)));
            QElapsedTimer phase;
            phase.start();
            writer.start();
            QVERIFY2(writer.waitForStarted(10000), qPrintable(writer.errorString()));
            if (fromStart) {
                ++earlyKills;
            } else {
                // Ready: the file is open (checked, migrated); saving starts now.
                while (!writer.canReadLine() && writer.state() == QProcess::Running) {
                    writer.waitForReadyRead(1000);
                }
            }
            startingMs += phase.restart();
            std::this_thread::sleep_for(std::chrono::microseconds(delayUs));
            writer.kill(); // SIGKILL
            QVERIFY(writer.waitForFinished(10000));
            const QByteArray errors = writer.readAllStandardError();
            QVERIFY2(writer.exitStatus() == QProcess::CrashExit,
                     qPrintable(QStringLiteral("kill %1: the writer stopped by itself (%2): %3")
                                    .arg(kill)
                                    .arg(writer.exitCode())
                                    .arg(QString::fromUtf8(errors))));
            const QList<QByteArray> lines = writer.readAllStandardOutput().split('\n');
            int thisRun = 0;
            for (int i = 0; i + 1 < lines.size(); ++i) { // the last piece has no newline: not a whole line
                const QList<QByteArray> words = lines.at(i).split(' ');
                if (words.size() != 3) {
                    continue; // "ready"
                }
                const qint64 id = words.at(1).toLongLong();
                const quint64 n = words.at(2).toULongLong();
                ++thisRun;
                if (words.at(0) == "bookmark") {
                    m_saved[BookmarkKind].insert(id, {n, run, false});
                } else if (words.at(0) == "highlight") {
                    m_saved[HighlightKind].insert(id, {n, run, false});
                } else if (words.at(0) == "question") {
                    m_saved[QuestionKind].insert(id, {n, run, false});
                } else if (words.at(0) == "note") {
                    m_saved[HighlightKind].insert(id, {n, run, true});
                }
            }
            printed += thisRun;
            delays.append(
                QStringLiteral("%1%2us:%3").arg(fromStart ? QStringLiteral("s") : QString()).arg(delayUs).arg(thisRun));
            int unprintedNow = 0;
            phase.restart();
            const QString problem = check(path, run, &unprintedNow);
            checkingMs += phase.elapsed();
            unprinted += unprintedNow > 0 ? 1 : 0;
            if (!problem.isEmpty()) {
                qInfo("delays (s = from start; us; lines printed): %s", qPrintable(delays.join(QLatin1Char(' '))));
            }
            QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("kill %1 of %2 (seed %3, delay %4 us%5): %6")
                                                       .arg(kill + 1)
                                                       .arg(kills)
                                                       .arg(seed)
                                                       .arg(delayUs)
                                                       .arg(fromStart ? QStringLiteral(" from start") : QString())
                                                       .arg(problem)));
        }
        qInfo("delays (s = from start; us; lines printed): %s", qPrintable(delays.join(QLatin1Char(' '))));
        int items = 0;
        for (const auto &saved : m_saved) {
            items += int(saved.size());
        }
        qInfo("%d kills in %.1f s (%d before the writer was ready); %d saves reported, %d items checked after "
              "every kill; %d kills found a save made but not yet reported (killed between commit and print)",
              kills, double(total.elapsed()) / 1000.0, earlyKills, printed, items, unprinted);
        qInfo("time: %.1f s starting the writer and opening the file, %.1f s checking after the kills",
              double(startingMs) / 1000.0, double(checkingMs) / 1000.0);
        QVERIFY(printed > kills / 10); // the writer did save between kills
    }
};

QTEST_GUILESS_MAIN(TestDurability)
#include "tst_durability.moc"
