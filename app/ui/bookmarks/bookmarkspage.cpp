// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookmarkspage.h"

#include "messagestrip.h"
#include "pageref.h"
#include "ui/shell/buttonshelf.h"
#include "ui/shell/wrappingtreeview.h"
#include "userdata/userdatabase.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStyle>
#include <QVBoxLayout>

namespace Myelin::Ui {

namespace {

QString withoutEllipsis(QString text)
{
    text.remove(QChar(0x2026));
    return text;
}

} // namespace

BookmarksPage::BookmarksPage(BookmarkStore &store, const ContentRepository &repository, ReadingStyleController &style,
                             QWidget *parent)
    : QWidget(parent), m_store(store), m_repository(repository), m_empty(new QLabel(this)),
      m_strip(new MessageStrip(style, this)), m_tree(new WrappingTreeView(this)), m_model(new QStandardItemModel(this)),
      m_moveMenu(new QMenu(tr("Move to Folder"), this))
{
    setAccessibleName(tr("Bookmarks"));
    m_empty->setText(tr("No bookmarks yet. Press Ctrl+D or the Bookmark button in the toolbar to keep the page "
                        "you are reading here."));
    m_empty->setWordWrap(true);
    m_empty->setAccessibleName(m_empty->text());
    m_empty->setMargin(6);

    m_tree->setModel(m_model);
    m_tree->setHeaderHidden(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setExpandsOnDoubleClick(false);
    m_tree->setAccessibleName(tr("Bookmarks"));
    m_tree->setAccessibleDescription(
        tr("Your bookmarks and folders. Enter opens, F2 renames, Delete deletes, Control with Up or Down moves."));
    m_tree->header()->setStretchLastSection(true);
    m_tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex &) { openCurrent(); });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &BookmarksPage::updateButtons);
    connect(m_tree, &QTreeView::collapsed, this,
            [this](const QModelIndex &index) { m_collapsed.insert(index.data(IdRole).toLongLong()); });
    connect(m_tree, &QTreeView::expanded, this,
            [this](const QModelIndex &index) { m_collapsed.remove(index.data(IdRole).toLongLong()); });

    auto *buttons = new ButtonShelf(this);
    struct ButtonSpec
    {
        const char *name;
        QString text;
        QString tip;
        QKeySequence key;
        std::function<void()> run;
    };
    const QList<ButtonSpec> specs = {
        {"openBookmark", tr("Open"), tr("Open the chosen bookmark"), QKeySequence(), [this] { openCurrent(); }},
        {"renameBookmark", tr("Rename\u2026"), tr("Rename the chosen bookmark or folder"), QKeySequence(Qt::Key_F2),
         [this] { renameCurrent(); }},
        {"deleteBookmark", tr("Delete"), tr("Delete the chosen bookmark or folder (you can undo it)"),
         QKeySequence(QKeySequence::Delete), [this] { deleteCurrent(); }},
        {"moveUp", tr("Up"), tr("Move the chosen bookmark or folder up"), QKeySequence(Qt::CTRL | Qt::Key_Up),
         [this] { moveCurrent(-1); }},
        {"moveDown", tr("Down"), tr("Move the chosen bookmark or folder down"), QKeySequence(Qt::CTRL | Qt::Key_Down),
         [this] { moveCurrent(+1); }},
        {"moveBookmark", tr("Move to\u2026"), tr("Put the chosen bookmark in another folder"), QKeySequence(), {}},
        {"newFolder", tr("New Folder\u2026"), tr("Make a folder for bookmarks"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), [this] { newFolder(); }},
    };
    for (const ButtonSpec &spec : specs) {
        auto *button = new QPushButton(spec.text, this);
        button->setObjectName(QLatin1String(spec.name));
        const QString keyText = spec.key.toString(QKeySequence::NativeText);
        button->setToolTip(keyText.isEmpty() ? spec.tip : tr("%1 (%2)").arg(spec.tip, keyText));
        button->setAccessibleName(tr("%1: %2").arg(withoutEllipsis(spec.text), spec.tip));
        button->setAutoDefault(false);
        if (spec.run) {
            connect(button, &QPushButton::clicked, this, spec.run);
        }
        if (!spec.key.isEmpty()) {
            auto *action = new QAction(spec.text, this);
            action->setShortcut(spec.key);
            action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
            connect(action, &QAction::triggered, this, spec.run);
            addAction(action);
        }
        buttons->addButton(button);
        m_buttons << button;
    }
    auto *undo = new QAction(tr("Undo"), this);
    undo->setShortcut(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(undo, &QAction::triggered, this, &BookmarksPage::undo);
    addAction(undo);
    this->button(QStringLiteral("moveBookmark"))->setMenu(m_moveMenu);
    m_moveMenu->setAccessibleName(tr("Move to Folder"));
    connect(m_moveMenu, &QMenu::aboutToShow, this, &BookmarksPage::fillMoveMenu);
    connect(m_strip, &MessageStrip::undoRequested, this, &BookmarksPage::undo);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(6);
    layout->addWidget(m_strip);
    layout->addWidget(m_empty);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    setFocusProxy(m_tree);

    connect(&m_store, &BookmarkStore::changed, this, [this] {
        if (!m_keepMessage) {
            m_strip->hide(); // the next action: the message was about an earlier one
        }
        reload();
    });
    reload();
}

