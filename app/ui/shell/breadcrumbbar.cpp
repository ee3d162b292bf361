// SPDX-License-Identifier: GPL-3.0-or-later
#include "breadcrumbbar.h"

#include "core/bidi.h"
#include "flowlayout.h"

#include <QLabel>
#include <QPushButton>
#include <algorithm>

namespace Myelin::Ui {

namespace {

// The current title: as wide as its one line would be, and wrapping only when even a line of its
// own is too narrow (a QLabel that wraps words otherwise asks for a narrow, tall shape).
class TitleLabel : public QLabel
{
public:
    TitleLabel(const QString &title, QWidget *parent) : QLabel(title, parent)
    {
        QFont bold = font();
        bold.setBold(true);
        setFont(bold);
        setTextFormat(Qt::PlainText);
        setWordWrap(true);
    }

    QSize sizeHint() const override
    {
        const QMargins m = contentsMargins();
        // Measured as the label lays its text out (a bounding box, which holds the glyphs' overhang:
        // Arabic titles measured by their advance alone wrapped in a line that had room for them).
        const QFontMetrics metrics = fontMetrics();
        const int line =
            std::max(metrics.horizontalAdvance(text()), metrics
                                                            .boundingRect(QRect(0, 0, QWIDGETSIZE_MAX, QWIDGETSIZE_MAX),
                                                                          int(alignment()) | Qt::TextSingleLine, text())
                                                            .width());
        const int width = line + 2 * margin() + m.left() + m.right() + 2;
        return {width, heightForWidth(width)};
    }

    QSize minimumSizeHint() const override { return {fontMetrics().averageCharWidth() * 8, fontMetrics().height()}; }
};

} // namespace

BreadcrumbBar::BreadcrumbBar(QWidget *parent) : QWidget(parent), m_layout(new FlowLayout(this))
{
    m_layout->setContentsMargins(8, 2, 8, 2);
    m_layout->setSpacing(2);
    setAccessibleName(tr("You are here"));
    setAccessibleDescription(tr("Where the open article sits in the collection"));
}

void BreadcrumbBar::setTrail(const QList<ArticleRef> &ancestors, const QString &currentTitle)
{
    if (m_current != nullptr && ancestors == m_ancestors) {
        if (m_current->text() != currentTitle) {
            m_current->setText(currentTitle);
            m_current->setAccessibleName(currentTitle);
            m_current->updateGeometry();
        }
        return;
    }
    m_ancestors = ancestors;
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    auto *label = new QLabel(tr("You are here:"), this);
    m_layout->addWidget(label);
    for (const ArticleRef &ref : ancestors) {
        auto *button = new QPushButton(Bidi::isolated(ref.title), this);
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
    m_current = new TitleLabel(Bidi::isolated(currentTitle), this);
    m_current->setAccessibleName(currentTitle);
    m_layout->addWidget(m_current);
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
