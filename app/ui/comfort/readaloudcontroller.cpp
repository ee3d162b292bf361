// SPDX-License-Identifier: GPL-3.0-or-later
#include "readaloudcontroller.h"

#include "core/logging.h"
#include "ui/shell/articleview.h"
#include "ui/shell/glyphicon.h"
#include "ui/shell/readerhost.h"
#include "userdata/settings.h"
#include "web/webpage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLoggingCategory>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QWebEngineScript>

Q_LOGGING_CATEGORY(lcReadAloud, "myelin.ui.readaloud", QtInfoMsg)

namespace Myelin::Ui {

namespace {
// Speech speeds offered, in percent of the engine's range (-100 slowest .. 100 fastest).
struct Speed
{
    int percent;
    const char *label;
};
constexpr Speed Speeds[] = {
    {-50, QT_TRANSLATE_NOOP("Myelin::Ui::ReadAloudController", "Slow")},
    {-25, QT_TRANSLATE_NOOP("Myelin::Ui::ReadAloudController", "A little slower")},
    {0, QT_TRANSLATE_NOOP("Myelin::Ui::ReadAloudController", "Normal")},
    {25, QT_TRANSLATE_NOOP("Myelin::Ui::ReadAloudController", "A little faster")},
    {50, QT_TRANSLATE_NOOP("Myelin::Ui::ReadAloudController", "Fast")},
};
} // namespace

ReadAloudController::ReadAloudController(ReaderHost &host, const QString &engineName, QObject *parent,
                                         QToolBar *toolbar)
    : QObject(parent != nullptr ? parent : &host), m_host(host), m_engineName(engineName),
      m_listenAction(new QAction(tr("Listen"), this)), m_stopAction(new QAction(tr("Stop"), this)),
      m_speedGroup(new QActionGroup(this)), m_menu(new QMenu(tr("&Read aloud"), host.window())),
      m_voiceMenu(new QMenu(tr("&Voice"), host.window())), m_listenButton(new QToolButton(host.window())),
      m_bar(new QToolBar(tr("Read aloud"), host.window())), m_speed(new QComboBox(m_bar)),
      m_voice(new QComboBox(m_bar)), m_progress(new QLabel(m_bar)), m_watchdog(new QTimer(this))
{
    QFile script(QStringLiteral(":/readaloud/readaloud.js"));
    if (script.open(QIODevice::ReadOnly)) {
        m_script = QString::fromUtf8(script.readAll());
    }

    m_listenAction->setObjectName(QStringLiteral("readAloudListen"));
    m_listenAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_listenAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_listenAction, &QAction::triggered, this, &ReadAloudController::listen);
    m_stopAction->setObjectName(QStringLiteral("readAloudStop"));
    m_stopAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
    connect(m_stopAction, &QAction::triggered, this, &ReadAloudController::stop);
    host.window()->addAction(m_listenAction); // shortcuts work even when the button is hidden
    host.window()->addAction(m_stopAction);

    m_listenButton->setDefaultAction(m_listenAction);
    m_listenButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_listenButton->setIconSize(QSize(24, 24));
    m_listenButton->setFocusPolicy(Qt::TabFocus);
    m_listenButton->setObjectName(QStringLiteral("listenButton"));
    m_listenButtonAction = (toolbar != nullptr ? toolbar : host.mainToolBar())->addWidget(m_listenButton);

    // The menu (added to Comfort by ComfortController): listen, stop, speed, voice.
    m_menu->addAction(m_listenAction);
    m_menu->addAction(m_stopAction);
    QMenu *speedMenu = m_menu->addMenu(tr("&Speed"));
    const int savedRate = host.settings().speechRatePercent();
    for (const Speed &speed : Speeds) {
        QAction *action = speedMenu->addAction(tr(speed.label));
        action->setCheckable(true);
        action->setData(speed.percent);
        action->setChecked(speed.percent == savedRate);
        m_speedGroup->addAction(action);
        m_speed->addItem(tr(speed.label), speed.percent);
    }
    connect(m_speedGroup, &QActionGroup::triggered, this,
            [this](QAction *action) { setRatePercent(action->data().toInt()); });
    m_menu->addMenu(m_voiceMenu);

