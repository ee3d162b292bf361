// SPDX-License-Identifier: GPL-3.0-or-later
#include "readingstylecontroller.h"

#include "appstyle.h"
#include "systemcolorscheme.h"
#include "userdata/settings.h"
#include "web/bundledfonts.h"

#include <QApplication>
#include <algorithm>
#include <iterator>

namespace Myelin::Ui {

ReadingStyleController::ReadingStyleController(Settings &settings, QObject *parent)
    : QObject(parent), m_settings(settings)
{
    m_style = ReadingStyle::fromVariant(settings.readingStyle());
    m_style.fontPercent = settings.fontPercent();
    if (!Web::BundledFonts::hasDyslexiaFont()) {
        m_style.font.clear();
    }
    connect(SystemColorScheme::instance(), &SystemColorScheme::changed, this, [this] {
        if (m_style.theme == ReadingStyle::SystemTheme) {
            applyTheme();
            emit styleChanged();
        }
    });
    applyTheme();
}

void ReadingStyleController::setStyle(const ReadingStyle &requested)
{
    ReadingStyle style = requested.normalized();
    style.fontPercent =
        std::clamp(style.fontPercent, Settings::FontSteps[0], Settings::FontSteps[std::size(Settings::FontSteps) - 1]);
    if (!Web::BundledFonts::hasDyslexiaFont()) {
        style.font.clear();
    }
    const bool sizeChanged = style.fontPercent != m_style.fontPercent;
    m_style = style;
    m_settings.setReadingStyle(m_style.toVariant());
    if (sizeChanged) {
        m_settings.setFontPercent(m_style.fontPercent);
    }
    applyTheme();
    if (sizeChanged) {
        emit fontPercentChanged(m_style.fontPercent);
    }
    emit styleChanged();
    if (!m_settings.sync()) {
        emit saveFailed(m_settings.lastError()); // last, so it is the message the user sees
    }
}

void ReadingStyleController::setFontPercent(int percent)
{
    ReadingStyle style = m_style;
    style.fontPercent = percent;
    setStyle(style);
}

void ReadingStyleController::changeFontSize(int direction)
{
    setFontPercent(direction == 0 ? Settings::DefaultFontPercent
                                  : Settings::nextFontStep(m_style.fontPercent, direction));
}

bool ReadingStyleController::canChangeFontSize(int direction) const
{
    if (direction < 0) {
        return m_style.fontPercent > Settings::FontSteps[0];
    }
    if (direction > 0) {
        return m_style.fontPercent < Settings::FontSteps[std::size(Settings::FontSteps) - 1];
    }
    return m_style.fontPercent != Settings::DefaultFontPercent;
}

Theme ReadingStyleController::theme() const
{
    if (m_style.theme == ReadingStyle::SystemTheme) {
        return Theme::byId(SystemColorScheme::instance()->prefersDark() ? QStringLiteral("dark")
                                                                        : QStringLiteral("light"));
    }
    return Theme::byId(m_style.theme);
}

void ReadingStyleController::setTheme(const QString &id)
{
    ReadingStyle style = m_style;
    style.theme = id;
    setStyle(style);
}

QString ReadingStyleController::nextThemeId() const
{
    const QList<Theme> &all = Theme::all();
    const QString current = theme().id;
    int index = 0;
    for (int i = 0; i < all.size(); ++i) {
        if (all.at(i).id == current) {
            index = (i + 1) % int(all.size());
        }
    }
    return all.at(index).id;
}

double ReadingStyleController::pixelSize() const
{
    return BasePixelSize * m_style.fontPercent / 100.0;
}

QStringList ReadingStyleController::fontFamilies() const
{
    const QString first = m_style.font == ReadingStyle::DyslexiaFont ? QStringLiteral("OpenDyslexic")
                                                                     : QStringLiteral("Atkinson Hyperlegible");
    return {first, QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans")};
}

QString ReadingStyleController::rootStyle() const
{
    return rootStyleFor(theme(), m_style);
}

void ReadingStyleController::applyTheme()
{
    const Theme current = theme();
    const int interface = m_style.interfacePercent();
    const bool newTheme = current.id != m_appliedTheme;
    if (newTheme || interface != m_appliedInterfacePercent) {
        m_appliedTheme = current.id;
        m_appliedInterfacePercent = interface;
        if (qApp != nullptr) {
            applyAppStyle(*qApp, current, interface); // the window's colours and size follow the article's
        }
    }
    if (newTheme) {
        emit themeChanged(current);
    }
}

} // namespace Myelin::Ui
