// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings.h"

#include <algorithm>
#include <iterator>

namespace Myelin {

namespace {
const QString FontPercentKey = QStringLiteral("reading/fontPercent");
const QString GeometryKey = QStringLiteral("window/geometry");
const QString WindowStateKey = QStringLiteral("window/state");
const QString SplitterKey = QStringLiteral("window/splitter");
const QString LastArticleKey = QStringLiteral("history/lastArticle");
} // namespace

Settings::Settings() : m_settings(std::make_unique<QSettings>()) {}

Settings::Settings(const QString &iniPath) : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat)) {}

int Settings::fontPercent() const
{
    const int value = m_settings->value(FontPercentKey, DefaultFontPercent).toInt();
    return std::clamp(value, FontSteps[0], FontSteps[std::size(FontSteps) - 1]);
}

void Settings::setFontPercent(int percent)
{
    m_settings->setValue(FontPercentKey, std::clamp(percent, FontSteps[0], FontSteps[std::size(FontSteps) - 1]));
}

int Settings::nextFontStep(int percent, int direction)
{
    if (direction > 0) {
        for (int step : FontSteps) {
            if (step > percent) {
                return step;
            }
        }
        return FontSteps[std::size(FontSteps) - 1];
    }
    for (auto it = std::rbegin(FontSteps); it != std::rend(FontSteps); ++it) {
        if (*it < percent) {
            return *it;
        }
    }
    return FontSteps[0];
}

QByteArray Settings::windowGeometry() const
{
    return m_settings->value(GeometryKey).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(GeometryKey, geometry);
}

QByteArray Settings::windowState() const
{
    return m_settings->value(WindowStateKey).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    m_settings->setValue(WindowStateKey, state);
}

QByteArray Settings::splitterState() const
{
    return m_settings->value(SplitterKey).toByteArray();
}

void Settings::setSplitterState(const QByteArray &state)
{
    m_settings->setValue(SplitterKey, state);
}

QString Settings::lastArticle() const
{
    return m_settings->value(LastArticleKey).toString();
}

void Settings::setLastArticle(const QString &slug)
{
    m_settings->setValue(LastArticleKey, slug);
}

void Settings::sync()
{
    m_settings->sync();
}

} // namespace Myelin
