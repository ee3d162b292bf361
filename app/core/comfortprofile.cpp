// SPDX-License-Identifier: GPL-3.0-or-later
#include "comfortprofile.h"

#include <QCoreApplication>

namespace Myelin {

const QList<ComfortProfile> &ComfortProfile::builtIns()
{
    static const QList<ComfortProfile> profiles = [] {
        ComfortProfile standard;
        standard.id = QStringLiteral("standard");
        standard.name = QStringLiteral(QT_TRANSLATE_NOOP("Myelin::ComfortProfile", "Standard"));
        standard.builtIn = true;

        ComfortProfile tired;
        tired.id = QStringLiteral("tired-eyes");
        tired.name = QStringLiteral(QT_TRANSLATE_NOOP("Myelin::ComfortProfile", "Tired eyes"));
        tired.style.theme = QStringLiteral("cream");
        tired.style.fontPercent = 150;
        tired.style.setSpacingLevel(1);
        tired.style.measure = 30;
        tired.builtIn = true;

        ComfortProfile listen;
        listen.id = QStringLiteral("listen");
        listen.name = QStringLiteral(QT_TRANSLATE_NOOP("Myelin::ComfortProfile", "Listen"));
        listen.style.fontPercent = 125;
        listen.style.setSpacingLevel(1);
        listen.prepareSpeech = true;
        listen.builtIn = true;
        return QList<ComfortProfile>{standard, tired, listen};
    }();
    return profiles;
}

QString ComfortProfile::customId(const QString &name)
{
    return QStringLiteral("custom:") + name.simplified();
}

QVariantMap ComfortProfile::toVariant() const
{
    QVariantMap map = style.toVariant();
    map.insert(QStringLiteral("name"), name);
    map.insert(QStringLiteral("showListen"), showListen);
    map.insert(QStringLiteral("prepareSpeech"), prepareSpeech);
    return map;
}

ComfortProfile ComfortProfile::fromVariant(const QVariantMap &map)
{
    ComfortProfile profile;
    profile.name = map.value(QStringLiteral("name")).toString().simplified().left(60);
    if (profile.name.isEmpty()) {
        return profile;
    }
    profile.id = customId(profile.name);
    profile.style = ReadingStyle::fromVariant(map);
    profile.showListen = map.value(QStringLiteral("showListen"), true).toBool();
    profile.prepareSpeech = map.value(QStringLiteral("prepareSpeech"), false).toBool();
    return profile;
}

QList<ComfortProfile> ComfortProfile::customFromVariant(const QVariantList &list)
{
    QList<ComfortProfile> profiles;
    for (const QVariant &entry : list) {
        const ComfortProfile profile = fromVariant(entry.toMap());
        bool duplicate = false;
        for (const ComfortProfile &other : profiles) {
            duplicate = duplicate || other.id == profile.id;
        }
        if (!profile.id.isEmpty() && !duplicate) {
            profiles << profile;
        }
    }
    return profiles;
}

QVariantList ComfortProfile::customToVariant(const QList<ComfortProfile> &profiles)
{
    QVariantList list;
    for (const ComfortProfile &profile : profiles) {
        if (!profile.builtIn) {
            list << profile.toVariant();
        }
    }
    return list;
}

} // namespace Myelin
