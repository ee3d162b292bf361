// SPDX-License-Identifier: GPL-3.0-or-later
// The JavaScript engine's flags (web/engineflags): Myelin's go into one --js-flags with the user's,
// every flag the user set is kept, and applying twice changes nothing.
#include "web/engineflags.h"

#include <QTest>

namespace EngineFlags = Myelin::Web::EngineFlags;

class TestEngineFlags : public QObject
{
    Q_OBJECT

private slots:
    void myelinsFlagsAloneWhenTheUserSetNone()
    {
        QCOMPARE(EngineFlags::merged(QByteArray()), QByteArray("--js-flags=--expose-gc,--jitless"));
    }

    void theUsersOtherFlagsAreKept()
    {
        QCOMPARE(EngineFlags::merged("--disable-gpu  --lang=fr"),
                 QByteArray("--disable-gpu --lang=fr --js-flags=--expose-gc,--jitless"));
    }

    void theUsersJavaScriptFlagsJoinOursAndComeLastSoTheyWin()
    {
        QCOMPARE(EngineFlags::merged("--js-flags=--no-jitless,--max-old-space-size=64 --disable-gpu"),
                 QByteArray("--js-flags=--expose-gc,--jitless,--no-jitless,--max-old-space-size=64 --disable-gpu"));
        // Chromium keeps the last --js-flags: that is the one ours join.
        QCOMPARE(EngineFlags::merged("--js-flags=--a --js-flags=--b"),
                 QByteArray("--js-flags=--a --js-flags=--expose-gc,--jitless,--b"));
    }

    void applyingTwiceChangesNothing()
    {
        for (const QByteArray &user :
             {QByteArray(), QByteArray("--disable-gpu"), QByteArray("--js-flags=--b,--jitless")}) {
            const QByteArray once = EngineFlags::merged(user);
            QCOMPARE(EngineFlags::merged(once), once);
        }
    }

    void applySetsTheVariableQtWebEngineReads()
    {
        const QByteArray saved = qgetenv(EngineFlags::Variable);
        qputenv(EngineFlags::Variable, "--disable-gpu");
        EngineFlags::apply();
        QCOMPARE(qgetenv(EngineFlags::Variable), QByteArray("--disable-gpu --js-flags=--expose-gc,--jitless"));
        EngineFlags::apply();
        QCOMPARE(qgetenv(EngineFlags::Variable), QByteArray("--disable-gpu --js-flags=--expose-gc,--jitless"));
        qunsetenv(EngineFlags::Variable);
        EngineFlags::apply();
        QCOMPARE(qgetenv(EngineFlags::Variable), QByteArray("--js-flags=--expose-gc,--jitless"));
        qputenv(EngineFlags::Variable, saved);
    }
};

QTEST_GUILESS_MAIN(TestEngineFlags)

#include "tst_engineflags.moc"
