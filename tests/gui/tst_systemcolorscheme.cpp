// SPDX-License-Identifier: GPL-3.0-or-later
// The system's light or dark preference (ui/systemcolorscheme), on the Qt it was built with: Qt 6.5+
// reports it live through QStyleHints; Qt 6.4 has only the palette the desktop gave at start.
#include "skip.h"
#include "ui/shell/systemcolorscheme.h"

#include <QApplication>
#include <QSignalSpy>
#include <QStyleHints>
#include <QTest>

using Myelin::Ui::SystemColorScheme;

class TestSystemColorScheme : public QObject
{
    Q_OBJECT

private slots:
    void overrideWinsAndIsAnnounced()
    {
        SystemColorScheme *scheme = SystemColorScheme::instance();
        QSignalSpy changed(scheme, &SystemColorScheme::changed);
        scheme->setOverride(true);
        QVERIFY(scheme->prefersDark());
        scheme->setOverride(false);
        QVERIFY(!scheme->prefersDark());
        QCOMPARE(changed.size(), 2);
        scheme->setOverride(false); // no change, no signal
        QCOMPARE(changed.size(), 2);
        scheme->setOverride(std::nullopt);
        QCOMPARE(changed.size(), 3);
    }

    void withoutAnOverrideTheSystemDecides()
    {
        SystemColorScheme *scheme = SystemColorScheme::instance();
        scheme->setOverride(std::nullopt);
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
        const Qt::ColorScheme reported = QGuiApplication::styleHints()->colorScheme();
        if (reported != Qt::ColorScheme::Unknown) {
            QCOMPARE(scheme->prefersDark(), reported == Qt::ColorScheme::Dark);
            return;
        }
#endif
        // Qt 6.4, or a platform that does not say: the palette the desktop gave before Myelin's own.
        QPalette dark;
        dark.setColor(QPalette::Window, Qt::black);
        dark.setColor(QPalette::WindowText, Qt::white);
        SystemColorScheme::rememberSystemPalette(dark);
        QVERIFY(scheme->prefersDark());
        QApplication::setPalette(QPalette(Qt::white)); // Myelin's own palette later does not count
        QVERIFY(scheme->prefersDark());
    }

    void followsTheDesktopLiveFromQt65()
    {
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
        MYELIN_SKIP("Qt 6.4 does not tell when the desktop switches between light and dark: Myelin reads it at start");
#else
        // The desktop switching to dark reaches the reader at once (QStyleHints::colorSchemeChanged).
        SystemColorScheme *scheme = SystemColorScheme::instance();
        QSignalSpy changed(scheme, &SystemColorScheme::changed);
        emit QGuiApplication::styleHints()->colorSchemeChanged(Qt::ColorScheme::Dark);
        QCOMPARE(changed.size(), 1);
#endif
    }
};

QTEST_MAIN(TestSystemColorScheme)
#include "tst_systemcolorscheme.moc"
