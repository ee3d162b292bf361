// SPDX-License-Identifier: GPL-3.0-or-later
// Comfort profiles: the built-in ones and the user's own, which one is in use, and whether the Listen
// button shows. A profile sets the whole reading style (ReadingStyleController) in one step.
#ifndef MYELIN_UI_COMFORTPROFILES_H
#define MYELIN_UI_COMFORTPROFILES_H

#include "core/comfortprofile.h"

#include <QObject>

namespace Myelin::Ui {

class ReaderHost;
class ReadingStyleController;

class ComfortProfiles : public QObject
{
    Q_OBJECT

public:
    explicit ComfortProfiles(ReaderHost &host, QObject *parent = nullptr);

    QList<ComfortProfile> all() const; // built-in first, then the user's own
    QList<ComfortProfile> custom() const { return m_custom; }
    QString currentId() const { return m_profileId; }          // empty when settings were changed by hand
    static QString displayName(const ComfortProfile &profile); // translated for built-in profiles

    bool apply(const QString &id);
    bool save(const QString &name); // the current settings under name (replaces one of that name)
    bool remove(const QString &id); // custom profiles only

    bool showListen() const { return m_showListen; }
    void setShowListen(bool show);

signals:
    void changed();      // the profile in use or Listen changed
    void listChanged();  // a profile was saved or deleted
    void speechWanted(); // the profile in use starts the speech engine ahead of time
    void showListenChanged(bool show);

private:
    void refresh(); // which profile (if any) the settings are now

    ReaderHost &m_host;
    ReadingStyleController &m_style;
    QList<ComfortProfile> m_custom;
    QString m_profileId;
    bool m_showListen = true;
};

} // namespace Myelin::Ui

#endif // MYELIN_UI_COMFORTPROFILES_H
