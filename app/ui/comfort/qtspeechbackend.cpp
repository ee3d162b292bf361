// SPDX-License-Identifier: GPL-3.0-or-later
#include "qtspeechbackend.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextToSpeech>
#include <QVoice>

Q_LOGGING_CATEGORY(lcSpeech, "myelin.ui.speech", QtInfoMsg)

namespace Myelin::Ui {

namespace {
// espeak-ng through speech-dispatcher lists well over a thousand voices (every language times every
// variant). Offer the English ones without variants: the articles are in English.
QStringList usefulVoices(const QList<QVoice> &all)
{
    QStringList english;
    QStringList others;
    for (const QVoice &voice : all) {
        const QString name = voice.name();
        if (name.isEmpty() || name.contains(QLatin1Char('+'))) {
            continue;
        }
        if (name.startsWith(QLatin1String("English")) || voice.locale().language() == QLocale::English) {
            english << name;
        } else if (others.size() < 20) {
            others << name;
        }
    }
    QStringList out = english.isEmpty() ? others : english;
    out.removeDuplicates();
    out.sort();
    return out.mid(0, 20);
}
} // namespace

QtSpeechBackend::QtSpeechBackend(const QString &engineName, QObject *parent)
    : SpeechBackend(parent), m_engineName(engineName)
{
    m_thread.setObjectName(QStringLiteral("Myelin speech"));
}

QtSpeechBackend::~QtSpeechBackend()
{
    if (m_thread.isRunning()) {
        onEngineThread([this] {
            if (m_tts != nullptr) {
                m_tts->stop();
            }
            delete m_context; // and m_tts with it, on the thread that made them
            m_context = nullptr;
            m_tts = nullptr;
        });
        m_thread.quit();
        m_thread.wait();
    }
}

template <typename Fn> void QtSpeechBackend::onEngineThread(Fn fn)
{
    if (m_context != nullptr) {
        QMetaObject::invokeMethod(m_context, std::move(fn), Qt::QueuedConnection);
    }
}

void QtSpeechBackend::start()
{
    if (m_state != State::NotStarted) {
        return;
    }
    setState(State::Starting);
    m_context = new QObject; // no parent: it moves to the engine thread
    m_context->moveToThread(&m_thread);
    m_thread.start();
    onEngineThread([this] { loadEngine(); });
}

void QtSpeechBackend::loadEngine()
{
    const QStringList engines = QTextToSpeech::availableEngines();
    QString error;
    QStringList voices;
    if (engines.isEmpty()) {
        error = QCoreApplication::translate("Myelin::Ui::SpeechBackend",
                                            "Read aloud needs a speech engine, and none is installed.");
    } else if (!m_engineName.isEmpty() && !engines.contains(m_engineName)) {
        error = QCoreApplication::translate("Myelin::Ui::SpeechBackend",
                                            "Read aloud needs the speech engine \"%1\", which is not installed.")
                    .arg(m_engineName);
    } else {
        m_tts = m_engineName.isEmpty() ? new QTextToSpeech(m_context) : new QTextToSpeech(m_engineName, m_context);
        if (m_tts->state() == QTextToSpeech::Error) {
            error = QCoreApplication::translate("Myelin::Ui::SpeechBackend", "The speech engine could not start (%1).")
                        .arg(m_tts->errorString().isEmpty() ? m_tts->engine() : m_tts->errorString());
        } else if (m_tts->availableVoices().isEmpty()) {
            // speech-dispatcher without a voice module (espeak-ng) starts, but can never be heard.
            error = QCoreApplication::translate("Myelin::Ui::SpeechBackend",
                                                "The speech engine has no voices to read with.");
        } else {
            voices = usefulVoices(m_tts->availableVoices());
            QObject::connect(m_tts, &QTextToSpeech::stateChanged, m_context, [this](QTextToSpeech::State s) {
                const int reason = s == QTextToSpeech::Error ? int(m_tts->errorReason()) : 0;
                const QString detail = s == QTextToSpeech::Error ? m_tts->errorString() : QString();
                QMetaObject::invokeMethod(
                    this, [this, s, reason, detail] { engineStateChanged(int(s), reason, detail); },
                    Qt::QueuedConnection);
            });
        }
    }
    MYELIN_DEBUG(lcSpeech) << "engines" << engines << "error" << error << "voices" << voices.size();
    QMetaObject::invokeMethod(
        this, [this, error, voices] { engineLoaded(error, voices); }, Qt::QueuedConnection);
}

void QtSpeechBackend::engineLoaded(const QString &error, const QStringList &voices)
{
    if (!error.isEmpty()) {
        m_error = error + QLatin1Char(' ') + installHint();
        setState(State::Failed);
        return;
    }
    m_voices = voices;
    emit voicesChanged(m_voices);
    setRate(m_rate);
    setVoice(m_voice);
    setState(State::Ready);
}

SpeechBackend::State QtSpeechBackend::stateFor(int qtState)
{
    switch (QTextToSpeech::State(qtState)) {
    case QTextToSpeech::Ready:
        return State::Ready;
    case QTextToSpeech::Speaking:
        return State::Speaking;
    case QTextToSpeech::Paused:
        return State::Paused;
#if QT_VERSION >= QT_VERSION_CHECK(6, 6, 0)
    // Qt 6.6+: the engine is turning text into audio. Myelin only calls say(), where some engines
    // report this before the first word is heard: for the reader the engine is busy speaking.
    case QTextToSpeech::Synthesizing:
        return State::Speaking;
#endif
    case QTextToSpeech::Error:
        return State::Failed;
    }
    return State::Failed; // not a state of this Qt: treat it as the engine failing, never ignore it
}

QString QtSpeechBackend::failureMessage(int qtErrorReason, const QString &detail)
{
    const QString because = detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(detail);
    if (QTextToSpeech::ErrorReason(qtErrorReason) == QTextToSpeech::ErrorReason::Playback) {
        return QCoreApplication::translate("Myelin::Ui::SpeechBackend",
                                           "The voice could not be played%1: this computer may have no working "
                                           "sound output. Check that speakers or headphones are connected, "
                                           "switched on and not muted, then start Myelin again.")
            .arg(because);
    }
    return QCoreApplication::translate("Myelin::Ui::SpeechBackend", "The speech engine stopped with an error%1.")
               .arg(because) +
           QLatin1Char(' ') + installHint();
}

void QtSpeechBackend::engineStateChanged(int qtState, int errorReason, const QString &detail)
{
    if (m_state == State::Failed || m_state == State::Starting || m_state == State::NotStarted) {
        return;
    }
    const State state = stateFor(qtState);
    if (state == State::Failed) {
        m_error = failureMessage(errorReason, detail);
    }
    setState(state);
}

void QtSpeechBackend::setState(State state)
{
    if (m_state != state) {
        m_state = state;
        emit stateChanged(state);
    }
}

void QtSpeechBackend::say(const QString &text)
{
    onEngineThread([this, text] {
        if (m_tts != nullptr) {
            m_tts->say(text);
        }
    });
}

void QtSpeechBackend::pause()
{
    onEngineThread([this] {
        if (m_tts != nullptr) {
            m_tts->pause();
        }
    });
}

void QtSpeechBackend::resume()
{
    onEngineThread([this] {
        if (m_tts != nullptr) {
            m_tts->resume();
        }
    });
}

void QtSpeechBackend::stop()
{
    onEngineThread([this] {
        if (m_tts != nullptr) {
            m_tts->stop();
        }
    });
}

void QtSpeechBackend::setRate(double rate)
{
    m_rate = qBound(-1.0, rate, 1.0);
    onEngineThread([this, rate = m_rate] {
        if (m_tts != nullptr) {
            m_tts->setRate(rate);
        }
    });
}

void QtSpeechBackend::setVoice(const QString &name)
{
    m_voice = name;
    if (name.isEmpty()) {
        return;
    }
    onEngineThread([this, name] {
        if (m_tts == nullptr) {
            return;
        }
        for (const QVoice &voice : m_tts->availableVoices()) {
            if (voice.name() == name) {
                m_tts->setVoice(voice);
                return;
            }
        }
    });
}

} // namespace Myelin::Ui
