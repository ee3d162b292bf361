// SPDX-License-Identifier: GPL-3.0-or-later
#include "breadcrumbbar.h"

#include "core/bidi.h"
#include "flowlayout.h"

#include <QEvent>
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

BreadcrumbBar::BreadcrumbBar(QWidget *parent)
    : QWidget(parent), m_layout(new FlowLayout(this)), m_label(new QLabel(tr("You are here:"), this))
{
    m_layout->setContentsMargins(8, 2, 8, 2);
    m_layout->setSpacing(2);
    // Once the trail has needed more lines at a width, it keeps them while the width stays: a shorter
    // trail does not pull the article up and a longer one push it down again (each move lays the
    // article out again, a quarter of an article switch: issue 21), and the text stays put for the reader.
    m_layout->setKeepsHeight(true);
    m_layout->addWidget(m_label);
    setAccessibleName(tr("You are here"));
    setAccessibleDescription(tr("Where the open article sits in the collection"));
}

void BreadcrumbBar::addPart()
{
    auto *button = new QPushButton(this);
    button->setFlat(true);
    button->setCursor(Qt::PointingHandCursor);
    const int index = int(m_parts.size());
    connect(button, &QPushButton::clicked, this, [this, index] {
        if (index < m_ancestors.size()) {
            emit articleRequested(m_ancestors.at(index).slug);
        }
    });
    auto *separator = new QLabel(QStringLiteral("\u203A"), this);
    separator->setAccessibleName(tr("then"));
    separator->setContentsMargins(4, 0, 4, 0); // room between it and the title that follows
    m_layout->keepWithPrevious(separator);
    m_parts.append({button, separator});
    // The title stays last: it is taken out and put back after the new part.
    if (m_current != nullptr) {
        m_layout->removeWidget(m_current);
    }
    m_layout->addWidget(button);
    m_layout->addWidget(separator);
    if (m_current != nullptr) {
        m_layout->addWidget(m_current);
    }
}

void BreadcrumbBar::setTrail(const QList<ArticleRef> &ancestors, const QString &currentTitle)
{
    if (m_current == nullptr) {
        m_current = new TitleLabel(QString(), this);
        m_layout->addWidget(m_current);
    }
    if (ancestors != m_ancestors) {
        m_ancestors = ancestors;
        while (m_parts.size() < ancestors.size()) {
            addPart();
        }
        for (qsizetype i = 0; i < m_parts.size(); ++i) {
            const Part &part = m_parts.at(i);
            const bool used = i < ancestors.size();
            if (used) {
                const QString &title = ancestors.at(i).title;
                part.button->setText(Bidi::isolated(title));
                part.button->setToolTip(tr("Go to %1").arg(title));
                part.button->setAccessibleName(title);
                part.button->setAccessibleDescription(tr("Go to %1").arg(title));
            }
            part.button->setVisible(used);
            part.separator->setVisible(used);
        }
    }
    if (m_current->accessibleName() != currentTitle) {
        m_current->setText(Bidi::isolated(currentTitle));
        m_current->setAccessibleName(currentTitle);
        m_current->updateGeometry();
    }
}

void BreadcrumbBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange ||
        event->type() == QEvent::LayoutDirectionChange) {
        m_layout->forgetHeights();
        m_layout->invalidate();
    }
    QWidget::changeEvent(event);
}

QStringList BreadcrumbBar::partTitles() const
{
    QStringList titles;
    for (qsizetype i = 0; i < m_ancestors.size() && i < m_parts.size(); ++i) {
        titles << m_parts.at(i).button->text();
    }
    if (m_current != nullptr) {
        titles << m_current->accessibleName();
    }
    return titles;
}

} // namespace Myelin::Ui
