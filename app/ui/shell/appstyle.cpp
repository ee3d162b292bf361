// SPDX-License-Identifier: GPL-3.0-or-later
#include "appstyle.h"

#include "styleglyphs.h"
#include "systemcolorscheme.h"

#include <QApplication>
#include <QFont>
#include <QFontMetrics>
#include <QLineEdit>
#include <QPainter>
#include <QPalette>
#include <QPointer>
#include <QProxyStyle>
#include <QStyleOptionViewItem>
#include <QToolBar>
#include <QToolButton>

namespace Myelin::Ui {

namespace {

// The system's font (at least 11 pt) before any scaling: every text size is a multiple of it.
QFont baseFont(const QApplication &app)
{
    static const QFont base = [&app] {
        QFont font = app.font();
        if (font.pointSizeF() > 0) {
            font.setPointSizeF(qMax(font.pointSizeF(), 11.0));
        } else {
            font.setPointSizeF(11.0);
        }
        return font;
    }();
    return base;
}

// The style under the stylesheet: what a stylesheet cannot size, sized for large targets.
class ReaderStyle final : public QProxyStyle
{
public:
    int target = MinimumTarget;

    QIcon standardIcon(StandardPixmap icon, const QStyleOption *option, const QWidget *widget) const override
    {
        if (const auto glyph = StyleGlyphs::glyphFor(icon)) {
            return StyleGlyphs::make(*glyph); // in the theme's colours, and no icon theme to search
        }
        return QProxyStyle::standardIcon(icon, option, widget);
    }

    using QProxyStyle::polish;
    void polish(QWidget *widget) override
    {
        QProxyStyle::polish(widget);
        // A text field's clear button (setClearButtonEnabled) comes without a name for screen readers.
        auto *button = qobject_cast<QToolButton *>(widget);
        if (button != nullptr && qobject_cast<QLineEdit *>(button->parentWidget()) != nullptr &&
            button->accessibleName().isEmpty()) {
            button->setAccessibleName(QCoreApplication::translate("Myelin::Ui::AppStyle", "Clear the text"));
        }
    }

    int pixelMetric(PixelMetric metric, const QStyleOption *option, const QWidget *widget) const override
    {
        if (metric == PM_ToolBarExtensionExtent) {
            return target; // the toolbar's overflow button ("More buttons"), 12 px wide by default
        }
        return QProxyStyle::pixelMetric(metric, option, widget);
    }
};

QColor &currentFocusColor()
{
    static QColor color(Qt::blue);
    return color;
}

ReaderStyle *readerStyle(QApplication &app)
{
    static QPointer<ReaderStyle> style;
    if (style.isNull()) {
        style = new ReaderStyle; // the application owns it from here
        app.setStyle(style);
    }
    return style;
}

} // namespace

QColor focusRingColor()
{
    return currentFocusColor();
}

void drawRowBackground(QPainter *painter, QStyleOptionViewItem option)
{
    option.text.clear();
    option.icon = QIcon();
    const bool focused = option.state & QStyle::State_HasFocus;
    option.state &= ~QStyle::State_HasFocus; // our ring, not the style's 1 px dots
    QStyle *style = option.widget != nullptr ? option.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &option, painter, option.widget);
    if (focused && option.widget != nullptr && option.widget->hasFocus()) {
        drawFocusRing(painter, option.rect);
    }
}

void drawFocusRing(QPainter *painter, const QRect &rect)
{
    painter->save();
    QPen pen(focusRingColor(), FocusRingWidth);
    pen.setJoinStyle(Qt::MiterJoin);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    const qreal inset = FocusRingWidth / 2.0;
    painter->drawRect(QRectF(rect).adjusted(inset, inset, -inset, -inset));
    painter->restore();
}

QToolButton *toolBarOverflowButton(const QToolBar *toolbar)
{
    return toolbar->findChild<QToolButton *>(QLatin1String(ToolBarOverflowName), Qt::FindDirectChildrenOnly);
}

