// SPDX-License-Identifier: GPL-3.0-or-later
// The glossary, A to Z, with a filter box. Terms are read from the database the first time the
// panel is shown, never at start-up.
#ifndef MYELIN_UI_GLOSSARYPANEL_H
#define MYELIN_UI_GLOSSARYPANEL_H

#include <QWidget>

class QLineEdit;
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

signals:
    void termRequested(const QString &slug);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void load();

    const ContentRepository &m_repository;
    QLineEdit *m_filter;
    QListView *m_list;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    bool m_loaded = false;
};

} // namespace Myelin::Ui

#endif // MYELIN_UI_GLOSSARYPANEL_H
