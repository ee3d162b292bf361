// SPDX-License-Identifier: GPL-3.0-or-later
// Reading comfort for the whole window: colour theme (window and article), text size, spacing, line
// length, font, the Listen button and comfort profiles; the Comfort menu and toolbar button; the
// first-run page. Every path into an article gets the same style through MainWindow's root style.
#ifndef MYELIN_UI_COMFORTCONTROLLER_H
#define MYELIN_UI_COMFORTCONTROLLER_H

#include "comfortdialog.h"
#include "core/comfortprofile.h"
#include "core/readingstyle.h"
#include "core/theme.h"

#include <QObject>
#include <QPointer>

class QAction;
class QActionGroup;
class QMenu;
class QToolBar;
class QToolButton;

namespace Myelin::Ui {

class KeyboardNavigation;
class MainWindow;
class ReadAloudController;

class ComfortController : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        bool offerFirstRun = true; // show the first-run page once, after the first article appears
        QString speechEngine;      // Qt TextToSpeech engine; empty: the system's default
    };

    // The one line main.cpp needs: reading comfort, read aloud and keyboard order for window.
    static ComfortController *install(MainWindow *window);
    ComfortController(MainWindow *window, const Options &options, QObject *parent = nullptr);

    ReadingStyle style() const; // with the window's text size
    void setStyle(const ReadingStyle &style);
    Theme theme() const; // the theme in use ("Follow the system" resolved)
    QString rootStyle() const;
    void cycleTheme(); // light -> cream -> dark -> high contrast -> light
    void setTheme(const QString &id);

    QList<ComfortProfile> profiles() const;           // built-in first, then the user's own
    QString profileId() const { return m_profileId; } // empty when settings were changed by hand
    bool applyProfile(const QString &id);
    bool saveProfile(const QString &name); // the current settings under name (replaces one of that name)
    bool deleteProfile(const QString &id); // custom profiles only

    bool showListen() const { return m_showListen; }
    void setShowListen(bool show);

    ComfortDialog *openDialog(bool firstRun); // the comfort page; non-modal, one at a time
    ComfortDialog *dialog() const { return m_dialog; }

    QMenu *menu() const { return m_menu; }
    QToolButton *toolButton() const { return m_button; }
    QToolBar *readingBar() const { return m_bar; } // colours, Listen, Comfort
    ReadAloudController *readAloud() const { return m_readAloud; }
    KeyboardNavigation *keyboard() const { return m_keyboard; }

signals:
    void styleChanged();
    void profilesChanged();

private:
    void createMenu();
    void createReadingBar();
    void rebuildProfileMenu();
    void syncMenu();
    void apply();
    void refreshProfile();
    void store();
    template <typename Field>
    void addChoices(QMenu *menu, const QString &title, const QList<ReadingStyle::Choice> &choices, Field field,
                    QActionGroup **group);

    MainWindow *m_window;
    Options m_options;
    ReadingStyle m_style; // fontPercent lives in the window (Settings::fontPercent)
    QString m_profileId;
    bool m_showListen = true;
    QList<ComfortProfile> m_custom;
    QString m_appliedTheme;

    QMenu *m_menu = nullptr;
    QMenu *m_profileMenu = nullptr;
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
    QActionGroup *m_profileGroup = nullptr;
    QPointer<ComfortDialog> m_dialog;
    ReadAloudController *m_readAloud;
    KeyboardNavigation *m_keyboard;
};

} // namespace Myelin::Ui

#endif // MYELIN_UI_COMFORTCONTROLLER_H
