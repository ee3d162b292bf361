// SPDX-License-Identifier: GPL-3.0-or-later
#include "mydatatext.h"

namespace Myelin::Ui {

namespace {
// "1 bookmark" or "3 bookmarks": English is built in (no catalogue for plural forms), so both are
// written out, as elsewhere in the reader.
QString number(int n, const QString &one, const QString &many)
{
    return n == 1 ? one : many.arg(n);
}
} // namespace

QStringList MyDataText::holdings(const UserDataCounts &c)
{
    QStringList lines;
    if (c.bookmarks > 0 || c.folders > 0) {
        const QString bookmarks = number(c.bookmarks, tr("1 bookmark"), tr("%1 bookmarks"));
        lines.append(c.folders > 0 ? tr("%1 in %2").arg(bookmarks, number(c.folders, tr("1 folder"), tr("%1 folders")))
                                   : bookmarks);
    }
    if (c.highlights > 0) {
        lines.append(tr("%1 (%2)").arg(number(c.highlights, tr("1 highlight"), tr("%1 highlights")),
                                       number(c.notes, tr("1 with a note"), tr("%1 with a note"))));
    }
    if (c.questions > 0) {
        lines.append(
            number(c.questions, tr("1 question for your appointment"), tr("%1 questions for your appointment")));
    }
    if (c.visits > 0) {
        lines.append(
            number(c.visits, tr("your reading history (1 page visit)"), tr("your reading history (%1 page visits)")));
    }
    if (c.positions > 0) {
        lines.append(number(c.positions, tr("where you were in 1 article"), tr("where you were in %1 articles")));
    }
    if (c.feedback > 0) {
        lines.append(number(c.feedback, tr("1 answer to \u201cWas this useful?\u201d"),
                            tr("%1 answers to \u201cWas this useful?\u201d")));
    }
    return lines;
}

QStringList MyDataText::importLines(const UserDataImport::Summary &s)
{
    QStringList lines;
    if (s.added() + s.keptBoth() > 0) {
        UserDataCounts added;
        added.folders = s.folders.added + s.folders.keptBoth;
        added.bookmarks = s.bookmarks.added + s.bookmarks.keptBoth;
        added.highlights = s.highlights.added + s.highlights.keptBoth;
        added.questions = s.questions.added + s.questions.keptBoth;
        added.visits = s.visits.added;
        added.positions = s.positions.added;
        added.feedback = s.feedback.added;
        QStringList kinds;
        if (added.bookmarks > 0) {
            kinds.append(number(added.bookmarks, tr("1 bookmark"), tr("%1 bookmarks")));
        }
        if (added.folders > 0) {
            kinds.append(number(added.folders, tr("1 bookmark folder"), tr("%1 bookmark folders")));
        }
        if (added.highlights > 0) {
            kinds.append(number(added.highlights, tr("1 highlight or note"), tr("%1 highlights and notes")));
        }
        if (added.questions > 0) {
            kinds.append(number(added.questions, tr("1 question"), tr("%1 questions")));
        }
        if (added.visits > 0) {
            kinds.append(
                number(added.visits, tr("1 page visit in your history"), tr("%1 page visits in your history")));
        }
        if (added.positions > 0) {
            kinds.append(number(added.positions, tr("1 reading position"), tr("%1 reading positions")));
        }
        if (added.feedback > 0) {
            kinds.append(number(added.feedback, tr("1 feedback answer"), tr("%1 feedback answers")));
        }
        lines.append(tr("Added: %1.").arg(kinds.join(QStringLiteral(", "))));
    } else {
        lines.append(tr("Nothing new was added: everything in the file is already here."));
    }
    if (s.alreadyThere() > 0) {
        lines.append(number(s.alreadyThere(), tr("Already here, so skipped: 1 item."),
                            tr("Already here, so skipped: %1 items.")));
    }
    if (s.keptBoth() > 0) {
        lines.append(number(s.keptBoth(),
                            tr("Kept both: 1 item in the file is a different version of one of yours (other "
                               "words), so it was added beside yours. Nothing of yours was changed."),
                            tr("Kept both: %1 items in the file are different versions of yours (other words), so "
                               "they were added beside yours. Nothing of yours was changed.")));
    }
    if (s.unreadable() > 0) {
        lines.append(number(s.unreadable(), tr("Could not be read, so skipped: 1 item."),
                            tr("Could not be read, so skipped: %1 items.")));
    }
    return lines;
}

} // namespace Myelin::Ui
