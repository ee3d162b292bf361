// SPDX-License-Identifier: GPL-3.0-or-later
// A speech backend for tests that behaves like Qt TextToSpeech (asynchronous state changes) and
// records what it was asked to say, so read-aloud's order, pausing and stopping can be checked
// exactly, on any machine. It can also behave like a machine without sound: a voice that never
// starts, one that never finishes a sentence, or an engine that breaks down while speaking.
#ifndef MYELIN_TESTS_FAKESPEECHBACKEND_H
#define MYELIN_TESTS_FAKESPEECHBACKEND_H

#include "ui/comfort/speechbackend.h"

#include <QTimer>

namespace Myelin::Test {

class FakeSpeechBackend : public Ui::SpeechBackend
{
    Q_OBJECT

public:
    using SpeechBackend::SpeechBackend;

    QStringList spoken;
    int sentenceMs = 30; // how long each sentence "takes"; -1: never finishes (until stop)
    bool failOnStart = false;
    bool neverSpeaks = false; // say() is taken but the voice never starts
    QString error = QStringLiteral("Fake engine failed. ");
    double rate = 0.0;
    QString voice;

    State state() const override { return m_state; }
    void start() override
    {
        if (m_state != State::NotStarted) {
            return;
        }
        set(State::Starting);
        QTimer::singleShot(10, this, [this] {
            set(failOnStart ? State::Failed : State::Ready);
            if (!failOnStart) {
                emit voicesChanged(voices());
            }
        });
    }
    void say(const QString &text) override
    {
        spoken << text;
        const int serial = ++m_serial;
        if (neverSpeaks) {
            return;
        }
        QTimer::singleShot(5, this, [this, serial] {
            if (serial != m_serial) {
                return;
            }
            set(State::Speaking);
            if (sentenceMs >= 0) {
                QTimer::singleShot(sentenceMs, this, [this, serial] {
                    if (serial == m_serial && m_state == State::Speaking) {
                        set(State::Ready);
                    }
                });
            }
        });
    }
    void pause() override
    {
        if (m_state == State::Speaking) {
            ++m_serial; // the sentence's end is postponed until resume()
            set(State::Paused);
        }
    }
    void resume() override
    {
        if (m_state == State::Paused) {
            set(State::Speaking);
            const int serial = m_serial;
            QTimer::singleShot(qMax(sentenceMs, 0), this, [this, serial] {
                if (serial == m_serial && m_state == State::Speaking) {
                    set(State::Ready);
                }
            });
        }
    }
    void stop() override
    {
        ++m_serial;
        if (m_state == State::Speaking || m_state == State::Paused) {
            set(State::Ready);
        }
    }
    // The sentence being spoken ends now (with sentenceMs = -1: the test says when).
    void finishSentence()
    {
        ++m_serial;
        if (m_state == State::Speaking) {
            set(State::Ready);
        }
    }
    // The engine stops with an error, as Qt's does when its audio output fails.
    void breakDown()
    {
        ++m_serial;
        set(State::Failed);
    }
    void setRate(double r) override { rate = r; }
    void setVoice(const QString &name) override { voice = name; }
    QStringList voices() const override { return {QStringLiteral("Fake voice A"), QStringLiteral("Fake voice B")}; }
    QString engineName() const override { return QStringLiteral("fake"); }
    QString errorMessage() const override { return error + installHint(); }

private:
    void set(State s)
    {
        if (m_state != s) {
            m_state = s;
            emit stateChanged(s);
        }
    }
    State m_state = State::NotStarted;
    int m_serial = 0;
};

} // namespace Myelin::Test

#endif // MYELIN_TESTS_FAKESPEECHBACKEND_H
