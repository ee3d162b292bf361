// SPDX-License-Identifier: GPL-3.0-or-later
#include "mydatatext.h"

namespace Myelin::Ui {

// Counts are Qt plurals ("%n bookmarks"): each language has its own forms (Arabic six), English its
// two in translations/myelin_en.ts.

QStringList MyDataText::holdings(const UserDataCounts &c)
{
    QStringList lines;
    if (c.bookmarks > 0 || c.folders > 0) {
        const QString bookmarks = tr("%n bookmarks", nullptr, c.bookmarks);
        lines.append(c.folders > 0 ? tr("%1 in %2").arg(bookmarks, tr("%n folders", nullptr, c.folders)) : bookmarks);
    }
    if (c.highlights > 0) {
        lines.append(
            tr("%1 (%2)").arg(tr("%n highlights", nullptr, c.highlights), tr("%n with a note", nullptr, c.notes)));
    }
    if (c.questions > 0) {
        lines.append(tr("%n questions for your appointment", nullptr, c.questions));
    }
    if (c.visits > 0) {
        lines.append(tr("your reading history (%n page visits)", nullptr, c.visits));
    }
    if (c.positions > 0) {
        lines.append(tr("where you were in %n articles", nullptr, c.positions));
    }
    if (c.feedback > 0) {
        lines.append(tr("%n answers to \u201cWas this useful?\u201d", nullptr, c.feedback));
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
            kinds.append(tr("%n bookmarks", nullptr, added.bookmarks));
        }
        if (added.folders > 0) {
            kinds.append(tr("%n bookmark folders", nullptr, added.folders));
        }
        if (added.highlights > 0) {
            kinds.append(tr("%n highlights and notes", nullptr, added.highlights));
        }
        if (added.questions > 0) {
            kinds.append(tr("%n questions", nullptr, added.questions));
        }
        if (added.visits > 0) {
            kinds.append(tr("%n page visits in your history", nullptr, added.visits));
        }
        if (added.positions > 0) {
            kinds.append(tr("%n reading positions", nullptr, added.positions));
        }
        if (added.feedback > 0) {
            kinds.append(tr("%n feedback answers", nullptr, added.feedback));
        }
        lines.append(tr("Added: %1.").arg(kinds.join(QStringLiteral(", "))));
    } else {
        lines.append(tr("Nothing new was added: everything in the file is already here."));
    }
    if (s.alreadyThere() > 0) {
        lines.append(tr("Already here, so skipped: %n items.", nullptr, s.alreadyThere()));
    }
    if (s.keptBoth() > 0) {
        lines.append(tr("Kept both: %n items in the file are different versions of yours (other words), so they were "
                        "added beside yours. Nothing of yours was changed.",
                        nullptr, s.keptBoth()));
    }
    if (s.unreadable() > 0) {
        lines.append(tr("Could not be read, so skipped: %n items.", nullptr, s.unreadable()));
    }
    return lines;
}

} // namespace Myelin::Ui
