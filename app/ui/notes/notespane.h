// SPDX-License-Identifier: GPL-3.0-or-later
// The Notes pane beside Contents and Glossary: the reader's highlights grouped by article (the title
// as a heading), each with its colour, its passage (shortened; the whole in the tooltip and for screen
// readers) and its note. Enter or a double click opens one; Edit Note, Remove (also Delete) and, after
// a removal, an Undo strip that stays until used or replaced. Highlights whose passage could not be
// found keep their quote, labelled "Could not be placed"; an article a content update removed keeps
// its saved title, marked "no longer in the library".
#ifndef MYELIN_UI_NOTESPANE_H
#define MYELIN_UI_NOTESPANE_H

#include "core/theme.h"
#include "userdata/librarytypes.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace Myelin::Ui {

class NotesPane : public QWidget
{
    Q_OBJECT

public:
    struct Group
    {
        QString slug;
        QString title;
        bool inLibrary = true;
        QList<Highlight> highlights;
    };

    explicit NotesPane(QWidget *parent = nullptr);

    // The whole list again (the current row stays on the same highlight). placed: the highlights
    // known to be drawn (true) or not found (false) in their article; the others are not yet known.
    void setGroups(const QList<Group> &groups, const QHash<qint64, bool> &placed);
    void setShades(const QList<HighlightShade> &shades);

    qint64 currentHighlight() const; // 0 when an article's title (or nothing) is current
    QString currentArticle() const;  // the current row's article
    bool selectHighlight(qint64 id);

    void showUndo(const QString &message);
    void hideUndo();

    QListWidget *list() const { return m_list; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *undoButton() const { return m_undo; }
    QWidget *undoStrip() const { return m_undoStrip; }
    QLabel *emptyLabel() const { return m_empty; }

signals:
    void highlightActivated(qint64 id);
    void articleActivated(const QString &slug);
    void editRequested(qint64 id);
    void removeRequested(qint64 id);
    void undoRequested();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void activate(QListWidgetItem *item);
    void updateButtons();
    void refreshSwatches();

    QListWidget *m_list;
    QLabel *m_empty;
    QPushButton *m_open;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QWidget *m_undoStrip;
    QLabel *m_undoLabel;
    QPushButton *m_undo;
    QList<HighlightShade> m_shades;
};

} // namespace Myelin::Ui

#endif // MYELIN_UI_NOTESPANE_H
