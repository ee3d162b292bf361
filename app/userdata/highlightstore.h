// SPDX-License-Identifier: GPL-3.0-or-later
// Highlights and the notes on them, in the user database: each change one transaction, then changed()
// with the article's slug. Removing returns the highlight so the window can offer Undo.
#ifndef MYELIN_USERDATA_HIGHLIGHTSTORE_H
#define MYELIN_USERDATA_HIGHLIGHTSTORE_H

#include "userdata/librarytypes.h"

#include <QList>
#include <QObject>
#include <optional>

namespace Myelin {

class UserDatabase;

class HighlightStore : public QObject
{
    Q_OBJECT

public:
    explicit HighlightStore(UserDatabase &database, QObject *parent = nullptr);

    QList<Highlight> highlights() const;                      // all, by article title then creation
    QList<Highlight> highlightsOf(const QString &slug) const; // one article's, by creation
    bool hasHighlights(const QString &slug) const;            // whether that article has any
    std::optional<Highlight> highlight(qint64 id) const;

    // Saves a new highlight (its id, uid and times are set here); returns its id, 0 when not saved.
    qint64 addHighlight(const Highlight &highlight);
    bool setNote(qint64 id, const QString &note);
    bool setColour(qint64 id, const QString &colour);
    std::optional<Highlight> removeHighlight(qint64 id);
    bool restoreHighlight(const Highlight &highlight); // same id and uid

signals:
    void changed(const QString &slug);

private:
    bool update(qint64 id, const QString &column, const QString &value);

    UserDatabase &m_database;
};

} // namespace Myelin

#endif // MYELIN_USERDATA_HIGHLIGHTSTORE_H
