// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchbox.h"

#include <QKeyEvent>

namespace Myelin::Ui {

SearchBox::SearchBox(QWidget *parent) : QLineEdit(parent)
{
    setObjectName(QStringLiteral("searchBox"));
    setPlaceholderText(tr("Search articles, terms, events"));
    setAccessibleName(tr("Search"));
    setAccessibleDescription(
        tr("Type to search articles, glossary terms and timeline events. Results appear as you type; use the "
           "Up and Down keys to choose one and Enter to open it."));
    setToolTip(tr("Search articles, glossary terms and timeline events (Ctrl+K)"));
    setClearButtonEnabled(true);
    setMinimumHeight(44);
    setMinimumWidth(200);
    setMaximumWidth(420);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

bool SearchBox::event(QEvent *event)
{
    const auto *key = static_cast<QKeyEvent *>(event);
    if (event->type() == QEvent::ShortcutOverride &&
        !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))) {
        // The keys that move through the results are the field's own while it has the focus.
        switch (key->key()) {
        case Qt::Key_Escape:
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
        case Qt::Key_Return:
        case Qt::Key_Enter:
            event->accept();
            return true;
        default:
            break;
        }
    }
    return QLineEdit::event(event);
}

void SearchBox::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Down:
        emit moveRequested(1);
        return;
    case Qt::Key_Up:
        emit moveRequested(-1);
        return;
    case Qt::Key_PageDown:
        emit moveRequested(5);
        return;
    case Qt::Key_PageUp:
        emit moveRequested(-5);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        emit activateRequested();
        return;
    case Qt::Key_Escape:
        emit dismissRequested();
        return;
    default:
        QLineEdit::keyPressEvent(event);
    }
}

void SearchBox::focusOutEvent(QFocusEvent *event)
{
    QLineEdit::focusOutEvent(event);
    emit focusLost();
}

} // namespace Myelin::Ui
