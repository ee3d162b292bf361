// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsmigration.h"

#include "core/logging.h"

#include <QLoggingCategory>
#include <QStringList>

Q_LOGGING_CATEGORY(lcSettingsMigration, "myelin.settings.migration")

namespace Myelin::SettingsMigration {

int fileVersion(const QSettings &file, const QString &versionKey)
{
    if (!file.contains(versionKey)) {
        return 0;
    }
    bool ok = false;
    const int version = file.value(versionKey).toInt(&ok);
    if (!ok || version < 0) {
        MYELIN_WARNING(lcSettingsMigration) << "the settings version in" << file.fileName() << "is not a number"
                                            << file.value(versionKey) << "; taking it as 0";
        return 0;
    }
    return version;
}

Outcome run(QSettings &file, const QString &versionKey, const QList<Step> &steps)
{
    const int version = fileVersion(file, versionKey);
    const int latest = steps.isEmpty() ? 0 : steps.constLast().toVersion;
    if (version > latest) {
        return Outcome::NewerFile;
    }
    if (version == latest) {
        return Outcome::UpToDate;
    }
    for (const Step &step : steps) {
        if (step.toVersion <= version) {
            continue;
        }
        MYELIN_INFO(lcSettingsMigration) << "settings file" << file.fileName() << ": version" << step.toVersion << "-"
                                         << step.what;
        if (step.apply) {
            step.apply(file);
        }
        file.setValue(versionKey, step.toVersion);
    }
    file.sync();
    return Outcome::Migrated;
}

void moveKey(QSettings &file, const QString &from, const QString &to)
{
    file.beginGroup(from);
    QStringList keys = file.allKeys();
    file.endGroup();
    for (QString &key : keys) {
        key = from + QLatin1Char('/') + key;
    }
    if (file.contains(from)) {
        keys.prepend(from);
    }
    if (keys.isEmpty()) {
        return;
    }
    file.beginGroup(to);
    const bool taken = !file.allKeys().isEmpty();
    file.endGroup();
    if (taken || file.contains(to)) {
        MYELIN_WARNING(lcSettingsMigration) << "settings file" << file.fileName() << ": both" << from << "and" << to
                                            << "are set; keeping" << to << "and leaving" << from << "as it is";
        return;
    }
    for (const QString &key : keys) {
        file.setValue(to + key.mid(from.size()), file.value(key));
    }
    file.remove(from); // the key and everything under it, all copied above
}

} // namespace Myelin::SettingsMigration
