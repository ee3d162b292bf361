// SPDX-License-Identifier: GPL-3.0-or-later
// Draws the reader's highlights into the open article: the app's own script (ApplicationWorld; content
// scripts stay off) reads the article's text, core/textanchor finds each highlight in it, and the
// script wraps the places found in <mark> elements. Also finds the highlight at a point, scrolls to
// one, and reads what a highlight covers (for tests).
#ifndef MYELIN_UI_HIGHLIGHTPAINTER_H
#define MYELIN_UI_HIGHLIGHTPAINTER_H

#include "userdata/librarytypes.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <functional>

namespace Myelin::Ui {

class ArticleView;

class HighlightPainter : public QObject
{
    Q_OBJECT

public:
    explicit HighlightPainter(ArticleView &view, QObject *parent = nullptr);

    // Marks highlights (all of the open article's) afresh; done gets, for each id, whether it was placed.
    // done is not called when the page changed or went away meanwhile.
    void draw(const QList<Highlight> &highlights, const std::function<void(const QHash<qint64, bool> &)> &done);
    // The highlight at point (the view's coordinates; a null point: the one with the keyboard focus or
    // the selection), 0 when none.
    void highlightAt(const QPoint &point, const std::function<void(qint64)> &done);
    // Scrolls highlight id into the middle of the window and gives it the keyboard focus.
    void reveal(qint64 id, const std::function<void(bool)> &done);
    void covered(qint64 id, const std::function<void(const QString &)> &done);
    void clearSelection();

private:
    void run(const QString &call, const std::function<void(const QVariant &)> &done);

    QPointer<ArticleView> m_view;
    QString m_script;
};

} // namespace Myelin::Ui

#endif // MYELIN_UI_HIGHLIGHTPAINTER_H
