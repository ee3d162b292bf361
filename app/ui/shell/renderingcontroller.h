// SPDX-License-Identifier: GPL-3.0-or-later
// How pages are drawn. Chromium composites pages through OpenGL; without a graphics card (a virtual
// machine, a remote desktop, some older computers) that OpenGL is Mesa's software one, which is
// slow: drawing the pages without OpenGL there shows the first article about 200 ms sooner and uses
// about 40 MB less memory (scripts/bench-startup.sh); not loading X11's OpenGL at all then saves about
// 100 ms and 40 MB more. "Automatic" draws without the graphics card
// only where none is found; View > Page Drawing lets the user choose either way, from the next start.
#ifndef MYELIN_UI_RENDERINGCONTROLLER_H
#define MYELIN_UI_RENDERINGCONTROLLER_H

#include <QObject>
#include <QString>

class QActionGroup;

namespace Myelin {
class Settings;
}

namespace Myelin::Ui {

class ReaderHost;

class RenderingController : public QObject
{
    Q_OBJECT

public:
    enum class Choice
    {
        Automatic,
        Software,
        GraphicsCard,
    };

    static Choice choiceFromId(const QString &id); // unknown or empty: Automatic
    static QString idOf(Choice choice);            // "automatic", "software", "gpu"
    static bool drawsInSoftware(Choice choice, bool graphicsDeviceFound);
    // Linux: whether a GPU render node (/dev/dri/renderD*) exists. Elsewhere always true.
    static bool graphicsDeviceFound(const QString &driDirectory = QStringLiteral("/dev/dri"));

    // Call before the QApplication is created: draws without OpenGL (QT_QUICK_BACKEND=software) when
    // the saved choice says so. A QT_QUICK_BACKEND set by the user is left alone. When pages are drawn
    // in software, X11's OpenGL is not loaded either (QT_XCB_GL_INTEGRATION=none unless the user set
    // it). Returns whether pages will be drawn in software.
    static bool applyBeforeApplication(const Settings &settings);
    // Call once the QApplication exists: takes out of the environment what applyBeforeApplication put
    // there for X11 only, so that programs Myelin starts do not inherit it.
    static void applyAfterApplication();
    static bool drawingInSoftware(); // what applyBeforeApplication decided (or the environment says)

    // Adds View > Page Drawing to the window.
    static RenderingController *install(ReaderHost &host);

private:
    explicit RenderingController(ReaderHost &host);
    void choose(Choice choice);

    ReaderHost &m_host;
    Settings &m_settings;
    QActionGroup *m_group = nullptr;
};

} // namespace Myelin::Ui

#endif // MYELIN_UI_RENDERINGCONTROLLER_H
