// SPDX-License-Identifier: GPL-3.0-or-later
// File > My Data as a user meets it: export says where the file is and what it holds, import says
// what it added and skipped (and adds nothing the second time), "Delete All My Data" names what will go,
// Cancel is the default, the settings go only when asked; a damaged data file found at start-up is
// set aside and the reader told once.
#include "readerfixture.h"
#include "testsupport.h"
#include "ui/mydata/deletealldialog.h"
#include "ui/mydata/mydatacontroller.h"
#include "ui/shell/readerhost.h"
#include "userdata/personallibrary.h"
#include "userdata/userdatacounts.h"
#include "web/urlscheme.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace Myelin;

class TestMyData : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Test::Reader> m_reader;
    std::unique_ptr<PersonalLibrary> m_library;
    Ui::MyDataController *m_controller = nullptr;

    QString userDbPath() const { return m_dir->filePath(QStringLiteral("user.db")); }

    bool startReader()
    {
        m_reader = std::make_unique<Test::Reader>(QStringLiteral(MYELIN_MINI_DB),
                                                  m_dir->filePath(QStringLiteral("settings.ini")), userDbPath());
        if (!m_reader->isValid()) {
            return false;
        }
        m_library = std::make_unique<PersonalLibrary>(m_reader->userData);
        m_controller = new Ui::MyDataController(m_reader->window->host(), *m_library);
        return m_reader->start();
    }

    // The message box the controller showed last: its text, after which it is closed.
    QString takeMessage(const QString &name = QStringLiteral("myDataResult"))
    {
        if (!QTest::qWaitFor([&] { return m_controller->lastMessage() != nullptr; }, 5000)) {
            return QStringLiteral("(no message)");
        }
        QMessageBox *box = m_controller->lastMessage();
        const QString text = box->objectName() == name ? box->text() : QStringLiteral("(wrong box) ") + box->text();
        box->close();
        return text;
    }

    void fill()
    {
        const qint64 folder = m_library->bookmarks.addFolder(QStringLiteral("For my neurologist"));
        m_library->bookmarks.addBookmark(QStringLiteral("fatigue"), QStringLiteral("Fatigue"), folder);
        m_library->bookmarks.addBookmark(QStringLiteral("ccsvi"), QStringLiteral("CCSVI"));
        Highlight h;
        h.slug = QStringLiteral("fatigue");
        h.quote = QStringLiteral("a passage");
        h.note = QStringLiteral("Ask about naps");
        m_library->highlights.addHighlight(h);
        m_library->questions.addQuestion(QStringLiteral("Should I change my DMT?"));
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_controller = nullptr;
    }

    void cleanup()
    {
        m_library.reset();
        m_reader.reset();
        m_dir.reset();
    }

    void theFileMenuHasMyDataBeforeQuit()
    {
        QVERIFY(startReader());
        QMenu *file = m_reader->window->host().menu(Ui::ReaderHost::Menu::File);
        QMenu *menu = file->findChild<QMenu *>(QStringLiteral("myDataMenu"));
        QVERIFY(menu != nullptr);
        QCOMPARE(menu->title(), QStringLiteral("My &Data"));
        QStringList texts;
        for (QAction *action : menu->actions()) {
            if (!action->isSeparator()) {
                texts.append(action->text());
            }
        }
        QCOMPARE(texts, (QStringList{QStringLiteral("&Export My Data\u2026"), QStringLiteral("&Import My Data\u2026"),
                                     QStringLiteral("&Delete All My Data\u2026")}));
        const QList<QAction *> actions = file->actions();
        const qsizetype myData = actions.indexOf(menu->menuAction());
        qsizetype quit = -1;
        for (qsizetype i = 0; i < actions.size(); ++i) {
            if (actions.at(i)->text() == QStringLiteral("&Quit")) {
                quit = i;
            }
        }
        QVERIFY(myData >= 0 && quit > myData);
    }

    void exportThenImportSaysWhatHappened()
    {
        QVERIFY(startReader());
        fill();
        const QString file = m_dir->filePath(QStringLiteral("my data.json"));
        QVERIFY(m_controller->exportTo(file));
        const QString exported = takeMessage();
        QVERIFY2(exported.contains(QDir::toNativeSeparators(file)), qPrintable(exported));
        QVERIFY2(exported.contains(QStringLiteral("2 bookmarks in 1 folder")), qPrintable(exported));
        QVERIFY2(exported.contains(QStringLiteral("1 highlight (1 with a note)")), qPrintable(exported));
        QVERIFY(QFile::exists(file));

        QVERIFY(m_controller->deleteAll(false));
        takeMessage();
        QVERIFY(UserDataCounts::of(m_reader->userData).isEmpty());

        QVERIFY(m_controller->importFrom(file).ok);
        const QString imported = takeMessage();
        QVERIFY2(imported.contains(QStringLiteral("Added: 2 bookmarks, 1 bookmark folder, 1 highlight or note, "
                                                  "1 question.")),
                 qPrintable(imported));
        QCOMPARE(UserDataCounts::of(m_reader->userData).total(), 5);

        QCOMPARE(m_controller->importFrom(file).added(), 0);
        const QString again = takeMessage();
        QVERIFY2(again.contains(QStringLiteral("Nothing new was added")), qPrintable(again));
        QVERIFY2(again.contains(QStringLiteral("Already here, so skipped: 5 items.")), qPrintable(again));
        QCOMPARE(UserDataCounts::of(m_reader->userData).total(), 5);

        QFile notJson(m_dir->filePath(QStringLiteral("notes.txt")));
        QVERIFY(notJson.open(QIODevice::WriteOnly));
        notJson.write("my notes");
        notJson.close();
        QVERIFY(!m_controller->importFrom(notJson.fileName()).ok);
        QCOMPARE(takeMessage(), QStringLiteral("This file is not a Myelin data export."));
    }

    void deleteAllNamesWhatGoesAndCancelKeepsIt()
    {
        QVERIFY(startReader());
        fill();
        m_reader->style.setFontPercent(150);
        QVERIFY(m_reader->window->host().saveSettings());

        m_controller->deleteAction()->trigger();
        QTRY_VERIFY(m_controller->deleteDialog() != nullptr && m_controller->deleteDialog()->isVisible());
        Ui::DeleteAllDialog *dialog = m_controller->deleteDialog();
        const QString list = dialog->findChild<QLabel *>(QStringLiteral("deleteAllList"))->text();
        QVERIFY2(list.contains(QStringLiteral("2 bookmarks in 1 folder")), qPrintable(list));
        QVERIFY2(list.contains(QStringLiteral("1 highlight (1 with a note)")), qPrintable(list));
        QVERIFY2(list.contains(QStringLiteral("1 question for your appointment")), qPrintable(list));
        auto *cancel = dialog->findChild<QPushButton *>(QStringLiteral("deleteAllCancel"));
        QVERIFY(cancel->isDefault());
        QVERIFY(!dialog->deleteButton()->isDefault());
        QVERIFY(!dialog->settingsBox()->isChecked());
        for (QWidget *w :
             {static_cast<QWidget *>(cancel), static_cast<QWidget *>(dialog->deleteButton()),
              static_cast<QWidget *>(dialog->exportButton()), static_cast<QWidget *>(dialog->settingsBox())}) {
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
        }
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(m_controller->deleteDialog() == nullptr);
        QCOMPARE(UserDataCounts::of(m_reader->userData).total(), 5);

        // Again, deleting; the settings only when ticked.
        m_controller->deleteAction()->trigger();
        QTRY_VERIFY(m_controller->deleteDialog() != nullptr && m_controller->deleteDialog()->isVisible());
        dialog = m_controller->deleteDialog();
        dialog->deleteButton()->click();
        QVERIFY(UserDataCounts::of(m_reader->userData).isEmpty());
        const QString done = takeMessage();
        QVERIFY2(done.contains(QStringLiteral("deleted from this computer")), qPrintable(done));
        QCOMPARE(m_reader->style.fontPercent(), 150); // not asked: kept

        fill();
        m_controller->deleteAction()->trigger();
        QTRY_VERIFY(m_controller->deleteDialog() != nullptr && m_controller->deleteDialog()->isVisible());
        dialog = m_controller->deleteDialog();
        dialog->settingsBox()->setChecked(true);
        dialog->deleteButton()->click();
        QVERIFY(UserDataCounts::of(m_reader->userData).isEmpty());
        QVERIFY2(takeMessage().contains(QStringLiteral("settings are back")), "settings reset said so");
        QCOMPARE(m_reader->style.fontPercent(), 100);
        QCOMPARE(m_reader->settings.fontPercent(), 100);
    }

    void aDamagedDataFileIsSetAsideAndTheReaderTold()
    {
        QFile garbage(userDbPath());
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray(4096, 'x'));
        garbage.close();
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("setting aside")));
        QVERIFY(startReader());
        const QString notice = takeMessage(QStringLiteral("myDataNotice"));
        QVERIFY2(notice.contains(QStringLiteral(".damaged-")), qPrintable(notice));
        QVERIFY2(notice.contains(QDir::toNativeSeparators(userDbPath())), qPrintable(notice));
        QCOMPARE(m_reader->userData.setAsidePath().isEmpty(), false);
        // The new file works, and the old one is named in "Delete All My Data".
        QVERIFY(m_library->questions.addQuestion(QStringLiteral("Still saved?")) > 0);
        m_controller->confirmDeleteAll();
        QTRY_VERIFY(m_controller->deleteDialog() != nullptr);
        const QString list = m_controller->deleteDialog()->findChild<QLabel *>(QStringLiteral("deleteAllList"))->text();
        QVERIFY2(list.contains(QStringLiteral("1 damaged copy of your data file")), qPrintable(list));
        m_controller->deleteDialog()->reject();
    }
};

MYELIN_GUI_TEST_MAIN(TestMyData)
#include "tst_mydata.moc"
