// SPDX-License-Identifier: GPL-3.0-or-later
// The voice that reads articles aloud, behind an interface so the reader works (and says why not)
// whatever the machine has: Qt TextToSpeech with the system's engine, or nothing at all.
#ifndef MYELIN_UI_SPEECHBACKEND_H
#define MYELIN_UI_SPEECHBACKEND_H

#include <QObject>
#include <QStringList>

namespace Myelin::Ui {

class SpeechBackend : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        NotStarted, // start() not called yet
        Starting,   // the engine is loading (on first use this can take seconds)
        Ready,      // idle: say() may be called
        Speaking,
        Paused,
        Failed // see errorMessage()
    };
    Q_ENUM(State)

    using QObject::QObject;

    // The engine named (e.g. "speechd"), or the system's default when name is empty. When Myelin was
    // built without Qt TextToSpeech, a backend that only explains that.
    static SpeechBackend *create(const QString &engineName, QObject *parent);
    static bool builtWithSpeech();

    virtual State state() const = 0;
    virtual void start() = 0; // loads the engine without blocking; stateChanged reports Ready or Failed
    virtual void say(const QString &text) = 0;
    virtual void pause() = 0;
    virtual void resume() = 0;
    virtual void stop() = 0;
    virtual void setRate(double rate) = 0;          // -1.0 slowest .. 1.0 fastest
    virtual void setVoice(const QString &name) = 0; // empty: the engine's default
    virtual QStringList voices() const = 0;
    virtual QString engineName() const = 0;
    virtual QString errorMessage() const = 0; // plain English, naming what to install

    // What to install on Debian/Ubuntu for read aloud to work.
    static QString installHint();

signals:
    void stateChanged(Myelin::Ui::SpeechBackend::State state);
    void voicesChanged(const QStringList &voices);
};

} // namespace Myelin::Ui

#endif // MYELIN_UI_SPEECHBACKEND_H
