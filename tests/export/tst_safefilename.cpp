// SPDX-License-Identifier: GPL-3.0-or-later
// File names offered in save dialogs (export/safefilename): what Windows refuses never reaches it.
#include "export/safefilename.h"

#include <QTest>

using Myelin::Export::isReservedWindowsName;
using Myelin::Export::MaximumFileNameLength;
using Myelin::Export::safeFileName;

class TestSafeFileName : public QObject
{
    Q_OBJECT

private slots:
    void names_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("already safe") << QStringLiteral("ccsvi") << QStringLiteral("ccsvi");
        QTest::newRow("spaces kept") << QStringLiteral("Group meeting") << QStringLiteral("Group meeting");
        QTest::newRow("accents kept") << QStringLiteral("Fatigue café") << QStringLiteral("Fatigue café");
        QTest::newRow("colon and slash") << QStringLiteral("Meeting: 5/6 May") << QStringLiteral("Meeting 5 6 May");
        QTest::newRow("every reserved character")
            << QStringLiteral("a:b/c\\d*e?f\"g<h>i|j") << QStringLiteral("a b c d e f g h i j");
        QTest::newRow("control characters") << QStringLiteral("tab\there\nnew") << QStringLiteral("tab here new");
        QTest::newRow("trailing dots and spaces") << QStringLiteral("Notes. . ") << QStringLiteral("Notes");
        QTest::newRow("leading dot") << QStringLiteral(".hidden") << QStringLiteral("hidden");
        QTest::newRow("device name") << QStringLiteral("CON") << QStringLiteral("_CON");
        QTest::newRow("device name, any case") << QStringLiteral("nul") << QStringLiteral("_nul");
        QTest::newRow("device with extension") << QStringLiteral("com1.notes") << QStringLiteral("_com1.notes");
        QTest::newRow("device after cleaning") << QStringLiteral("AUX?") << QStringLiteral("_AUX");
        QTest::newRow("not a device") << QStringLiteral("CONTACTS") << QStringLiteral("CONTACTS");
        QTest::newRow("COM0 is allowed") << QStringLiteral("COM0") << QStringLiteral("COM0");
        QTest::newRow("nothing left") << QStringLiteral("?*:") << QStringLiteral("handout");
        QTest::newRow("empty") << QString() << QStringLiteral("handout");
    }

    void names()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        QCOMPARE(safeFileName(name, QStringLiteral("handout")), expected);
    }

    void resultIsAlwaysAcceptedOnWindows()
    {
        // Every printable ASCII character, in every position, gives a name Windows would accept.
        for (char16_t c = 0; c < 0x80; ++c) {
            for (const QString &name : {QString(QChar(c)), QStringLiteral("x") + QChar(c),
                                        QChar(c) + QStringLiteral("x"), QStringLiteral("CON") + QChar(c)}) {
                const QString safe = safeFileName(name, QStringLiteral("fallback"));
                QVERIFY(!safe.isEmpty());
                for (const QChar ch : safe) {
                    QVERIFY2(ch.unicode() >= 0x20 && !QStringLiteral(":/\\*?\"<>|").contains(ch), qPrintable(safe));
                }
                QVERIFY2(!safe.endsWith(QLatin1Char('.')) && !safe.endsWith(QLatin1Char(' ')), qPrintable(safe));
                QVERIFY2(!isReservedWindowsName(safe), qPrintable(safe));
            }
        }
    }

    void longNamesAreShortened()
    {
        const QString safe = safeFileName(QString(200, QLatin1Char('a')), QStringLiteral("x"));
        QCOMPARE(safe.size(), MaximumFileNameLength);
        // Never half of a character outside the Basic Multilingual Plane.
        const QString emoji =
            QString(MaximumFileNameLength - 1, QLatin1Char('a')) + QString::fromUtf8("\xF0\x9F\x98\x80");
        const QString cut = safeFileName(emoji, QStringLiteral("x"));
        QVERIFY(!cut.back().isHighSurrogate());
        QCOMPARE(cut.size(), MaximumFileNameLength - 1);
    }

    void reservedNames()
    {
        for (const char *name : {"CON", "prn", "Aux", "NUL", "COM1", "com9", "LPT1", "lpt9", "con.txt", "NUL .pdf"}) {
            QVERIFY2(isReservedWindowsName(QString::fromLatin1(name)), name);
        }
        for (const char *name : {"CONSOLE", "COM10", "LPT", "icon", "nullify.txt", "COM0"}) {
            QVERIFY2(!isReservedWindowsName(QString::fromLatin1(name)), name);
        }
    }
};

QTEST_GUILESS_MAIN(TestSafeFileName)
#include "tst_safefilename.moc"
