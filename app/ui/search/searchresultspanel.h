// SPDX-License-Identifier: GPL-3.0-or-later
// "All results": every hit for a query, grouped into articles, glossary terms and timeline events,
// in a native list beside the article (a side tab), so the list stays in view while results are
// read one after another.
#ifndef MYELIN_UI_SEARCHRESULTSPANEL_H
#define MYELIN_UI_SEARCHRESULTSPANEL_H

#include "searchresultsmodel.h"

#include <QWidget>

class QLabel;
class QListView;

namespace Myelin::Ui {

class SearchResultsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SearchResultsPanel(QWidget *parent = nullptr);

    // query: as typed; groups in order: articles, glossary terms, timeline events.
    void showResults(const QString &query, const QList<SearchResultsModel::Entry> &entries, int total,
                     const QString &suggestion);
    SearchResultsModel *model() const { return m_model; }
    QListView *list() const { return m_list; }
    QLabel *heading() const { return m_heading; }

signals:
    void hitActivated(const Myelin::SearchHit &hit);
    void suggestionActivated(const QString &query);
    void ownWordsActivated(const Myelin::UserMatch &match);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void activate(const QModelIndex &index);

    QLabel *m_heading;
    SearchResultsModel *m_model;
    QListView *m_list;
};

} // namespace Myelin::Ui

#endif // MYELIN_UI_SEARCHRESULTSPANEL_H
