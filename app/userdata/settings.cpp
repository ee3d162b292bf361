// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings.h"

#include "core/logging.h"

#include <QLoggingCategory>
#include <algorithm>
#include <iterator>

Q_LOGGING_CATEGORY(lcSettings, "myelin.settings")

namespace Myelin {

namespace {
const QString FontPercentKey = QStringLiteral("reading/fontPercent");
const QString GeometryKey = QStringLiteral("window/geometry");
const QString WindowStateKey = QStringLiteral("window/state");
const QString SplitterKey = QStringLiteral("window/splitter");
const QString LastArticleKey = QStringLiteral("history/lastArticle");
const QString RenderingKey = QStringLiteral("display/rendering");
const QString ComfortGroup = QStringLiteral("comfort");
const QStringList ReadingStyleKeys = {QStringLiteral("theme"),         QStringLiteral("lineHeight"),
                                      QStringLiteral("letterSpacing"), QStringLiteral("wordSpacing"),
                                      QStringLiteral("measure"),       QStringLiteral("font")};
const QString ShowListenKey = QStringLiteral("comfort/showListen");
const QString FirstRunDoneKey = QStringLiteral("comfort/firstRunDone");
const QString ComfortProfileKey = QStringLiteral("comfort/profile");
const QString CustomProfilesKey = QStringLiteral("comfortProfiles");
const QString SpeechRateKey = QStringLiteral("speech/ratePercent");
const QString SpeechVoiceKey = QStringLiteral("speech/voice");
const QString PaperSizeKey = QStringLiteral("print/paperSize");
const QString LastHandoutKey = QStringLiteral("handout/last");
const QString ExportFolderKey = QStringLiteral("print/exportFolder");
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

QVariantMap Settings::readingStyle() const
{
    QVariantMap style;
    m_settings->beginGroup(ComfortGroup);
    for (const QString &key : ReadingStyleKeys) {
        if (m_settings->contains(key)) {
            style.insert(key, m_settings->value(key));
        }
    }
    m_settings->endGroup();
    style.insert(QStringLiteral("fontPercent"), fontPercent());
    return style;
}

void Settings::setReadingStyle(const QVariantMap &style)
{
    m_settings->beginGroup(ComfortGroup);
    for (const QString &key : ReadingStyleKeys) {
        if (style.contains(key)) {
            m_settings->setValue(key, style.value(key));
        }
    }
    m_settings->endGroup();
}

bool Settings::showListenButton() const
{
    return m_settings->value(ShowListenKey, true).toBool();
}

void Settings::setShowListenButton(bool show)
{
    m_settings->setValue(ShowListenKey, show);
}

bool Settings::comfortFirstRunDone() const
{
    return m_settings->value(FirstRunDoneKey, false).toBool();
}

void Settings::setComfortFirstRunDone(bool done)
{
    m_settings->setValue(FirstRunDoneKey, done);
}

QString Settings::comfortProfile() const
{
    return m_settings->value(ComfortProfileKey, QStringLiteral("standard")).toString();
}

void Settings::setComfortProfile(const QString &id)
{
    m_settings->setValue(ComfortProfileKey, id);
}

QVariantList Settings::customComfortProfiles() const
{
    QVariantList profiles;
    const int count = m_settings->beginReadArray(CustomProfilesKey);
    if (count < 0 || count > MaximumCustomProfiles) {
        m_settings->endArray();
        MYELIN_WARNING(lcSettings) << "ignoring the saved comfort profiles in" << m_settings->fileName()
                                   << ": the file says there are" << count << "(at most" << MaximumCustomProfiles
                                   << "are kept)";
        return profiles;
    }
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        const QStringList keys = m_settings->childKeys();
        if (keys.size() > MaximumProfileKeys) {
            MYELIN_WARNING(lcSettings) << "ignoring saved comfort profile" << i + 1 << "in" << m_settings->fileName()
                                       << ": it has" << keys.size() << "values";
            continue;
        }
        QVariantMap profile;
        for (const QString &key : keys) {
            profile.insert(key, m_settings->value(key));
        }
        profiles << profile;
    }
    m_settings->endArray();
    return profiles;
}

void Settings::setCustomComfortProfiles(const QVariantList &profiles)
{
    m_settings->remove(CustomProfilesKey);
    m_settings->beginWriteArray(CustomProfilesKey, int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        m_settings->setArrayIndex(i);
        const QVariantMap profile = profiles.at(i).toMap();
        for (auto it = profile.cbegin(); it != profile.cend(); ++it) {
            m_settings->setValue(it.key(), it.value());
        }
    }
    m_settings->endArray();
}

int Settings::speechRatePercent() const
{
    return std::clamp(m_settings->value(SpeechRateKey, 0).toInt(), -100, 100);
}

void Settings::setSpeechRatePercent(int percent)
{
    m_settings->setValue(SpeechRateKey, std::clamp(percent, -100, 100));
}

QString Settings::speechVoice() const
{
    return m_settings->value(SpeechVoiceKey).toString();
}

void Settings::setSpeechVoice(const QString &name)
{
    m_settings->setValue(SpeechVoiceKey, name);
}

QString Settings::paperSize() const
{
    return m_settings->value(PaperSizeKey).toString();
}

void Settings::setPaperSize(const QString &id)
{
    m_settings->setValue(PaperSizeKey, id);
}

QByteArray Settings::lastHandout() const
{
    return m_settings->value(LastHandoutKey).toByteArray();
}

void Settings::setLastHandout(const QByteArray &json)
{
    m_settings->setValue(LastHandoutKey, json);
}

QString Settings::exportFolder() const
{
    return m_settings->value(ExportFolderKey).toString();
}

void Settings::setExportFolder(const QString &path)
{
    m_settings->setValue(ExportFolderKey, path);
}

QString Settings::rendering() const
{
    return m_settings->value(RenderingKey).toString();
}

void Settings::setRendering(const QString &id)
{
    m_settings->setValue(RenderingKey, id);
}

void Settings::sync()
{
    m_settings->sync();
}

} // namespace Myelin
