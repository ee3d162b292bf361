// SPDX-License-Identifier: GPL-3.0-or-later
// userdata_writer DB FIRST [--print-before-commit] [--unsafe-journal]
// Opens the user database DB with the real code (UserDatabase: checks, set-aside, migrations) and saves,
// through the real stores, bookmarks, highlights with notes, questions and edits of notes, in a loop
// until it is killed. After each save the store reports as done it prints one line and flushes it:
//   bookmark ID N | highlight ID N | question ID N | note ID N   (note: highlight ID's note edited)
// where the words saved are those of durabilitytexts.h for N (N counts up from FIRST). tst_durability
// kills it with SIGKILL at random moments and checks that every line printed is in the file.
// It prints "ready" once the database is open, and exits 2 when it cannot open it, 3 when it had to set
// a damaged file aside (a durability failure: the file was damaged by an earlier kill).
// For showing that the test can fail (never in normal runs):
//   --print-before-commit  prints each line before saving (a program that claims too early)
//   --unsafe-journal       journal_mode = MEMORY and synchronous = OFF (no crash-safe journal)
#include "durabilitytexts.h"
#include "userdata/personallibrary.h"
#include "userdata/userdatabase.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>
#include <cstdio>

using namespace Myelin;

namespace {
void say(const char *kind, qint64 id, quint64 n)
{
    std::printf("%s %lld %llu\n", kind, static_cast<long long>(id), static_cast<unsigned long long>(n));
    std::fflush(stdout);
}

qint64 nextId(UserDatabase &db, const char *table)
{
    QSqlQuery query(db.connection());
    return query.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM %1").arg(QLatin1String(table))) &&
                   query.next()
               ? query.value(0).toLongLong()
               : -1;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: userdata_writer DB FIRST [--print-before-commit] [--unsafe-journal]\n");
        return 1;
    }
    const bool early = args.contains(QStringLiteral("--print-before-commit"));
    UserDatabase db(args.at(1));
    if (!db.isOpen()) {
        std::fprintf(stderr, "userdata_writer: %s\n", qUtf8Printable(db.errorMessage()));
        return 2;
    }
    if (!db.notice().isEmpty()) {
        std::fprintf(stderr, "userdata_writer: %s\n", qUtf8Printable(db.notice()));
        return 3;
    }
    if (args.contains(QStringLiteral("--unsafe-journal"))) {
        QSqlQuery query(db.connection());
        query.exec(QStringLiteral("PRAGMA journal_mode = MEMORY"));
        query.exec(QStringLiteral("PRAGMA synchronous = OFF"));
    }
    PersonalLibrary library(db);
    std::printf("ready\n");
    std::fflush(stdout);

    qint64 lastHighlight = 0;
    for (quint64 n = args.at(2).toULongLong();; ++n) {
        qint64 id = 0;
        switch (n % 4) {
        case 0:
            if (early) {
                say("bookmark", nextId(db, "bookmarks"), n);
            }
            id = library.bookmarks.addBookmark(QStringLiteral("page-%1").arg(n), Durability::bookmarkTitle(n));
            if (id > 0 && !early) {
                say("bookmark", id, n);
            }
            break;
        case 1: {
            Highlight h;
            h.slug = QStringLiteral("page-%1").arg(n);
            h.articleTitle = QStringLiteral("Page %1").arg(n);
            h.quote = QStringLiteral("passage %1").arg(n);
            h.colour = HighlightColour::Yellow;
            h.note = Durability::highlightNote(n);
            if (early) {
                say("highlight", nextId(db, "highlights"), n);
            }
            id = library.highlights.addHighlight(h);
            if (id > 0) {
                lastHighlight = id;
                if (!early) {
                    say("highlight", id, n);
                }
            }
            break;
        }
        case 2:
            if (early) {
                say("question", nextId(db, "questions"), n);
            }
            id = library.questions.addQuestion(Durability::questionText(n));
            if (id > 0 && !early) {
                say("question", id, n);
            }
            break;
        default:
            id = lastHighlight;
            if (early) {
                say("note", id, n);
            }
            if (!library.highlights.setNote(id, Durability::editedNote(n))) {
                id = 0;
            } else if (!early) {
                say("note", id, n);
            }
            break;
        }
        if (id <= 0) {
            std::fprintf(stderr, "userdata_writer: not saved: %s\n", qUtf8Printable(db.errorMessage()));
            return 4;
        }
    }
}
