// SPDX-License-Identifier: GPL-3.0-or-later
// "Questions for my next appointment" on paper: one page in large print, each question numbered with
// where it came from in small print under it and ruled lines to write the answer on. The questions
// come from the user's list (app/ui/questions decides which: the ones not ticked off); this file
// only lays them out, with the print stylesheet (resources/content/content.css, .questions-sheet).
#ifndef MYELIN_EXPORT_QUESTIONSHEET_H
#define MYELIN_EXPORT_QUESTIONSHEET_H

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace Myelin::Export {

class PrintHtml;

struct QuestionSheet
{
    Q_DECLARE_TR_FUNCTIONS(Myelin::Export::QuestionSheet)

public:
    struct Item
    {
        QString text;
        QString source; // where it came from, e.g. From "Fatigue": "a passage"; may be empty
    };
    QList<Item> items;

    bool isEmpty() const { return items.isEmpty(); }
    static QString title(); // "Questions for my next appointment"
    // Ruled lines under each question: more room when there are few questions.
    static int answerLines(int questions);
    // The printed page (PrintHtml's text size, paper colours and reading style).
    QString html(const PrintHtml &print, const QDate &printed) const;
};

} // namespace Myelin::Export

#endif // MYELIN_EXPORT_QUESTIONSHEET_H
