// SPDX-License-Identifier: GPL-3.0-or-later
// Search finds the user's own words: the notes and quoted passages of their highlights and their
// questions, matched as the search box matches content (lower case, without accents, every word
// typed present, the last word as the start of a word while it is being typed). The data is small,
// so it is a scan of what the stores hold; nothing of it ever goes into the content database or its
// index. Matched words are marked with SearchEngine::MatchStart / MatchEnd, like content hits.
#ifndef MYELIN_USERDATA_USERSEARCH_H
#define MYELIN_USERDATA_USERSEARCH_H

#include "userdata/librarytypes.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Myelin {

struct UserMatch
{
    enum class Kind
    {
        Note,     // a highlight, with or without a note
        Question, // a question for the next appointment
    };
    Kind kind = Kind::Note;
    qint64 id = 0;
    QString slug;      // the page it belongs to ("" for a question typed without one)
    QString pageTitle; // that page's title when the item was saved
    QString title;     // marked: the note (or the quote when there is none), or the question
    QString snippet;   // marked: the quote and where it is from
    bool hasNote = false;
};

class UserSearch
{
public:
    // asYouType: the last word matches the start of a word (the box while typing).
    explicit UserSearch(const QString &query, bool asYouType = true);

    bool isEmpty() const { return m_words.isEmpty(); }
    // Whether every word sought is in texts (together).
    bool matches(const QStringList &texts) const;
    // text with each word that matches one sought between the markers.
    QString marked(const QString &text) const;

    // Questions first (in the user's order), then notes (as the store lists them); at most limit
    // (0: all).
    QList<UserMatch> find(const QList<Question> &questions, const QList<Highlight> &highlights, int limit = 0) const;

private:
    bool wordMatches(const QString &normalisedWord, int sought) const;

    QStringList m_words; // normalised, the words that carry meaning
    QStringList m_stems;
    bool m_lastIsPrefix = false;
};

} // namespace Myelin

#endif // MYELIN_USERDATA_USERSEARCH_H