QPushButton *BookmarksPage::button(const QString &objectName) const
{
    for (QPushButton *button : m_buttons) {
        if (button->objectName() == objectName) {
            return button;
        }
    }
    return nullptr;
}

QStandardItem *BookmarksPage::makeBookmarkItem(const Bookmark &bookmark) const
{
    const bool missing = !PageRef::exists(m_repository, bookmark.slug);
    const QString title = bookmark.title.isEmpty() ? bookmark.slug : bookmark.title;
    // The title first: a narrow pane cuts the end of a line, and the title is what the reader looks for.
    const QString text = missing ? tr("%1 (no longer in the library)").arg(title) : title;
    auto *item = new QStandardItem(text);
    item->setData(BookmarkItem, KindRole);
    item->setData(bookmark.id, IdRole);
    item->setData(bookmark.slug, RefRole);
    item->setData(title, TitleRole);
    item->setData(missing, MissingRole);
    item->setData(text, Qt::AccessibleTextRole);
    item->setToolTip(missing
                         ? tr("%1: a content update renamed or removed this page. Your bookmark is kept.").arg(title)
                         : tr("%1. Press Enter to open.").arg(title));
    item->setEditable(false);
    return item;
}

void BookmarksPage::reload()
{
    const Current was = current();
    m_model->clear();
    const QIcon folderIcon = style()->standardIcon(QStyle::SP_DirIcon);
    const QList<BookmarkFolder> folders = m_store.folders();
    for (const BookmarkFolder &folder : folders) {
        const QList<Bookmark> inside = m_store.bookmarksIn(folder.id);
        auto *item = new QStandardItem(folderIcon, folder.name);
        item->setData(FolderItem, KindRole);
        item->setData(folder.id, IdRole);
        item->setData(folder.name, TitleRole);
        item->setData(tr("Folder %1, %n bookmark(s)", nullptr, int(inside.size())).arg(folder.name),
                      Qt::AccessibleTextRole);
        QFont bold = item->font();
        bold.setBold(true);
        item->setFont(bold);
        item->setEditable(false);
        for (const Bookmark &bookmark : inside) {
            item->appendRow(makeBookmarkItem(bookmark));
        }
        m_model->appendRow(item);
    }
    for (const Bookmark &bookmark : m_store.bookmarksIn(0)) {
        m_model->appendRow(makeBookmarkItem(bookmark));
    }
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        if (index.data(KindRole).toInt() == FolderItem && !m_collapsed.contains(index.data(IdRole).toLongLong())) {
            m_tree->expand(index);
        }
    }
    m_empty->setVisible(m_model->rowCount() == 0);
    if (was.valid) {
        selectItem(was.kind, was.id);
    }
    if (!m_tree->currentIndex().isValid() && m_model->rowCount() > 0) {
        m_tree->setCurrentIndex(m_model->index(0, 0));
    }
    updateButtons();
}

void BookmarksPage::selectItem(ItemKind kind, qint64 id)
{
    std::function<QModelIndex(const QModelIndex &)> find = [&](const QModelIndex &parent) -> QModelIndex {
        for (int row = 0; row < m_model->rowCount(parent); ++row) {
            const QModelIndex index = m_model->index(row, 0, parent);
            if (index.data(KindRole).toInt() == kind && index.data(IdRole).toLongLong() == id) {
                return index;
            }
            if (const QModelIndex inner = find(index); inner.isValid()) {
                return inner;
            }
        }
        return {};
    };
    const QModelIndex index = find(QModelIndex());
    if (index.isValid()) {
        if (index.parent().isValid()) {
            m_tree->expand(index.parent());
        }
        m_tree->setCurrentIndex(index);
        m_tree->scrollTo(index);
    }
    updateButtons();
}

