// SPDX-License-Identifier: GPL-3.0-or-later
// A user database that cannot be used is moved aside under a dated name (with its -wal and -shm),
// never overwritten, a new one is started and the reader told; a full disk, a read-only file and the
// other save errors give a plain sentence naming the file, and what was saved before stays.
#include "skip.h"
#include "userdata/personallibrary.h"
#include "userdata/userdatabase.h"
#include "userdata/userdataproblem.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace Myelin;

namespace {
QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(unreadable)");
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QString integrity(const QString &path)
{
    const QString name = QStringLiteral("tst_userdatarecovery-raw");
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next()) {
                result = query.value(0).toString();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

const QRegularExpression SetAsideName(QStringLiteral("/user\\.db\\.damaged-\\d{4}-\\d\\d-\\d\\d-\\d{4}(-\\d+)?$"));
} // namespace

class TestUserDataRecovery : public QObject
{
    Q_OBJECT

private:
    // Opens path, which cannot be used: it must be moved aside unchanged (checkMoved) and a new, working
    // database started in its place.
    void expectSetAside(const QString &path, const QString &reason,
                        const std::function<void(const QString &aside)> &checkMoved)
    {
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("setting aside")));
        UserDatabase db(path);
        QVERIFY2(db.isOpen(), qPrintable(db.errorMessage()));
        const QString aside = db.setAsidePath();
        QVERIFY2(SetAsideName.match(aside).hasMatch(), qPrintable(aside));
        QVERIFY2(db.notice().contains(QDir::toNativeSeparators(path)), qPrintable(db.notice()));
        QVERIFY2(db.notice().contains(QDir::toNativeSeparators(aside)), qPrintable(db.notice()));
        QVERIFY2(db.notice().contains(reason), qPrintable(db.notice()));
        checkMoved(aside);
        // The new file works.
        PersonalLibrary library(db);
        QVERIFY(library.bookmarks.addBookmark(QStringLiteral("fatigue"), QStringLiteral("Fatigue")) > 0);
        QVERIFY(QFileInfo(path).isFile());
    }

private slots:
    void garbageIsSetAsideUnchanged()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("user.db"));
        QByteArray garbage(8192, '\0');
        QRandomGenerator(19).fillRange(reinterpret_cast<quint32 *>(garbage.data()), garbage.size() / 4);
        QVERIFY(writeFile(path, garbage));
        QVERIFY(writeFile(path + QStringLiteral("-wal"), QByteArray("a stale log")));
        QVERIFY(writeFile(path + QStringLiteral("-shm"), QByteArray("stale shared memory")));
        expectSetAside(path, QStringLiteral("damaged"), [&](const QString &aside) {
            QCOMPARE(contents(aside), garbage);
            QCOMPARE(contents(aside + QStringLiteral("-wal")), QByteArray("a stale log"));
            // The -shm is only SQLite's index of the log, rebuilt from it: it goes along, not necessarily as it was.
            QVERIFY(QFile::exists(aside + QStringLiteral("-shm")));
        });
    }

    void aTruncatedFileIsSetAside()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("user.db"));
        {
            UserDatabase db(path);
            PersonalLibrary library(db);
            for (int i = 0; i < 200; ++i) {
                Highlight h;
                h.slug = QStringLiteral("fatigue");
                h.quote = QStringLiteral("passage %1").arg(i);
                h.note = QString(400, QLatin1Char('n')) + QString::number(i);
                QVERIFY(library.highlights.addHighlight(h) > 0);
            }
        }
        QByteArray whole = contents(path);
        QVERIFY(whole.size() > 64 * 1024);
        const QByteArray half = whole.left(whole.size() / 2);
        QVERIFY(writeFile(path, half));
        expectSetAside(path, QStringLiteral("damaged"), [&](const QString &aside) { QCOMPARE(contents(aside), half); });
    }

    void aFileCutInsideItsHeaderIsSetAside()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("user.db"));
        {
            UserDatabase db(path);
            QVERIFY(db.recordFeedback(QStringLiteral("ccsvi"), true));
        }
        const QByteArray cut = contents(path).left(50);
        QVERIFY(writeFile(path, cut));
        expectSetAside(path, QStringLiteral("damaged"), [&](const QString &aside) { QCOMPARE(contents(aside), cut); });
    }

    void aFolderInItsPlaceIsSetAside()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("user.db"));
        QVERIFY(QDir().mkpath(path));
        QVERIFY(writeFile(path + QStringLiteral("/keep.txt"), QByteArray("mine")));
        expectSetAside(path, QStringLiteral("folder"), [&](const QString &aside) {
            QVERIFY(QFileInfo(aside).isDir());
            QCOMPARE(contents(aside + QStringLiteral("/keep.txt")), QByteArray("mine"));
        });
    }

    void aFifoInItsPlaceIsSetAsideWithoutBlocking()
    {
#ifdef Q_OS_UNIX
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("user.db"));
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        expectSetAside(path, QStringLiteral("not an ordinary file"), [&](const QString &aside) {
            struct stat st = {};
            QCOMPARE(::lstat(QFile::encodeName(aside).constData(), &st), 0);
            QVERIFY(S_ISFIFO(st.st_mode));
        });
