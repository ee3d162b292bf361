// SPDX-License-Identifier: GPL-3.0-or-later
#include "buttonshelf.h"

#include "ui/shell/flowlayout.h"

#include <QEvent>
#include <QResizeEvent>

namespace Myelin::Ui {

ButtonShelf::ButtonShelf(QWidget *parent) : QScrollArea(parent), m_content(new QWidget), m_layout(new FlowLayout)
{
    setFrameShape(QFrame::NoFrame);
    setWidgetResizable(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFocusPolicy(Qt::NoFocus); // the buttons take the keyboard, not the area around them
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(6);
    m_layout->setLineSpacing(6);
    m_content->setLayout(m_layout);
    setWidget(m_content);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    if (parent != nullptr) {
        parent->installEventFilter(this); // its height sets the shelf's share
    }
}

void ButtonShelf::addWidget(QWidget *widget)
{
    m_layout->addWidget(widget);
    widget->installEventFilter(this); // shown, hidden or resized with the text size: fit again
    fit();
}

bool ButtonShelf::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::Resize:
    case QEvent::Show:
    case QEvent::Hide:
    case QEvent::FontChange:
    case QEvent::LayoutRequest:
        if (watched != this) {
            fit();
        }
        break;
    default:
        break;
    }
    return QScrollArea::eventFilter(watched, event);
}

void ButtonShelf::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    if (event->oldSize().width() != event->size().width()) {
        fit();
    }
}

void ButtonShelf::fit()
{
    const int width = viewport()->width() > 0 ? viewport()->width() : this->width();
    const int needed = m_layout->heightForWidth(qMax(1, width));
    const int parentHeight = parentWidget() != nullptr ? parentWidget()->height() : needed;
    const int most = qMax(qRound(parentHeight * m_share), m_layout->minimumSize().height());
    const int height = qMin(needed, most);
    if (this->height() != height || minimumHeight() != height) {
        setFixedHeight(height);
    }
}

} // namespace Myelin::Ui
