// SPDX-License-Identifier: GPL-3.0-or-later
// Read aloud: what is read (headings and text in order; not navigation, feedback buttons or sources),
// from where (the selection or the top), the highlighted sentence kept in view, pause/resume/stop,
// speed and voice; a clear message naming what to install when there is no engine; a voice that
// cannot be heard (never starts, never finishes, breaks down) reported and the highlight cleared,
// with the watchdog's times shortened so that nothing waits; and a real run
// through speech-dispatcher + espeak-ng with a null audio output, timing Listen -> first word.
#include "fakespeechbackend.h"
#include "readerfixture.h"
#include "skip.h"
#include "testsupport.h"
#include "ui/comfort/readaloudcontroller.h"
#include "web/urlscheme.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QProcess>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#ifdef MYELIN_HAVE_TEXTTOSPEECH
#include "ui/comfort/qtspeechbackend.h"

#include <QMetaEnum>
#include <QTextToSpeech>
#endif
#include <QToolBar>
#include <QToolButton>
#include <QWebEngineView>

using namespace Myelin;

class TestReadAloud : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_speechHome;
    QString settingsPath() const { return m_dir.filePath(QStringLiteral("settings.ini")); }
    QString userDbPath() const { return m_dir.filePath(QStringLiteral("user.db")); }

    struct Session
    {
        std::unique_ptr<Test::Reader> reader;
        Ui::ReadAloudController *readAloud = nullptr;
        Test::FakeSpeechBackend *fake = nullptr;
    };

    Session start(const QString &content, const QString &slug, const QString &engine = {}, bool useFake = true)
    {
        Session s;
        s.reader = std::make_unique<Test::Reader>(content, settingsPath(), userDbPath());
        if (!s.reader->isValid()) {
            return {};
        }
        s.readAloud = new Ui::ReadAloudController(s.reader->window->host(), engine);
        if (useFake) {
            s.fake = new Test::FakeSpeechBackend(s.readAloud);
            s.readAloud->setBackend(s.fake);
            // A loaded test machine is no reason to give up on the fake voice: the tests of giving up
            // set their own times.
            s.readAloud->setPatience({60000, 60000, 100});
        }
        if (!s.reader->start(slug)) {
            return {};
        }
        return s;
    }

    static int count(Test::Reader &reader, const QString &selector)
    {
        return reader.eval(QStringLiteral("document.querySelectorAll('%1').length").arg(selector)).toInt();
    }

    // The highlighted text and whether it is fully inside the visible part of the page.
    static QVariantMap highlight(Test::Reader &reader)
    {
        return reader
            .eval(QStringLiteral("(() => { const m = document.querySelectorAll('span.myelin-speaking'); "
                                 "if (!m.length) return {text: '', visible: false, scroll: scrollY}; "
                                 "const r = m[0].getBoundingClientRect(); let t = ''; m.forEach(s => t += "
                                 "s.textContent); return {text: t.replace(/\\s+/g, ' ').trim(), visible: r.top >= 0 "
                                 "&& r.bottom <= innerHeight, scroll: scrollY}; })()"))
            .toMap();
    }

    static QLabel *progressLabel(Ui::ReadAloudController &readAloud)
    {
        for (QLabel *label : readAloud.playerBar()->findChildren<QLabel *>()) {
            if (label->accessibleName() == QLatin1String("Reading progress")) {
                return label;
            }
        }
        return nullptr;
    }

    // After a failure: nothing highlighted, nothing reading, the bar saying why and the message box open.
    static void checkReported(Session &s, const QString &headline, const QString &message)
    {
        QCOMPARE(s.readAloud->status(), Ui::ReadAloudController::Status::Idle);
        QCOMPARE(s.readAloud->lastError(), message);
        QTRY_COMPARE_WITH_TIMEOUT(count(*s.reader, QStringLiteral("span.myelin-speaking")), 0, 5000);
        QVERIFY(s.readAloud->playerBar()->isVisible());
        QCOMPARE(progressLabel(*s.readAloud)->text(), headline);
        QCOMPARE(s.reader->window->statusBar()->currentMessage(), message);
        auto *box = s.reader->window->findChild<QMessageBox *>(QStringLiteral("readAloudError"));
        QVERIFY(box);
        QVERIFY(box->isVisible());
        QCOMPARE(box->text(), message);
        box->close();
        // Stop becomes Close, which closes the bar: the message does not stay forever.
        QVERIFY(s.readAloud->stopAction()->isEnabled());
        QCOMPARE(s.readAloud->stopAction()->text(), QStringLiteral("Close"));
        QWidget *close = s.readAloud->playerBar()->widgetForAction(s.readAloud->stopAction());
        QVERIFY(close);
        QVERIFY(close->accessibleName().startsWith(QLatin1String("Close")));
        s.readAloud->stopAction()->trigger();
        QVERIFY(!s.readAloud->playerBar()->isVisible());
        QVERIFY(!s.readAloud->stopAction()->isEnabled());
        QCOMPARE(s.readAloud->stopAction()->text(), QStringLiteral("Stop"));
    }

