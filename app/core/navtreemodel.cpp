// SPDX-License-Identifier: GPL-3.0-or-later
#include "navtreemodel.h"

#include "bidi.h"
#include "contentdatabase.h"
#include "translatedcolumns.h"

#include <QSqlQuery>

namespace Myelin {

struct NavTreeModel::Node
{
    int id = 0; // 0 for the invisible root
    QString slug;
    QString title;
    QString summary;
    bool hasChildren = false;
    bool loaded = false;
    Node *parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;
};

NavTreeModel::NavTreeModel(const ContentDatabase &database, QObject *parent)
    : QAbstractItemModel(parent), m_database(database), m_root(std::make_unique<Node>())
{
    m_root->hasChildren = true;
    loadChildren(m_root.get());
}

NavTreeModel::~NavTreeModel() = default;

void NavTreeModel::setLanguage(const QString &language)
{
    beginResetModel();
    m_language = hasTranslationTables(m_database.connection()) ? language : QString();
    m_root->children.clear();
    m_root->loaded = false;
    loadChildren(m_root.get());
    endResetModel();
}

void NavTreeModel::loadChildren(Node *node) const
{
    if (node->loaded) {
        return;
    }
    node->loaded = true;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    const TranslatedColumns words = translatedArticleColumns(QStringLiteral("a"), m_language);
    const QString columns =
        QStringLiteral("SELECT a.id, a.slug, %1, %2, EXISTS(SELECT 1 FROM articles c WHERE c.parent_id = a.id) "
                       "FROM articles a%3 WHERE ")
            .arg(words.title, words.summary, words.join);
    if (node->id == 0) {
        query.prepare(columns + QStringLiteral("a.parent_id IS NULL ORDER BY a.sort_order, a.id"));
    } else {
        query.prepare(columns + QStringLiteral("a.parent_id = ? ORDER BY a.sort_order, a.id"));
        query.addBindValue(node->id);
    }
    if (!query.exec()) {
        return;
    }
    while (query.next()) {
        auto child = std::make_unique<Node>();
        child->id = query.value(0).toInt();
        child->slug = query.value(1).toString();
        child->title = query.value(2).toString();
        child->summary = query.value(3).toString();
        child->hasChildren = query.value(4).toBool();
        child->parent = node;
        child->row = int(node->children.size());
        node->children.push_back(std::move(child));
    }
}

NavTreeModel::Node *NavTreeModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex NavTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node *node = nodeFor(parent);
    if (column != 0 || row < 0 || row >= int(node->children.size())) {
        return {};
    }
    return createIndex(row, column, node->children[size_t(row)].get());
}

QModelIndex NavTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid()) {
        return {};
    }
    const Node *parentNode = nodeFor(child)->parent;
    if (parentNode == nullptr || parentNode == m_root.get()) {
        return {};
    }
    return createIndex(parentNode->row, 0, const_cast<Node *>(parentNode));
}

int NavTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0) {
        return 0;
    }
    return int(nodeFor(parent)->children.size());
}

int NavTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

bool NavTreeModel::hasChildren(const QModelIndex &parent) const
{
    return nodeFor(parent)->hasChildren;
}

bool NavTreeModel::canFetchMore(const QModelIndex &parent) const
{
    const Node *node = nodeFor(parent);
    return node->hasChildren && !node->loaded;
}

void NavTreeModel::fetchMore(const QModelIndex &parent)
{
    Node *node = nodeFor(parent);
    if (node->loaded) {
        return;
    }
    // Count first so the insertion signals announce the real number of rows.
    Node probe;
    probe.id = node->id;
    loadChildren(&probe);
    if (probe.children.empty()) {
        node->loaded = true;
        return;
    }
    beginInsertRows(parent, 0, int(probe.children.size()) - 1);
    node->children = std::move(probe.children);
    for (auto &child : node->children) {
        child->parent = node;
    }
    node->loaded = true;
    endInsertRows();
}

QVariant NavTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()) {
        return {};
    }
    const Node *node = nodeFor(index);
    switch (role) {
    case Qt::DisplayRole:
        return Bidi::isolated(node->title); // an English title in the Arabic window, punctuation in place
    case Qt::AccessibleTextRole:
        return node->title;
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
    case SummaryRole:
        return node->summary;
    case SlugRole:
        return node->slug;
    default:
        return {};
    }
}

QHash<int, QByteArray> NavTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(SlugRole, "slug");
    names.insert(SummaryRole, "summary");
    return names;
}

QModelIndex NavTreeModel::indexForSlug(const QString &slug)
{
    // The path from the root down to the article: ancestors first.
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("WITH RECURSIVE up(id, parent_id, depth) AS ("
                                 " SELECT id, parent_id, 0 FROM articles WHERE slug = ?"
                                 " UNION ALL SELECT a.id, a.parent_id, up.depth + 1 FROM articles a"
                                 " JOIN up ON a.id = up.parent_id WHERE up.depth < 64)"
                                 " SELECT id FROM up ORDER BY depth DESC"));
    query.addBindValue(slug);
    if (!query.exec()) {
        return {};
    }
    QModelIndex current;
    while (query.next()) {
        const int id = query.value(0).toInt();
        if (canFetchMore(current)) {
            fetchMore(current);
        }
        const Node *node = nodeFor(current);
        QModelIndex found;
        for (const auto &child : node->children) {
            if (child->id == id) {
                found = createIndex(child->row, 0, child.get());
                break;
            }
        }
        if (!found.isValid()) {
            return {};
        }
        current = found;
    }
    return current;
}

} // namespace Myelin
