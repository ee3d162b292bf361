// SPDX-License-Identifier: GPL-3.0-or-later
// Where a question came from, in words: the page (an article, or a glossary term's page, kept as
// "glossary/<term id>") and the passage, heading or term it was asked about. A page a later content
// version removed stays named, with "no longer in the library".
#ifndef MYELIN_UI_QUESTIONORIGIN_H
#define MYELIN_UI_QUESTIONORIGIN_H

#include "userdata/librarytypes.h"

#include <QCoreApplication>
#include <QUrl>

namespace Myelin {
class ContentRepository;
}

namespace Myelin::Ui {

class QuestionOrigin
{
    Q_DECLARE_TR_FUNCTIONS(Myelin::Ui::QuestionOrigin)

public:
    static constexpr int QuoteLength = 160; // characters of the passage shown

    // The slug a question keeps for a glossary term's page.
    static QString termSlug(const QString &termId);
    // The page's address; empty when the question has none or the page is gone.
    static QUrl pageUrl(const ContentRepository &repository, const Question &question);
    static bool hasPage(const Question &question) { return !question.slug.isEmpty(); }
    static bool isPageGone(const ContentRepository &repository, const Question &question);
    // The page's title now (after a rename), else as it was when the question was added.
    static QString pageTitle(const ContentRepository &repository, const Question &question);
    // 'From "Fatigue": "the passage"', with " (no longer in the library)" on screen when it is gone;
    // empty for a question typed without a page or passage.
    static QString describe(const ContentRepository &repository, const Question &question, bool onPaper = false);
    // A passage shortened to QuoteLength characters, in quotation marks.
    static QString quoted(const QString &text);
};

} // namespace Myelin::Ui

#endif // MYELIN_UI_QUESTIONORIGIN_H
