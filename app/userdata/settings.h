// SPDX-License-Identifier: GPL-3.0-or-later
// Every user preference, with its key and default, in one place.
#ifndef MYELIN_USERDATA_SETTINGS_H
#define MYELIN_USERDATA_SETTINGS_H

#include <QByteArray>
#include <QSettings>
#include <QString>
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

    // Uses the platform's standard location (QSettings with the application's organisation/name).
    Settings();
    // Uses the given INI file (tests, portable installs).
    explicit Settings(const QString &iniPath);

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

    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace Myelin

#endif // MYELIN_USERDATA_SETTINGS_H
