// SPDX-License-Identifier: GPL-3.0-or-later
#include "appstyle.h"

#include "systemcolorscheme.h"

#include <QApplication>
#include <QFont>
#include <QPalette>

namespace Myelin::Ui {

void applyAppStyle(QApplication &app, const Theme &theme)
{
    SystemColorScheme::rememberSystemPalette(app.palette()); // before the first theme replaces it
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

    QFont font = app.font();
    font.setPointSizeF(qMax(font.pointSizeF(), 11.0));
    app.setFont(font);

    const QString focus = cssColor(theme.focus);
    app.setStyleSheet(
        QStringLiteral("QToolBar { spacing: 6px; padding: 4px; border: none; }"
                       "QToolButton { min-width: %1px; min-height: %1px; padding: 4px 8px; border-radius: 6px; }"
                       "QToolButton:hover { background: %3; }"
                       "QToolButton:focus, QPushButton:focus, QLineEdit:focus { outline: none; border: 3px solid %2; }"
                       "QPushButton { min-height: %1px; padding: 4px 14px; }"
                       "QTreeView, QListView { outline: none; }"
                       "QTreeView::item, QListView::item { min-height: 32px; padding: 4px; }"
                       "QTreeView:focus, QListView:focus { border: 3px solid %2; }"
                       "QStatusBar { min-height: 28px; }"
                       // Reading comfort (ComfortDialog, read-aloud bar): every control a big target with
                       // a visible focus ring; the article frame shows the ring while the page has focus.
                       "QComboBox { min-height: %1px; padding: 0 8px; }"
                       "QLineEdit { border: 2px solid %6; border-radius: 4px; padding: 2px 6px; }"
                       "QCheckBox, QRadioButton { min-height: %1px; spacing: 10px; }"
                       "QCheckBox::indicator, QRadioButton::indicator { width: 22px; height: 22px; }"
                       "QComboBox:focus, QCheckBox:focus, QRadioButton:focus, QListWidget:focus { "
                       "border: 3px solid %2; border-radius: 4px; }"
                       "QTabBar::tab { min-height: 36px; padding: 4px 12px; }"
                       "QTabBar::tab:focus { border: 3px solid %2; }"
                       "QPushButton:checked, QToolButton:checked { background: %4; color: %5; border: 2px solid %4; "
                       "border-radius: 6px; }"
                       "QMenuBar::item { padding: 6px 10px; }"
                       "QMenu::item { padding: 8px 28px 8px 12px; }"
                       "QStackedWidget#articleFrame { border: 3px solid transparent; }"
                       "QStackedWidget#articleFrame[pageFocus=\"true\"] { border: 3px solid %2; }")
            .arg(MinimumTarget)
            .arg(focus, cssColor(theme.border), cssColor(theme.accent), cssColor(theme.accentText),
                 cssColor(theme.muted)));
}

} // namespace Myelin::Ui
