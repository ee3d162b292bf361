// SPDX-License-Identifier: GPL-3.0-or-later
// The "Related" sidebar: the open article's related items, title and one-line summary each.
#ifndef MYELIN_UI_RELATEDPANEL_H
#define MYELIN_UI_RELATEDPANEL_H

#include "core/article.h"

#include <QWidget>

class QListWidget;
class QListWidgetItem;

namespace Myelin::Ui {

class RelatedPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RelatedPanel(QWidget *parent = nullptr);

    // Keeps the list as it is when the items are the same (articles that share their related items).
    void setItems(const QList<ArticleRef> &items);
    QListWidget *list() const { return m_list; }
    bool isEmpty() const;

signals:
    void articleRequested(const QString &slug);

private:
    void activate(QListWidgetItem *item);

    QListWidget *m_list;
    QList<ArticleRef> m_items;
};

} // namespace Myelin::Ui

#endif // MYELIN_UI_RELATEDPANEL_H
