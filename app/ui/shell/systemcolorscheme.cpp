// SPDX-License-Identifier: GPL-3.0-or-later
#include "systemcolorscheme.h"

#include <QGuiApplication>
#include <QStyleHints>
#include <QtGlobal>

namespace Myelin::Ui {

namespace {
std::optional<QPalette> &systemPalette()
{
    static std::optional<QPalette> palette;
    return palette;
}
} // namespace

SystemColorScheme::SystemColorScheme() : QObject(QCoreApplication::instance())
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    connect(QGuiApplication::styleHints(), &QStyleHints::colorSchemeChanged, this, &SystemColorScheme::changed);
#endif
}

SystemColorScheme *SystemColorScheme::instance()
{
    static SystemColorScheme *scheme = new SystemColorScheme; // owned by the application object
    return scheme;
}

bool SystemColorScheme::prefersDark() const
{
    if (m_override) {
        return *m_override;
    }
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    const Qt::ColorScheme scheme = QGuiApplication::styleHints()->colorScheme();
    if (scheme != Qt::ColorScheme::Unknown) {
        return scheme == Qt::ColorScheme::Dark;
    }
#endif
    return paletteIsDark(systemPalette().value_or(QGuiApplication::palette()));
}

void SystemColorScheme::rememberSystemPalette(const QPalette &palette)
{
    if (!systemPalette()) {
        systemPalette() = palette;
    }
}

bool SystemColorScheme::paletteIsDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

void SystemColorScheme::setOverride(std::optional<bool> dark)
{
    if (m_override != dark) {
        m_override = dark;
        emit changed();
    }
}

} // namespace Myelin::Ui
