// SPDX-License-Identifier: GPL-3.0-or-later
// Read aloud: a visible Listen button and shortcut that read the open article (headings, paragraphs,
// list items, in order; not navigation, feedback buttons or sources) from the selection or the top,
// with pause, resume, stop, speed and voice. The sentence being read is highlighted and kept in view.
// When the voice cannot be heard (no engine, an engine error, no sound output: a sentence that never
// starts or never ends), reading stops, the highlight goes and the bar says what happened and what to try.
#ifndef MYELIN_UI_READALOUDCONTROLLER_H
#define MYELIN_UI_READALOUDCONTROLLER_H

#include "speechbackend.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <functional>

class QAction;
class QActionGroup;
class QComboBox;
class QLabel;
class QMenu;
class QTimer;
class QToolBar;
class QToolButton;

namespace Myelin::Ui {

class ReaderHost;

class ReadAloudController : public QObject
{
    Q_OBJECT

public:
    enum class Status
    {
        Idle,
        Starting, // waiting for the engine or the page's text
        Reading,
        Paused
    };
    Q_ENUM(Status)

    // engineName: a Qt TextToSpeech engine ("speechd"), or empty for the system's default. The backend
    // is made on first use (or by prepare()).
    // The Listen button goes on toolbar (the main toolbar when null).
    ReadAloudController(ReaderHost &host, const QString &engineName, QObject *parent = nullptr,
                        QToolBar *toolbar = nullptr);
    // Tests: use this backend instead (the controller does not take ownership).
    void setBackend(SpeechBackend *backend);

    // How long the voice may take before read aloud says it cannot be heard: to start a sentence, and
    // to finish one once started (sentenceMs plus perCharMs for each character, longer at slow speeds).
    // A machine without sound output often never finishes the first sentence.
    struct Patience
    {
        int startMs = 8000;
        int sentenceMs = 4000;
        int perCharMs = 120; // 8 characters a second: about half the usual speaking speed
    };
    void setPatience(const Patience &patience) { m_patience = patience; } // tests: no waiting
    Patience patience() const { return m_patience; }
    int finishAllowanceMs(const QString &sentence) const; // started -> finished, for this sentence

    Status status() const { return m_status; }
    QMenu *menu() const { return m_menu; }
    QAction *listenAction() const { return m_listenAction; }
    QAction *stopAction() const { return m_stopAction; }
    QToolBar *playerBar() const { return m_bar; }
    QToolButton *listenButton() const { return m_listenButton; }
    SpeechBackend *backend();

    void setButtonVisible(bool visible);     // the Listen button in the main toolbar
    void refreshIcons() { updateActions(); } // after a theme change
    bool isButtonVisible() const;
    void prepare(); // start the engine in the background (the "Listen" profile)

    void listen(); // start (from the selection, else the top), pause or resume
    void stop();
    void setRatePercent(int percent); // -100..100

    int sentenceCount() const { return int(m_sentences.size()); }
    int currentSentence() const { return m_index; }
    QString lastError() const { return m_lastError; }
    qint64 lastStartLatencyMs() const { return m_firstWordMs; } // Listen pressed -> speaking, -1 if none

signals:
    void statusChanged(Myelin::Ui::ReadAloudController::Status status);
    void sentenceStarted(int index, const QString &text);
    void firstWordSpoken(qint64 msSinceListenPressed);
    void failed(const QString &message);
    void finished();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setStatus(Status status);
    void beginReading();
    void textArrived(const QVariant &result);
    void speakCurrent();
    void backendStateChanged(SpeechBackend::State state);
    void fail(const QString &headline, const QString &message); // headline: the bar's short line
    void startWatchdog(int ms);
    void watchdogFired();
    void runScript(const QString &call, const std::function<void(const QVariant &)> &callback = {});
    void updateActions();
    void fillVoices(const QStringList &voices);

    ReaderHost &m_host;
    QString m_engineName;
    SpeechBackend *m_backend = nullptr;
    QString m_script;

    QAction *m_listenAction;
    QAction *m_stopAction;
    QActionGroup *m_speedGroup;
    QMenu *m_menu;
    QMenu *m_voiceMenu;
    QToolButton *m_listenButton;
    QAction *m_listenButtonAction = nullptr;
    QToolBar *m_bar;
    QComboBox *m_speed;
    QComboBox *m_voice;
    QLabel *m_progress;
    QTimer *m_watchdog;
    Patience m_patience;

    Status m_status = Status::Idle;
    QStringList m_sentences;
    int m_index = -1;
    bool m_heardSpeaking = false; // the engine has started the current sentence
    bool m_startWhenReady = false;
    QElapsedTimer m_clock;
    qint64 m_firstWordMs = -1;
    bool m_firstWordSeen = false;
    QString m_lastError;
    bool m_problemShown = false; // the bar shows why reading stopped
    int m_generation = 0;        // bumps on stop/new start: late script answers are ignored
};

} // namespace Myelin::Ui

#endif // MYELIN_UI_READALOUDCONTROLLER_H
