// SPDX-License-Identifier: GPL-3.0-or-later
// A main window on a given content database with throw-away settings and user data, plus helpers
// to wait for pages and ask them questions.
#ifndef MYELIN_TESTS_READERFIXTURE_H
#define MYELIN_TESTS_READERFIXTURE_H

#include "core/contentdatabase.h"
#include "core/contentrepository.h"
#include "ui/shell/articleview.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/readingstylecontroller.h"
#include "userdata/settings.h"
#include "userdata/userdatabase.h"
#include "web/webpage.h"

#include <QSignalSpy>
#include <QTest>
#include <QWebEngineScript>
#include <memory>

namespace Myelin::Test {

class Reader
{
public:
    Reader(const QString &contentPath, const QString &settingsPath, const QString &userDbPath)
        : m_opened(ContentDatabase::open(contentPath)), settings(settingsPath), userData(userDbPath), style(settings)
    {
        if (m_opened.database) {
            repository = std::make_unique<ContentRepository>(*m_opened.database);
            window = std::make_unique<Ui::MainWindow>(
                Ui::MainWindow::Dependencies{*m_opened.database, *repository, settings, userData, style,
                                             Ui::ArticleView::forWindow(*repository, style)});
            // The offscreen screen is 800 x 600 and a new window fits its screen: give tests a desktop-sized
            // window (tst_interface_scale tries small ones).
            window->resize(1200, 800);
        }
    }

    bool isValid() const { return window != nullptr; }
    QString error() const { return m_opened.message; }

    // Shows the window and waits until its first page has loaded.
    bool start(const QString &slug = {})
    {
        QSignalSpy loaded(window->articleView(), &Ui::ArticleView::loadFinished);
        window->openArticle(slug);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get())) {
            return false;
        }
        // The page has loaded; its breadcrumb and related items follow it onto the screen.
        return (!loaded.isEmpty() || loaded.wait(20000)) && loaded.last().first().toBool() &&
               QTest::qWaitFor([this] { return !window->isFrameWaiting(); }, 5000);
    }

    bool waitForLoad(int timeout = 20000)
    {
        QSignalSpy loaded(window->articleView(), &Ui::ArticleView::loadFinished);
        return loaded.wait(timeout) && loaded.last().first().toBool();
    }

    // Opens slug and waits until it is shown.
    bool open(const QString &slug)
    {
        QSignalSpy loaded(window->articleView(), &Ui::ArticleView::loadFinished);
        window->openArticle(slug);
        // The page has loaded; its breadcrumb and related items follow it onto the screen.
        return loaded.wait(20000) && QTest::qWaitFor([this] { return !window->isFrameWaiting(); }, 5000) &&
               window->currentSlug() == slug;
    }

    // Runs script in the app's isolated world and waits for its result.
    QVariant eval(const QString &script)
    {
        QVariant result;
        bool done = false;
        window->articleView()->page()->runJavaScript(script, QWebEngineScript::ApplicationWorld,
                                                     [&](const QVariant &v) {
                                                         result = v;
                                                         done = true;
                                                     });
        if (!QTest::qWaitFor([&] { return done; }, 10000)) {
            qWarning("script did not answer: %s", qPrintable(script));
        }
        return result;
    }

    double bodyFontPixels()
    {
        return eval(QStringLiteral("parseFloat(getComputedStyle(document.querySelector('.body p') || "
                                   "document.body).fontSize)"))
            .toDouble();
    }

    QString heading() { return eval(QStringLiteral("document.querySelector('h1').textContent")).toString(); }

private:
    ContentDatabase::OpenResult m_opened; // declared first: destroyed last, after the window

public:
    Settings settings;
    UserDatabase userData;
    Ui::ReadingStyleController style; // the one owner of text size and colours
    std::unique_ptr<ContentRepository> repository;
    std::unique_ptr<Ui::MainWindow> window;
};

} // namespace Myelin::Test

#endif // MYELIN_TESTS_READERFIXTURE_H
