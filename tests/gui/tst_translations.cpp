// SPDX-License-Identifier: GPL-3.0-or-later
// The interface language (core/translations): tiny translations written and compiled with the real
// lrelease at test time are loaded for the user's preferred languages, and the main window built after
// them speaks that language, with Qt's own buttons and the layout direction to match. English needs no
// file; a missing or damaged file leaves the reader in English with a warning, never a crash.
#include "core/contentlocator.h"
#include "core/translations.h"
#include "readerfixture.h"
#include "testsupport.h"
#include "ui/shell/readerhost.h"
#include "web/urlscheme.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>

using Myelin::Translations;

namespace {

// The comment lupdate copies from the source (core/translations.cpp, and Qt's own).
const char *const LayoutComment = "Translate this string to the string 'LTR' in left-to-right languages or to 'RTL' in "
                                  "right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.";

struct Message
{
    QString context;
    QString source;
    QString translation;
    QString comment = {};
};

QString xmlEscaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_readers = 0;

    QString folder(const QString &name) const
    {
        QDir(m_dir.path()).mkpath(name);
        return m_dir.filePath(name);
    }

    // Writes <dir>/<baseName>.ts and compiles it with lrelease to <dir>/<baseName>.qm.
    static bool compile(const QString &dir, const QString &baseName, const QString &language,
                        const QList<Message> &messages)
    {
        QString xml = QStringLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE TS>\n"
                                     "<TS version=\"2.1\" language=\"%1\">\n")
                          .arg(language);
        for (const Message &m : messages) {
            xml += QStringLiteral("<context>\n  <name>%1</name>\n  <message>\n    <source>%2</source>\n")
                       .arg(xmlEscaped(m.context), xmlEscaped(m.source));
            if (!m.comment.isEmpty()) {
                xml += QStringLiteral("    <comment>%1</comment>\n").arg(xmlEscaped(m.comment));
            }
            xml += QStringLiteral("    <translation>%1</translation>\n  </message>\n</context>\n")
                       .arg(xmlEscaped(m.translation));
        }
        xml += QStringLiteral("</TS>\n");
        const QString ts = QDir(dir).filePath(baseName + QStringLiteral(".ts"));
        QFile file(ts);
        if (!file.open(QIODevice::WriteOnly) || file.write(xml.toUtf8()) < 0) {
            return false;
        }
        file.close();
        QProcess lrelease;
        lrelease.start(QStringLiteral(MYELIN_LRELEASE), {QStringLiteral("-silent"), ts, QStringLiteral("-qm"),
                                                         QDir(dir).filePath(baseName + QStringLiteral(".qm"))});
        if (!lrelease.waitForFinished(30000) || lrelease.exitStatus() != QProcess::NormalExit ||
            lrelease.exitCode() != 0) {
            qWarning("lrelease failed: %s", lrelease.readAllStandardError().constData());
            return false;
        }
        return QFileInfo::exists(QDir(dir).filePath(baseName + QStringLiteral(".qm")));
    }

    static bool compileGerman(const QString &dir)
    {
        return compile(dir, QStringLiteral("myelin_de"), QStringLiteral("de_DE"),
                       {{QStringLiteral("Myelin::Ui::MainWindow"), QStringLiteral("&File"), QStringLiteral("&Datei")},
                        {QStringLiteral("Myelin::Ui::MainWindow"), QStringLiteral("&Help"), QStringLiteral("&Hilfe")}});
    }

    static bool writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    }

    // A main window on the small fixture collection, built now (after any translation was installed).
    std::unique_ptr<Myelin::Test::Reader> makeReader()
    {
        const QString dir = folder(QStringLiteral("reader%1").arg(++m_readers));
        auto reader = std::make_unique<Myelin::Test::Reader>(QStringLiteral(MYELIN_MINI_DB),
                                                             QDir(dir).filePath(QStringLiteral("settings.ini")),
                                                             QDir(dir).filePath(QStringLiteral("user.db")));
        return reader->isValid() ? std::move(reader) : nullptr;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void languageCandidatesStopAtEnglish()
    {
        const QStringList germanFirst{QStringLiteral("de-DE"), QStringLiteral("en-GB"), QStringLiteral("fr")};
        QCOMPARE(Translations::languageCandidates(germanFirst), (QStringList{"de_DE", "de"}));
        QCOMPARE(Translations::languageCandidates({QStringLiteral("en-US"), QStringLiteral("de")}), QStringList());
        QCOMPARE(Translations::languageCandidates({QStringLiteral("C")}), QStringList());
        QCOMPARE(Translations::languageCandidates({}), QStringList());
        QCOMPARE(
            Translations::languageCandidates({QStringLiteral("fr-CA"), QStringLiteral("fr"), QStringLiteral("de")}),
            (QStringList{"fr_CA", "fr", "de"}));
        QCOMPARE(Translations::languageCandidates({QStringLiteral("zh-Hant-TW")}),
                 (QStringList{"zh_Hant_TW", "zh_Hant", "zh"}));
        // Not a language tag: never part of a file name.
        QCOMPARE(Translations::languageCandidates({QStringLiteral("../../etc/x"), QStringLiteral("de")}),
                 QStringList{"de"});
    }

    void translationsLiveBesideTheContent()
    {
        const QString app = QStringLiteral("/opt/myelin/bin");
        const QStringList content = Myelin::contentCandidates(app);
        const QStringList folders = Translations::directoryCandidates(app);
        QCOMPARE(folders.size(), content.size());
        QCOMPARE(folders.first(), QStringLiteral("/opt/myelin/share/myelin/translations"));
        for (int i = 0; i < folders.size(); ++i) {
            QCOMPARE(QFileInfo(folders.at(i)).path(), QFileInfo(content.at(i)).path());
        }
        QCOMPARE(Translations::locateDirectory(folder(QStringLiteral("nothing/bin"))), QString());

        // The build tree mirrors the installed layout: the build compiled every translations/*.ts there.
        const QString built = Translations::locateDirectory(QCoreApplication::applicationDirPath());
        QVERIFY2(built.endsWith(QLatin1String("share/myelin/translations")), qPrintable(built));
        QVERIFY2(QFileInfo::exists(QDir(built).filePath(QStringLiteral("myelin_en.qm"))), qPrintable(built));
    }

    void germanMenusAndQtButtons()
    {
        const QString dir = folder(QStringLiteral("german"));
        const QString qtDir = folder(QStringLiteral("german-qt"));
        QVERIFY(compileGerman(dir));
        QVERIFY(compile(qtDir, QStringLiteral("qtbase_de"), QStringLiteral("de_DE"),
                        {{QStringLiteral("QPlatformTheme"), QStringLiteral("Cancel"), QStringLiteral("Abbrechen")}}));

        auto translations = std::make_unique<Translations>(QLocale(QLocale::German, QLocale::Germany).uiLanguages(),
                                                           dir, QStringList{QString(), qtDir});
        QCOMPARE(translations->language(), QStringLiteral("de"));
        QCOMPARE(translations->files(), (QStringList{QDir(dir).filePath(QStringLiteral("myelin_de.qm")),
                                                     QDir(qtDir).filePath(QStringLiteral("qtbase_de.qm"))}));
        QCOMPARE(translations->layoutDirection(), Qt::LeftToRight);

        auto reader = makeReader();
        QVERIFY(reader);
        QCOMPARE(reader->window->host().menu(Myelin::Ui::ReaderHost::Menu::File)->title(), QStringLiteral("&Datei"));
        QCOMPARE(reader->window->host().menu(Myelin::Ui::ReaderHost::Menu::Help)->title(), QStringLiteral("&Hilfe"));
        QCOMPARE(reader->window->host().menu(Myelin::Ui::ReaderHost::Menu::Go)->title(),
                 QStringLiteral("&Go")); // not translated yet: English
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
        // Qt's standard buttons follow (qtbase_de.qm).
        const QDialogButtonBox buttons(QDialogButtonBox::Cancel);
        QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Abbrechen"));
        // The translated window really runs: it shows its first article.
        QVERIFY(reader->start());
        QCOMPARE(reader->window->host().menu(Myelin::Ui::ReaderHost::Menu::File)->title(), QStringLiteral("&Datei"));
        reader.reset();

        // Removed with the object: a window built afterwards is English again.
        translations.reset();
        reader = makeReader();
        QVERIFY(reader);
        QCOMPARE(reader->window->host().menu(Myelin::Ui::ReaderHost::Menu::File)->title(), QStringLiteral("&File"));
    }

    void theLanguageComesFromTheLocale()
    {
        // Through QLocale::setDefault, as the system's language would be, with the real program's
        // folders and the German the build compiled (translations/myelin_de.ts).
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QTest::failOnWarning(QRegularExpression(QStringLiteral("translation")));
        {
            const auto translations = Translations::installForApplication();
            QCOMPARE(translations.language(), QStringLiteral("de"));
            QVERIFY(translations.files().value(0).endsWith(QLatin1String("share/myelin/translations/myelin_de.qm")));
            auto reader = makeReader();
            QVERIFY(reader);
            const QString file = reader->window->host().menu(Myelin::Ui::ReaderHost::Menu::File)->title();
            QCOMPARE(file, QCoreApplication::translate("Myelin::Ui::MainWindow", "&File"));
            QVERIFY2(file != QLatin1String("&File"), qPrintable(file));
        }
        // The reader's own choice wins over the system's.
        {
            const auto translations = Translations::installForApplication(QStringLiteral("en"));
            QCOMPARE(translations.language(), QString());
        }
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        {
            const auto translations = Translations::installForApplication();
            QCOMPARE(translations.language(), QString());
            QCOMPARE(QCoreApplication::translate("Myelin::Ui::MainWindow", "&File"), QStringLiteral("&File"));
            // English plural forms come from myelin_en.qm: "1 bookmark", "2 bookmarks", never "(s)".
            QCOMPARE(QCoreApplication::translate("Myelin::Ui::BookmarksPage", "Folder %1, %n bookmark(s)", nullptr, 1),
                     QStringLiteral("Folder %1, 1 bookmark"));
            QCOMPARE(QCoreApplication::translate("Myelin::Ui::BookmarksPage", "Folder %1, %n bookmark(s)", nullptr, 2),
                     QStringLiteral("Folder %1, 2 bookmarks"));
        }
        QLocale::setDefault(QLocale::system());
    }

    void bestAvailableLanguageWins()
    {
        const QString dir = folder(QStringLiteral("choice"));
        QVERIFY(compileGerman(dir));
        // French is preferred but missing: German, the next preference, is used.
        {
            const Translations translations({QStringLiteral("fr-FR"), QStringLiteral("de-AT")}, dir, {});
            QCOMPARE(translations.language(), QStringLiteral("de"));
            QCOMPARE(QCoreApplication::translate("Myelin::Ui::MainWindow", "&File"), QStringLiteral("&Datei"));
        }
        QCOMPARE(QCoreApplication::translate("Myelin::Ui::MainWindow", "&File"), QStringLiteral("&File"));
        // English is preferred over German: no file is loaded although German is there.
        {
            const Translations translations({QStringLiteral("en-US"), QStringLiteral("de")}, dir, {});
            QCOMPARE(translations.language(), QString());
            QCOMPARE(QCoreApplication::translate("Myelin::Ui::MainWindow", "&File"), QStringLiteral("&File"));
        }
        // No folder at all (a build without translations): English, no error.
        {
            const Translations translations({QStringLiteral("de")}, QString(), {});
            QCOMPARE(translations.language(), QString());
        }
    }

    void damagedFilesAreIgnoredWithAWarning()
    {
        const QString good = folder(QStringLiteral("good"));
        QVERIFY(compileGerman(good));
        QFile compiled(QDir(good).filePath(QStringLiteral("myelin_de.qm")));
        QVERIFY(compiled.open(QIODevice::ReadOnly));
        const QByteArray valid = compiled.readAll();
        QVERIFY(valid.size() > 40);

        const QList<QPair<QString, QByteArray>> damaged{
            {QStringLiteral("garbage"), QByteArray("this is not a translation file\n").repeated(20)},
            {QStringLiteral("truncated"), valid.left(valid.size() / 2)},
            {QStringLiteral("empty"), QByteArray()},
        };
        for (const auto &[name, bytes] : damaged) {
            const QString dir = folder(QStringLiteral("damaged-") + name);
            QVERIFY(writeFile(QDir(dir).filePath(QStringLiteral("myelin_de.qm")), bytes));
            QTest::ignoreMessage(
                QtWarningMsg, QRegularExpression(QStringLiteral("ignoring the translation .*damaged-%1.myelin_de\\.qm: "
                                                                "it could not be read")
                                                     .arg(name)));
            auto translations = std::make_unique<Translations>(QStringList{QStringLiteral("de")}, dir, QStringList());
            QVERIFY2(translations->language().isEmpty(), qPrintable(name));
            QVERIFY(translations->files().isEmpty());
            auto reader = makeReader();
            QVERIFY(reader);
            QCOMPARE(reader->window->host().menu(Myelin::Ui::ReaderHost::Menu::File)->title(), QStringLiteral("&File"));
        }

        // A damaged regional file falls back to the plain language's good one.
        const QString mixed = folder(QStringLiteral("mixed"));
        QVERIFY(compileGerman(mixed));
        QVERIFY(writeFile(QDir(mixed).filePath(QStringLiteral("myelin_de_AT.qm")), QByteArray(64, '\xff')));
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("ignoring the translation .*myelin_de_AT")));
        const Translations translations({QStringLiteral("de-AT")}, mixed, {});
        QCOMPARE(translations.language(), QStringLiteral("de"));
        QCOMPARE(QCoreApplication::translate("Myelin::Ui::MainWindow", "&File"), QStringLiteral("&Datei"));
    }

    void rightToLeftLanguageMirrorsTheLayout()
    {
        const QString dir = folder(QStringLiteral("hebrew"));
        QVERIFY(compile(dir, QStringLiteral("myelin_he"), QStringLiteral("he_IL"),
                        {{QStringLiteral("Myelin::Ui::MainWindow"), QStringLiteral("&File"),
                          QString::fromUtf8("\xd7\xa7\xd7\x95\xd7\x91\xd7\xa5")}, // "file" in Hebrew
                         {QStringLiteral("QGuiApplication"), QStringLiteral("QT_LAYOUT_DIRECTION"),
                          QStringLiteral("RTL"), QString::fromLatin1(LayoutComment)}}));
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
        {
            const Translations translations({QStringLiteral("he-IL")}, dir, {});
            QCOMPARE(translations.language(), QStringLiteral("he"));
            QCOMPARE(translations.layoutDirection(), Qt::RightToLeft);
            QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
            auto reader = makeReader();
            QVERIFY(reader);
            QCOMPARE(reader->window->layoutDirection(), Qt::RightToLeft);
            QCOMPARE(reader->window->host().menu(Myelin::Ui::ReaderHost::Menu::File)->title(),
                     QString::fromUtf8("\xd7\xa7\xd7\x95\xd7\x91\xd7\xa5"));
        }
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
    }

    void lupdateOffersTheLayoutDirectionToTranslators()
    {
        // Every myelin_<lang>.ts made by the update_translations target carries QT_LAYOUT_DIRECTION.
        const QString dir = folder(QStringLiteral("lupdate"));
        const QString ts = QDir(dir).filePath(QStringLiteral("myelin_ar.ts"));
        QProcess lupdate;
        lupdate.start(QStringLiteral(MYELIN_LUPDATE),
                      {QStringLiteral("-silent"), QStringLiteral(MYELIN_SOURCE_DIR "/app/core/translations.cpp"),
                       QStringLiteral("-ts"), ts});
        QVERIFY(lupdate.waitForFinished(30000));
        QCOMPARE(lupdate.exitCode(), 0);
        QFile file(ts);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString xml = QString::fromUtf8(file.readAll());
        QVERIFY2(xml.contains(QLatin1String("<name>QGuiApplication</name>")), qPrintable(xml));
        QVERIFY2(xml.contains(QLatin1String("<source>QT_LAYOUT_DIRECTION</source>")), qPrintable(xml));
        QVERIFY2(xml.contains(QLatin1String("<comment>Translate this string to the string")), qPrintable(xml));
    }
};

MYELIN_GUI_TEST_MAIN(TestTranslations)
#include "tst_translations.moc"
