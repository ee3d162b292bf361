// SPDX-License-Identifier: GPL-3.0-or-later
#include "breadcrumbbar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace Myelin::Ui {

BreadcrumbBar::BreadcrumbBar(QWidget *parent) : QWidget(parent), m_layout(new QHBoxLayout(this))
{
    m_layout->setContentsMargins(8, 2, 8, 2);
    m_layout->setSpacing(2);
    setAccessibleName(tr("You are here"));
    setAccessibleDescription(tr("Where the open article sits in the collection"));
}

void BreadcrumbBar::setTrail(const QList<ArticleRef> &ancestors, const QString &currentTitle)
{
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    auto *label = new QLabel(tr("You are here:"), this);
    m_layout->addWidget(label);
    for (const ArticleRef &ref : ancestors) {
        auto *button = new QPushButton(ref.title, this);
        button->setFlat(true);
        button->setCursor(Qt::PointingHandCursor);
        button->setToolTip(tr("Go to %1").arg(ref.title));
        button->setAccessibleName(ref.title);
        button->setAccessibleDescription(tr("Go to %1").arg(ref.title));
        const QString slug = ref.slug;
        connect(button, &QPushButton::clicked, this, [this, slug] { emit articleRequested(slug); });
        m_layout->addWidget(button);
        auto *separator = new QLabel(QStringLiteral("\u203A"), this);
        separator->setAccessibleName(tr("then"));
        m_layout->addWidget(separator);
    }
    auto *current = new QLabel(QStringLiteral("<b>%1</b>").arg(currentTitle.toHtmlEscaped()), this);
    current->setAccessibleName(currentTitle);
    current->setWordWrap(true); // a long title wraps instead of being cut off
    m_layout->addWidget(current);
    m_layout->addStretch(1);
}

QStringList BreadcrumbBar::partTitles() const
{
    QStringList titles;
    for (int i = 1; i < m_layout->count(); ++i) { // 0 is "You are here:"
        QWidget *widget = m_layout->itemAt(i)->widget();
        if (auto *button = qobject_cast<QPushButton *>(widget)) {
            titles << button->text();
        } else if (auto *label = qobject_cast<QLabel *>(widget);
                   label && !label->accessibleName().isEmpty() && label->text() != QStringLiteral("\u203A")) {
            titles << label->accessibleName();
        }
    }
    return titles;
}

} // namespace Myelin::Ui
