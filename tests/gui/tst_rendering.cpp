// SPDX-License-Identifier: GPL-3.0-or-later
// How pages are drawn: the automatic choice (software only where no graphics card is found), the
// saved choice applied before the application starts, a QT_QUICK_BACKEND set by the user left
// alone, and View > Page Drawing, which saves the choice for the next start.
#include "readerfixture.h"
#include "testsupport.h"
#include "ui/shell/readerhost.h"
#include "ui/shell/renderingcontroller.h"
#include "web/urlscheme.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTemporaryDir>

using Myelin::Ui::RenderingController;
using Choice = RenderingController::Choice;

class TestRendering : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QMenu *drawingMenu(Myelin::Ui::MainWindow *window) const
    {
        for (QAction *action : window->host().menu(Myelin::Ui::ReaderHost::Menu::View)->actions()) {
            if (action->menu() != nullptr && action->menu()->objectName() == QLatin1String("renderingMenu")) {
                return action->menu();
            }
        }
        return nullptr;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void choicesRoundTrip()
    {
        for (Choice choice : {Choice::Automatic, Choice::Software, Choice::GraphicsCard}) {
            QCOMPARE(RenderingController::choiceFromId(RenderingController::idOf(choice)), choice);
        }
        QCOMPARE(RenderingController::choiceFromId(QString()), Choice::Automatic);
        QCOMPARE(RenderingController::choiceFromId(QStringLiteral("nonsense")), Choice::Automatic);
    }

    void automaticDrawsInSoftwareOnlyWithoutAGraphicsCard()
    {
        QVERIFY(RenderingController::drawsInSoftware(Choice::Automatic, false));
        QVERIFY(!RenderingController::drawsInSoftware(Choice::Automatic, true));
        QVERIFY(RenderingController::drawsInSoftware(Choice::Software, true));
        QVERIFY(!RenderingController::drawsInSoftware(Choice::GraphicsCard, false));
    }

    void findsARenderNode()
    {
#ifdef Q_OS_LINUX
        const QString dri = m_dir.filePath(QStringLiteral("dri"));
        QVERIFY(QDir().mkpath(dri));
        QFile card(dri + QStringLiteral("/card0")); // a display-only device: no rendering
        QVERIFY(card.open(QIODevice::WriteOnly));
        QVERIFY(!RenderingController::graphicsDeviceFound(dri));
        QFile render(dri + QStringLiteral("/renderD128"));
        QVERIFY(render.open(QIODevice::WriteOnly));
        QVERIFY(RenderingController::graphicsDeviceFound(dri));
        QVERIFY(!RenderingController::graphicsDeviceFound(m_dir.filePath(QStringLiteral("missing"))));
#else
        QVERIFY(RenderingController::graphicsDeviceFound());
#endif
    }

    void savedChoiceIsAppliedAndTheUsersVariableWins()
    {
        // Only the environment is changed here: this process's pages are not drawn by Qt Quick.
        Myelin::Settings settings(m_dir.filePath(QStringLiteral("apply.ini")));
        qunsetenv("QT_QUICK_BACKEND");
        settings.setRendering(QStringLiteral("software"));
        QVERIFY(RenderingController::applyBeforeApplication(settings));
        QCOMPARE(qgetenv("QT_QUICK_BACKEND"), QByteArray("software"));

        qunsetenv("QT_QUICK_BACKEND");
        settings.setRendering(QStringLiteral("gpu"));
        QVERIFY(!RenderingController::applyBeforeApplication(settings));
        QVERIFY(!qEnvironmentVariableIsSet("QT_QUICK_BACKEND"));

        qputenv("QT_QUICK_BACKEND", "rhi"); // set by the user: left alone
        settings.setRendering(QStringLiteral("software"));
        QVERIFY(!RenderingController::applyBeforeApplication(settings));
        QCOMPARE(qgetenv("QT_QUICK_BACKEND"), QByteArray("rhi"));
        qunsetenv("QT_QUICK_BACKEND");
    }

    void softwareDrawingLeavesX11OpenGlUnloaded()
    {
#if !defined(Q_OS_UNIX) || defined(Q_OS_MACOS)
        QSKIP("X11 only");
#endif
        Myelin::Settings settings(m_dir.filePath(QStringLiteral("opengl.ini")));
        qunsetenv("QT_QUICK_BACKEND");
        qunsetenv("QT_XCB_GL_INTEGRATION");
        settings.setRendering(QStringLiteral("gpu"));
        QVERIFY(!RenderingController::applyBeforeApplication(settings));
        QVERIFY(!qEnvironmentVariableIsSet("QT_XCB_GL_INTEGRATION"));

        settings.setRendering(QStringLiteral("software"));
        QVERIFY(RenderingController::applyBeforeApplication(settings));
        QCOMPARE(qgetenv("QT_XCB_GL_INTEGRATION"), QByteArray("none"));
        // Once the application exists, programs it starts do not inherit it.
        RenderingController::applyAfterApplication();
        QVERIFY(!qEnvironmentVariableIsSet("QT_XCB_GL_INTEGRATION"));
        qunsetenv("QT_QUICK_BACKEND");

        qputenv("QT_QUICK_BACKEND", "software"); // the user's software drawing: OpenGL unloaded too
        qunsetenv("QT_XCB_GL_INTEGRATION");
        QVERIFY(RenderingController::applyBeforeApplication(settings));
        QCOMPARE(qgetenv("QT_XCB_GL_INTEGRATION"), QByteArray("none"));

        qputenv("QT_XCB_GL_INTEGRATION", "xcb_egl"); // set by the user: left alone
        QVERIFY(RenderingController::applyBeforeApplication(settings));
        QCOMPARE(qgetenv("QT_XCB_GL_INTEGRATION"), QByteArray("xcb_egl"));
        RenderingController::applyAfterApplication();
        QCOMPARE(qgetenv("QT_XCB_GL_INTEGRATION"), QByteArray("xcb_egl"));
        qunsetenv("QT_XCB_GL_INTEGRATION");
        qunsetenv("QT_QUICK_BACKEND");

        // The messages about the missing OpenGL are dropped; every other still arrives.
        QTest::failOnWarning(QRegularExpression(QStringLiteral("^QXcbIntegration: Cannot create")));
        QTest::failOnWarning(QRegularExpression(QStringLiteral("^No suitable graphics backend")));
        qWarning("QXcbIntegration: Cannot create platform OpenGL context, neither GLX nor EGL are enabled");
        qWarning("No suitable graphics backend found\n");
        QTest::ignoreMessage(QtWarningMsg, "QXcbIntegration: something else");
        qWarning("QXcbIntegration: something else");
    }

    void viewMenuSavesTheChoiceForTheNextStart()
    {
        Myelin::Test::Reader reader(QStringLiteral(MYELIN_CONTENT_DB), m_dir.filePath(QStringLiteral("menu.ini")),
                                    m_dir.filePath(QStringLiteral("user.db")));
        QVERIFY2(reader.isValid(), qPrintable(reader.error()));
        QVERIFY(RenderingController::install(reader.window->host()) != nullptr);
        QMenu *menu = drawingMenu(reader.window.get());
        QVERIFY2(menu != nullptr, "View > Page Drawing is missing");
        QCOMPARE(menu->title(), QStringLiteral("Page &Drawing"));
        QList<QAction *> choices;
        for (QAction *action : menu->actions()) {
            if (action->isCheckable()) {
                choices.append(action);
                QVERIFY(!action->text().isEmpty());
                QVERIFY(!action->toolTip().isEmpty());
            }
        }
        QCOMPARE(choices.size(), 3);
        QVERIFY(choices.at(0)->isChecked()); // automatic, when nothing was chosen
        QAction *software = nullptr;
        for (QAction *action : choices) {
            if (action->objectName() == QLatin1String("rendering-software")) {
                software = action;
            }
        }
        QVERIFY(software != nullptr);
        software->trigger();
        QVERIFY(software->isChecked());
        QVERIFY(!choices.at(0)->isChecked());
        QCOMPARE(reader.settings.rendering(), QStringLiteral("software"));
        QVERIFY(reader.window->statusBar()->currentMessage().contains(QStringLiteral("next time")));
        // A new window shows the saved choice.
        Myelin::Test::Reader again(QStringLiteral(MYELIN_CONTENT_DB), m_dir.filePath(QStringLiteral("menu.ini")),
                                   m_dir.filePath(QStringLiteral("user2.db")));
        RenderingController::install(again.window->host());
        bool found = false;
        for (QAction *action : drawingMenu(again.window.get())->actions()) {
            if (action->objectName() == QLatin1String("rendering-software")) {
                found = action->isChecked();
            }
        }
        QVERIFY(found);
    }
};

MYELIN_GUI_TEST_MAIN(TestRendering)
#include "tst_rendering.moc"
