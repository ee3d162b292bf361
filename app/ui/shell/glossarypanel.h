// SPDX-License-Identifier: GPL-3.0-or-later
// The glossary, A to Z, with a filter box. Terms are read from the database the first time the
// panel is shown, never at start-up. A term's menu (right-click, the Menu key or Shift+F10) offers
// Open and what features add (Add to My Questions).
#ifndef MYELIN_UI_GLOSSARYPANEL_H
#define MYELIN_UI_GLOSSARYPANEL_H

#include <QWidget>

class QAction;
class QLineEdit;
class QMenu;
class QListView;
class QSortFilterProxyModel;
class QStandardItemModel;

namespace Myelin {
class ContentRepository;
}

namespace Myelin::Ui {

class GlossaryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit GlossaryPanel(const ContentRepository &repository, QWidget *parent = nullptr);

    QLineEdit *filterBox() const { return m_filter; }
    QListView *list() const { return m_list; }
    int visibleCount() const;
    // Adds a feature's action to each term's menu; contextMenuAboutToShow names the term first.
    void addContextAction(QAction *action);
    // Opens the menu of the term at pos (list coordinates), or of the current term when pos is null.
    QMenu *showContextMenu(const QPoint &pos = QPoint());

signals:
    void termRequested(const QString &slug);
    void contextMenuAboutToShow(const QString &slug);

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void load();

    const ContentRepository &m_repository;
    QLineEdit *m_filter;
    QListView *m_list;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QList<QAction *> m_contextActions;
    bool m_loaded = false;
};

} // namespace Myelin::Ui

#endif // MYELIN_UI_GLOSSARYPANEL_H
