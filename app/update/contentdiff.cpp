// SPDX-License-Identifier: GPL-3.0-or-later
#include "contentdiff.h"

#include "core/contentdatabase.h"

#include <QCollator>
#include <QHash>
#include <QSqlQuery>
#include <algorithm>

namespace Myelin::Update {

namespace {

struct Row
{
    ArticleChange article;
    QByteArray fingerprint;
};

bool readArticles(const QString &path, QHash<QString, Row> *rows, QString *error)
{
    const auto opened = ContentDatabase::open(path);
    if (!opened.database) {
        *error = opened.message;
        return false;
    }
    QSqlQuery query(opened.database->connection());
    if (!query.exec(QStringLiteral("SELECT slug, title, reviewed, summary, html FROM articles"))) {
        *error = path;
        return false;
    }
    while (query.next()) {
        Row row{{query.value(0).toString(), query.value(1).toString(), query.value(2).toString()},
                (query.value(1).toString() + QChar(0) + query.value(2).toString() + QChar(0) +
                 query.value(3).toString() + QChar(0) + query.value(4).toString())
                    .toUtf8()};
        rows->insert(row.article.slug, row);
    }
    return true;
}

void sortByTitle(QList<ArticleChange> &list)
{
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(list.begin(), list.end(), [&collator](const ArticleChange &a, const ArticleChange &b) {
        return collator.compare(a.title, b.title) < 0;
    });
}

} // namespace

bool compareContent(const QString &before, const QString &after, ContentChanges *changes, QString *error)
{
    QHash<QString, Row> old;
    QHash<QString, Row> now;
    if ((!before.isEmpty() && !readArticles(before, &old, error)) || !readArticles(after, &now, error)) {
        return false;
    }
    *changes = {};
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        const auto was = old.constFind(it.key());
        if (was == old.cend()) {
            changes->added.append(it->article);
        } else if (was->fingerprint != it->fingerprint) {
            changes->changed.append(it->article);
        }
    }
    for (auto it = old.cbegin(); it != old.cend(); ++it) {
        if (!now.contains(it.key())) {
            changes->removed.append(it->article);
        }
    }
    sortByTitle(changes->added);
    sortByTitle(changes->changed);
    sortByTitle(changes->removed);
    return true;
}

} // namespace Myelin::Update
