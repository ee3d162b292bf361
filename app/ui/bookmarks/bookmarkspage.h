// SPDX-License-Identifier: GPL-3.0-or-later
// The bookmarks in their folders, as a tree the keyboard drives: Enter opens, F2 renames, Delete
// deletes (Ctrl+Z or the message's Undo button puts it back), Ctrl+Up and Ctrl+Down move; every one
// of these is also a button, and moving to another folder is a menu (nothing needs dragging).
#ifndef MYELIN_UI_BOOKMARKS_BOOKMARKSPAGE_H
#define MYELIN_UI_BOOKMARKS_BOOKMARKSPAGE_H

#include "userdata/bookmarkstore.h"

#include <QSet>
#include <QWidget>
#include <variant>

class QLabel;
class QMenu;
class QPushButton;
class QStandardItem;
class QStandardItemModel;
class QTreeView;

namespace Myelin {
class ContentRepository;
}

namespace Myelin::Ui {

class MessageStrip;
class ReadingStyleController;

class BookmarksPage : public QWidget
{
    Q_OBJECT

public:
    enum Role
    {
        KindRole = Qt::UserRole + 1, // ItemKind
        IdRole,
        RefRole,
        TitleRole,
        MissingRole // the page is no longer in the library
    };
    enum ItemKind
    {
        FolderItem,
        BookmarkItem
    };

    BookmarksPage(BookmarkStore &store, const ContentRepository &repository, ReadingStyleController &style,
                  QWidget *parent = nullptr);

    QTreeView *tree() const { return m_tree; }
    QStandardItemModel *model() const { return m_model; }
    MessageStrip *messageStrip() const { return m_strip; }
    QPushButton *button(const QString &objectName) const;
    QMenu *moveMenu() const { return m_moveMenu; }

    void selectItem(ItemKind kind, qint64 id);
    void reload();

    // The actions, also for the controller's menu and for tests.
    void openCurrent();
    void renameCurrent();
    void deleteCurrent();
    void undo();
    void moveCurrent(int delta);
    void moveCurrentToFolder(qint64 folderId);
    void newFolder();

signals:
    void openRequested(const QString &ref, const QString &title, bool missing);
    void saveFailed(const QString &what); // a change could not be stored

private:
    struct Current
    {
        ItemKind kind = BookmarkItem;
        qint64 id = 0;
        bool valid = false;
    };
    Current current() const;
    QStandardItem *makeBookmarkItem(const Bookmark &bookmark) const;
    void updateButtons();
    void fillMoveMenu();
    void reportFailure(const QString &what);
    void showDone(const QString &text, bool undoable);

    BookmarkStore &m_store;
    const ContentRepository &m_repository;
    QLabel *m_empty;
    MessageStrip *m_strip;
    QTreeView *m_tree;
    QStandardItemModel *m_model;
    QMenu *m_moveMenu;
    QList<QPushButton *> m_buttons;
    QSet<qint64> m_collapsed; // folders the reader closed
    using Removed = std::variant<Bookmark, BookmarkStore::RemovedFolder>;
    QList<Removed> m_undo;
    bool m_keepMessage = false; // the change being made is the one the message tells of
};

} // namespace Myelin::Ui

#endif // MYELIN_UI_BOOKMARKS_BOOKMARKSPAGE_H