void applyAppStyle(QApplication &app, const Theme &theme, int interfacePercent)
{
    SystemColorScheme::rememberSystemPalette(app.palette()); // before the first theme replaces it
    const QFont base = baseFont(app);                        // likewise before the first scaling
    auto c = [](Rgb rgb) { return QColor::fromRgb(rgb); };
    QPalette palette;
    palette.setColor(QPalette::Window, c(theme.surface));
    palette.setColor(QPalette::WindowText, c(theme.text));
    palette.setColor(QPalette::Base, c(theme.background));
    palette.setColor(QPalette::AlternateBase, c(theme.surface));
    palette.setColor(QPalette::Text, c(theme.text));
    palette.setColor(QPalette::PlaceholderText, c(theme.muted));
    palette.setColor(QPalette::Button, c(theme.surface));
    palette.setColor(QPalette::ButtonText, c(theme.text));
    palette.setColor(QPalette::Highlight, c(theme.accent));
    palette.setColor(QPalette::HighlightedText, c(theme.accentText));
    palette.setColor(QPalette::Link, c(theme.link));
    palette.setColor(QPalette::ToolTipBase, c(theme.background));
    palette.setColor(QPalette::ToolTipText, c(theme.text));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, c(theme.muted));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, c(theme.muted));
    app.setPalette(palette);

    currentFocusColor() = c(theme.focus);
    const double scale = qMax(100, interfacePercent) / 100.0;
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * scale);
    if (app.font() != font) {
        app.setFont(font); // every widget without a font of its own follows, dialogs and menus included
    }

    auto px = [scale](double pixels) { return qRound(pixels * scale); };
    const int line = QFontMetrics(font).height();
    const int target = qMax(MinimumTarget, line + px(16)); // a big target that still holds its text
    readerStyle(app)->target = target;
    const int row = qMax(32, line + px(10));
    const QString ring = QStringLiteral("%1px solid %2").arg(FocusRingWidth).arg(cssColor(theme.focus));
    const QString quiet = QStringLiteral("%1px solid transparent").arg(FocusRingWidth);
    QString sheet =
        QStringLiteral("QToolBar { spacing: %1px; padding: %2px; border: none; qproperty-iconSize: %3px %3px; }"
                       "QToolButton { min-height: %4px; padding: %2px %5px; border-radius: 6px; border: %6; "
                       "qproperty-iconSize: %3px %3px; }"
                       "QToolButton:hover { background: %8; }"
                       "QToolButton:focus, QPushButton:focus, QLineEdit:focus { outline: none; border: %7; }"
                       "QPushButton { min-height: %4px; padding: %2px %9px; }")
            .arg(px(6))
            .arg(px(4))
            .arg(px(24))
            .arg(target)
            .arg(px(8))
            .arg(quiet, ring, cssColor(theme.border))
            .arg(px(14));
    sheet += QStringLiteral("QTreeView, QListView { outline: none; }"
                            "QTreeView::item, QListView::item { min-height: %1px; padding: %2px; }"
                            "QTreeView:focus, QListView:focus { border: %3; }"
                            "QStatusBar { min-height: %4px; }"
                            // Reading comfort (ComfortDialog, read-aloud bar): every control a big target with a
                            // visible focus ring; the article frame shows the ring while the page has focus.
                            "QComboBox { min-height: %5px; padding: 0 %6px; }"
                            "QLineEdit { border: 2px solid %7; border-radius: 4px; padding: %8px %9px; }")
                 .arg(row)
                 .arg(px(4))
                 .arg(ring)
                 .arg(qMax(28, line + px(8)))
                 .arg(target)
                 .arg(px(8))
                 .arg(cssColor(theme.muted))
                 .arg(px(2))
                 .arg(px(6));
    sheet +=
        // The focus ring sits in a border check boxes always have: it never moves or clips their words.
        QStringLiteral("QCheckBox, QRadioButton { min-height: %1px; spacing: %2px; border: %8; border-radius: 4px; }"
                       "QCheckBox::indicator, QRadioButton::indicator { width: %3px; height: %3px; }"
                       "QComboBox:focus, QCheckBox:focus, QRadioButton:focus, QListWidget:focus { border: %4; "
                       "border-radius: 4px; }"
                       // The ring sits in a border the tab always has, outside its padding: it never covers the label.
                       "QTabBar::tab { min-height: %5px; padding: %6px %7px; border: %8; }"
                       "QTabBar::tab:selected { background: %9; }"
                       "QTabBar::tab:focus { border: %4; }")
            .arg(target)
            .arg(px(10))
            .arg(px(22))
            .arg(ring)
            .arg(qMax(36, line + px(12)))
            .arg(px(4))
            .arg(px(12))
            .arg(quiet, cssColor(theme.background));
    sheet +=
        QStringLiteral("QPushButton:checked, QToolButton:checked { background: %1; color: %2; border: 2px solid %1; "
                       "border-radius: 6px; }"
                       "QMenuBar::item { padding: %3px %4px; }"
                       "QMenu::item { padding: %5px %6px %5px %7px; }"
                       "QStackedWidget#articleFrame { border: %8; }"
                       "QStackedWidget#articleFrame[pageFocus=\"true\"] { border: %9; }")
            .arg(cssColor(theme.accent), cssColor(theme.accentText))
            .arg(px(6))
            .arg(px(10))
            .arg(px(8))
            .arg(px(28))
            .arg(px(12))
            .arg(quiet, ring);
    if (app.styleSheet() != sheet) {
        app.setStyleSheet(sheet);
    }
}

} // namespace Myelin::Ui
