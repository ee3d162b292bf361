// SPDX-License-Identifier: GPL-3.0-or-later
// Every user preference in one table (settings.cpp): its key in the file, its type and its default.
// value()/setValue() read and write any of them; the typed accessors below are one line each over the
// table, for callers who want a type. The file carries a format version; migrate() brings an older file
// to the current keys (see settingsmigration.h).
#ifndef MYELIN_USERDATA_SETTINGS_H
#define MYELIN_USERDATA_SETTINGS_H

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QSettings>
#include <QString>
#include <QVariant>
#include <QVariantList>
#include <QVariantMap>
#include <memory>

namespace Myelin {

class Settings
{
public:
    // Reading sizes offered by A-/A+, in percent of the normal size.
    static constexpr int FontSteps[] = {75, 90, 100, 110, 125, 150, 175, 200, 250, 300};
    static constexpr int DefaultFontPercent = 100;

    // One per row of the table in settings.cpp, in its order.
    enum class Key
    {
        FontPercent,
        WindowGeometry,
        WindowState,
        SplitterState,
        LastArticle,
        Theme, // Theme .. Font: the reading style, see readingStyle()
        LineHeight,
        LetterSpacing,
        WordSpacing,
        Measure,
        Font,
        ShowListenButton,
        ComfortFirstRunDone,
        ComfortProfile,
        CustomComfortProfiles, // stored as an array of maps
        SpeechRatePercent,
        SpeechVoice,
        PaperSize,
        LastHandout,
        ExportFolder,
        Rendering,
        ShowContentsPane, // the reader's choice; the window may still hide it when there is no room
        ShowRelatedPane,
        Language, // the interface language chosen in Comfort > Language; empty: the system's
    };
    static constexpr int KeyCount = int(Key::Language) + 1;
    static QList<Key> allKeys();
    static QString keyName(Key key);       // the key in the file, e.g. "reading/fontPercent"
    static QMetaType keyType(Key key);     // what value() returns
    static QVariant defaultValue(Key key); // an invalid QVariant: not set, core/readingstyle decides

    // The format version this build writes, and where the file keeps it.
    static constexpr int FormatVersion = 1;
    static inline const QString VersionKey = QStringLiteral("settingsVersion");

    // Uses the platform's standard location (QSettings with the application's organisation/name).
    Settings();
    // Uses the given INI file (tests, portable installs).
    explicit Settings(const QString &iniPath);

    // The stored value as the key's type, bounded where the table bounds it; the default when it is
    // not set or cannot be read as that type (the file may be damaged or edited by hand).
    QVariant value(Key key) const;
    // Stores the value converted to the key's type and bounded. A value equal to the default (or an
    // invalid QVariant) removes the key from the file, so a later change of default reaches it; a value
    // that cannot be converted is not stored (with a note in the log).
    void setValue(Key key, const QVariant &value);
    void reset(Key key);

    // Run by the constructors: brings a file from an older version to the current keys and stamps
    // FormatVersion. Returns whether it wrote anything. A file from a newer version, or one QSettings
    // could not read, is not written at all: values are read as far as they are known, and changes last
    // for this session only (isReadOnly()).
    bool migrate();
    bool isReadOnly() const { return m_readOnly; }

    int fontPercent() const;
    void setFontPercent(int percent);
    static int nextFontStep(int percent, int direction); // direction +1 or -1; stays within the steps

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QByteArray splitterState() const;
    void setSplitterState(const QByteArray &state);

    QString lastArticle() const;
    void setLastArticle(const QString &slug);

    // Reading comfort (see core/readingstyle.h and core/comfortprofile.h for the values and defaults).
    // readingStyle() holds theme, lineHeight, letterSpacing, wordSpacing, measure, font and the
    // fontPercent above; keys that were never set are left out, so core fills in its defaults.
    QVariantMap readingStyle() const;
    void setReadingStyle(const QVariantMap &style); // fontPercent in it is ignored: setFontPercent owns it
    bool showListenButton() const;
    void setShowListenButton(bool show);
    bool comfortFirstRunDone() const;
    void setComfortFirstRunDone(bool done);
    QString comfortProfile() const; // id of the chosen profile; empty after a setting was changed by hand
    void setComfortProfile(const QString &id);
    // Each a map (ComfortProfile::toVariant). The settings file may be damaged: a list longer than
    // MaximumCustomProfiles, or a profile with more than MaximumProfileKeys values, is ignored with a
    // note in the log, never read into memory.
    static constexpr int MaximumCustomProfiles = 100;
    static constexpr int MaximumProfileKeys = 64;
    QVariantList customComfortProfiles() const;
    void setCustomComfortProfiles(const QVariantList &profiles);
    int speechRatePercent() const; // -100 slowest .. 100 fastest, 0 the voice's normal speed
    void setSpeechRatePercent(int percent);
    QString speechVoice() const; // empty: the engine's default voice
    void setSpeechVoice(const QString &name);

    // Printing and handouts (ui/print/printcontroller.cpp, ui/print/handoutdialog.cpp).
    QString paperSize() const; // "A4" or "Letter"; empty until chosen (then the locale decides)
    void setPaperSize(const QString &id);
    // The handout builder's last handout, as a handout file's JSON, so the group's name and contact
    // details and the chosen options are there next time.
    QByteArray lastHandout() const;
    void setLastHandout(const QByteArray &json);
    QString exportFolder() const; // where files were last saved or opened; empty at first
    void setExportFolder(const QString &path);

    // How pages are drawn (ui/shell/renderingcontroller.cpp): "automatic" (empty), "software" or "gpu"; read
    // once at start-up.
    QString rendering() const;
    void setRendering(const QString &id);

    // The interface language the reader chose, as in the translation's file name ("de", "pt_BR", "en");
    // empty: follow the system's languages (core/translations).
    QString language() const;
    void setLanguage(const QString &language);

    // Writes pending changes to the file. False when they could not be stored (a read-only folder, a
    // full disk, a file from a newer Myelin): lastError() then says so in a sentence for the user.
    bool sync();
    QString lastError() const { return m_error; }

private:
    QVariantList readProfiles(const QString &group) const;
    void writeProfiles(const QString &group, const QVariantList &profiles);

    std::unique_ptr<QSettings> m_settings;
    bool m_readOnly = false;
    QString m_error;
    QHash<int, QVariant> m_unsaved; // changes made while read-only, by int(Key)
};

} // namespace Myelin

#endif // MYELIN_USERDATA_SETTINGS_H