#else
        MYELIN_SKIP("FIFOs are a Unix thing");
#endif
    }

    void anUnreadableFileIsSetAside()
    {
#ifdef Q_OS_UNIX
        if (::geteuid() == 0) {
            MYELIN_SKIP("root reads every file: run as another user to test a file without read permission");
        }
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("user.db"));
        {
            UserDatabase db(path);
            QVERIFY(db.recordFeedback(QStringLiteral("ccsvi"), true));
        }
        QVERIFY(QFile::setPermissions(path, QFile::WriteOwner));
        expectSetAside(path, QStringLiteral("not allowed to read"), [&](const QString &aside) {
            QFile::setPermissions(aside, QFile::ReadOwner | QFile::WriteOwner);
            QVERIFY(contents(aside).startsWith("SQLite format 3"));
        });
#else
        MYELIN_SKIP("permissions tested on Unix only");
#endif
    }

    void aSecondDamageInTheSameMinuteGetsItsOwnName()
    {
        const QDateTime when(QDate(2026, 12, 6), QTime(3, 15));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("user.db"));
        QCOMPARE(UserDataProblem::setAsideName(path, when), path + QStringLiteral(".damaged-2026-12-06-0315"));
        QVERIFY(writeFile(path + QStringLiteral(".damaged-2026-12-06-0315"), "first"));
        QCOMPARE(UserDataProblem::setAsideName(path, when), path + QStringLiteral(".damaged-2026-12-06-0315-2"));
        QVERIFY(writeFile(path + QStringLiteral(".damaged-2026-12-06-0315-2-wal"), "its log"));
        QCOMPARE(UserDataProblem::setAsideName(path, when), path + QStringLiteral(".damaged-2026-12-06-0315-3"));
        QCOMPARE(UserDataProblem::setAsideFiles(path).size(), 2);
    }

    void aGoodFileIsNeverSetAside()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("user.db"));
        {
            UserDatabase db(path);
            QVERIFY(db.recordFeedback(QStringLiteral("ccsvi"), true));
        }
        {
            UserDatabase db(path);
            QVERIFY(db.isOpen());
            QVERIFY(db.notice().isEmpty());
            QCOMPARE(db.feedback(QStringLiteral("ccsvi")), 1);
        }
        QVERIFY(UserDataProblem::setAsideFiles(path).isEmpty());
    }

    void aFullDiskSaysSoAndKeepsWhatWasSaved()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("user.db"));
        UserDatabase db(path);
        PersonalLibrary library(db);
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA page_count")) && query.next());
        const int pages = query.value(0).toInt();
        // SQLite refuses to grow the file past this: what a full disk does to it.
        QVERIFY(query.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 8)));
        query.finish();
        QStringList saved;
        bool full = false;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("Your disk is full")));
        for (int i = 0; i < 1000 && !full; ++i) {
            Highlight h;
            h.slug = QStringLiteral("fatigue");
            h.quote = QStringLiteral("passage %1").arg(i);
            h.note = QStringLiteral("note %1 ").arg(i) + QString(1000, QChar(0x00e9));
            if (library.highlights.addHighlight(h) > 0) {
                saved.append(h.note);
            } else {
                full = true;
            }
        }
        QVERIFY(full);
        QVERIFY(saved.size() > 3);
        QCOMPARE(db.lastProblem(), UserDataProblem::Kind::DiskFull);
        QVERIFY2(db.errorMessage().startsWith(QStringLiteral("Your disk is full: this change was not saved; what you "
                                                             "saved before is kept.")),
                 qPrintable(db.errorMessage()));
        QVERIFY2(db.errorMessage().contains(QDir::toNativeSeparators(path)), qPrintable(db.errorMessage()));
        // Everything saved before is there, word for word, and the file is sound.
        QStringList notes;
        for (const Highlight &h : library.highlights.highlights()) {
            notes.append(h.note);
        }
        notes.sort();
        saved.sort();
        QCOMPARE(notes, saved);
        QCOMPARE(integrity(path), QStringLiteral("ok"));
        // The reader keeps working: small changes still fit, and with space again everything does.
        QVERIFY(db.isOpen());
        QVERIFY(query.exec(QStringLiteral("PRAGMA max_page_count = 1000000")));
        query.finish();
        QVERIFY(library.questions.addQuestion(QStringLiteral("Room again?")) > 0);
    }

    void aReadOnlyFileSaysSo()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("user.db"));
        UserDatabase db(path);
        PersonalLibrary library(db);
        QVERIFY(library.questions.addQuestion(QStringLiteral("Before")) > 0);
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA query_only = ON"))); // refuses writes as SQLITE_READONLY
        query.finish();
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("read-only")));
        QCOMPARE(library.questions.addQuestion(QStringLiteral("After")), 0);
        QCOMPARE(db.lastProblem(), UserDataProblem::Kind::ReadOnly);
        QVERIFY2(db.errorMessage().contains(QDir::toNativeSeparators(path)), qPrintable(db.errorMessage()));
        QVERIFY2(db.errorMessage().contains(QStringLiteral("what you saved before is kept")),
                 qPrintable(db.errorMessage()));
        QCOMPARE(library.questions.questions().size(), 1);
    }

    void sqliteErrorsAreClassified_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("words");
        QTest::newRow("full") << QStringLiteral("13") << int(UserDataProblem::Kind::DiskFull)
                              << QStringLiteral("disk is full");
        QTest::newRow("readonly") << QStringLiteral("8") << int(UserDataProblem::Kind::ReadOnly)
                                  << QStringLiteral("read-only");
        QTest::newRow("readonly_dbmoved")
            << QStringLiteral("1032") << int(UserDataProblem::Kind::ReadOnly) << QStringLiteral("read-only");
        QTest::newRow("ioerr") << QStringLiteral("10") << int(UserDataProblem::Kind::DiskError)
                               << QStringLiteral("could not write");
        QTest::newRow("ioerr_write") << QStringLiteral("778") << int(UserDataProblem::Kind::DiskError)
                                     << QStringLiteral("could not write");
        QTest::newRow("ioerr_fsync") << QStringLiteral("1034") << int(UserDataProblem::Kind::DiskError)
                                     << QStringLiteral("could not write");
        QTest::newRow("corrupt") << QStringLiteral("11") << int(UserDataProblem::Kind::Damaged)
                                 << QStringLiteral("damaged");
        QTest::newRow("notadb") << QStringLiteral("26") << int(UserDataProblem::Kind::Damaged)
                                << QStringLiteral("damaged");
        QTest::newRow("busy") << QStringLiteral("5") << int(UserDataProblem::Kind::Busy) << QStringLiteral("in use");
        QTest::newRow("locked") << QStringLiteral("6") << int(UserDataProblem::Kind::Busy) << QStringLiteral("in use");
        QTest::newRow("other") << QStringLiteral("1") << int(UserDataProblem::Kind::Other)
                               << QStringLiteral("SQLite's own words");
    }

    void sqliteErrorsAreClassified()
    {
        QFETCH(QString, code);
        QFETCH(int, kind);
        QFETCH(QString, words);
        const QSqlError error(QStringLiteral("driver"), QStringLiteral("SQLite's own words"), QSqlError::StatementError,
                              code);
        QCOMPARE(int(UserDataProblem::classify(error)), kind);
        const QString path = QDir::temp().filePath(QStringLiteral("user.db"));
        const QString message = UserDataProblem::saveMessage(UserDataProblem::classify(error), path, error.text());
        QVERIFY2(message.contains(words), qPrintable(message));
        QVERIFY2(message.contains(QDir::toNativeSeparators(path)), qPrintable(message));
        QCOMPARE(UserDataProblem::classify(QSqlError()), UserDataProblem::Kind::None);
    }
};

QTEST_GUILESS_MAIN(TestUserDataRecovery)
#include "tst_userdatarecovery.moc"