    // The player bar, shown while reading: pause/resume, stop, speed, voice, progress.
    m_bar->setObjectName(QStringLiteral("readAloudBar"));
    m_bar->setAccessibleName(tr("Read aloud controls"));
    m_bar->setMovable(false);
    m_bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_bar->setIconSize(QSize(24, 24));
    m_bar->addAction(m_listenAction);
    m_bar->addAction(m_stopAction);
    auto *speedLabel = new QLabel(tr("Speed:"), m_bar);
    speedLabel->setBuddy(m_speed);
    m_bar->addWidget(speedLabel);
    m_speed->setAccessibleName(tr("Reading speed"));
    m_speed->setToolTip(tr("How fast the voice reads"));
    m_speed->setCurrentIndex(qMax(0, m_speed->findData(savedRate)));
    connect(m_speed, &QComboBox::activated, this,
            [this](int index) { setRatePercent(m_speed->itemData(index).toInt()); });
    m_bar->addWidget(m_speed);
    auto *voiceLabel = new QLabel(tr("Voice:"), m_bar);
    voiceLabel->setBuddy(m_voice);
    m_bar->addWidget(voiceLabel);
    m_voice->setAccessibleName(tr("Voice"));
    m_voice->setToolTip(tr("Which voice reads"));
    m_voice->setMinimumContentsLength(14);
    m_voice->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    connect(m_voice, &QComboBox::activated, this, [this](int index) {
        const QString name = m_voice->itemData(index).toString();
        m_host.settings().setSpeechVoice(name);
        backend()->setVoice(name);
    });
    m_bar->addWidget(m_voice);
    m_progress->setAccessibleName(tr("Reading progress"));
    m_bar->addWidget(m_progress);
    for (QAction *action : {m_listenAction, m_stopAction}) {
        if (QWidget *button = m_bar->widgetForAction(action)) {
            button->setFocusPolicy(Qt::TabFocus);
        }
    }
    host.addToolBarRow(m_bar);
    m_bar->hide();
    fillVoices({});

    m_watchdog->setSingleShot(true);
    connect(m_watchdog, &QTimer::timeout, this, &ReadAloudController::watchdogFired);

    // A new page ends reading the old one (and takes away a message about it).
    connect(m_host.articleView(), &ArticleView::urlChanged, this, [this] {
        if (m_status != Status::Idle || m_bar->isVisible()) {
            stop();
        }
    });
    updateActions();
}

SpeechBackend *ReadAloudController::backend()
{
    if (m_backend == nullptr) {
        setBackend(SpeechBackend::create(m_engineName, this));
    }
    return m_backend;
}

void ReadAloudController::setBackend(SpeechBackend *backend)
{
    if (m_backend != nullptr) {
        disconnect(m_backend, nullptr, this, nullptr);
    }
    m_backend = backend;
    connect(m_backend, &SpeechBackend::stateChanged, this, &ReadAloudController::backendStateChanged);
    connect(m_backend, &SpeechBackend::voicesChanged, this, &ReadAloudController::fillVoices);
    m_backend->setRate(m_host.settings().speechRatePercent() / 100.0);
    m_backend->setVoice(m_host.settings().speechVoice());
    fillVoices(m_backend->voices());
}

void ReadAloudController::setButtonVisible(bool visible)
{
    m_listenButtonAction->setVisible(visible);
}

bool ReadAloudController::isButtonVisible() const
{
    return m_listenButtonAction->isVisible();
}

void ReadAloudController::prepare()
{
    if (backend()->state() == SpeechBackend::State::NotStarted) {
        backend()->start();
    }
}

