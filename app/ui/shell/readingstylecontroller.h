// SPDX-License-Identifier: GPL-3.0-or-later
// The one owner of the reading style: text size, colours, spacing, line length and letters. Pages,
// the window's colours, the A-/A/A+ buttons, the Comfort menu and page, comfort profiles and the
// print size all read or change it here; it keeps it in Settings.
#ifndef MYELIN_UI_READINGSTYLECONTROLLER_H
#define MYELIN_UI_READINGSTYLECONTROLLER_H

#include "core/readingstyle.h"
#include "core/theme.h"

#include <QObject>
#include <QStringList>

namespace Myelin {
class Settings;
}

namespace Myelin::Ui {

class ReadingStyleController : public QObject
{
    Q_OBJECT

public:
    explicit ReadingStyleController(Settings &settings, QObject *parent = nullptr);

    ReadingStyle style() const { return m_style; }
    void setStyle(const ReadingStyle &style); // normalised, stored and applied

    int fontPercent() const { return m_style.fontPercent; }
    int interfacePercent() const { return m_style.interfacePercent(); } // the window's own text size
    double pixelSize() const;                                           // the article's body text, in CSS pixels
    QStringList fontFamilies() const;   // the article's font, first choice first (content.css)
    void setFontPercent(int percent);   // kept within Settings::FontSteps
    void changeFontSize(int direction); // +1 larger, -1 smaller, 0 normal
    bool canChangeFontSize(int direction) const;

    Theme theme() const;              // the theme in use ("Follow the system" resolved)
    void setTheme(const QString &id); // a Theme id or ReadingStyle::SystemTheme
    QString nextThemeId() const;      // light -> cream -> dark -> high contrast -> light

    QString rootStyle() const; // the CSS :root declarations every page gets

signals:
    void styleChanged();                           // any part of the style
    void fontPercentChanged(int percent);          // the text size
    void themeChanged(const Myelin::Theme &theme); // the colours in use (also when the system's change)
    void saveFailed(const QString &message);       // the change works now but could not be stored

private:
    void applyTheme();

    Settings &m_settings;
    ReadingStyle m_style;
    QString m_appliedTheme;
    int m_appliedInterfacePercent = 0;
};

} // namespace Myelin::Ui

#endif // MYELIN_UI_READINGSTYLECONTROLLER_H
