// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings.h"

#include "core/logging.h"
#include "settingsmigration.h"

#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>
#include <algorithm>
#include <iterator>

Q_LOGGING_CATEGORY(lcSettings, "myelin.settings")

namespace Myelin {

namespace {
using Key = Settings::Key;

// A default that can sit in a constexpr table; toVariant() gives it the row's type.
struct Fallback
{
    enum Kind
    {
        Empty,
        Number,
        Text,
        Unset
    };
    constexpr Fallback() = default;
    constexpr Fallback(int value) : kind(Number), number(value) {}
    constexpr Fallback(bool value) : kind(Number), number(value ? 1 : 0) {}
    constexpr Fallback(const char *value) : kind(Text), text(value) {}
    constexpr Fallback(Kind k) : kind(k) {}

    QVariant toVariant(QMetaType::Type type) const
    {
        if (kind == Unset) {
            return {};
        }
        switch (type) {
        case QMetaType::Int:
            return number;
        case QMetaType::Bool:
            return number != 0;
        case QMetaType::QString:
            return text ? QString::fromUtf8(text) : QString();
        case QMetaType::QByteArray:
            return QByteArray(text);
        default:
            return QVariantList();
        }
    }

    Kind kind = Empty;
    int number = 0;
    const char *text = nullptr;
};
constexpr Fallback Unset{Fallback::Unset};

QVariant boundedFontPercent(const QVariant &value)
{
    return std::clamp(value.toInt(), Settings::FontSteps[0], Settings::FontSteps[std::size(Settings::FontSteps) - 1]);
}

QVariant boundedSpeechRate(const QVariant &value)
{
    return std::clamp(value.toInt(), -100, 100);
}

struct Row
{
    Key key;
    const char *name; // the key in the file: renaming it needs a step in migrationSteps()
    QMetaType::Type type;
    Fallback fallback = {};                        // Empty: 0, false, "" or an empty list
    QVariant (*bound)(const QVariant &) = nullptr; // applied on reading and on writing
};

// Every setting, once. A new one: a Key, a row here, a row in tests/unit/tst_settings.cpp.
constexpr Row Table[] = {
    {Key::FontPercent, "reading/fontPercent", QMetaType::Int, Settings::DefaultFontPercent, boundedFontPercent},
    {Key::WindowGeometry, "window/geometry", QMetaType::QByteArray},
    {Key::WindowState, "window/state", QMetaType::QByteArray},
    {Key::SplitterState, "window/splitter", QMetaType::QByteArray},
    {Key::LastArticle, "history/lastArticle", QMetaType::QString},
    {Key::Theme, "comfort/theme", QMetaType::QString, Unset},
    {Key::LineHeight, "comfort/lineHeight", QMetaType::Int, Unset},
    {Key::LetterSpacing, "comfort/letterSpacing", QMetaType::Int, Unset},
    {Key::WordSpacing, "comfort/wordSpacing", QMetaType::Int, Unset},
    {Key::Measure, "comfort/measure", QMetaType::Int, Unset},
    {Key::Font, "comfort/font", QMetaType::QString, Unset},
    {Key::ShowListenButton, "comfort/showListen", QMetaType::Bool, true},
    {Key::ComfortFirstRunDone, "comfort/firstRunDone", QMetaType::Bool, false},
    {Key::ComfortProfile, "comfort/profile", QMetaType::QString, "standard"},
    {Key::CustomComfortProfiles, "comfortProfiles", QMetaType::QVariantList},
    {Key::SpeechRatePercent, "speech/ratePercent", QMetaType::Int, 0, boundedSpeechRate},
    {Key::SpeechVoice, "speech/voice", QMetaType::QString},
    {Key::PaperSize, "print/paperSize", QMetaType::QString},
    {Key::LastHandout, "handout/last", QMetaType::QByteArray},
    {Key::ExportFolder, "print/exportFolder", QMetaType::QString},
    {Key::Rendering, "display/rendering", QMetaType::QString},
    {Key::ShowContentsPane, "window/showContents", QMetaType::Bool, true},
    {Key::ShowRelatedPane, "window/showRelated", QMetaType::Bool, true},
    {Key::Language, "interface/language", QMetaType::QString},
};
static_assert(std::size(Table) == Settings::KeyCount, "one row per Settings::Key");

constexpr bool tableInKeyOrder()
{
    for (std::size_t i = 0; i < std::size(Table); ++i) {
        if (int(Table[i].key) != int(i)) {
            return false;
        }
    }
    return true;
}
static_assert(tableInKeyOrder(), "the table's rows are in the order of Settings::Key");

// The reading style's keys; in readingStyle()'s map each goes by the last part of its name.
constexpr Key StyleKeys[] = {Key::Theme,       Key::LineHeight, Key::LetterSpacing,
                             Key::WordSpacing, Key::Measure,    Key::Font};

const Row &rowOf(Key key)
{
    return Table[int(key)];
}

QString nameOf(const Row &row)
{
    return QString::fromLatin1(row.name);
}

// The value as the given type, or an invalid QVariant when it is not one (a list where a word belongs,
// a word where a number belongs).
QVariant asType(const QVariant &value, QMetaType::Type type)
{
    const int from = value.typeId();
    switch (type) {
    case QMetaType::Int: {
        bool ok = false;
        const int number = value.toInt(&ok);
        return ok ? QVariant(number) : QVariant();
    }
    case QMetaType::Bool: {
        if (from == QMetaType::Bool) {
            return value;
        }
        const QString word = value.toString().trimmed().toLower();
        if (word == QLatin1String("true") || word == QLatin1String("1")) {
            return true;
        }
        if (word == QLatin1String("false") || word == QLatin1String("0")) {
            return false;
        }
        return {};
    }
    case QMetaType::QString:
        return from == QMetaType::QString || from == QMetaType::QByteArray ? QVariant(value.toString()) : QVariant();
    case QMetaType::QByteArray:
        return from == QMetaType::QByteArray || from == QMetaType::QString ? QVariant(value.toByteArray()) : QVariant();
    case QMetaType::QVariantList:
        return from == QMetaType::QVariantList ? value : QVariant();
    default:
        return {};
    }
}

// Version 0: the keys of every release before the file carried a version. No key has been renamed
// since the first release; a rename is a step that calls SettingsMigration::moveKey.
const QList<SettingsMigration::Step> &migrationSteps()
{
    static const QList<SettingsMigration::Step> steps = {
        {1, "the file carries its format version", nullptr},
    };
    return steps;
}
} // namespace

QList<Settings::Key> Settings::allKeys()
{
    QList<Key> keys;
    for (const Row &row : Table) {
        keys << row.key;
    }
    return keys;
}

QString Settings::keyName(Key key)
{
    return nameOf(rowOf(key));
}

QMetaType Settings::keyType(Key key)
{
    return QMetaType(rowOf(key).type);
}

QVariant Settings::defaultValue(Key key)
{
    const Row &row = rowOf(key);
    return row.fallback.toVariant(row.type);
}

Settings::Settings() : m_settings(std::make_unique<QSettings>())
{
    migrate();
}

Settings::Settings(const QString &iniPath) : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{
    migrate();
}

bool Settings::migrate()
{
    Q_ASSERT(migrationSteps().constLast().toVersion == FormatVersion);
    if (m_settings->status() != QSettings::NoError) {
        m_readOnly = true;
        MYELIN_WARNING(lcSettings) << "cannot read the settings file" << m_settings->fileName()
                                   << "; using the defaults and saving no change, so the file stays as it is";
        return false;
    }
    const auto outcome = SettingsMigration::run(*m_settings, VersionKey, migrationSteps());
    if (outcome == SettingsMigration::Outcome::NewerFile) {
        m_readOnly = true;
        MYELIN_WARNING(lcSettings) << "the settings file" << m_settings->fileName() << "is from a newer Myelin (format"
                                   << m_settings->value(VersionKey).toString() << "; this one knows" << FormatVersion
                                   << "): reading what it can, saving no change";
    }
    return outcome == SettingsMigration::Outcome::Migrated;
}

QVariant Settings::value(Key key) const
{
    if (m_readOnly && m_unsaved.contains(int(key))) {
        return m_unsaved.value(int(key));
    }
    const Row &row = rowOf(key);
    const QString name = nameOf(row);
    if (row.type == QMetaType::QVariantList) {
        return readProfiles(name);
    }
    if (!m_settings->contains(name)) {
        return defaultValue(key);
    }
    const QVariant stored = m_settings->value(name);
    const QVariant typed = asType(stored, row.type);
    if (!typed.isValid()) {
        MYELIN_DEBUG(lcSettings) << "ignoring" << name << "in" << m_settings->fileName() << ":" << stored << "is not a"
                                 << QMetaType(row.type).name();
        return defaultValue(key);
    }
    return row.bound ? row.bound(typed) : typed;
}

void Settings::setValue(Key key, const QVariant &value)
{
    if (!value.isValid()) {
        reset(key);
        return;
    }
    const Row &row = rowOf(key);
    const QString name = nameOf(row);
    QVariant typed = asType(value, row.type);
    if (!typed.isValid()) {
        MYELIN_WARNING(lcSettings) << "not saving" << name << ":" << value << "is not a" << QMetaType(row.type).name();
        return;
    }
    if (row.bound) {
        typed = row.bound(typed);
    }
    if (m_readOnly) {
        m_unsaved.insert(int(key), typed);
    } else if (typed == defaultValue(key)) {
        m_settings->remove(name);
    } else if (row.type == QMetaType::QVariantList) {
        writeProfiles(name, typed.toList());
    } else {
        m_settings->setValue(name, typed);
    }
}

void Settings::reset(Key key)
{
    if (m_readOnly) {
        m_unsaved.insert(int(key), defaultValue(key));
        return;
    }
    m_settings->remove(keyName(key));
}

int Settings::fontPercent() const
{
    return value(Key::FontPercent).toInt();
}

void Settings::setFontPercent(int percent)
{
    setValue(Key::FontPercent, percent);
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
    return value(Key::WindowGeometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    setValue(Key::WindowGeometry, geometry);
}

QByteArray Settings::windowState() const
{
    return value(Key::WindowState).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    setValue(Key::WindowState, state);
}

QByteArray Settings::splitterState() const
{
    return value(Key::SplitterState).toByteArray();
}

void Settings::setSplitterState(const QByteArray &state)
{
    setValue(Key::SplitterState, state);
}

QString Settings::lastArticle() const
{
    return value(Key::LastArticle).toString();
}

void Settings::setLastArticle(const QString &slug)
{
    setValue(Key::LastArticle, slug);
}

QVariantMap Settings::readingStyle() const
{
    QVariantMap style;
    for (Key key : StyleKeys) {
        const QVariant stored = value(key);
        if (stored.isValid()) {
            style.insert(keyName(key).section(QLatin1Char('/'), -1), stored);
        }
    }
    style.insert(QStringLiteral("fontPercent"), fontPercent());
    return style;
}

void Settings::setReadingStyle(const QVariantMap &style)
{
    for (Key key : StyleKeys) {
        const QString name = keyName(key).section(QLatin1Char('/'), -1);
        if (style.contains(name)) {
            setValue(key, style.value(name));
        }
    }
}

bool Settings::showListenButton() const
{
    return value(Key::ShowListenButton).toBool();
}

void Settings::setShowListenButton(bool show)
{
    setValue(Key::ShowListenButton, show);
}

bool Settings::comfortFirstRunDone() const
{
    return value(Key::ComfortFirstRunDone).toBool();
}

void Settings::setComfortFirstRunDone(bool done)
{
    setValue(Key::ComfortFirstRunDone, done);
}

QString Settings::comfortProfile() const
{
    return value(Key::ComfortProfile).toString();
}

void Settings::setComfortProfile(const QString &id)
{
    setValue(Key::ComfortProfile, id);
}

QVariantList Settings::customComfortProfiles() const
{
    return value(Key::CustomComfortProfiles).toList();
}

void Settings::setCustomComfortProfiles(const QVariantList &profiles)
{
    setValue(Key::CustomComfortProfiles, profiles);
}

QVariantList Settings::readProfiles(const QString &group) const
{
    QVariantList profiles;
    const int count = m_settings->beginReadArray(group);
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

void Settings::writeProfiles(const QString &group, const QVariantList &profiles)
{
    m_settings->remove(group);
    m_settings->beginWriteArray(group, int(profiles.size()));
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
    return value(Key::SpeechRatePercent).toInt();
}

void Settings::setSpeechRatePercent(int percent)
{
    setValue(Key::SpeechRatePercent, percent);
}

QString Settings::speechVoice() const
{
    return value(Key::SpeechVoice).toString();
}

void Settings::setSpeechVoice(const QString &name)
{
    setValue(Key::SpeechVoice, name);
}

QString Settings::paperSize() const
{
    return value(Key::PaperSize).toString();
}

void Settings::setPaperSize(const QString &id)
{
    setValue(Key::PaperSize, id);
}

QByteArray Settings::lastHandout() const
{
    return value(Key::LastHandout).toByteArray();
}

void Settings::setLastHandout(const QByteArray &json)
{
    setValue(Key::LastHandout, json);
}

QString Settings::exportFolder() const
{
    return value(Key::ExportFolder).toString();
}

void Settings::setExportFolder(const QString &path)
{
    setValue(Key::ExportFolder, path);
}

QString Settings::rendering() const
{
    return value(Key::Rendering).toString();
}

void Settings::setRendering(const QString &id)
{
    setValue(Key::Rendering, id);
}

QString Settings::language() const
{
    return value(Key::Language).toString();
}

void Settings::setLanguage(const QString &language)
{
    setValue(Key::Language, language);
}

bool Settings::sync()
{
    const QString file = QDir::toNativeSeparators(m_settings->fileName());
    if (m_readOnly) {
        m_error = QCoreApplication::translate("Myelin::Settings",
                                              "Your settings file %1 was made by a newer Myelin or cannot be read, "
                                              "so Myelin leaves it as it is. Changes you make now last until you "
                                              "close Myelin.")
                      .arg(file);
        return false;
    }
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError) {
        m_error = QCoreApplication::translate("Myelin::Settings",
                                              "Your settings could not be saved in %1: the folder may be read-only "
                                              "or the disk full. Myelin keeps working, but changes you make now "
                                              "last only until you close it.")
                      .arg(file);
        MYELIN_WARNING(lcSettings) << "cannot write the settings file" << m_settings->fileName();
        return false;
    }
    m_error.clear();
    return true;
}

} // namespace Myelin
