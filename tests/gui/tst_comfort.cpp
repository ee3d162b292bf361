// SPDX-License-Identifier: GPL-3.0-or-later
// Reading comfort as a user meets it: the size, spacing and colours reach the article on every path
// into it (start-up, tree, breadcrumb, related item, link, back/forward, glossary term, search; print
// takes the size); themes recolour
// the article and the window but not pictures; Ctrl+Shift+T cycles them; profiles switch everything
// and the user's own are kept; the bundled easier-to-read font is served and used; the first-run page
// previews a real article and can be skipped.
#include "core/comfortprofile.h"
#include "core/contenturl.h"
#include "readerfixture.h"
#include "testsupport.h"
#include "ui/comfort/comfortcontroller.h"
#include "ui/comfort/comfortdialog.h"
#include "ui/comfort/comfortpreview.h"
#include "ui/comfort/comfortprofiles.h"
#include "ui/comfort/readaloudcontroller.h"
#include "ui/print/printcontroller.h"
#include "ui/search/searchbox.h"
#include "ui/search/searchcontroller.h"
#include "ui/shell/breadcrumbbar.h"
#include "ui/shell/glossarypanel.h"
#include "ui/shell/readingstylecontroller.h"
#include "ui/shell/relatedpanel.h"
#include "ui/shell/sidepanes.h"
#include "ui/shell/systemcolorscheme.h"
#include "web/bundledfonts.h"
#include "web/urlscheme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QWebEngineView>

using namespace Myelin;

class TestComfort : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString settingsPath() const { return m_dir.filePath(QStringLiteral("settings.ini")); }
    QString userDbPath() const { return m_dir.filePath(QStringLiteral("user.db")); }

    struct Session
    {
        std::unique_ptr<Test::Reader> reader;
        Ui::ComfortController *comfort = nullptr;
    };

    // A window with the comfort controller attached before the first article opens, as main.cpp does.
    Session start(const QString &slug, bool offerFirstRun = false)
    {
        Session s;
        s.reader = std::make_unique<Test::Reader>(QStringLiteral(MYELIN_MINI_DB), settingsPath(), userDbPath());
        if (!s.reader->isValid()) {
            return {};
        }
        Ui::ComfortController::Options options;
        options.offerFirstRun = offerFirstRun;
        s.comfort = new Ui::ComfortController(s.reader->window->host(), options);
        if (!s.reader->start(slug)) {
            return {};
        }
        return s;
    }

    // The page's computed style, in the app's isolated world.
    QVariantMap computed(Test::Reader &reader)
    {
        return reader
            .eval(QStringLiteral(
                "(() => { const p = document.querySelector('.body p') || document.querySelector('p'); "
                "const s = getComputedStyle(p); const h = getComputedStyle(document.documentElement); "
                "const img = document.querySelector('img'); "
                "return {font: parseFloat(s.fontSize), line: parseFloat(s.lineHeight), "
                "letter: s.letterSpacing, word: s.wordSpacing, color: s.color, bg: h.backgroundColor, "
                "family: s.fontFamily, measure: getComputedStyle(document.querySelector('main')).maxWidth, "
                "imgFilter: img ? getComputedStyle(img).filter : 'none', url: location.href}; })()"))
            .toMap();
    }

    static QString rgb(Rgb c)
    {
        return QStringLiteral("rgb(%1, %2, %3)").arg((c >> 16) & 0xff).arg((c >> 8) & 0xff).arg(c & 0xff);
    }

    // The style the test set: 150% text, wide spacing, cream.
    void expectStyle(Test::Reader &reader, const char *path)
    {
        QVariantMap s;
        const bool ok = QTest::qWaitFor(
            [&] {
                s = computed(reader);
                return qFuzzyCompare(s.value(QStringLiteral("font")).toDouble(), 27.0) &&
                       qAbs(s.value(QStringLiteral("line")).toDouble() - 51.3) < 0.05;
            },
            5000);
        QVERIFY2(ok, qPrintable(QStringLiteral("%1: font %2px, line %3px on %4")
                                    .arg(QLatin1String(path), s.value(QStringLiteral("font")).toString(),
                                         s.value(QStringLiteral("line")).toString(),
                                         s.value(QStringLiteral("url")).toString())));
        QCOMPARE(s.value(QStringLiteral("letter")).toString(), QStringLiteral("1.35px")); // 0.05em
        QCOMPARE(s.value(QStringLiteral("word")).toString(), QStringLiteral("2.16px"));   // 0.08em
        QCOMPARE(s.value(QStringLiteral("bg")).toString(), rgb(Theme::byId(QStringLiteral("cream")).background));
        QCOMPARE(s.value(QStringLiteral("color")).toString(), rgb(Theme::byId(QStringLiteral("cream")).text));
        qInfo("%s: %s px text, %s px lines", path, qPrintable(s.value(QStringLiteral("font")).toString()),
              qPrintable(s.value(QStringLiteral("line")).toString()));
    }

    bool waitForSlug(Test::Reader &reader, const QString &slug)
    {
        return QTest::qWaitFor([&] { return reader.window->currentSlug() == slug && !reader.window->isFrameWaiting(); },
                               20000) &&
               QTest::qWaitFor(
                   [&] {
                       return reader.eval(QStringLiteral("document.readyState + location.href")).toString() ==
                              QStringLiteral("complete") +
                                  ContentUrl::build(ContentUrl::Kind::Article, slug).toString();
                   },
                   20000);
    }

    // A real mouse click (a scripted click() has no user gesture, and Chromium then skips the page in
    // Back's history).
    void clickLink(Test::Reader &reader, const QString &selector)
    {
        const QVariantList box =
            reader
                .eval(QStringLiteral("(() => { const a = document.querySelector('%1'); a.scrollIntoView({block: "
                                     "'center'}); const r = a.getBoundingClientRect(); "
                                     "return [r.left + r.width / 2, r.top + r.height / 2]; })()")
                          .arg(selector))
                .toList();
        QCOMPARE(box.size(), 2);
        QWidget *target = reader.window->articleView()->webView()->focusProxy();
        QTest::mouseClick(target, Qt::LeftButton, {},
                          QPoint(qRound(box.at(0).toDouble()), qRound(box.at(1).toDouble())));
    }

