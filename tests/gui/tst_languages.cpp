// SPDX-License-Identifier: GPL-3.0-or-later
// The reader in each shipped language (issue 22), with the real translations the build compiled and
// the whole reader put together (ui/assembly): every menu gives each item its own access key; at 100%
// and 300% text on a 1024x768 screen no button or label is cut short and no two overlap; Arabic lays
// the window out right to left; Comfort > Language switches language without a restart, on the same
// article, and remembers the choice.
#include "core/translations.h"
#include "testsupport.h"
#include "ui/assembly/readerassembly.h"
#include "ui/comfort/languagemenu.h"
#include "ui/shell/articleview.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/readerhost.h"
#include "ui/shell/readingstylecontroller.h"
#include "userdata/personallibrary.h"
#include "userdata/settings.h"
#include "userdata/userdatabase.h"
#include "web/urlscheme.h"

#include <QAbstractButton>
#include <QElapsedTimer>
#include <QLabel>
#include <QLayout>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Myelin;

namespace {

const QStringList Languages{QStringLiteral("en"), QStringLiteral("ar"), QStringLiteral("de"), QStringLiteral("es"),
                            QStringLiteral("fr"), QStringLiteral("it"), QStringLiteral("nl"), QStringLiteral("pt_BR")};

QString builtTranslations()
{
    return Translations::locateDirectory(QCoreApplication::applicationDirPath());
}

// The reader as main.cpp puts it together, on the real content, with its own settings and data.
struct Assembled
{
    explicit Assembled(const QString &dir, Translations *translations, int fontPercent = 100)
        : settings(dir + QStringLiteral("/settings.ini")), userData(dir + QStringLiteral("/user.db")),
          library(userData), style(settings), store(dir + QStringLiteral("/content"))
    {
        settings.setComfortFirstRunDone(true);
        style.setFontPercent(fontPercent);
        QString problem;
        auto content = Ui::OpenedContent::open({QStringLiteral(MYELIN_CONTENT_DB), {}, {}}, &problem);
        if (content) {
            reader = std::make_unique<Ui::ReaderAssembly>(
                Ui::ReaderAssembly::Dependencies{settings, userData, library, style, store,
                                                 Update::TrustedKeys::builtIn(), QStringLiteral(MYELIN_CONTENT_DB),
                                                 translations, &Ui::linkedInEngine},
                std::move(*content));
        }
    }

    bool open(const QString &slug)
    {
        reader->build(slug);
        reader->window()->resize(1024, 768);
        reader->window()->show();
        return QTest::qWaitForWindowExposed(reader->window()) && waitForArticle(slug);
    }

    bool waitForArticle(const QString &slug)
    {
        return QTest::qWaitFor(
            [&] {
                Ui::MainWindow *w = reader->window();
                return w != nullptr && w->articleView() != nullptr && w->currentSlug() == slug &&
                       !w->articleView()->currentTitle().isEmpty();
            },
            20000);
    }

    Settings settings;
    UserDatabase userData;
    PersonalLibrary library;
    Ui::ReadingStyleController style;
    Update::ContentStore store;
    std::unique_ptr<Ui::ReaderAssembly> reader;
};

QChar accessKey(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] == QLatin1Char('&')) {
            if (text[i + 1] != QLatin1Char('&')) {
                return text[i + 1].toLower();
            }
            ++i;
        }
    }
    return {};
}

// Items of one menu (or the menu bar) that share an access key, as "menu: key in A, B".
void collectClashes(const QString &where, const QList<QAction *> &actions, QStringList &clashes)
{
    QHash<QChar, QStringList> byKey;
    for (QAction *action : actions) {
        if (action->isSeparator() || !action->isVisible()) {
            continue;
        }
        if (const QChar key = accessKey(action->text()); !key.isNull()) {
            byKey[key].append(action->text());
        }
        if (QMenu *sub = action->menu()) {
            collectClashes(where + QStringLiteral(" > ") + action->text(), sub->actions(), clashes);
        }
    }
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
        if (it.value().size() > 1) {
            clashes << QStringLiteral("%1: \"%2\" in %3").arg(where, it.key(), it.value().join(QStringLiteral(", ")));
        }
    }
}

