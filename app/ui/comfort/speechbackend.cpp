// SPDX-License-Identifier: GPL-3.0-or-later
#include "speechbackend.h"

#ifdef MYELIN_HAVE_TEXTTOSPEECH
#include "qtspeechbackend.h"
#endif

#include <QCoreApplication>

namespace Myelin::Ui {

namespace {

// Myelin built without Qt TextToSpeech: every request fails with a message that says so.
class NoSpeechBackend : public SpeechBackend
{
public:
    using SpeechBackend::SpeechBackend;
    State state() const override { return m_state; }
    void start() override
    {
        m_state = State::Failed;
        emit stateChanged(m_state);
    }
    void say(const QString &) override { start(); }
    void pause() override {}
    void resume() override {}
    void stop() override {}
    void setRate(double) override {}
    void setVoice(const QString &) override {}
    QStringList voices() const override { return {}; }
    QString engineName() const override { return {}; }
    QString errorMessage() const override
    {
        return QCoreApplication::translate("Myelin::Ui::SpeechBackend",
                                           "This copy of Myelin was built without read aloud, because Qt "
                                           "TextToSpeech was missing when it was built. To build it with read "
                                           "aloud, install qt6-speech-dev, then %1")
            .arg(installHint());
    }

private:
    State m_state = State::NotStarted;
};

} // namespace

SpeechBackend *SpeechBackend::create(const QString &engineName, QObject *parent)
{
#ifdef MYELIN_HAVE_TEXTTOSPEECH
    return new QtSpeechBackend(engineName, parent);
#else
    Q_UNUSED(engineName)
    return new NoSpeechBackend(parent);
#endif
}

bool SpeechBackend::builtWithSpeech()
{
#ifdef MYELIN_HAVE_TEXTTOSPEECH
    return true;
#else
    return false;
#endif
}

QString SpeechBackend::installHint()
{
#if defined(Q_OS_WIN)
    // Qt's Windows engines speak with the voices Windows itself has; there is nothing to install for
    // Myelin, only voices to add.
    return QCoreApplication::translate("Myelin::Ui::SpeechBackend",
                                       "Check that Windows has a voice for your language (Settings > Time & "
                                       "language > Speech), then start Myelin again.");
#elif defined(Q_OS_MACOS)
    // Qt's macOS engine speaks with the system's voices, chosen in Accessibility > Spoken Content.
    return QCoreApplication::translate("Myelin::Ui::SpeechBackend",
                                       "Check that macOS has a voice for your language (System Settings > "
                                       "Accessibility > Spoken Content > System voice), then start Myelin again.");
#else
    // Linux: Qt speaks through speech-dispatcher, which Debian and Ubuntu split into packages.
    return QCoreApplication::translate("Myelin::Ui::SpeechBackend",
                                       "Install speech-dispatcher and espeak-ng (on Debian or Ubuntu: sudo apt install "
                                       "speech-dispatcher speech-dispatcher-espeak-ng espeak-ng "
                                       "qt6-speech-speechd-plugin), then start Myelin again.");
#endif
}

} // namespace Myelin::Ui