private slots:
    void nextColoursGoesRoundTheThemesOnce()
    {
        Session s = start(QStringLiteral("alpha"));
        QVERIFY(s.reader);
        s.comfort->setTheme(QStringLiteral("light"));
        QSignalSpy changed(&s.reader->style, &Ui::ReadingStyleController::styleChanged);
        QStringList seen;
        for (int i = 0; i < Theme::all().size(); ++i) {
            s.comfort->cycleTheme();
            seen << s.reader->style.theme().id;
        }
        QCOMPARE(changed.count(), int(Theme::all().size())); // one change per press
        QCOMPARE(seen.last(), QStringLiteral("light"));      // round and back
        QCOMPARE(seen.first(), Theme::all().at(1).id);
    }

    void settingsThatCannotBeSavedAreReportedOnce()
    {
        // The settings folder is a plain file: nothing can be stored, but the reader keeps working.
        const QString blocker = m_dir.filePath(QStringLiteral("blocked"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const QString ini = blocker + QStringLiteral("/settings.ini");
        Test::Reader reader(QStringLiteral(MYELIN_MINI_DB), ini, userDbPath());
        QVERIFY(reader.isValid());
        QVERIFY(reader.start(QStringLiteral("alpha")));
        auto boxes = [&reader] { return reader.window->findChildren<QMessageBox *>(QStringLiteral("saveProblem")); };
        QVERIFY(boxes().isEmpty());

        reader.style.changeFontSize(+1);
        QCOMPARE(reader.style.fontPercent(), 110); // the change works now
        QTRY_COMPARE(boxes().size(), 1);
        QMessageBox *box = boxes().first();
        QVERIFY(box->isVisible());
        QVERIFY2(box->text().contains(QDir::toNativeSeparators(ini)), qPrintable(box->text()));
        QVERIFY(reader.window->statusBar()->currentMessage().contains(QStringLiteral("could not be saved")));
        box->accept();
        QTRY_VERIFY(boxes().isEmpty());

        // Once is enough: the next change says it in the status line only.
        reader.window->statusBar()->clearMessage();
        reader.style.setTheme(QStringLiteral("dark"));
        QCOMPARE(reader.style.theme().id, QStringLiteral("dark"));
        QVERIFY(reader.window->statusBar()->currentMessage().contains(QStringLiteral("could not be saved")));
        QCoreApplication::processEvents();
        QVERIFY(boxes().isEmpty());
    }

    void init()
    {
        QFile::remove(settingsPath());
        Ui::SystemColorScheme::instance()->setOverride(false);
    }

    void everyPathIntoAnArticleGetsTheStyle()
    {
        {
            Settings settings(settingsPath());
            ReadingStyle style;
            style.theme = QStringLiteral("cream");
            style.setSpacingLevel(1);
            settings.setReadingStyle(style.toVariant());
            settings.setFontPercent(150);
            settings.setComfortFirstRunDone(true);
        }
        Session s = start(QStringLiteral("beta"));
        QVERIFY(s.reader);
        Test::Reader &reader = *s.reader;
        expectStyle(reader, "start-up");

        // Breadcrumb: Welcome > Alpha > Beta; click "Alpha article".
        QPushButton *crumb = nullptr;
        for (QPushButton *button : reader.window->breadcrumb()->findChildren<QPushButton *>()) {
            if (button->text() == QLatin1String("Alpha article")) {
                crumb = button;
            }
        }
        QVERIFY(crumb);
        QTest::mouseClick(crumb, Qt::LeftButton);
        QVERIFY2(waitForSlug(reader, QStringLiteral("alpha")),
                 qPrintable(reader.window->currentSlug() + QLatin1Char(' ') +
                            reader.eval(QStringLiteral("document.readyState + location.href")).toString()));
        expectStyle(reader, "breadcrumb");

        // Related item: Alpha's second related item is Gamma.
        QListWidget *related = reader.window->related()->list();
        QTest::mouseClick(related->viewport(), Qt::LeftButton, {}, related->visualItemRect(related->item(1)).center());
        QVERIFY(waitForSlug(reader, QStringLiteral("gamma")));
        expectStyle(reader, "related item");

        // Tree: select Alpha.
        QTreeView *tree = reader.window->tree();
        const QModelIndex home = tree->model()->index(0, 0);
        tree->setFocus();
        tree->setCurrentIndex(tree->model()->index(0, 0, home));
        QVERIFY(waitForSlug(reader, QStringLiteral("alpha")));
        expectStyle(reader, "tree");

        // A link in the article text.
        clickLink(reader, QStringLiteral("a[href$=\"article/beta\"]"));
        QVERIFY(waitForSlug(reader, QStringLiteral("beta")));
        expectStyle(reader, "in-page link");

        // The style changes while reading: the open page follows at once, and history pages too.
        reader.style.changeFontSize(-1); // 125%
        QTRY_COMPARE_WITH_TIMEOUT(reader.bodyFontPixels(), 22.5, 5000);
        reader.style.changeFontSize(+1); // back to 150%
        QTRY_COMPARE_WITH_TIMEOUT(reader.bodyFontPixels(), 27.0, 5000);

        // Back and forward.
        QTest::keyClick(reader.window.get(), Qt::Key_Left, Qt::AltModifier);
        QVERIFY2(waitForSlug(reader, QStringLiteral("alpha")),
                 qPrintable(reader.window->currentSlug() + QLatin1Char(' ') +
                            reader.eval(QStringLiteral("document.readyState + location.href")).toString() +
                            QStringLiteral(" canGoBack=%1").arg(reader.window->articleView()->canGoBack())));
        expectStyle(reader, "back");
        QTest::keyClick(reader.window.get(), Qt::Key_Right, Qt::AltModifier);
        QVERIFY(waitForSlug(reader, QStringLiteral("beta")));
        expectStyle(reader, "forward");

        // A glossary term page, from the glossary panel.
        Ui::GlossaryPanel *panel = reader.window->glossary();
        reader.window->sideTabs()->setCurrentWidget(panel);
        panel->filterBox()->setText(QStringLiteral("Stenosis"));
        QSignalSpy loaded(reader.window->articleView(), &Ui::ArticleView::loadFinished);
        QTest::keyClick(panel->filterBox(), Qt::Key_Return);
        QVERIFY(loaded.wait(20000));
        QCOMPARE(reader.heading(), QStringLiteral("Stenosis"));
        expectStyle(reader, "glossary term");

        // The welcome page from Home.
        reader.window->openArticle(QStringLiteral("home"));
        QVERIFY(waitForSlug(reader, QStringLiteral("home")));
        expectStyle(reader, "home");

        // A search result, chosen with the keyboard.
        Ui::SearchController search(reader.window->host());
        search.searchBox()->setText(QStringLiteral("Gamma"));
        search.searchNow();
        QTest::keyClick(search.searchBox(), Qt::Key_Return);
        QVERIFY(waitForSlug(reader, QStringLiteral("gamma")));
        expectStyle(reader, "search result");

        // Print: the printout takes the same text size (in points), on black-on-white paper.
        Ui::PrintController print(reader.window->host());
        QCOMPARE(print.textPoints(), 27.0 * 72.0 / 96.0);
    }

    void themesRecolourTheArticleAndTheWindowButNotPictures()
    {
        Session s = start(QStringLiteral("alpha"));
        QVERIFY(s.reader);
        Test::Reader &reader = *s.reader;
        for (const Theme &theme : Theme::all()) {
            s.comfort->setTheme(theme.id);
            QTRY_COMPARE_WITH_TIMEOUT(computed(reader).value(QStringLiteral("bg")).toString(), rgb(theme.background),
                                      5000);
            const QVariantMap style = computed(reader);
            QCOMPARE(style.value(QStringLiteral("color")).toString(), rgb(theme.text));
            QCOMPARE(style.value(QStringLiteral("imgFilter")).toString(), QStringLiteral("none"));
            QCOMPARE(qApp->palette().color(QPalette::Window), QColor::fromRgb(theme.surface));
            QCOMPARE(qApp->palette().color(QPalette::Text), QColor::fromRgb(theme.text));
            QCOMPARE(reader.window->articleView()->page()->backgroundColor(), QColor::fromRgb(theme.background));
            // The theme stays on the next article too.
            const QString next = reader.window->currentSlug() == QLatin1String("alpha") ? QStringLiteral("gamma")
                                                                                        : QStringLiteral("alpha");
            QVERIFY(reader.open(next));
            QCOMPARE(computed(reader).value(QStringLiteral("bg")).toString(), rgb(theme.background));
        }
        Settings settings(settingsPath());
        QCOMPARE(ReadingStyle::fromVariant(settings.readingStyle()).theme, QStringLiteral("contrast"));
    }

    void ctrlShiftTCyclesTheThemes()
    {
        Session s = start(QStringLiteral("gamma"));
        QVERIFY(s.reader);
        s.comfort->setTheme(QStringLiteral("light"));
        QStringList seen;
        for (int i = 0; i < 4; ++i) {
            QTest::keyClick(s.reader->window.get(), Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
            seen << s.comfort->readingStyle().theme().id;
        }
        QCOMPARE(seen, (QStringList{QStringLiteral("cream"), QStringLiteral("dark"), QStringLiteral("contrast"),
                                    QStringLiteral("light")}));
        QTRY_COMPARE_WITH_TIMEOUT(computed(*s.reader).value(QStringLiteral("bg")).toString(),
                                  rgb(Theme::byId(QStringLiteral("light")).background), 5000);
    }

    void followsTheSystemByDefault()
    {
        Session s = start(QStringLiteral("gamma"));
        QVERIFY(s.reader);
        QCOMPARE(s.comfort->readingStyle().style().theme, ReadingStyle::SystemTheme);
        QCOMPARE(s.comfort->readingStyle().theme().id, QStringLiteral("light"));
        Ui::SystemColorScheme::instance()->setOverride(true); // the desktop switches to dark
        QCOMPARE(s.comfort->readingStyle().theme().id, QStringLiteral("dark"));
        QTRY_COMPARE_WITH_TIMEOUT(computed(*s.reader).value(QStringLiteral("bg")).toString(),
                                  rgb(Theme::byId(QStringLiteral("dark")).background), 5000);
        QCOMPARE(qApp->palette().color(QPalette::Window), QColor::fromRgb(Theme::byId(QStringLiteral("dark")).surface));
        // A palette with a dark window and light text counts as dark (the Qt 6.4 fallback).
        QPalette dark;
        dark.setColor(QPalette::Window, Qt::black);
        dark.setColor(QPalette::WindowText, Qt::white);
        QVERIFY(Ui::SystemColorScheme::paletteIsDark(dark));
        dark.setColor(QPalette::Window, Qt::white);
        dark.setColor(QPalette::WindowText, Qt::black);
        QVERIFY(!Ui::SystemColorScheme::paletteIsDark(dark));
    }

    void profilesSwitchEverythingAndOwnProfilesAreKept()
    {
        {
            Session s = start(QStringLiteral("alpha"));
            QVERIFY(s.reader);
            Test::Reader &reader = *s.reader;
            QVERIFY(s.comfort->readAloud()->isButtonVisible());
            QVERIFY(s.comfort->profiles()->apply(QStringLiteral("tired-eyes")));
            QCOMPARE(reader.style.fontPercent(), 150); // the window's one text size
            QCOMPARE(s.comfort->readingStyle().theme().id, QStringLiteral("cream"));
            QTRY_COMPARE_WITH_TIMEOUT(reader.bodyFontPixels(), 27.0, 5000);
            QCOMPARE(computed(reader).value(QStringLiteral("measure")).toString(), QStringLiteral("810px")); // 30em
            QCOMPARE(s.comfort->profiles()->currentId(), QStringLiteral("tired-eyes"));

            // A change by hand leaves the profile; the Comfort menu shows no profile ticked.
            reader.style.changeFontSize(+1);
            QCOMPARE(s.comfort->profiles()->currentId(), QString());

            // Save these settings as "Evening" (without the Listen button).
            s.comfort->profiles()->setShowListen(false);
            QVERIFY(!s.comfort->readAloud()->isButtonVisible());
            QVERIFY(!s.comfort->profiles()->save(QStringLiteral("Tired eyes"))); // built-in names stay
            QVERIFY(!s.comfort->profiles()->save(QStringLiteral("   ")));
            QVERIFY(s.comfort->profiles()->save(QStringLiteral("Evening")));
            QCOMPARE(s.comfort->profiles()->all().size(), 4);

            QVERIFY(s.comfort->profiles()->apply(QStringLiteral("standard")));
            QCOMPARE(reader.style.fontPercent(), 100);
            QVERIFY(s.comfort->readAloud()->isButtonVisible());
            QTRY_COMPARE_WITH_TIMEOUT(reader.bodyFontPixels(), 18.0, 5000);
            reader.window->close();
        }
        // Next start: the own profile is there and switches everything back.
        Session s = start(QStringLiteral("gamma"));
        QVERIFY(s.reader);
        QCOMPARE(s.comfort->profiles()->currentId(), QStringLiteral("standard"));
        QCOMPARE(s.comfort->profiles()->all().size(), 4);
        QVERIFY(s.comfort->profiles()->apply(QStringLiteral("custom:Evening")));
        QCOMPARE(s.reader->style.fontPercent(), 175);
        QVERIFY(!s.comfort->readAloud()->isButtonVisible());
        QTRY_COMPARE_WITH_TIMEOUT(s.reader->bodyFontPixels(), 31.5, 5000);
        auto *menuAction = s.comfort->menu()->findChild<QAction *>(QStringLiteral("profile-custom:Evening"));
        QVERIFY(menuAction);
        QVERIFY(menuAction->isChecked());
        QVERIFY(s.comfort->profiles()->remove(QStringLiteral("custom:Evening")));
        QCOMPARE(s.comfort->profiles()->all().size(), 3);
        QCOMPARE(Settings(settingsPath()).customComfortProfiles().size(), 0);
    }

    void easierToReadFontIsBundledAndUsed()
    {
        QVERIFY2(Web::BundledFonts::hasDyslexiaFont(),
                 qPrintable(QStringLiteral("no OpenDyslexic in '%1' (install fonts-opendyslexic and re-run cmake)")
                                .arg(Web::BundledFonts::directory())));
        Session s = start(QStringLiteral("alpha"));
        QVERIFY(s.reader);
        ReadingStyle style = s.comfort->readingStyle().style();
        style.font = ReadingStyle::DyslexiaFont;
        s.comfort->readingStyle().setStyle(style);
        QTRY_VERIFY_WITH_TIMEOUT(
            computed(*s.reader).value(QStringLiteral("family")).toString().startsWith(QLatin1String("OpenDyslexic")),
            5000);
        // Served through myelin://font/, from the bundled file (no system font lookup).
        QTRY_VERIFY_WITH_TIMEOUT(s.reader
                                     ->eval(QStringLiteral("[...document.fonts].some(f => f.family.includes("
                                                           "'OpenDyslexic') && f.status === 'loaded')"))
                                     .toBool(),
                                 10000);
        QVERIFY(Web::BundledFonts::read(QStringLiteral("OpenDyslexic-Regular.woff")).data.startsWith("wOFF"));
        QVERIFY(Web::BundledFonts::read(QStringLiteral("../content.db")).mime.isEmpty());
        QVERIFY(Web::BundledFonts::read(QStringLiteral("missing.woff")).mime.isEmpty());
        QVERIFY(QFile::exists(Web::BundledFonts::directory() + QStringLiteral("/OpenDyslexic-LICENSE.txt")));
    }

    void firstRunPageComesUpBeforeTheArticleIsOnScreen()
    {
        // Not a moment after the first article, over a page the reader has started to read: the dialog
        // is there by the time the article has loaded.
        auto reader = std::make_unique<Test::Reader>(QStringLiteral(MYELIN_MINI_DB), settingsPath(), userDbPath());
        QVERIFY(reader->isValid());
        Ui::ComfortController::Options options;
        options.offerFirstRun = true;
        auto *comfort = new Ui::ComfortController(reader->window->host(), options);
        bool dialogAtLoad = false;
        bool loaded = false;
        connect(reader->window->articleView(), &Ui::ArticleView::loadFinished, this, [&] {
            if (!loaded) {
                loaded = true;
                dialogAtLoad = comfort->dialog() != nullptr && comfort->dialog()->isVisible();
            }
        });
        reader->window->openArticle(QStringLiteral("gamma"));
        reader->window->show();
        QTRY_VERIFY_WITH_TIMEOUT(loaded, 20000);
        QVERIFY(dialogAtLoad);
        QVERIFY(comfort->dialog()->isFirstRun());
    }

    void firstRunPageOffersComfortWithALivePreview()
    {
        Session s = start(QStringLiteral("gamma"), true);
        QVERIFY(s.reader);
        QTRY_VERIFY_WITH_TIMEOUT(s.comfort->dialog() != nullptr, 5000);
        Ui::ComfortDialog *dialog = s.comfort->dialog();
        QVERIFY(dialog->isFirstRun());
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->skipButton());
        QTRY_VERIFY_WITH_TIMEOUT(dialog->preview()->isLoaded(), 20000);
        auto previewEval = [&](const QString &script) {
            QVariant result;
            bool done = false;
            dialog->preview()->page()->runJavaScript(script, QWebEngineScript::ApplicationWorld,
                                                     [&](const QVariant &v) {
                                                         result = v;
                                                         done = true;
                                                     });
            if (!QTest::qWaitFor([&] { return done; }, 10000)) {
                qWarning("preview script did not answer: %s", qPrintable(script));
            }
            return result;
        };
        // A real paragraph of the home article, cut down to title, summary and one paragraph.
        QCOMPARE(previewEval(QStringLiteral("document.querySelector('h1').textContent")).toString(),
                 QStringLiteral("Welcome"));
        QCOMPARE(previewEval(QStringLiteral("document.querySelectorAll('.body > *').length")).toInt(), 1);
        QCOMPARE(previewEval(QStringLiteral("document.querySelectorAll('footer, nav').length")).toInt(), 0);

        // "Tired eyes": the preview and the article change at once.
        QPushButton *tired = nullptr;
        for (QPushButton *button : dialog->profileButtons()) {
            if (button->property("profileId").toString() == QLatin1String("tired-eyes")) {
                tired = button;
            }
        }
        QVERIFY(tired);
        QTest::mouseClick(tired, Qt::LeftButton);
        const QString previewSize =
            QStringLiteral("parseFloat(getComputedStyle(document.querySelector('.body p')).fontSize)");
        QTRY_COMPARE_WITH_TIMEOUT(previewEval(previewSize).toDouble(), 27.0, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(
            previewEval(QStringLiteral("getComputedStyle(document.documentElement).backgroundColor")).toString(),
            rgb(Theme::byId(QStringLiteral("cream")).background), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(s.reader->bodyFontPixels(), 27.0, 5000);
        QCOMPARE(dialog->themeBox()->currentData().toString(), QStringLiteral("cream"));
        QCOMPARE(dialog->spacingBox()->currentIndex(), 1);

        // Each control works on its own too.
        dialog->themeBox()->setCurrentIndex(dialog->themeBox()->findData(QStringLiteral("dark")));
        emit dialog->themeBox()->activated(dialog->themeBox()->currentIndex());
        QCOMPARE(s.comfort->readingStyle().theme().id, QStringLiteral("dark"));
        QTest::mouseClick(dialog->largerButton(), Qt::LeftButton);
        QCOMPARE(s.reader->style.fontPercent(), 175);
        QTRY_COMPARE_WITH_TIMEOUT(previewEval(previewSize).toDouble(), 31.5, 5000);
        dialog->listenBox()->setChecked(false);
        QVERIFY(!s.comfort->readAloud()->isButtonVisible());

        // Skip puts everything back the way it was and is not offered again.
        QTest::mouseClick(dialog->skipButton(), Qt::LeftButton);
        QTRY_VERIFY(s.comfort->dialog() == nullptr);
        QCOMPARE(s.reader->style.fontPercent(), 100);
        QCOMPARE(s.comfort->readingStyle().style().theme, ReadingStyle::SystemTheme);
        QVERIFY(s.comfort->readAloud()->isButtonVisible());
        QVERIFY(Settings(settingsPath()).comfortFirstRunDone());
        s.reader->window->close();
        s = {};

        Session again = start(QStringLiteral("gamma"), true);
        QVERIFY(again.reader);
        // The page would have come after the first article: open another, then let queued work run.
        QVERIFY(again.reader->open(QStringLiteral("alpha")));
        QCoreApplication::processEvents();
        QVERIFY(again.comfort->dialog() == nullptr);
        // Still there from the Comfort menu, with every spacing choice.
        Ui::ComfortDialog *settingsPage = again.comfort->openDialog(false);
        QVERIFY(!settingsPage->isFirstRun());
        QCOMPARE(settingsPage->findChildren<QComboBox *>().size(), 6); // colours, spacing, line/letter/word, length
        settingsPage->close();
    }

    void comfortIsInTheMenuBarAndTheToolbar()
    {
        Session s = start(QStringLiteral("gamma"));
        QVERIFY(s.reader);
        QMenu *menu = s.comfort->menu();
        QVERIFY(s.reader->window->menuBar()->actions().contains(menu->menuAction()));
        QToolButton *button = s.comfort->toolButton();
        QCOMPARE(button->parentWidget(), s.comfort->readingBar());
        QVERIFY(s.comfort->readingBar()->isVisible());
        // The colours are one click each in the reading toolbar.
        for (const Theme &t : Theme::all()) {
            auto *themeButton = s.comfort->readingBar()->findChild<QAction *>(QStringLiteral("themeButton-") + t.id);
            QVERIFY(themeButton);
            QTest::mouseClick(s.comfort->readingBar()->widgetForAction(themeButton), Qt::LeftButton);
            QCOMPARE(s.comfort->readingStyle().theme().id, t.id);
            QVERIFY(themeButton->isChecked());
        }
        QCOMPARE(button->menu(), menu);
        QStringList names;
        for (QAction *action : menu->actions()) {
            names << action->objectName();
            if (action->menu() != nullptr) {
                for (QAction *inner : action->menu()->actions()) {
                    names << inner->objectName();
                }
            }
        }
        for (const char *name :
             {"comfortSettings", "profile-standard", "profile-tired-eyes", "profile-listen", "comfortSaveProfile",
              "fontLarger", "fontSmaller", "fontNormal", "theme-system", "theme-light", "theme-cream", "theme-dark",
              "theme-contrast", "themeNext", "comfortShowListen"}) {
            QVERIFY2(names.contains(QLatin1String(name)), name);
        }
        // A menu item changes the article.
        QAction *dark = menu->findChild<QAction *>(QStringLiteral("theme-dark"), Qt::FindChildrenRecursively);
        QVERIFY(dark);
        dark->trigger();
        QCOMPARE(s.comfort->readingStyle().theme().id, QStringLiteral("dark"));
    }
};

MYELIN_GUI_TEST_MAIN(TestComfort)
#include "tst_comfort.moc"