void ReadAloudController::listen()
{
    switch (m_status) {
    case Status::Reading:
        backend()->pause();
        setStatus(Status::Paused);
        return;
    case Status::Paused:
        backend()->resume();
        setStatus(Status::Reading);
        startWatchdog(m_patience.startMs); // until the voice says it goes on
        return;
    case Status::Starting:
        return;
    case Status::Idle:
        break;
    }
    if (m_host.articleView() == nullptr) {
        m_host.showStatus(tr("The article is still opening. Try again in a moment."), 5000);
        return;
    }
    m_clock.start();
    m_firstWordSeen = false;
    m_firstWordMs = -1;
    m_lastError.clear();
    m_problemShown = false;
    m_sentences.clear();
    m_index = -1;
    ++m_generation;
    setStatus(Status::Starting);
    m_bar->show();
    m_progress->setText(tr("Starting the voice\u2026"));
    const int generation = m_generation;
    runScript(QStringLiteral("myelinReadAloud.prepare(true)"), [this, generation](const QVariant &result) {
        if (generation == m_generation) {
            textArrived(result);
        }
    });
    SpeechBackend *speech = backend();
    if (speech->state() == SpeechBackend::State::NotStarted) {
        speech->start();
    } else if (speech->state() == SpeechBackend::State::Failed) {
        fail(tr("Read aloud is not available."), speech->errorMessage());
    }
}

void ReadAloudController::textArrived(const QVariant &result)
{
    const QVariantMap map = result.toMap();
    m_sentences = map.value(QStringLiteral("sentences")).toStringList();
    if (m_sentences.isEmpty()) {
        stop();
        m_host.showStatus(tr("There is no text to read on this page."), 6000);
        return;
    }
    m_index = qBound(0, map.value(QStringLiteral("start")).toInt(), int(m_sentences.size()) - 1);
    MYELIN_DEBUG(lcReadAloud) << m_sentences.size() << "sentences, from" << m_index << "after" << m_clock.elapsed()
                              << "ms";
    beginReading();
}

void ReadAloudController::beginReading()
{
    if (m_status != Status::Starting || m_sentences.isEmpty() || m_backend == nullptr) {
        return;
    }
    const SpeechBackend::State state = m_backend->state();
    if (state == SpeechBackend::State::Failed) {
        fail(tr("Read aloud is not available."), m_backend->errorMessage());
        return;
    }
    if (state != SpeechBackend::State::Ready) {
        return; // backendStateChanged calls again once the engine is ready
    }
    setStatus(Status::Reading);
    speakCurrent();
}

void ReadAloudController::speakCurrent()
{
    if (m_index < 0 || m_index >= m_sentences.size()) {
        return;
    }
    const QString text = m_sentences.at(m_index);
    m_heardSpeaking = false;
    m_progress->setText(tr("Sentence %1 of %2").arg(m_index + 1).arg(m_sentences.size()));
    runScript(QStringLiteral("myelinReadAloud.mark(%1)").arg(m_index));
    emit sentenceStarted(m_index, text);
    startWatchdog(m_patience.startMs);
    m_backend->say(text);
}

void ReadAloudController::backendStateChanged(SpeechBackend::State state)
{
    MYELIN_DEBUG(lcReadAloud) << "engine" << state << "status" << m_status << "after" << m_clock.elapsed() << "ms";
    switch (state) {
    case SpeechBackend::State::Failed:
        if (m_status != Status::Idle) {
            fail(tr("Read aloud is not available."), m_backend->errorMessage());
        }
        break;
    case SpeechBackend::State::Ready:
        if (m_status == Status::Starting) {
            beginReading();
        } else if (m_status == Status::Reading && m_heardSpeaking) {
            m_watchdog->stop();
            if (m_index + 1 < m_sentences.size()) {
                ++m_index;
                speakCurrent();
            } else {
                stop();
                m_host.showStatus(tr("Finished reading aloud."), 6000);
                emit finished();
            }
        }
        break;
    case SpeechBackend::State::Speaking:
        if (m_status == Status::Reading || m_status == Status::Paused) {
            m_heardSpeaking = true;
            // Started (or going on after a pause): it must end within the time this sentence needs.
            startWatchdog(finishAllowanceMs(m_sentences.value(m_index)));
            if (!m_firstWordSeen) {
                m_firstWordSeen = true;
                m_firstWordMs = m_clock.elapsed();
                MYELIN_INFO(lcReadAloud) << "first word after" << m_firstWordMs << "ms";
                emit firstWordSpoken(m_firstWordMs);
            }
        }
        break;
    case SpeechBackend::State::Paused:
        m_watchdog->stop();
        break;
    case SpeechBackend::State::NotStarted:
    case SpeechBackend::State::Starting:
        break;
    }
    updateActions();
}

