// SPDX-License-Identifier: GPL-3.0-or-later
#include "deferredpane.h"

#include <QVBoxLayout>
#include <utility>

namespace Myelin::Ui {

DeferredPane::DeferredPane(Maker make, QWidget *parent) : QWidget(parent), m_make(std::move(make))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

QWidget *DeferredPane::content()
{
    if (m_content == nullptr && m_make) {
        // Taken out first: a nested call while it runs finds nothing to make, never a second pane.
        const Maker make = std::exchange(m_make, Maker());
        m_content = make();
        Q_ASSERT(m_content != nullptr);
        layout()->addWidget(m_content);
        m_content->show();        // made without a parent: shown with the pane from now on, even if made while hidden
        setFocusProxy(m_content); // focus given to the pane goes to what is in it
        emit made(m_content);
    }
    return m_content;
}

void DeferredPane::showEvent(QShowEvent *event)
{
    content();
    QWidget::showEvent(event);
}

} // namespace Myelin::Ui
