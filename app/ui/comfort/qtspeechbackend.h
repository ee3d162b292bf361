// SPDX-License-Identifier: GPL-3.0-or-later
// Read aloud through Qt TextToSpeech. The engine lives on its own thread: speech-dispatcher can take
// several seconds to start and list its voices, and the window must never freeze for that.
#ifndef MYELIN_UI_QTSPEECHBACKEND_H
#define MYELIN_UI_QTSPEECHBACKEND_H

#include "speechbackend.h"

#include <QThread>

class QTextToSpeech;

namespace Myelin::Ui {

class QtSpeechBackend : public SpeechBackend
{
    Q_OBJECT

public:
    QtSpeechBackend(const QString &engineName, QObject *parent = nullptr);
    ~QtSpeechBackend() override;

    State state() const override { return m_state; }
    void start() override;
    void say(const QString &text) override;
    void pause() override;
    void resume() override;
    void stop() override;
    void setRate(double rate) override;
    void setVoice(const QString &name) override;
    QStringList voices() const override { return m_voices; }
    QString engineName() const override { return m_engineName; }
    QString errorMessage() const override { return m_error; }

    // The reader's state for a state of Qt's engine (a QTextToSpeech::State, as an int so that this
    // header needs no Qt TextToSpeech). Every state of the Qt this was built with has one: Qt 6.6 added
    // Synthesizing, which counts as speaking.
    static State stateFor(int qtState);
    // What to tell the reader when Qt's engine reports an error (a QTextToSpeech::ErrorReason, as an
    // int; detail: the engine's own words, may be empty). A playback error means no sound can be
    // heard, which no package fixes: it says to check the speakers.
    static QString failureMessage(int qtErrorReason, const QString &detail);

private:
    // Runs fn on the engine's thread (fn may use m_tts there, and only there).
    template <typename Fn> void onEngineThread(Fn fn);
    void loadEngine();                                                            // engine thread
    void engineLoaded(const QString &error, const QStringList &voices);           // GUI thread
    void engineStateChanged(int qtState, int errorReason, const QString &detail); // GUI thread
    void setState(State state);

    QString m_engineName;
    QThread m_thread;
    QObject *m_context = nullptr;   // lives on m_thread; parent of m_tts
    QTextToSpeech *m_tts = nullptr; // touched on m_thread only
    State m_state = State::NotStarted;
    QString m_error;
    QStringList m_voices;
    double m_rate = 0.0;
    QString m_voice;
};

} // namespace Myelin::Ui

#endif // MYELIN_UI_QTSPEECHBACKEND_H