void ReadAloudController::stop()
{
    ++m_generation;
    m_watchdog->stop();
    const bool wasActive = m_status != Status::Idle;
    m_problemShown = false;
    setStatus(Status::Idle);
    if (wasActive && m_backend != nullptr) {
        m_backend->stop();
    }
    m_sentences.clear();
    m_index = -1;
    m_bar->hide();
    runScript(QStringLiteral("myelinReadAloud.clear()"));
}

int ReadAloudController::finishAllowanceMs(const QString &sentence) const
{
    // Slower speeds take longer: at -50% the voice may need twice the time (the factor is capped).
    const double rate = qBound(-0.75, m_host.settings().speechRatePercent() / 100.0, 0.0);
    return m_patience.sentenceMs + int(double(sentence.size()) * m_patience.perCharMs / (1.0 + rate));
}

void ReadAloudController::startWatchdog(int ms)
{
    m_watchdog->start(qMax(0, ms));
}

void ReadAloudController::watchdogFired()
{
    if (m_status != Status::Reading) {
        return; // paused, stopped or still starting: nothing is expected of the voice
    }
    const QString tryThis = tr("Check that speakers or headphones are connected, switched on and not muted, "
                               "then press Listen to try again.");
    if (m_heardSpeaking) {
        // Typical of a computer without working sound: the engine takes the sentence and never ends it.
        fail(tr("Read aloud stopped: no sound could be played."),
             tr("Read aloud stopped because the voice started the sentence but could not finish it. This "
                "computer may have no working sound output.") +
                 QLatin1Char(' ') + tryThis);
    } else {
        fail(tr("Read aloud stopped: the voice did not start."),
             tr("Read aloud stopped because the voice did not start speaking. The speech engine may not be "
                "working, or this computer may have no working sound output.") +
                 QLatin1Char(' ') + tryThis + QLatin1Char(' ') + tr("If that does not help:") + QLatin1Char(' ') +
                 SpeechBackend::installHint());
    }
}

