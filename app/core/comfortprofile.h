// SPDX-License-Identifier: GPL-3.0-or-later
// A comfort profile: a whole reading set-up (theme, size, spacing, font, Listen button) that one
// click switches to, for symptoms that change during the day. Three are built in; people save their own.
#ifndef MYELIN_CORE_COMFORTPROFILE_H
#define MYELIN_CORE_COMFORTPROFILE_H

#include "readingstyle.h"

#include <QList>
#include <QString>
#include <QVariantList>

namespace Myelin {

struct ComfortProfile
{
    QString id;   // "standard", "tired-eyes", "listen", or "custom:<name>"
    QString name; // built-in names are untranslated (context "Myelin::ComfortProfile"); custom ones as typed
    ReadingStyle style;
    bool showListen = true;
    bool prepareSpeech = false; // start the speech engine in the background so Listen answers at once
    bool builtIn = false;

    static const QList<ComfortProfile> &builtIns();
    static QString customId(const QString &name);

    QVariantMap toVariant() const;
    static ComfortProfile fromVariant(const QVariantMap &map); // a custom profile; empty id when invalid

    // Custom profiles as stored in the settings (a list of maps), invalid entries dropped.
    static QList<ComfortProfile> customFromVariant(const QVariantList &list);
    static QVariantList customToVariant(const QList<ComfortProfile> &profiles);
};

} // namespace Myelin

#endif // MYELIN_CORE_COMFORTPROFILE_H