QString describe(const QWidget *w)
{
    QString text;
    if (const auto *b = qobject_cast<const QAbstractButton *>(w)) {
        text = b->text();
    } else if (const auto *l = qobject_cast<const QLabel *>(w)) {
        text = l->text();
    }
    return QStringLiteral("%1 %2 \"%3\" (%4 px wide, needs %5)")
        .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(), text)
        .arg(w->width())
        .arg(w->sizeHint().width());
}

bool showing(const QWidget *w, const QWidget *window)
{
    return w->isVisibleTo(window) && w->isVisible() && w->width() > 0 && w->height() > 0;
}

} // namespace

class TestLanguages : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_runs = 0;

    QString freshDir()
    {
        const QString name = QStringLiteral("run%1").arg(++m_runs);
        QDir(m_dir.path()).mkpath(name);
        return m_dir.filePath(name);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!builtTranslations().isEmpty(), "the build's share/myelin/translations is missing");
        QCOMPARE(Translations::availableIn(builtTranslations()),
                 (QStringList{QStringLiteral("ar"), QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("fr"),
                              QStringLiteral("it"), QStringLiteral("nl"), QStringLiteral("pt_BR")}));
    }

    void eachLanguageIsNamedInItself()
    {
        // As the Language menu lists them: in their own words, a country only where the code has one.
        QCOMPARE(Myelin::Ui::LanguageMenu::nativeName(QStringLiteral("es")), QStringLiteral("Español"));
        QCOMPARE(Myelin::Ui::LanguageMenu::nativeName(QStringLiteral("fr")), QStringLiteral("Français"));
        QCOMPARE(Myelin::Ui::LanguageMenu::nativeName(QStringLiteral("de")), QStringLiteral("Deutsch"));
        QCOMPARE(Myelin::Ui::LanguageMenu::nativeName(QStringLiteral("pt_BR")), QStringLiteral("Português (Brasil)"));
        QCOMPARE(Myelin::Ui::LanguageMenu::nativeName(QStringLiteral("ar")), QStringLiteral("العربية"));
        QCOMPARE(Myelin::Ui::LanguageMenu::nativeName(QStringLiteral("en")), QStringLiteral("English"));
        // In a sentence, as pages say which language they are not yet in.
        QCOMPARE(Translations::nativeLanguageName(QStringLiteral("es")), QStringLiteral("español"));
        QCOMPARE(Translations::nativeLanguageName(QStringLiteral("nl")), QStringLiteral("Nederlands"));
    }

    void everyMenuGivesEachItemItsOwnKey_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : Languages) {
            QTest::newRow(qPrintable(language)) << language;
        }
    }

    void everyMenuGivesEachItemItsOwnKey()
    {
        QFETCH(QString, language);
        Translations translations({language}, builtTranslations(), {});
        QCOMPARE(translations.language(), language == QLatin1String("en") ? QString() : language);
        Assembled reader(freshDir(), &translations);
        QVERIFY(reader.reader);
        QVERIFY(reader.open(QStringLiteral("what-is-ms"))); // the features' menus come with the engine
        QStringList clashes;
        collectClashes(QStringLiteral("menu bar"), reader.reader->window()->menuBar()->actions(), clashes);
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
        QVERIFY(reader.reader->window()->menuBar()->actions().size() >= 6);
    }

    void nothingIsCutShortOrOverlapping_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("percent");
        for (const QString &language : Languages) {
            for (int percent : {100, 300}) {
                QTest::newRow(qPrintable(QStringLiteral("%1 %2%").arg(language).arg(percent))) << language << percent;
            }
        }
    }

    void nothingIsCutShortOrOverlapping()
    {
        QFETCH(QString, language);
        QFETCH(int, percent);
        Translations translations({language}, builtTranslations(), {});
        QTRY_COMPARE(QGuiApplication::layoutDirection(),
                     language == QLatin1String("ar") ? Qt::RightToLeft : Qt::LeftToRight);
        Assembled reader(freshDir(), &translations, percent);
        QVERIFY(reader.reader);
        QVERIFY(reader.open(QStringLiteral("what-is-ms")));
        QWidget *window = reader.reader->window();
        QCOMPARE(window->layoutDirection(), QGuiApplication::layoutDirection());
        QStringList problems;
        const QList<QWidget *> widgets = window->findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            if (!showing(w, window) || w->isWindow()) {
                continue;
            }
            const auto *label = qobject_cast<QLabel *>(w);
            const bool words = (qobject_cast<QAbstractButton *>(w) != nullptr &&
                                !qobject_cast<QAbstractButton *>(w)->text().isEmpty()) ||
                               (label != nullptr && !label->wordWrap() && !label->text().isEmpty());
            if (words && w->width() + 1 < w->sizeHint().width()) {
                problems << QStringLiteral("cut short: ") + describe(w);
            }
            // Siblings laid out side by side never overlap.
            if (QLayout *layout = w->layout()) {
                QList<QWidget *> managed;
                for (int i = 0; i < layout->count(); ++i) {
                    QWidget *child = layout->itemAt(i)->widget();
                    if (child != nullptr && showing(child, window)) {
                        managed.append(child);
                    }
                }
                for (qsizetype i = 0; i < managed.size(); ++i) {
                    for (qsizetype j = i + 1; j < managed.size(); ++j) {
                        if (managed[i]->geometry().intersects(managed[j]->geometry())) {
                            problems << QStringLiteral("overlap: ") + describe(managed[i]) + QStringLiteral(" and ") +
                                            describe(managed[j]);
                        }
                    }
                }
            }
        }
        problems.removeDuplicates();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void comfortLanguageSwitchesWithoutARestart()
    {
        auto translations = Translations::installForApplication(QStringLiteral("en"));
        QCOMPARE(translations.language(), QString());
        Assembled reader(freshDir(), &translations);
        QVERIFY(reader.reader);
        QVERIFY(reader.open(QStringLiteral("types-of-ms")));
        const auto fileMenu = [&] { return reader.reader->window()->host().menu(Ui::ReaderHost::Menu::File)->title(); };
        QCOMPARE(fileMenu(), QStringLiteral("&File"));

        const auto choose = [&](const QString &id) {
            auto *menu = reader.reader->window()->findChild<QMenu *>(QStringLiteral("languageMenu"));
            QAction *action = menu != nullptr ? menu->findChild<QAction *>(QStringLiteral("language-") + id) : nullptr;
            if (action == nullptr) {
                return false;
            }
            QSignalSpy replaced(reader.reader.get(), &Ui::ReaderAssembly::windowReplaced);
            QElapsedTimer timer;
            timer.start();
            action->trigger();
            const bool shown = replaced.wait(20000) && reader.waitForArticle(QStringLiteral("types-of-ms"));
            qInfo("%s: window in the new language, article shown, after %lld ms", qPrintable(id), timer.elapsed());
            return shown;
        };
        QVERIFY(choose(QStringLiteral("de")));
        QCOMPARE(translations.language(), QStringLiteral("de"));
        QCOMPARE(reader.settings.language(), QStringLiteral("de"));
        QCOMPARE(fileMenu(), QCoreApplication::translate("Myelin::Ui::MainWindow", "&File"));
        QVERIFY(fileMenu() != QLatin1String("&File"));
        QCOMPARE(reader.reader->window()->layoutDirection(), Qt::LeftToRight);

        QVERIFY(choose(QStringLiteral("ar")));
        QCOMPARE(reader.settings.language(), QStringLiteral("ar"));
        QCOMPARE(reader.reader->window()->layoutDirection(), Qt::RightToLeft);
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);

        QVERIFY(choose(QStringLiteral("en")));
        QCOMPARE(fileMenu(), QStringLiteral("&File"));
        QCOMPARE(reader.reader->window()->layoutDirection(), Qt::LeftToRight);
        QCOMPARE(reader.settings.language(), QStringLiteral("en"));
        // The next start uses the choice.
        const auto next = Translations::installForApplication(reader.settings.language());
        QCOMPARE(next.language(), QString());
    }
};

MYELIN_GUI_TEST_MAIN(TestLanguages)
#include "tst_languages.moc"
