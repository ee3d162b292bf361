// SPDX-License-Identifier: GPL-3.0-or-later
#include "renderingcontroller.h"

#include "readerhost.h"
#include "userdata/settings.h"

#include <QAction>
#include <QActionGroup>
#include <QCoreApplication>
#include <QDir>
#include <QMenu>
#include <QStatusBar>

namespace Myelin::Ui {

namespace {

constexpr const char *BackendVariable = "QT_QUICK_BACKEND";

#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
constexpr const char *XcbOpenGlVariable = "QT_XCB_GL_INTEGRATION";
// What Qt says once at each start when OpenGL is not loaded: expected, not a fault.
constexpr const char *NoOpenGlWarnings[] = {
    "QXcbIntegration: Cannot create platform OpenGL context", // the X11 plugin
    "No suitable graphics backend found",                     // Qt WebEngine 6.4, then drawing in software
};

QtMessageHandler previousHandler = nullptr;
bool setHere = false; // QT_XCB_GL_INTEGRATION was set by leaveOpenGlUnloaded, not by the user

// Qt WebEngine still asks for an OpenGL context it will not use; the X11 plugin and the engine then say
// there is none. That is the choice made here, not a fault: those messages are dropped.
void dropNoOpenGlWarning(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg) {
        for (const char *expected : NoOpenGlWarnings) {
            if (message.startsWith(QLatin1String(expected))) {
                return;
            }
        }
    }
    if (previousHandler != nullptr) { // Qt's own handler when none was installed before
        previousHandler(type, context, message);
    }
}
#endif

// Pages drawn without OpenGL need none in this process either: on X11 (xcb) the window system's OpenGL
// is not loaded at all. Loading it (Mesa's software driver where there is no graphics card) and
// choosing a configuration took about 100 ms of every start. A value the user set is left alone.
void leaveOpenGlUnloaded()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    if (qEnvironmentVariableIsSet(XcbOpenGlVariable)) {
        return;
    }
    qputenv(XcbOpenGlVariable, "none");
    setHere = true;
    static const bool installed = [] {
        previousHandler = qInstallMessageHandler(dropNoOpenGlWarning);
        return true;
    }();
    Q_UNUSED(installed);
#endif
}

} // namespace

RenderingController::Choice RenderingController::choiceFromId(const QString &id)
{
    if (id == QLatin1String("software")) {
        return Choice::Software;
    }
    if (id == QLatin1String("gpu")) {
        return Choice::GraphicsCard;
    }
    return Choice::Automatic;
}

QString RenderingController::idOf(Choice choice)
{
    switch (choice) {
    case Choice::Software:
        return QStringLiteral("software");
    case Choice::GraphicsCard:
        return QStringLiteral("gpu");
    case Choice::Automatic:
        break;
    }
    return QStringLiteral("automatic");
}

bool RenderingController::drawsInSoftware(Choice choice, bool graphicsDeviceFound)
{
    switch (choice) {
    case Choice::Software:
        return true;
    case Choice::GraphicsCard:
        return false;
    case Choice::Automatic:
        break;
    }
    return !graphicsDeviceFound;
}

bool RenderingController::graphicsDeviceFound(const QString &driDirectory)
{
#ifdef Q_OS_LINUX
    // Every GPU driver with OpenGL (or Vulkan) gives a render node; Mesa's software OpenGL has none.
    return !QDir(driDirectory).entryList({QStringLiteral("renderD*")}, QDir::System | QDir::Files).isEmpty();
#else
    // Windows (Direct3D through ANGLE) and macOS (Metal) always have a graphics device, and Chromium
    // falls back to its own software renderer there when the driver is unusable: leave it the choice.
    Q_UNUSED(driDirectory);
    return true;
#endif
}

bool RenderingController::applyBeforeApplication(const Settings &settings)
{
    // The OpenGL context QGuiApplication shares with Qt WebEngine: the engine, loaded after the window is
    // painted (ui/assembly/engine.h), cannot ask for it then, as it does when linked in.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    if (!qEnvironmentVariableIsSet(BackendVariable) &&
        drawsInSoftware(choiceFromId(settings.rendering()), graphicsDeviceFound())) {
        qputenv(BackendVariable, "software");
    }
    if (!drawingInSoftware()) {
        return false;
    }
    leaveOpenGlUnloaded();
    return true;
}

void RenderingController::applyAfterApplication()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    // The X11 plugin has read it; programs Myelin starts (the web browser for an outside link, the mail
    // program) draw as they would without it.
    if (setHere && qgetenv(XcbOpenGlVariable) == "none") { // a value set since then is left alone
        qunsetenv(XcbOpenGlVariable);
        setHere = false;
    }
#endif
}

bool RenderingController::drawingInSoftware()
{
    return qEnvironmentVariable(BackendVariable) == QLatin1String("software");
}

RenderingController *RenderingController::install(ReaderHost &host)
{
    return new RenderingController(host);
}

RenderingController::RenderingController(ReaderHost &host) : QObject(&host), m_host(host), m_settings(host.settings())
{
    setObjectName(QStringLiteral("renderingController"));
    auto *menu = new QMenu(tr("Page &Drawing"), host.window());
    menu->setObjectName(QStringLiteral("renderingMenu"));
    menu->setToolTipsVisible(true);
    m_group = new QActionGroup(this);
    m_group->setExclusive(true);
    struct Item
    {
        Choice choice;
        QString label;
        QString tip;
    };
    const Item items[] = {
        {Choice::Automatic, tr("&Automatic (recommended)"), tr("Use the graphics card when the computer has one")},
        {Choice::Software, tr("Wit&hout the Graphics Card"),
         tr("Steadier and lighter on computers without a graphics card, such as virtual machines")},
        {Choice::GraphicsCard, tr("&With the Graphics Card"), tr("Always use the graphics card")},
    };
    const Choice saved = choiceFromId(m_settings.rendering());
    for (const Item &item : items) {
        QAction *action = menu->addAction(item.label);
        action->setObjectName(QStringLiteral("rendering-%1").arg(idOf(item.choice)));
        action->setCheckable(true);
        action->setChecked(item.choice == saved);
        action->setToolTip(item.tip);
        action->setStatusTip(item.tip);
        m_group->addAction(action);
        connect(action, &QAction::triggered, this, [this, choice = item.choice] { choose(choice); });
    }
    menu->addSeparator();
    QAction *now = menu->addAction(drawingInSoftware() ? tr("Pages are now drawn without the graphics card")
                                                       : tr("Pages are now drawn with the graphics card"));
    now->setEnabled(false);
    if (QMenu *view = host.menu(ReaderHost::Menu::View)) {
        view->addSeparator();
        view->addMenu(menu);
    }
}

void RenderingController::choose(Choice choice)
{
    if (choiceFromId(m_settings.rendering()) == choice) {
        return;
    }
    m_settings.setRendering(idOf(choice));
    m_settings.sync();
    m_host.showStatus(tr("Myelin will draw pages this way the next time it starts."), 8000);
}

} // namespace Myelin::Ui
