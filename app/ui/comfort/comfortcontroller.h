// SPDX-License-Identifier: GPL-3.0-or-later
// Reading comfort's controls: the Comfort menu and toolbar button, the colours row, the comfort page
// and its first-run offer, profiles (comfortprofiles.h), read aloud and the keyboard order. The style
// itself is the shell's ReadingStyleController; this class only changes it.
#ifndef MYELIN_UI_COMFORTCONTROLLER_H
#define MYELIN_UI_COMFORTCONTROLLER_H

#include "comfortdialog.h"
#include "core/readingstyle.h"

#include <QObject>
#include <QPointer>

class QAction;
class QActionGroup;
class QMenu;
class QToolBar;
class QToolButton;

namespace Myelin::Ui {

class ComfortProfiles;
class KeyboardNavigation;
class ReaderHost;
class ReadAloudController;
class ReadingStyleController;

class ComfortController : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        bool offerFirstRun = true; // show the first-run page once, after the first article appears
        QString speechEngine;      // Qt TextToSpeech engine; empty: the system's default
    };

    explicit ComfortController(ReaderHost &host);
    ComfortController(ReaderHost &host, const Options &options, QObject *parent = nullptr);

    void setTheme(const QString &id); // and says so in the status line
    void cycleTheme();                // light -> cream -> dark -> high contrast -> light (Ctrl+Shift+T)

    ComfortDialog *openDialog(bool firstRun); // the comfort page; non-modal, one at a time
    ComfortDialog *dialog() const { return m_dialog; }

    ReadingStyleController &readingStyle() const { return m_style; }
    ComfortProfiles *profiles() const { return m_profiles; }
    QMenu *menu() const { return m_menu; }
    QToolButton *toolButton() const { return m_button; }
    QToolBar *readingBar() const { return m_bar; } // colours, Listen, Comfort
    ReadAloudController *readAloud() const { return m_readAloud; }
    KeyboardNavigation *keyboard() const { return m_keyboard; }

private:
    void createMenu();
    void createReadingBar();
    void rebuildProfileMenu();
    void syncMenu();
    void themeChanged();
    template <typename Field>
    void addChoices(QMenu *menu, const QString &title, const QList<ReadingStyle::Choice> &choices, Field field,
                    QActionGroup **group);

    ReaderHost &m_host;
    ReadingStyleController &m_style;
    Options m_options;
    ComfortProfiles *m_profiles;

    QMenu *m_menu = nullptr;
    QToolButton *m_button = nullptr;
    QToolBar *m_bar = nullptr;
    QActionGroup *m_themeBarGroup = nullptr;
    QActionGroup *m_themeGroup = nullptr;
    QActionGroup *m_lineGroup = nullptr;
    QActionGroup *m_letterGroup = nullptr;
    QActionGroup *m_wordGroup = nullptr;
    QActionGroup *m_measureGroup = nullptr;
    QAction *m_fontAction = nullptr;
    QAction *m_listenAction = nullptr;
    QAction *m_saveProfileAction = nullptr;
    QAction *m_deleteProfileAction = nullptr;
    QActionGroup *m_profileGroup = nullptr;
    QPointer<ComfortDialog> m_dialog;
    ReadAloudController *m_readAloud;
    KeyboardNavigation *m_keyboard;
};

} // namespace Myelin::Ui

#endif // MYELIN_UI_COMFORTCONTROLLER_H
