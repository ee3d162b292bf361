// SPDX-License-Identifier: GPL-3.0-or-later
#include "buttonshelf.h"

#include "flowlayout.h"

#include <QEvent>
#include <QMenu>
#include <QPushButton>
#include <QResizeEvent>

namespace Myelin::Ui {

namespace {
constexpr int Gap = 6;
} // namespace

ButtonShelf::ButtonShelf(QWidget *parent)
    : QWidget(parent), m_layout(new FlowLayout(this)), m_more(new QPushButton(tr("More"), this)),
      m_menu(new QMenu(m_more))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(Gap);
    m_layout->setLineSpacing(Gap);
    m_more->setObjectName(QStringLiteral("moreButtons"));
    m_more->setAccessibleName(tr("More actions"));
    m_more->setAccessibleDescription(tr("Opens the buttons that do not fit here as a menu"));
    m_more->setToolTip(tr("More actions"));
    m_more->setAutoDefault(false);
    m_more->setMenu(m_menu);
    m_more->hide();
    m_menu->setAccessibleName(tr("More actions"));
    connect(m_menu, &QMenu::aboutToShow, this, &ButtonShelf::fillMenu);
    m_layout->addWidget(m_more);
}

void ButtonShelf::addButton(QPushButton *button)
{
    button->setParent(this);
    // Before More, which always comes last.
    m_layout->removeWidget(m_more);
    m_layout->addWidget(button);
    m_layout->addWidget(m_more);
    button->installEventFilter(this); // its words or font change: fit again
    m_buttons << button;
    m_shown = int(m_buttons.size());
    fit();
}

void ButtonShelf::setMaximumLines(int lines)
{
    m_maximumLines = qMax(1, lines);
    fit();
}

QList<QPushButton *> ButtonShelf::folded() const
{
    return m_buttons.mid(m_shown);
}

bool ButtonShelf::event(QEvent *event)
{
    const bool handled = QWidget::event(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        fit();
    }
    return handled;
}

bool ButtonShelf::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        fit();
    }
    return QWidget::eventFilter(watched, event);
}

void ButtonShelf::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (event->oldSize().width() != event->size().width()) {
        fit();
    }
}

int ButtonShelf::linesFor(int shown, int width) const
{
    // As the flow layout places them: left to right, a new line when the next does not fit.
    QList<QPushButton *> row = m_buttons.mid(0, shown);
    if (shown < m_buttons.size()) {
        row << m_more;
    }
    int lines = 1;
    int used = 0;
    for (const QPushButton *button : row) {
        const int w = button->sizeHint().width();
        if (used > 0 && used + w > width) {
            ++lines;
            used = 0;
        }
        used += w + Gap;
    }
    return lines;
}

void ButtonShelf::fit()
{
    if (m_fitting || m_buttons.isEmpty() || width() <= 0) {
        return;
    }
    m_fitting = true;
    int shown = int(m_buttons.size());
    while (shown > 1 && linesFor(shown, width()) > m_maximumLines) {
        --shown;
    }
    if (shown != m_shown || m_more->isHidden() != (shown == m_buttons.size())) {
        m_shown = shown;
        for (int i = 0; i < m_buttons.size(); ++i) {
            m_buttons.at(i)->setVisible(i < shown);
        }
        m_more->setVisible(shown < m_buttons.size());
        updateGeometry();
    }
    m_fitting = false;
}

void ButtonShelf::fillMenu()
{
    m_menu->clear();
    for (QPushButton *button : folded()) {
        QAction *action = nullptr;
        if (QMenu *own = button->menu()) {
            action = m_menu->addMenu(own);
            action->setText(button->text());
        } else {
            action = m_menu->addAction(button->text(), button, &QPushButton::click);
        }
        action->setEnabled(button->isEnabled());
        action->setToolTip(button->toolTip());
        action->setStatusTip(button->toolTip());
    }
}

} // namespace Myelin::Ui
