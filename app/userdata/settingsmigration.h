// SPDX-License-Identifier: GPL-3.0-or-later
// Bringing a settings file from older keys to the current ones, one numbered step at a time (the
// pattern of KeePassXC's Config::migrate). The file carries its format version under a key of its own;
// a file without one is version 0. Steps never lose a value, running them again changes nothing, and a
// file written by a newer version is left alone.
#ifndef MYELIN_USERDATA_SETTINGSMIGRATION_H
#define MYELIN_USERDATA_SETTINGSMIGRATION_H

#include <QList>
#include <QSettings>
#include <QString>

namespace Myelin::SettingsMigration {

struct Step
{
    int toVersion;                  // the file's version once this step has run; ascending in a list
    const char *what;               // for the log
    void (*apply)(QSettings &file); // nullptr: the step only stamps the version
};

enum class Outcome
{
    UpToDate,  // nothing written
    Migrated,  // one or more steps ran and the new version was stamped
    NewerFile, // the file's version is above the last step's: nothing written
};

// The version stored under versionKey; 0 when there is none, or when it is not a number (with a note).
int fileVersion(const QSettings &file, const QString &versionKey);

// Runs the steps above the file's version in order, stamps each step's version, and syncs.
Outcome run(QSettings &file, const QString &versionKey, const QList<Step> &steps);

// For a step that renames a key: moves the value at `from` (and every key under it, as in an array)
// to `to`. When anything is already stored under `to`, the new place wins and the old keys stay where
// they are (with a note), so no value is lost. `to` must not lie under `from`.
void moveKey(QSettings &file, const QString &from, const QString &to);

} // namespace Myelin::SettingsMigration

#endif // MYELIN_USERDATA_SETTINGSMIGRATION_H
