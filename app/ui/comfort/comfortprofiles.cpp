// SPDX-License-Identifier: GPL-3.0-or-later
#include "comfortprofiles.h"

#include "ui/shell/readerhost.h"
#include "ui/shell/readingstylecontroller.h"
#include "userdata/settings.h"

#include <QCoreApplication>

namespace Myelin::Ui {

ComfortProfiles::ComfortProfiles(ReaderHost &host, QObject *parent)
    : QObject(parent), m_host(host), m_style(host.readingStyle())
{
    Settings &settings = host.settings();
    m_profileId = settings.comfortProfile();
    m_showListen = settings.showListenButton();
    m_custom = ComfortProfile::customFromVariant(settings.customComfortProfiles());
    connect(&m_style, &ReadingStyleController::styleChanged, this, [this] {
        refresh();
        emit changed();
    });
    refresh();
}

QList<ComfortProfile> ComfortProfiles::all() const
{
    return ComfortProfile::builtIns() + m_custom;
}

QString ComfortProfiles::displayName(const ComfortProfile &profile)
{
    return profile.builtIn ? QCoreApplication::translate("Myelin::ComfortProfile", profile.name.toUtf8().constData())
                           : profile.name;
}

bool ComfortProfiles::apply(const QString &id)
{
    const auto profiles = all();
    for (const ComfortProfile &profile : profiles) {
        if (profile.id != id) {
            continue;
        }
        m_profileId = id; // before the style changes, so refresh() keeps this one among equals
        setShowListen(profile.showListen);
        m_style.setStyle(profile.style);
        m_profileId = id;
        m_host.settings().setComfortProfile(id);
        emit changed();
        if (profile.prepareSpeech) {
            emit speechWanted();
        }
        m_host.showStatus(tr("Comfort profile: %1").arg(displayName(profile)), 6000);
        return true;
    }
    return false;
}

bool ComfortProfiles::save(const QString &rawName)
{
    const QString name = rawName.simplified().left(60);
    if (name.isEmpty()) {
        return false;
    }
    for (const ComfortProfile &builtIn : ComfortProfile::builtIns()) {
        if (builtIn.name.compare(name, Qt::CaseInsensitive) == 0 ||
            displayName(builtIn).compare(name, Qt::CaseInsensitive) == 0) {
            return false; // the built-in profiles keep their names
        }
    }
    ComfortProfile profile;
    profile.name = name;
    profile.id = ComfortProfile::customId(name);
    profile.style = m_style.style();
    profile.showListen = m_showListen;
    bool replaced = false;
    for (ComfortProfile &existing : m_custom) {
        if (existing.id == profile.id) {
            existing = profile;
            replaced = true;
        }
    }
    if (!replaced) {
        m_custom << profile;
    }
    m_host.settings().setCustomComfortProfiles(ComfortProfile::customToVariant(m_custom));
    m_profileId = profile.id;
    m_host.settings().setComfortProfile(m_profileId);
    emit listChanged();
    emit changed();
    if (m_host.saveSettings()) {
        m_host.showStatus(tr("Saved the comfort profile \"%1\".").arg(name), 6000);
    }
    return true;
}

bool ComfortProfiles::remove(const QString &id)
{
    for (int i = 0; i < m_custom.size(); ++i) {
        if (m_custom.at(i).id == id) {
            m_custom.removeAt(i);
            m_host.settings().setCustomComfortProfiles(ComfortProfile::customToVariant(m_custom));
            if (m_profileId == id) {
                m_profileId.clear();
                m_host.settings().setComfortProfile(m_profileId);
            }
            emit listChanged();
            emit changed();
            m_host.saveSettings();
            return true;
        }
    }
    return false;
}

void ComfortProfiles::setShowListen(bool show)
{
    if (show == m_showListen) {
        return;
    }
    m_showListen = show;
    m_host.settings().setShowListenButton(show);
    emit showListenChanged(show);
    refresh();
    emit changed();
}

void ComfortProfiles::refresh()
{
    const auto profiles = all();
    const ReadingStyle style = m_style.style();
    QString match;
    for (const ComfortProfile &profile : profiles) {
        if (profile.style == style && profile.showListen == m_showListen) {
            match = profile.id;
            if (profile.id == m_profileId) {
                break;
            }
        }
    }
    if (match != m_profileId) {
        m_profileId = match;
        m_host.settings().setComfortProfile(m_profileId);
    }
}

} // namespace Myelin::Ui