private slots:
    void initTestCase()
    {
        // A private speech-dispatcher for the real-engine test: its own socket and settings, the
        // espeak-ng module, and audio to libao's "null" driver (CI machines have no sound card).
        QVERIFY(m_speechHome.isValid());
        const QString home = m_speechHome.path();
        QDir(home).mkpath(QStringLiteral("config/speech-dispatcher/modules"));
        QDir(home).mkpath(QStringLiteral("run"));
        QFile::setPermissions(home + QStringLiteral("/run"),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QFile system(QStringLiteral("/etc/speech-dispatcher/speechd.conf"));
        if (system.open(QIODevice::ReadOnly)) {
            QString conf = QString::fromUtf8(system.readAll());
            conf += QStringLiteral("\nAudioOutputMethod \"libao\"\nAddModule \"espeak-ng\" \"sd_espeak-ng\" "
                                   "\"espeak-ng.conf\"\nDefaultModule espeak-ng\nTimeout 5\n");
            QFile out(home + QStringLiteral("/config/speech-dispatcher/speechd.conf"));
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(conf.toUtf8());
            QFile::copy(QStringLiteral("/etc/speech-dispatcher/modules/espeak-ng.conf"),
                        home + QStringLiteral("/config/speech-dispatcher/modules/espeak-ng.conf"));
        }
        QFile libao(home + QStringLiteral("/.libao"));
        QVERIFY(libao.open(QIODevice::WriteOnly));
        libao.write("default_driver=null\n");
        libao.close();
        qputenv("HOME", home.toUtf8());
        qputenv("XDG_CONFIG_HOME", (home + QStringLiteral("/config")).toUtf8());
        qputenv("XDG_RUNTIME_DIR", (home + QStringLiteral("/run")).toUtf8());
    }

    void init() { QFile::remove(settingsPath()); }

    void readsHeadingsAndTextInOrderButNotNavigationOrSources()
    {
        Session s = start(QStringLiteral(MYELIN_MINI_DB), QStringLiteral("alpha"));
        QVERIFY(s.reader);
        QSignalSpy finished(s.readAloud, &Ui::ReadAloudController::finished);
        QSignalSpy started(s.readAloud, &Ui::ReadAloudController::sentenceStarted);
        s.readAloud->listen();
        QVERIFY(finished.wait(20000));
        const QStringList spoken = s.fake->spoken;
        QVERIFY2(spoken.size() >= 6, qPrintable(spoken.join(QStringLiteral(" | "))));
        QCOMPARE(spoken.first(), QStringLiteral("Alpha article"));
        const QString all = spoken.join(QLatin1Char('\n'));
        int last = -1;
        for (const char *expected :
             {"Alpha article", "In short: Alpha is about narrowing of veins.", "First part",
              "Alpha talks about stenosis in the jugular veins.", "See the outside world and Beta."}) {
            const int at = all.indexOf(QLatin1String(expected));
            QVERIFY2(
                at > last,
                qPrintable(QStringLiteral("'%1' missing or out of order in:\n%2").arg(QLatin1String(expected), all)));
            last = at;
        }
        for (const char *never : {"Alpha source", "Journal of Tests", "Was this useful", "Send feedback", "Yes"}) {
            QVERIFY2(!all.contains(QLatin1String(never)), never);
        }
        QCOMPARE(started.size(), spoken.size());
        QCOMPARE(s.readAloud->status(), Ui::ReadAloudController::Status::Idle);
        QCOMPARE(count(*s.reader, QStringLiteral("span.myelin-speaking")), 0); // highlight gone at the end
        QVERIFY(!s.readAloud->playerBar()->isVisible());
        qInfo("fake engine: Listen -> first word %lld ms (page text extraction + first sentence)",
              s.readAloud->lastStartLatencyMs());
    }

    void highlightMovesSentenceBySentenceToTheEnd()
    {
        Session s = start(QStringLiteral(MYELIN_MINI_DB), QStringLiteral("alpha"));
        QVERIFY(s.reader);
        s.fake->sentenceMs = -1; // each sentence ends when the test says
        QSignalSpy finished(s.readAloud, &Ui::ReadAloudController::finished);
        s.readAloud->listen();
        QLabel *progress = progressLabel(*s.readAloud);
        QVERIFY(progress);
        for (int i = 0; i < 3; ++i) {
            QTRY_COMPARE_WITH_TIMEOUT(s.fake->spoken.size(), i + 1, 10000);
            QTRY_COMPARE(s.fake->state(), Ui::SpeechBackend::State::Speaking);
            QCOMPARE(s.readAloud->currentSentence(), i);
            QCOMPARE(s.readAloud->status(), Ui::ReadAloudController::Status::Reading);
            QCOMPARE(progress->text(),
                     QStringLiteral("Sentence %1 of %2").arg(i + 1).arg(s.readAloud->sentenceCount()));
            QTRY_COMPARE_WITH_TIMEOUT(highlight(*s.reader).value(QStringLiteral("text")).toString(),
                                      s.fake->spoken.at(i), 5000);
            s.fake->finishSentence();
        }
        const int total = s.readAloud->sentenceCount();
        QVERIFY(total > 3);
        // The rest goes by itself; at the end nothing is highlighted and the reader is told it is done.
        QTRY_COMPARE_WITH_TIMEOUT(s.fake->spoken.size(), 4, 10000);
        QTRY_COMPARE(s.fake->state(), Ui::SpeechBackend::State::Speaking);
        s.fake->sentenceMs = 1;
        s.fake->finishSentence();
        QVERIFY(finished.wait(20000));
        QCOMPARE(s.fake->spoken.size(), total); // one sentence at a time, each once
        QCOMPARE(s.readAloud->status(), Ui::ReadAloudController::Status::Idle);
        QTRY_COMPARE_WITH_TIMEOUT(count(*s.reader, QStringLiteral("span.myelin-speaking")), 0, 5000);
        QVERIFY(!s.readAloud->playerBar()->isVisible());
        QCOMPARE(s.reader->window->statusBar()->currentMessage(), QStringLiteral("Finished reading aloud."));
        QVERIFY(s.readAloud->lastError().isEmpty());
    }

    void aVoiceThatNeverFinishesASentenceIsReported()
    {
        // A machine without sound output: the engine takes the first sentence and never ends it.
        Session s = start(QStringLiteral(MYELIN_MINI_DB), QStringLiteral("alpha"));
        QVERIFY(s.reader);
        s.fake->sentenceMs = -1;
        s.readAloud->setPatience({5000, 100, 2}); // started -> must end within 100 ms + 2 ms a character
        QCOMPARE(s.readAloud->finishAllowanceMs(QStringLiteral("12345")), 110);
        QSignalSpy failed(s.readAloud, &Ui::ReadAloudController::failed);
        QSignalSpy started(s.readAloud, &Ui::ReadAloudController::sentenceStarted);
        s.readAloud->listen();
        QVERIFY(failed.wait(10000));
        QCOMPARE(started.size(), 1);        // the first sentence was started and highlighted, then nothing
        QCOMPARE(s.fake->spoken.size(), 1); // it did not go on pretending to read
        const QString message = s.readAloud->lastError();
        QVERIFY2(message.contains(QLatin1String("sound output")) && message.contains(QLatin1String("speakers")),
                 qPrintable(message));
        checkReported(s, QStringLiteral("Read aloud stopped: no sound could be played."), message);
        QCOMPARE(s.fake->state(), Ui::SpeechBackend::State::Ready); // the engine was told to stop

        // Slower speeds get more time: at -50% twice as long per character.
        s.readAloud->setRatePercent(-50);
        QCOMPARE(s.readAloud->finishAllowanceMs(QStringLiteral("12345")), 120);
    }

    void aVoiceThatNeverStartsIsReported()
    {
        Session s = start(QStringLiteral(MYELIN_MINI_DB), QStringLiteral("alpha"));
        QVERIFY(s.reader);
        s.fake->neverSpeaks = true;
        s.readAloud->setPatience({100, 5000, 100});
        QSignalSpy failed(s.readAloud, &Ui::ReadAloudController::failed);
        s.readAloud->listen();
        QVERIFY(failed.wait(10000));
        QCOMPARE(s.fake->spoken.size(), 1);
        const QString message = s.readAloud->lastError();
        QVERIFY2(message.contains(QLatin1String("did not start")) && message.contains(QLatin1String("speakers")) &&
                     message.contains(QLatin1String("espeak-ng")),
                 qPrintable(message));
        checkReported(s, QStringLiteral("Read aloud stopped: the voice did not start."), message);
    }

    void anEngineErrorWhileReadingIsReported()
    {
        Session s = start(QStringLiteral(MYELIN_MINI_DB), QStringLiteral("alpha"));
        QVERIFY(s.reader);
        s.fake->sentenceMs = -1;
        s.fake->error = QStringLiteral("The voice could not be played. ");
        QSignalSpy failed(s.readAloud, &Ui::ReadAloudController::failed);
        s.readAloud->listen();
        QTRY_COMPARE_WITH_TIMEOUT(s.fake->state(), Ui::SpeechBackend::State::Speaking, 10000);
        s.fake->finishSentence(); // the first sentence is heard, the second breaks down
        QTRY_COMPARE(s.fake->spoken.size(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(highlight(*s.reader).value(QStringLiteral("text")).toString(), s.fake->spoken.at(1),
                                  5000);
        s.fake->breakDown();
        QCOMPARE(failed.size(), 1);
        checkReported(s, QStringLiteral("Read aloud is not available."), s.fake->errorMessage());
        QCOMPARE(s.fake->spoken.size(), 2);
    }

    void startsFromTheSelectionAndKeepsTheSentenceInView()
    {
        Session s = start(QStringLiteral(MYELIN_CONTENT_DB), QStringLiteral("ccsvi"));
        QVERIFY(s.reader);
        s.reader->window->resize(1000, 700);
        s.fake->sentenceMs = -1; // each sentence lasts until told otherwise
        // Select a paragraph far down the page, as a user would by dragging or Shift+arrows.
        const QString selected =
            s.reader
                ->eval(QStringLiteral("(() => { const ps = document.querySelectorAll('.body p'); "
                                      "const p = ps[Math.min(6, ps.length - 1)]; const r = document.createRange(); "
                                      "r.selectNodeContents(p); getSelection().removeAllRanges(); "
                                      "getSelection().addRange(r); window.scrollTo(0, 0); return p.textContent; })()"))
                .toString()
                .simplified();
        QVERIFY(!selected.isEmpty());
        QSignalSpy status(s.readAloud, &Ui::ReadAloudController::statusChanged);
        QTest::keyClick(s.reader->window.get(), Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE_WITH_TIMEOUT(s.fake->state(), Ui::SpeechBackend::State::Speaking, 10000);
        QVERIFY(!s.fake->spoken.isEmpty());
        QVERIFY2(selected.startsWith(s.fake->spoken.first()),
                 qPrintable(s.fake->spoken.first() + QStringLiteral(" / ") + selected));
        QVERIFY(s.readAloud->currentSentence() > 5);
        QVariantMap mark;
        QTRY_VERIFY_WITH_TIMEOUT(
            (mark = highlight(*s.reader)).value(QStringLiteral("text")).toString() == s.fake->spoken.first(), 5000);
        QVERIFY2(mark.value(QStringLiteral("visible")).toBool(), "the spoken sentence is scrolled into view");
        QVERIFY(mark.value(QStringLiteral("scroll")).toDouble() > 0);

        // Pause, resume (the same button), stop (Escape).
        s.readAloud->listen();
        QCOMPARE(s.readAloud->status(), Ui::ReadAloudController::Status::Paused);
        QTRY_COMPARE(s.fake->state(), Ui::SpeechBackend::State::Paused);
        QCOMPARE(s.readAloud->listenAction()->text(), QStringLiteral("Resume"));
        QTest::keyClick(s.reader->window.get(), Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(s.readAloud->status(), Ui::ReadAloudController::Status::Reading);
        QCOMPARE(s.readAloud->listenAction()->text(), QStringLiteral("Pause"));
        QTRY_COMPARE(s.fake->state(), Ui::SpeechBackend::State::Speaking);
        QTest::keyClick(s.reader->window->articleView()->webView()->focusProxy(), Qt::Key_Escape);
        QCOMPARE(s.readAloud->status(), Ui::ReadAloudController::Status::Idle);
        QTRY_COMPARE(s.fake->state(), Ui::SpeechBackend::State::Ready);
        QTRY_COMPARE_WITH_TIMEOUT(count(*s.reader, QStringLiteral("span.myelin-speaking")), 0, 5000);
        QCOMPARE(s.fake->spoken.size(), 1); // nothing more after Stop
        QCOMPARE(s.readAloud->listenAction()->text(), QStringLiteral("Listen"));
        // The page text is unchanged by the highlighting (spans removed, text nodes joined again).
        QCOMPARE(s.reader
                     ->eval(QStringLiteral("document.querySelectorAll('.body p')[Math.min(6, "
                                           "document.querySelectorAll('.body p').length - 1)].textContent"))
                     .toString()
                     .simplified(),
                 selected);
    }

    void withoutASelectionItStartsAtTheTopAndANewPageStopsIt()
    {
        Session s = start(QStringLiteral(MYELIN_MINI_DB), QStringLiteral("alpha"));
        QVERIFY(s.reader);
        s.fake->sentenceMs = -1;
        s.readAloud->listen();
        QTRY_COMPARE_WITH_TIMEOUT(s.fake->spoken.size(), 1, 10000);
        QCOMPARE(s.fake->spoken.first(), QStringLiteral("Alpha article"));
        QCOMPARE(s.readAloud->currentSentence(), 0);
        QVERIFY(s.readAloud->playerBar()->isVisible());
        QVERIFY(s.reader->open(QStringLiteral("gamma")));
        QCOMPARE(s.readAloud->status(), Ui::ReadAloudController::Status::Idle);
        QVERIFY(!s.readAloud->playerBar()->isVisible());
    }

    void speedAndVoiceAreChosenAndRemembered()
    {
        Session s = start(QStringLiteral(MYELIN_MINI_DB), QStringLiteral("gamma"));
        QVERIFY(s.reader);
        s.readAloud->prepare();
        QTRY_COMPARE(s.fake->state(), Ui::SpeechBackend::State::Ready);
        s.readAloud->setRatePercent(-50);
        QCOMPARE(s.fake->rate, -0.5);
        QCOMPARE(s.reader->settings.speechRatePercent(), -50);
        QList<QComboBox *> boxes = s.readAloud->playerBar()->findChildren<QComboBox *>();
        QComboBox *voices = nullptr;
        for (QComboBox *box : boxes) {
            if (box->accessibleName() == QLatin1String("Voice")) {
                voices = box;
            }
        }
        QVERIFY(voices);
        QCOMPARE(voices->count(), 3); // the standard voice + the engine's two
        QVERIFY(voices->isEnabled());
        voices->setCurrentIndex(2);
        emit voices->activated(2);
        QCOMPARE(s.fake->voice, QStringLiteral("Fake voice B"));
        QCOMPARE(s.reader->settings.speechVoice(), QStringLiteral("Fake voice B"));
    }

    void withoutAnEngineItSaysWhatToInstall()
    {
        Session s =
            start(QStringLiteral(MYELIN_MINI_DB), QStringLiteral("alpha"), QStringLiteral("no-such-engine"), false);
        QVERIFY(s.reader);
        QSignalSpy failed(s.readAloud, &Ui::ReadAloudController::failed);
        s.readAloud->listen();
        QVERIFY(failed.wait(30000));
        const QString message = s.readAloud->lastError();
        QVERIFY2(message.contains(QLatin1String("speech-dispatcher")) && message.contains(QLatin1String("espeak-ng")),
                 qPrintable(message));
        QVERIFY(message.contains(QLatin1String("no-such-engine")));
        QCOMPARE(s.readAloud->status(), Ui::ReadAloudController::Status::Idle);
        auto *box = s.reader->window->findChild<QMessageBox *>(QStringLiteral("readAloudError"));
        QVERIFY(box);
        QVERIFY(box->isVisible());
        QCOMPARE(box->text(), message);
        box->close();
        // Pressing Listen again explains again; nothing crashes.
        s.readAloud->listen();
        QTRY_COMPARE(failed.size(), 2);
        QCOMPARE(count(*s.reader, QStringLiteral("span.myelin-speaking")), 0);
    }

    void everyStateOfQtsEngineIsUnderstood()
    {
#ifndef MYELIN_HAVE_TEXTTOSPEECH
        MYELIN_SKIP("Myelin was built without Qt TextToSpeech (Debian: qt6-speech-dev)");
#else
        // Each state the Qt in use can report (Qt 6.6 added Synthesizing) means something to the reader.
        using State = Ui::SpeechBackend::State;
        const QMetaEnum states = QMetaEnum::fromType<QTextToSpeech::State>();
        QVERIFY(states.keyCount() >= 4);
        for (int i = 0; i < states.keyCount(); ++i) {
            const int value = states.value(i);
            const State expected = value == QTextToSpeech::Ready    ? State::Ready
                                   : value == QTextToSpeech::Paused ? State::Paused
                                   : value == QTextToSpeech::Error  ? State::Failed
                                                                    : State::Speaking; // Speaking, Synthesizing
            QCOMPARE(Ui::QtSpeechBackend::stateFor(value), expected);
        }
#if QT_VERSION >= QT_VERSION_CHECK(6, 6, 0)
        QCOMPARE(Ui::QtSpeechBackend::stateFor(QTextToSpeech::Synthesizing), State::Speaking);
        QCOMPARE(states.keyCount(), 5);
#else
        QCOMPARE(states.keyCount(), 4);
#endif
#endif
    }

    void qtsPlaybackErrorSaysToCheckTheSound()
    {
#ifndef MYELIN_HAVE_TEXTTOSPEECH
        MYELIN_SKIP("Myelin was built without Qt TextToSpeech (Debian: qt6-speech-dev)");
#else
        // Qt's engine reports an audio output that fails as a playback error: no package fixes that.
        const QString playback =
            Ui::QtSpeechBackend::failureMessage(int(QTextToSpeech::ErrorReason::Playback), QStringLiteral("no sink"));
        QVERIFY2(playback.contains(QLatin1String("no sink")) && playback.contains(QLatin1String("sound output")) &&
                     playback.contains(QLatin1String("speakers")) && !playback.contains(QLatin1String("install")),
                 qPrintable(playback));
        const QString other =
            Ui::QtSpeechBackend::failureMessage(int(QTextToSpeech::ErrorReason::Initialization), QString());
        QVERIFY2(other.contains(Ui::SpeechBackend::installHint()) && !other.contains(QLatin1String("()")),
                 qPrintable(other));
#endif
    }

    void readsAloudWithSpeechDispatcherAndEspeak()
    {
#ifndef MYELIN_HAVE_TEXTTOSPEECH
        MYELIN_SKIP("Myelin was built without Qt TextToSpeech (Debian: qt6-speech-dev)");
#else
        if (!QTextToSpeech::availableEngines().contains(QLatin1String("speechd"))) {
            MYELIN_SKIP("The Qt speechd plugin is not installed (Debian: qt6-speech-speechd-plugin)");
        }
        if (QStandardPaths::findExecutable(QStringLiteral("speech-dispatcher")).isEmpty() ||
            !QFile::exists(QStringLiteral("/usr/lib/speech-dispatcher-modules/sd_espeak-ng"))) {
            MYELIN_SKIP("speech-dispatcher with espeak-ng is not installed (Debian: speech-dispatcher "
                        "speech-dispatcher-espeak-ng espeak-ng)");
        }
        Session s = start(QStringLiteral(MYELIN_MINI_DB), QStringLiteral("alpha"), QStringLiteral("speechd"), false);
        QVERIFY(s.reader);
        QSignalSpy first(s.readAloud, &Ui::ReadAloudController::firstWordSpoken);
        QSignalSpy finished(s.readAloud, &Ui::ReadAloudController::finished);
        QSignalSpy started(s.readAloud, &Ui::ReadAloudController::sentenceStarted);
        QSignalSpy failed(s.readAloud, &Ui::ReadAloudController::failed);
        s.readAloud->listen(); // cold: speech-dispatcher starts and lists its voices
        QVERIFY2(first.wait(60000) || !failed.isEmpty(), "no first word within 60 s");
        QVERIFY2(failed.isEmpty(), qPrintable(s.readAloud->lastError()));
        const qint64 cold = first.first().first().toLongLong();
        QVERIFY(finished.wait(60000));
        QVERIFY(started.size() >= 6);
        QCOMPARE(s.readAloud->backend()->engineName(), QStringLiteral("speechd"));

        first.clear();
        s.readAloud->listen(); // warm: the engine is running
        QVERIFY(first.wait(20000));
        const qint64 warm = first.first().first().toLongLong();
        s.readAloud->stop();
        qInfo("speech-dispatcher + espeak-ng: Listen -> first word %lld ms cold (engine start), %lld ms warm", cold,
              warm);
        QVERIFY(warm < 2000);
#endif
    }
};

MYELIN_GUI_TEST_MAIN(TestReadAloud)
#include "tst_readaloud.moc"
