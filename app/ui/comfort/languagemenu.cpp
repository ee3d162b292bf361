// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagemenu.h"

#include "core/translations.h"
#include "userdata/settings.h"

#include <QActionGroup>
#include <QLocale>
#include <QMenu>

namespace Myelin::Ui {

LanguageMenu::LanguageMenu(QMenu *menu, Settings &settings, Translations &translations)
    : QObject(menu), m_settings(settings), m_translations(translations)
{
    m_menu = menu->addMenu(tr("Lan&guage"));
    m_menu->setObjectName(QStringLiteral("languageMenu"));
    m_group = new QActionGroup(m_menu);

    QStringList languages{QString(), QStringLiteral("en")};
    languages.append(m_translations.available());
    const QString chosen = m_settings.language();
    for (const QString &language : languages) {
        QAction *action = m_menu->addAction(language.isEmpty() ? tr("Follow the &system") : nativeName(language));
        action->setObjectName(QStringLiteral("language-") + (language.isEmpty() ? QStringLiteral("system") : language));
        action->setCheckable(true);
        action->setChecked(language == chosen);
        action->setData(language);
        if (!language.isEmpty()) {
            // Read by screen readers in the language's own voice where they can.
            action->setStatusTip(tr("Show Myelin in %1").arg(nativeName(language)));
        } else {
            action->setStatusTip(tr("Use the language of this computer when Myelin has it, else English"));
        }
        m_group->addAction(action);
        connect(action, &QAction::triggered, this, [this, language] { choose(language); });
        if (language.isEmpty()) {
            m_menu->addSeparator();
        }
    }
}

void LanguageMenu::choose(const QString &language)
{
    if (language == m_settings.language()) {
        return;
    }
    m_settings.setLanguage(language);
    m_translations.useChoice(language); // the window is made again on LanguageChange
}

QString LanguageMenu::nativeName(const QString &language)
{
    const QLocale locale(language);
    QString name = Translations::nativeLanguageName(language);
    if (!name.isEmpty()) {
        name[0] = name[0].toUpper(); // "français" in a list of languages: "Français"
    }
    if (language.contains(QLatin1Char('_'))) {
        name += QStringLiteral(" (%1)").arg(locale.nativeTerritoryName());
    }
    return name.isEmpty() ? language : name;
}

} // namespace Myelin::Ui
