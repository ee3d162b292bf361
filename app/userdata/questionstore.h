// SPDX-License-Identifier: GPL-3.0-or-later
// Questions for the next appointment, in the user's order, in the user database. Each change is one
// transaction, then changed(). Removing returns the question so the window can offer Undo.
#ifndef MYELIN_USERDATA_QUESTIONSTORE_H
#define MYELIN_USERDATA_QUESTIONSTORE_H

#include "userdata/librarytypes.h"

#include <QList>
#include <QObject>
#include <functional>
#include <optional>

class QSqlQuery;

namespace Myelin {

class UserDatabase;

class QuestionStore : public QObject
{
    Q_OBJECT

public:
    explicit QuestionStore(UserDatabase &database, QObject *parent = nullptr);

    QList<Question> questions() const; // in the user's order
    std::optional<Question> question(qint64 id) const;

    // Adds at the end; returns the new id, 0 when not saved (or text is blank).
    qint64 addQuestion(const QString &text, const QString &slug = {}, const QString &sourceTitle = {},
                       const QString &quote = {});
    bool editQuestion(qint64 id, const QString &text);
    bool setDone(qint64 id, bool done);
    bool moveQuestion(qint64 id, int delta); // up (-1) or down (+1): buttons, never dragging
    std::optional<Question> removeQuestion(qint64 id);
    bool restoreQuestion(const Question &question); // same id, uid and place

signals:
    void changed();

private:
    // Runs work as one transaction (UserDatabase::write) and emits changed() once it is saved.
    bool save(const std::function<bool(QSqlQuery &)> &work);
    UserDatabase &m_database;
};

} // namespace Myelin

#endif // MYELIN_USERDATA_QUESTIONSTORE_H
