// SPDX-License-Identifier: GPL-3.0-or-later
#include "keyboardnavigation.h"

#include "ui/shell/articleview.h"
#include "ui/shell/readerhost.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QMenu>
#include <QStyle>
#include <QTimer>
#include <QToolBar>
#include <QWebEngineView>
#include <algorithm>

namespace Myelin::Ui {

KeyboardNavigation::KeyboardNavigation(ReaderHost &host, QObject *parent)
    : QObject(parent != nullptr ? parent : &host), m_host(host)
{
    m_frame = m_host.articleView()->parentWidget(); // the stack that holds the article
    if (m_frame != nullptr) {
        m_frame->setObjectName(QStringLiteral("articleFrame"));
    }
    updateTabOrder();
    // Breadcrumb buttons are made when the trail changes, which is when an article is shown with its
    // frame (ui/shell/pageframe.h): put them in order then, once per article.
    connect(&host, &ReaderHost::articleShown, this,
            [this] { QTimer::singleShot(0, this, &KeyboardNavigation::updateTabOrder); });
    // The engine may give the page a new widget that takes the keyboard while it loads one.
    connect(m_host.articleView(), &ArticleView::loadFinished, this, [this] {
        if (m_host.articleView()->webView()->focusProxy() != m_pageWidget) {
            QTimer::singleShot(0, this, &KeyboardNavigation::updateTabOrder);
        }
    });
    // So are the controls of a side pane made when first shown (DeferredPane).
    connect(&host, &ReaderHost::sidePaneMade, this, &KeyboardNavigation::updateTabOrder);
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) { articleFocusChanged(now); });
    host.mainToolBar()->installEventFilter(this); // buttons added later by other features
    auto *next = new QAction(tr("Next Region"), host.window());
    next->setObjectName(QStringLiteral("nextRegion"));
    next->setShortcut(QKeySequence(Qt::Key_F6));
    next->setStatusTip(tr("Move to the next part of the window: toolbar, contents, article, related items"));
    connect(next, &QAction::triggered, this, [this] { moveToRegion(+1); });
    auto *previous = new QAction(tr("Previous Region"), host.window());
    previous->setObjectName(QStringLiteral("previousRegion"));
    previous->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F6));
    previous->setStatusTip(tr("Move to the previous part of the window"));
    connect(previous, &QAction::triggered, this, [this] { moveToRegion(-1); });
    host.window()->addActions({next, previous}); // wherever the keyboard is in the window
    if (QMenu *go = host.menu(ReaderHost::Menu::Go)) {
        go->addSeparator();
        go->addActions({next, previous});
    }
    QTimer::singleShot(0, this, &KeyboardNavigation::updateTabOrder);
}

bool KeyboardNavigation::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool plain = (key->modifiers() & ~Qt::ShiftModifier) == Qt::NoModifier;
        if (plain && (key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab)) {
            QList<QWidget *> ring;
            const QList<QWidget *> chain = tabChain();
            for (QWidget *widget : chain) {
                if (widget->isEnabled() && widget->isVisible() && widget->focusPolicy() != Qt::NoFocus) {
                    ring << widget;
                }
            }
            QWidget *target = nullptr;
            if (ring.size() > 1 && key->key() == Qt::Key_Tab && watched == ring.constLast()) {
                target = ring.constFirst();
            } else if (ring.size() > 1 && key->key() == Qt::Key_Backtab && watched == ring.constFirst()) {
                target = ring.constLast();
            }
            if (target != nullptr) {
                target->setFocus(key->key() == Qt::Key_Tab ? Qt::TabFocusReason : Qt::BacktabFocusReason);
                return true;
            }
        }
    }
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
    m_pageWidget = m_host.articleView()->webView()->focusProxy();
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
    // A ring: Tab on the last goes to the first, Shift+Tab on the first to the last (eventFilter). The
    // window's own focus chain holds other widgets too, so this is not left to setTabOrder.
    for (QWidget *widget : chain) {
        widget->installEventFilter(this); // installing again only moves it to the front
    }
}

QList<QWidget *> KeyboardNavigation::regions() const
{
    QList<QWidget *> regions;
    const QList<QWidget *> chain = tabChain();
    for (QWidget *widget : chain) {
        if (widget->isEnabled() && widget->isVisible()) {
            regions << widget; // the toolbars start with their first control that takes the keyboard
            break;
        }
    }
    return regions + m_host.regions();
}

void KeyboardNavigation::moveToRegion(int direction)
{
    const QList<QWidget *> all = regions();
    if (all.isEmpty()) {
        return;
    }
    const QList<QToolBar *> bars = m_host.toolBarRows();
    QWidget *focus = QApplication::focusWidget();
    int current = -1;
    for (int i = 0; i < all.size() && focus != nullptr; ++i) {
        const bool inToolbars = i == 0 && std::any_of(bars.cbegin(), bars.cend(), [focus](const QToolBar *bar) {
                                    return bar->isAncestorOf(focus);
                                });
        if (inToolbars || all.at(i) == focus || all.at(i)->isAncestorOf(focus)) {
            current = i;
        }
    }
    const int count = int(all.size());
    const int next = current < 0 ? (direction > 0 ? 0 : count - 1) : (current + direction + count) % count;
    QWidget *target = all.at(next);
    if (QWidget *proxy = target->focusProxy()) {
        target = proxy; // the article's page takes the keyboard through its focus proxy
    }
    target->setFocus(Qt::OtherFocusReason);
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
