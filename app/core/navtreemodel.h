// SPDX-License-Identifier: GPL-3.0-or-later
// The article tree as a Qt item model. Children are read from the database only when a branch is
// first shown (fetchMore), so opening the window costs the same for 40 articles or 50,000.
#ifndef MYELIN_CORE_NAVTREEMODEL_H
#define MYELIN_CORE_NAVTREEMODEL_H

#include <QAbstractItemModel>
#include <memory>
#include <vector>

namespace Myelin {

class ContentDatabase;

class NavTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role
    {
        SlugRole = Qt::UserRole + 1,
        SummaryRole,
    };

    explicit NavTreeModel(const ContentDatabase &database, QObject *parent = nullptr);
    // Titles and summaries in this language where the content has them ("es"; empty: English). Call
    // before the tree is first shown.
    void setLanguage(const QString &language);
    ~NavTreeModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QHash<int, QByteArray> roleNames() const override;

    // The index of the article with this slug, loading the branches on its path; invalid if unknown.
    QModelIndex indexForSlug(const QString &slug);

private:
    struct Node;
    Node *nodeFor(const QModelIndex &index) const;
    void loadChildren(Node *node) const;

    const ContentDatabase &m_database;
    std::unique_ptr<Node> m_root;
    QString m_language;
};

} // namespace Myelin

#endif // MYELIN_CORE_NAVTREEMODEL_H
