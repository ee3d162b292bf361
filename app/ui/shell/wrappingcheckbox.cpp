// SPDX-License-Identifier: GPL-3.0-or-later
#include "wrappingcheckbox.h"

#include <QRegularExpression>
#include <QStyleOptionButton>
#include <QStylePainter>
#include <algorithm>
#include <climits>

namespace Myelin::Ui {

WrappingCheckBox::WrappingCheckBox(const QString &text, QWidget *parent) : QCheckBox(text, parent)
{
    // QCheckBox is never narrower than its words on one line, nor taller than one line; this one is either.
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Minimum, QSizePolicy::CheckBox);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

QSize WrappingCheckBox::chrome() const
{
    // QCheckBox's own size for its words on one line, less those words.
    const QSize oneLine = fontMetrics().size(Qt::TextShowMnemonic, text());
    const QSize whole = QCheckBox::sizeHint();
    return {std::max(0, whole.width() - oneLine.width()), std::max(0, whole.height() - oneLine.height())};
}

QSize WrappingCheckBox::minimumSizeHint() const
{
    int longest = 0;
    const QStringList words =
        QString(text()).remove(QLatin1Char('&')).split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        longest = std::max(longest, fontMetrics().horizontalAdvance(word));
    }
    return {chrome().width() + longest, QCheckBox::minimumSizeHint().height()};
}

int WrappingCheckBox::heightForWidth(int width) const
{
    const QSize extra = chrome();
    const int textWidth = std::max(1, width - extra.width());
    const int textHeight = fontMetrics().boundingRect(QRect(0, 0, textWidth, INT_MAX / 2), Flags, text()).height();
    return std::max({QCheckBox::sizeHint().height(), textHeight + extra.height(), minimumHeight()});
}

QRect WrappingCheckBox::textRect() const
{
    QStyleOptionButton option;
    initStyleOption(&option);
    QRect contents = style()->subElementRect(QStyle::SE_CheckBoxContents, &option, this);
    if (!contents.isValid()) { // a style that does not say: right of the box
        const QRect box = style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, this);
        contents = QRect(box.right() + 1, 0, width() - box.right() - 1, height());
    }
    return contents.intersected(rect());
}

int WrappingCheckBox::drawFlags() const
{
    QStyleOptionButton option;
    initStyleOption(&option);
    // The & shows as an underline only where the platform underlines shortcuts.
    const bool underline = style()->styleHint(QStyle::SH_UnderlineShortcut, &option, this) != 0;
    return Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap |
           (underline ? Qt::TextShowMnemonic : Qt::TextHideMnemonic);
}

void WrappingCheckBox::paintEvent(QPaintEvent *)
{
    QStylePainter painter(this);
    QStyleOptionButton option;
    initStyleOption(&option);
    const QString words = option.text;
    option.text.clear(); // the frame, the focus ring and the box; the words below, wrapped
    painter.drawControl(QStyle::CE_CheckBox, option);
    style()->drawItemText(&painter, textRect(), drawFlags(), option.palette, isEnabled(), words, QPalette::WindowText);
}

bool WrappingCheckBox::hitButton(const QPoint &pos) const
{
    // The box and its words, on every line, not the empty room right of a short label.
    QStyleOptionButton option;
    initStyleOption(&option);
    const QRect box = style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, this);
    const QRect words = style()->itemTextRect(fontMetrics(), textRect(), drawFlags(), isEnabled(), text());
    const int slack = style()->pixelMetric(QStyle::PM_CheckBoxLabelSpacing, &option, this);
    return QRect(0, 0, words.right() + 1 + slack, height()).contains(pos) || box.contains(pos);
}

} // namespace Myelin::Ui
