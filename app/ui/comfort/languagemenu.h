// SPDX-License-Identifier: GPL-3.0-or-later
// Comfort > Language: the interface language, chosen while the program runs. "Follow the system" or
// one of the translations there are, each named in its own language (a reader who cannot read the
// current one still finds theirs). The choice is kept in the settings; it takes effect at once:
// Translations::use() installs the new translation and Qt sends QEvent::LanguageChange, on which the
// reader's window is made again in the new language (ui/assembly/readerassembly).
#ifndef MYELIN_UI_LANGUAGEMENU_H
#define MYELIN_UI_LANGUAGEMENU_H

#include <QObject>
#include <QString>

class QActionGroup;
class QMenu;

namespace Myelin {
class Settings;
class Translations;
} // namespace Myelin

namespace Myelin::Ui {

class LanguageMenu : public QObject
{
    Q_OBJECT
public:
    // Adds the Language submenu at the end of menu.
    LanguageMenu(QMenu *menu, Settings &settings, Translations &translations);

    QMenu *menu() const { return m_menu; }
    // Switches to language ("de", "en"; empty: the system's) and keeps the choice.
    void choose(const QString &language);

    // A language's name in that language: "Deutsch", "Português (Brasil)", "العربية".
    static QString nativeName(const QString &language);

private:
    Settings &m_settings;
    Translations &m_translations;
    QMenu *m_menu = nullptr;
    QActionGroup *m_group = nullptr;
};

} // namespace Myelin::Ui

#endif // MYELIN_UI_LANGUAGEMENU_H
