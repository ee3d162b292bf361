// SPDX-License-Identifier: GPL-3.0-or-later
// The results shown under the search field as you type: a native list (painting it costs a few
// milliseconds, a web page about 45 ms) floating over the window. Keyboard focus stays in the
// search field, which moves the selection here.
#ifndef MYELIN_UI_SEARCHPOPUP_H
#define MYELIN_UI_SEARCHPOPUP_H

#include "searchresultsmodel.h"

#include <QFrame>

class QListView;

namespace Myelin::Ui {

class SearchPopup : public QFrame
{
    Q_OBJECT

public:
    explicit SearchPopup(QWidget *window);

    void setEntries(QList<SearchResultsModel::Entry> entries);
    SearchResultsModel *model() const { return m_model; }
    QListView *list() const { return m_list; }

    // Places the popup under anchor (a widget in the same window) and shows it.
    void showBelow(QWidget *anchor);
    void reposition();
    // Moves the selection by rows, skipping headings and messages; stops at the ends.
    void moveSelection(int rows);
    int currentRow() const; // -1 when nothing is selected

signals:
    void entryActivated(int row);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    SearchResultsModel *m_model;
    QListView *m_list;
    QWidget *m_anchor = nullptr;
};

} // namespace Myelin::Ui

#endif // MYELIN_UI_SEARCHPOPUP_H