BookmarksPage::Current BookmarksPage::current() const
{
    const QModelIndex index = m_tree->currentIndex();
    if (!index.isValid()) {
        return {};
    }
    return {ItemKind(index.data(KindRole).toInt()), index.data(IdRole).toLongLong(), true};
}

void BookmarksPage::updateButtons()
{
    const Current now = current();
    const bool bookmark = now.valid && now.kind == BookmarkItem;
    button(QStringLiteral("openBookmark"))->setEnabled(bookmark);
    button(QStringLiteral("renameBookmark"))->setEnabled(now.valid);
    button(QStringLiteral("moveBookmark"))->setEnabled(bookmark);
    button(QStringLiteral("moveUp"))->setEnabled(now.valid);
    button(QStringLiteral("moveDown"))->setEnabled(now.valid);
    button(QStringLiteral("deleteBookmark"))->setEnabled(now.valid);
}

void BookmarksPage::openCurrent()
{
    const QModelIndex index = m_tree->currentIndex();
    if (!index.isValid()) {
        return;
    }
    if (index.data(KindRole).toInt() == FolderItem) {
        m_tree->setExpanded(index, !m_tree->isExpanded(index));
        return;
    }
    emit openRequested(index.data(RefRole).toString(), index.data(TitleRole).toString(),
                       index.data(MissingRole).toBool());
}

