// SPDX-License-Identifier: GPL-3.0-or-later
#include "questionstore.h"

#include "userdata/storesupport.h"
#include "userdata/userdatabase.h"

#include <QSqlQuery>
#include <QVariant>

namespace Myelin {

namespace {
const QString Columns = QStringLiteral("id, uid, text, slug, source_title, quote, position, done, created_at");

Question questionFromRow(const QSqlQuery &query)
{
    Question q;
    q.id = query.value(0).toLongLong();
    q.uid = query.value(1).toString();
    q.text = query.value(2).toString();
    q.slug = query.value(3).toString();
    q.sourceTitle = query.value(4).toString();
    q.quote = query.value(5).toString();
    q.position = query.value(6).toInt();
    q.done = query.value(7).toInt() != 0;
    q.created = StoreSupport::parseTime(query.value(8).toString());
    return q;
}

bool insertQuestion(QSqlQuery &query, const Question &q)
{
    query.prepare(QStringLiteral("INSERT INTO questions(%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(Columns));
    query.addBindValue(q.id > 0 ? QVariant(q.id) : QVariant(QMetaType(QMetaType::LongLong)));
    query.addBindValue(q.uid);
    query.addBindValue(StoreSupport::text(q.text));
    query.addBindValue(StoreSupport::text(q.slug));
    query.addBindValue(StoreSupport::text(q.sourceTitle));
    query.addBindValue(StoreSupport::text(q.quote));
    query.addBindValue(q.position);
    query.addBindValue(q.done ? 1 : 0);
    query.addBindValue(StoreSupport::timeText(q.created));
    return query.exec();
}
} // namespace

QuestionStore::QuestionStore(UserDatabase &database, QObject *parent) : QObject(parent), m_database(database) {}

QList<Question> QuestionStore::questions() const
{
    QList<Question> result;
    QSqlQuery query(m_database.connection());
    if (query.exec(QStringLiteral("SELECT %1 FROM questions ORDER BY position, id").arg(Columns))) {
        while (query.next()) {
            result.append(questionFromRow(query));
        }
    }
    return result;
}

std::optional<Question> QuestionStore::question(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM questions WHERE id = ?").arg(Columns));
    query.addBindValue(id);
    if (query.exec() && query.next()) {
        return questionFromRow(query);
    }
    return std::nullopt;
}

qint64 QuestionStore::addQuestion(const QString &text, const QString &slug, const QString &sourceTitle,
                                  const QString &quote)
{
    if (text.trimmed().isEmpty()) {
        return 0;
    }
    qint64 id = 0;
    if (!save([&](QSqlQuery &query) {
            if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(position), -1) + 1 FROM questions")) || !query.next()) {
                return false;
            }
            Question q;
            q.uid = StoreSupport::newUid();
            q.text = text.trimmed();
            q.slug = slug;
            q.sourceTitle = sourceTitle;
            q.quote = quote.trimmed();
            q.position = query.value(0).toInt();
            q.created = QDateTime::currentDateTimeUtc();
            if (!insertQuestion(query, q)) {
                return false;
            }
            id = query.lastInsertId().toLongLong();
            return true;
        })) {
        return 0;
    }
    return id;
}

bool QuestionStore::editQuestion(qint64 id, const QString &text)
{
    if (text.trimmed().isEmpty()) {
        return false;
    }
    return save([&](QSqlQuery &query) {
        query.prepare(QStringLiteral("UPDATE questions SET text = ? WHERE id = ?"));
        query.addBindValue(text.trimmed());
        query.addBindValue(id);
        return query.exec() && query.numRowsAffected() == 1;
    });
}

bool QuestionStore::setDone(qint64 id, bool done)
{
    return save([&](QSqlQuery &query) {
        query.prepare(QStringLiteral("UPDATE questions SET done = ? WHERE id = ?"));
        query.addBindValue(done ? 1 : 0);
        query.addBindValue(id);
        return query.exec() && query.numRowsAffected() == 1;
    });
}

bool QuestionStore::moveQuestion(qint64 id, int delta)
{
    return save([&](QSqlQuery &query) {
        return StoreSupport::moveAmongSiblings(query, QStringLiteral("questions"), QStringLiteral("? IS NOT NULL"), id,
                                               delta);
    });
}

std::optional<Question> QuestionStore::removeQuestion(qint64 id)
{
    std::optional<Question> removed;
    if (!save([&](QSqlQuery &query) {
            query.prepare(QStringLiteral("SELECT %1 FROM questions WHERE id = ?").arg(Columns));
            query.addBindValue(id);
            if (!query.exec() || !query.next()) {
                return false;
            }
            removed = questionFromRow(query);
            query.prepare(QStringLiteral("DELETE FROM questions WHERE id = ?"));
            query.addBindValue(id);
            return query.exec();
        })) {
        return std::nullopt;
    }
    return removed;
}

bool QuestionStore::restoreQuestion(const Question &question)
{
    return save([&](QSqlQuery &query) { return insertQuestion(query, question); });
}

bool QuestionStore::save(const std::function<bool(QSqlQuery &)> &work)
{
    if (!m_database.write(work)) {
        return false;
    }
    emit changed();
    return true;
}

} // namespace Myelin
