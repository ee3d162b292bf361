// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagestrip.h"

#include "core/theme.h"
#include "ui/shell/flowlayout.h"
#include "ui/shell/readingstylecontroller.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Myelin::Ui {

MessageStrip::MessageStrip(ReadingStyleController &style, QWidget *parent)
    : QFrame(parent), m_style(style), m_label(new QLabel(this)), m_undo(new QPushButton(tr("Undo"), this)),
      m_close(new QPushButton(tr("Close"), this))
{
    setObjectName(QStringLiteral("messageStrip"));
    setAccessibleName(tr("Message"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_undo->setToolTip(tr("Put back what was just deleted (Ctrl+Z)"));
    m_close->setAccessibleName(tr("Close: close this message"));
    m_close->setToolTip(tr("Close this message"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_label);
    auto *buttons = new FlowLayout;
    buttons->setSpacing(6);
    buttons->setLineSpacing(6);
    buttons->addWidget(m_undo);
    buttons->addWidget(m_close);
    layout->addLayout(buttons);
    connect(m_undo, &QPushButton::clicked, this, &MessageStrip::undoRequested);
    connect(m_close, &QPushButton::clicked, this, &QWidget::hide);
    connect(&m_style, &ReadingStyleController::themeChanged, this, &MessageStrip::applyTheme);
    applyTheme();
    hide();
}

void MessageStrip::showMessage(const QString &text, bool undoable)
{
    m_label->setText(text);
    m_undo->setVisible(undoable);
    m_undo->setAccessibleName(undoable ? tr("Undo: %1").arg(text) : tr("Undo"));
    setAccessibleDescription(text);
    show();
}

QString MessageStrip::text() const
{
    return m_label->text();
}

void MessageStrip::applyTheme()
{
    const Theme theme = m_style.theme();
    setStyleSheet(QStringLiteral("#messageStrip { background: %1; border: 2px solid %2; border-radius: 6px; }"
                                 "#messageStrip QLabel { color: %3; background: transparent; }")
                      .arg(cssColor(theme.background), cssColor(theme.accent), cssColor(theme.text)));
}

} // namespace Myelin::Ui
