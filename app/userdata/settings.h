// SPDX-License-Identifier: GPL-3.0-or-later
// Every user preference, with its key and default, in one place.
#ifndef MYELIN_USERDATA_SETTINGS_H
#define MYELIN_USERDATA_SETTINGS_H

#include <QByteArray>
#include <QSettings>
#include <QString>
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

    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace Myelin

#endif // MYELIN_USERDATA_SETTINGS_H
