// SPDX-License-Identifier: GPL-3.0-or-later
// The pages read, by day ("Today", "Yesterday", then dates), newest first. Enter opens a page; "Clear
// This Day" and "Clear All History" ask first.
#ifndef MYELIN_UI_BOOKMARKS_HISTORYPAGE_H
#define MYELIN_UI_BOOKMARKS_HISTORYPAGE_H

#include <QDate>
#include <QWidget>
#include <functional>

class QLabel;
class QMessageBox;
class QPushButton;
class QStandardItemModel;
class QTreeView;

namespace Myelin {
class ContentRepository;
class HistoryStore;
} // namespace Myelin

namespace Myelin::Ui {

class HistoryPage : public QWidget
{
    Q_OBJECT

public:
    enum Role
    {
        DayRole = Qt::UserRole + 1, // the local day (on day rows and visit rows)
        RefRole,                    // visit rows only
        TitleRole,
        MissingRole
    };

    HistoryPage(HistoryStore &store, const ContentRepository &repository, QWidget *parent = nullptr);

    QTreeView *tree() const { return m_tree; }
    QStandardItemModel *model() const { return m_model; }
    QPushButton *clearDayButton() const { return m_clearDay; }
    QPushButton *clearAllButton() const { return m_clearAll; }
    QPushButton *openButton() const { return m_open; }
    void reload();

    void openCurrent();
    QMessageBox *askClearDay(); // the confirmation; null when no day is chosen
    QMessageBox *askClearAll();

signals:
    void openRequested(const QString &ref, const QString &title, bool missing);
    void saveFailed(const QString &what);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QDate currentDay() const;
    void updateButtons();
    QMessageBox *ask(const QString &title, const QString &text, const QString &yes, const std::function<void()> &onYes);

    HistoryStore &m_store;
    const ContentRepository &m_repository;
    QLabel *m_empty;
    QTreeView *m_tree;
    QStandardItemModel *m_model;
    QPushButton *m_open;
    QPushButton *m_clearDay;
    QPushButton *m_clearAll;
    QDate m_shownToday; // "Today" as of the last reload: it changes at midnight
};

} // namespace Myelin::Ui

#endif // MYELIN_UI_BOOKMARKS_HISTORYPAGE_H
