// SPDX-License-Identifier: GPL-3.0-or-later
#include "keyboardnavigation.h"

#include "ui/shell/articleview.h"
#include "ui/shell/readerhost.h"

#include <QAbstractButton>
#include <QApplication>
#include <QStyle>
#include <QTimer>
#include <QToolBar>

namespace Myelin::Ui {

KeyboardNavigation::KeyboardNavigation(ReaderHost &host, QObject *parent)
    : QObject(parent != nullptr ? parent : &host), m_host(host)
{
    host.whenArticleViewReady(this, [this] {
        m_frame = m_host.articleView()->parentWidget(); // the stack that holds the article
        if (m_frame != nullptr) {
            m_frame->setObjectName(QStringLiteral("articleFrame"));
        }
        updateTabOrder();
    });
    // Breadcrumb buttons are made anew for every article: put them back in order each time.
    connect(&host, &ReaderHost::articleShown, this,
            [this] { QTimer::singleShot(0, this, &KeyboardNavigation::updateTabOrder); });
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) { articleFocusChanged(now); });
    host.mainToolBar()->installEventFilter(this); // buttons added later by other features
    QTimer::singleShot(0, this, &KeyboardNavigation::updateTabOrder);
}

bool KeyboardNavigation::eventFilter(QObject *watched, QEvent *event)
{
    if (qobject_cast<QToolBar *>(watched) != nullptr &&
        (event->type() == QEvent::ChildAdded || event->type() == QEvent::Show)) {
        QTimer::singleShot(0, this, &KeyboardNavigation::updateTabOrder);
    }
    return QObject::eventFilter(watched, event);
}

QList<QWidget *> KeyboardNavigation::tabChain() const
{
    QList<QWidget *> chain;
    const QList<QToolBar *> bars = m_host.toolBarRows();
    for (QToolBar *toolbar : bars) {
        for (QAction *action : toolbar->actions()) {
            QWidget *widget = toolbar->widgetForAction(action);
            if (widget == nullptr || !action->isVisible() || action->isSeparator()) {
                continue;
            }
            if (qobject_cast<QAbstractButton *>(widget) != nullptr || widget->focusPolicy() & Qt::TabFocus) {
                chain << widget;
            } else {
                // A container (for example a search box with its own buttons): its focusable children.
                for (QWidget *child : widget->findChildren<QWidget *>()) {
                    if (child->focusPolicy() & Qt::TabFocus) {
                        chain << child;
                    }
                }
            }
        }
    }
    return chain + m_host.paneFocusChain();
}

void KeyboardNavigation::updateTabOrder()
{
    const QList<QToolBar *> bars = m_host.toolBarRows();
    for (QToolBar *toolbar : bars) {
        toolbar->installEventFilter(this); // buttons added later by other features
        for (QAction *action : toolbar->actions()) {
            if (auto *button = qobject_cast<QAbstractButton *>(toolbar->widgetForAction(action))) {
                button->setFocusPolicy(Qt::TabFocus); // toolbar buttons are not in the Tab chain by default
            }
        }
    }
    const QList<QWidget *> chain = tabChain();
    for (int i = 1; i < chain.size(); ++i) {
        QWidget::setTabOrder(chain.at(i - 1), chain.at(i));
    }
}

void KeyboardNavigation::articleFocusChanged(QWidget *now)
{
    if (m_frame == nullptr) {
        return;
    }
    ArticleView *view = m_host.articleView();
    const bool inArticle = view != nullptr && now != nullptr && view->isAncestorOf(now);
    if (m_frame->property("pageFocus").toBool() != inArticle) {
        m_frame->setProperty("pageFocus", inArticle);
        m_frame->style()->unpolish(m_frame);
        m_frame->style()->polish(m_frame);
        m_frame->update();
    }
}

} // namespace Myelin::Ui
