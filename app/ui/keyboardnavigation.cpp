// SPDX-License-Identifier: GPL-3.0-or-later
#include "keyboardnavigation.h"

#include "articleview.h"
#include "breadcrumbbar.h"
#include "mainwindow.h"
#include "relatedpanel.h"

#include <QAbstractButton>
#include <QApplication>
#include <QListWidget>
#include <QStyle>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QWebEngineView>
#include <algorithm>

namespace Myelin::Ui {

KeyboardNavigation::KeyboardNavigation(MainWindow *window, QObject *parent)
    : QObject(parent != nullptr ? parent : window), m_window(window)
{
    auto viewReady = [this] {
        m_frame = m_window->articleView()->parentWidget(); // the stack that holds the article
        if (m_frame != nullptr) {
            m_frame->setObjectName(QStringLiteral("articleFrame"));
        }
        updateTabOrder();
    };
    if (window->articleView() != nullptr) {
        viewReady();
    } else {
        connect(window, &MainWindow::articleViewReady, this, viewReady);
    }
    // Breadcrumb buttons are made anew for every article: put them back in order each time.
    connect(window, &MainWindow::articleShown, this,
            [this] { QTimer::singleShot(0, this, &KeyboardNavigation::updateTabOrder); });
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) { articleFocusChanged(now); });
    window->mainToolBar()->installEventFilter(this); // buttons added later by other features
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

QList<QToolBar *> KeyboardNavigation::toolBars() const
{
    // Top to bottom, left to right: the main toolbar, then the reading row, then the player bar.
    QList<QToolBar *> bars;
    for (QToolBar *bar : m_window->findChildren<QToolBar *>(QString(), Qt::FindDirectChildrenOnly)) {
        if (!bar->isHidden() && m_window->toolBarArea(bar) == Qt::TopToolBarArea) {
            bars << bar;
        }
    }
    std::stable_sort(bars.begin(), bars.end(), [](const QToolBar *a, const QToolBar *b) {
        return a->y() != b->y() ? a->y() < b->y() : a->x() < b->x();
    });
    return bars;
}

QList<QWidget *> KeyboardNavigation::tabChain() const
{
    QList<QWidget *> chain;
    const QList<QToolBar *> bars = toolBars();
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
    chain << m_window->sideTabs()->tabBar() << m_window->tree();
    for (QAbstractButton *button : m_window->breadcrumb()->findChildren<QAbstractButton *>()) {
        chain << button;
    }
    if (ArticleView *view = m_window->articleView()) {
        // The page's own widget (Qt WebEngine's focus proxy): the view itself takes no focus, and
        // setTabOrder ignores widgets that do not.
        QWidget *page = view->webView()->focusProxy();
        chain << (page != nullptr ? page : view->webView());
    }
    chain << m_window->related()->list();
    return chain;
}

void KeyboardNavigation::updateTabOrder()
{
    const QList<QToolBar *> bars = toolBars();
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
    ArticleView *view = m_window->articleView();
    const bool inArticle = view != nullptr && now != nullptr && view->isAncestorOf(now);
    if (m_frame->property("pageFocus").toBool() != inArticle) {
        m_frame->setProperty("pageFocus", inArticle);
        m_frame->style()->unpolish(m_frame);
        m_frame->style()->polish(m_frame);
        m_frame->update();
    }
}

} // namespace Myelin::Ui