void BookmarksPage::renameCurrent()
{
    const QModelIndex index = m_tree->currentIndex();
    if (!index.isValid()) {
        return;
    }
    const Current was = current();
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("renameDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(was.kind == FolderItem ? tr("Rename Folder") : tr("Rename Bookmark"));
    dialog->setLabelText(was.kind == FolderItem ? tr("New name for the folder:") : tr("New name for the bookmark:"));
    dialog->setTextValue(index.data(TitleRole).toString());
    dialog->setAccessibleName(dialog->windowTitle());
    dialog->setOkButtonText(tr("Rename"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this, was](const QString &text) {
        const QString name = text.simplified();
        if (name.isEmpty()) {
            return;
        }
        const bool saved =
            was.kind == FolderItem ? m_store.renameFolder(was.id, name) : m_store.renameBookmark(was.id, name);
        if (!saved) {
            reportFailure(tr("The new name could not be saved."));
        }
        selectItem(was.kind, was.id);
        m_tree->setFocus();
    });
    dialog->open();
}

void BookmarksPage::deleteCurrent()
{
    const Current now = current();
    if (!now.valid) {
        return;
    }
    const int row = m_tree->currentIndex().row();
    const QModelIndex parent = m_tree->currentIndex().parent();
    m_keepMessage = true;
    if (now.kind == FolderItem) {
        if (const auto removed = m_store.removeFolder(now.id)) {
            m_undo.append(*removed);
            const int count = int(removed->bookmarks.size());
            showDone(count == 0 ? tr("Deleted the folder \u201c%1\u201d.").arg(removed->folder.name)
                                : tr("Deleted the folder \u201c%1\u201d and the %n bookmark(s) in it.", nullptr, count)
                                      .arg(removed->folder.name),
                     true);
        } else {
            reportFailure(tr("The folder could not be deleted."));
        }
    } else if (const auto removed = m_store.removeBookmark(now.id)) {
        m_undo.append(*removed);
        showDone(tr("Deleted the bookmark \u201c%1\u201d.").arg(removed->title), true);
    } else {
        reportFailure(tr("The bookmark could not be deleted."));
    }
    m_keepMessage = false;
    // The keyboard stays where it was: on the next item, or the one before when it was the last.
    const int rows = m_model->rowCount(parent.isValid() ? m_model->index(parent.row(), 0) : QModelIndex());
    if (rows > 0) {
        const QModelIndex parentNow = parent.isValid() ? m_model->index(parent.row(), 0) : QModelIndex();
        m_tree->setCurrentIndex(m_model->index(qMin(row, rows - 1), 0, parentNow));
    } else if (parent.isValid()) {
        m_tree->setCurrentIndex(m_model->index(parent.row(), 0));
    }
    updateButtons();
}

void BookmarksPage::undo()
{
    if (m_undo.isEmpty()) {
        m_strip->showMessage(tr("There is nothing to undo."), false);
        return;
    }
    const Removed last = m_undo.takeLast();
    m_keepMessage = true;
    bool saved = false;
    if (const auto *bookmark = std::get_if<Bookmark>(&last)) {
        saved = m_store.restoreBookmark(*bookmark);
        if (saved) {
            selectItem(BookmarkItem, bookmark->id);
            showDone(tr("The bookmark \u201c%1\u201d is back.").arg(bookmark->title), false);
        }
    } else if (const auto *folder = std::get_if<BookmarkStore::RemovedFolder>(&last)) {
        saved = m_store.restoreFolder(*folder);
        if (saved) {
            selectItem(FolderItem, folder->folder.id);
            showDone(tr("The folder \u201c%1\u201d is back.").arg(folder->folder.name), false);
        }
    }
    m_keepMessage = false;
    if (!saved) {
        m_undo.append(last);
        reportFailure(tr("It could not be put back."));
    }
}

void BookmarksPage::moveCurrent(int delta)
{
    const Current now = current();
    if (!now.valid) {
        return;
    }
    const bool moved =
        now.kind == FolderItem ? m_store.moveFolder(now.id, delta) : m_store.moveBookmarkWithin(now.id, delta);
    if (moved) {
        selectItem(now.kind, now.id);
    } else {
        m_strip->showMessage(delta < 0 ? tr("It is already at the top.") : tr("It is already at the bottom."), false);
    }
}

void BookmarksPage::moveCurrentToFolder(qint64 folderId)
{
    const Current now = current();
    if (!now.valid || now.kind != BookmarkItem) {
        return;
    }
    if (m_store.moveBookmark(now.id, folderId)) {
        selectItem(BookmarkItem, now.id);
    } else {
        reportFailure(tr("The bookmark could not be moved."));
    }
}

void BookmarksPage::fillMoveMenu()
{
    m_moveMenu->clear();
    const Current now = current();
    if (!now.valid || now.kind != BookmarkItem) {
        m_moveMenu->addAction(tr("Choose a bookmark first"))->setEnabled(false);
        return;
    }
    const qint64 in = m_tree->currentIndex().parent().data(IdRole).toLongLong();
    QAction *none = m_moveMenu->addAction(tr("Not in a Folder"), this, [this] { moveCurrentToFolder(0); });
    none->setEnabled(in != 0);
    m_moveMenu->addSeparator();
    for (const BookmarkFolder &folder : m_store.folders()) {
        QAction *action = m_moveMenu->addAction(style()->standardIcon(QStyle::SP_DirIcon), folder.name, this,
                                                [this, id = folder.id] { moveCurrentToFolder(id); });
        action->setEnabled(folder.id != in);
    }
    m_moveMenu->addSeparator();
    m_moveMenu->addAction(tr("New Folder\u2026"), this, [this, id = now.id] {
        newFolder();
        // The new folder's dialog is open; the bookmark goes into it once it exists.
        if (auto *dialog = findChild<QInputDialog *>(QStringLiteral("newFolderDialog"))) {
            connect(dialog, &QInputDialog::textValueSelected, this, [this, id] {
                const QList<BookmarkFolder> folders = m_store.folders();
                qint64 newest = 0;
                for (const BookmarkFolder &folder : folders) {
                    newest = qMax(newest, folder.id);
                }
                if (newest != 0 && m_store.moveBookmark(id, newest)) {
                    selectItem(BookmarkItem, id);
                }
            });
        }
    });
}

void BookmarksPage::newFolder()
{
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("newFolderDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("New Folder"));
    dialog->setAccessibleName(dialog->windowTitle());
    dialog->setLabelText(tr("Name of the new folder:"));
    dialog->setOkButtonText(tr("Make Folder"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &text) {
        const QString name = text.simplified();
        if (name.isEmpty()) {
            return;
        }
        if (const qint64 id = m_store.addFolder(name)) {
            selectItem(FolderItem, id);
        } else {
            reportFailure(tr("The folder could not be made."));
        }
        m_tree->setFocus();
    });
    dialog->open();
}

void BookmarksPage::reportFailure(const QString &what)
{
    m_strip->showMessage(what, false);
    emit saveFailed(what);
}

void BookmarksPage::showDone(const QString &text, bool undoable)
{
    m_strip->showMessage(text, undoable);
}

} // namespace Myelin::Ui
