// SPDX-License-Identifier: GPL-3.0-or-later
// Whether the desktop asks for dark or light colours, so the "Follow the system" theme can follow it.
#ifndef MYELIN_UI_SYSTEMCOLORSCHEME_H
#define MYELIN_UI_SYSTEMCOLORSCHEME_H

#include <QObject>
#include <QPalette>
#include <optional>

namespace Myelin::Ui {

class SystemColorScheme : public QObject
{
    Q_OBJECT

public:
    static SystemColorScheme *instance();

    // Qt 6.5 and later: QStyleHints::colorScheme(). Qt 6.4: whether the system palette (remembered
    // before Myelin set its own) has a darker window than its text.
    bool prefersDark() const;

    // appstyle calls this once, before it replaces the application palette with a theme's.
    static void rememberSystemPalette(const QPalette &palette);
    static bool paletteIsDark(const QPalette &palette);

    // Tests and screenshots: pretend the system asks for dark (true) or light (false); nullopt ends it.
    void setOverride(std::optional<bool> dark);

signals:
    void changed();

private:
    SystemColorScheme();

    std::optional<bool> m_override;
};

} // namespace Myelin::Ui

#endif // MYELIN_UI_SYSTEMCOLORSCHEME_H