void ReadAloudController::fail(const QString &headline, const QString &message)
{
    stop();
    m_lastError = message;
    MYELIN_WARNING(lcReadAloud) << message;
    // The bar stays, with the reason in place of the progress (Stop closes it, Listen tries again).
    m_problemShown = true;
    m_progress->setText(headline);
    m_bar->show();
    updateActions();
    m_host.showStatus(message, 15000);
    emit failed(message);
    auto *box = new QMessageBox(QMessageBox::Information, tr("Read aloud is not available"), message, QMessageBox::Ok,
                                m_host.window());
    box->setObjectName(QStringLiteral("readAloudError"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void ReadAloudController::setRatePercent(int percent)
{
    m_host.settings().setSpeechRatePercent(percent);
    for (QAction *action : m_speedGroup->actions()) {
        action->setChecked(action->data().toInt() == percent);
    }
    const int index = m_speed->findData(percent);
    if (index >= 0) {
        m_speed->setCurrentIndex(index);
    }
    if (m_backend != nullptr) {
        m_backend->setRate(percent / 100.0);
    }
}

void ReadAloudController::setStatus(Status status)
{
    if (m_status != status) {
        // Esc stops reading while it goes on, from the article or the player bar. (The page takes Esc
        // before any shortcut could, so it is caught here; elsewhere Esc keeps its own meaning.)
        if (m_status == Status::Idle) {
            qApp->installEventFilter(this);
        } else if (status == Status::Idle) {
            qApp->removeEventFilter(this);
        }
        m_status = status;
        emit statusChanged(status);
    }
    updateActions();
}

bool ReadAloudController::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress && m_status != Status::Idle) {
        const auto *key = static_cast<QKeyEvent *>(event);
        auto *widget = qobject_cast<QWidget *>(watched);
        ArticleView *view = m_host.articleView();
        if (key->key() == Qt::Key_Escape && key->modifiers() == Qt::NoModifier && widget != nullptr &&
            ((view != nullptr && (view == widget || view->isAncestorOf(widget))) || m_bar->isAncestorOf(widget) ||
             m_bar == widget)) {
            stop();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

void ReadAloudController::runScript(const QString &call, const std::function<void(const QVariant &)> &callback)
{
    ArticleView *view = m_host.articleView();
    if (view == nullptr) {
        return;
    }
    const QString source = m_script + QLatin1Char('\n') + call;
    if (callback) {
        view->page()->runJavaScript(source, QWebEngineScript::ApplicationWorld, callback);
    } else {
        view->page()->runJavaScript(source, QWebEngineScript::ApplicationWorld);
    }
}

void ReadAloudController::updateActions()
{
    const QColor ink = QGuiApplication::palette().color(QPalette::ButtonText);
    m_stopAction->setIcon(GlyphIcon::make(GlyphIcon::Glyph::Stop, ink));
    switch (m_status) {
    case Status::Idle:
    case Status::Starting:
        m_listenAction->setText(tr("Listen"));
        m_listenAction->setIcon(GlyphIcon::make(GlyphIcon::Glyph::Play, ink));
        m_listenAction->setStatusTip(tr("Read the article aloud, from the selected text or from the top"));
        break;
    case Status::Reading:
        m_listenAction->setText(tr("Pause"));
        m_listenAction->setIcon(GlyphIcon::make(GlyphIcon::Glyph::Pause, ink));
        m_listenAction->setStatusTip(tr("Pause reading aloud"));
        break;
    case Status::Paused:
        m_listenAction->setText(tr("Resume"));
        m_listenAction->setIcon(GlyphIcon::make(GlyphIcon::Glyph::Play, ink));
        m_listenAction->setStatusTip(tr("Go on reading aloud"));
        break;
    }
    m_listenAction->setToolTip(m_listenAction->statusTip() + QStringLiteral(" (") +
                               m_listenAction->shortcut().toString(QKeySequence::NativeText) + QLatin1Char(')'));
    m_listenButton->setAccessibleName(m_listenAction->text());
    m_listenButton->setAccessibleDescription(m_listenAction->statusTip());
    // With reading stopped by a problem, the bar says why until this closes it.
    const bool closes = m_status == Status::Idle && m_problemShown;
    m_stopAction->setText(closes ? tr("Close") : tr("Stop"));
    m_stopAction->setStatusTip(closes ? tr("Close the read aloud bar") : tr("Stop reading aloud"));
    m_stopAction->setToolTip(
        closes ? m_stopAction->statusTip()
               : tr("Stop reading aloud (Esc or %1)").arg(m_stopAction->shortcut().toString(QKeySequence::NativeText)));
    m_stopAction->setEnabled(m_status != Status::Idle || m_problemShown);
    if (QWidget *button = m_bar->widgetForAction(m_listenAction)) {
        button->setAccessibleName(m_listenAction->text());
        button->setAccessibleDescription(m_listenAction->statusTip());
    }
    if (QWidget *button = m_bar->widgetForAction(m_stopAction)) {
        button->setAccessibleName(m_stopAction->statusTip());
    }
}

void ReadAloudController::fillVoices(const QStringList &voices)
{
    const QString saved = m_host.settings().speechVoice();
    m_voice->clear();
    m_voice->addItem(tr("Standard voice"), QString());
    m_voiceMenu->clear();
    auto *group = new QActionGroup(m_voiceMenu);
    auto addVoice = [&](const QString &label, const QString &name) {
        QAction *action = m_voiceMenu->addAction(label);
        action->setCheckable(true);
        action->setChecked(name == saved);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, name] {
            m_host.settings().setSpeechVoice(name);
            m_voice->setCurrentIndex(qMax(0, m_voice->findData(name)));
            backend()->setVoice(name);
        });
    };
    addVoice(tr("Standard voice"), QString());
    for (const QString &name : voices) {
        m_voice->addItem(name, name);
        addVoice(name, name);
    }
    m_voice->setCurrentIndex(qMax(0, m_voice->findData(saved)));
    m_voice->setEnabled(!voices.isEmpty());
    m_voiceMenu->setEnabled(true);
    if (voices.isEmpty()) {
        m_voice->setToolTip(tr("Voices are listed once the speech engine has started"));
    } else {
        m_voice->setToolTip(tr("Which voice reads"));
    }
}

} // namespace Myelin::Ui
