// SPDX-License-Identifier: GPL-3.0-or-later
// Content updates in the window (ui/update): the File and Help menu commands, refusals said to the
// user with nothing changed, the confirmation (and its warning for older content), a pack dropped on
// the window, What's New with links that open articles, and going back.
#include "../update/packtestkit.h"
#include "readerfixture.h"
#include "testsupport.h"
#include "ui/shell/readerhost.h"
#include "ui/update/updatecontroller.h"
#include "ui/update/whatsnewdialog.h"
#include "web/urlscheme.h"

#include <QAction>
#include <QMenu>
#include <QMimeData>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTreeView>

using namespace Myelin;

class TestUpdateController : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Update::SecretKey m_key = Update::SecretKey::generate();
    QString m_newer;
    QString m_older;
    std::unique_ptr<Test::Reader> m_reader;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    Update::ContentStore::Choice bundled() const { return {QStringLiteral(MYELIN_MINI_DB), {}, {}}; }

    struct Recorder
    {
        QStringList told;
        QList<Update::PackCheck::Result> confirmed;
        bool answer = true;
    };

    Ui::UpdateController *controller(Update::ContentStore &store, Recorder &recorder,
                                     const Update::ContentStore::Choice &inUse)
    {
        auto *updates = new Ui::UpdateController(m_reader->window->host(), {store, Test::keysWith(m_key), inUse});
        updates->setPrompts(
            {[&recorder](const Update::PackCheck::Result &checked, const Update::ContentStore::Choice &) {
                 recorder.confirmed << checked;
                 return recorder.answer;
             },
             [&recorder](const QString &) { return recorder.answer; },
             [&recorder](const QString &, const QString &message) { recorder.told << message; }});
        return updates;
    }

private slots:
    void initTestCase()
    {
        m_newer = path(QStringLiteral("newer.myelinpack"));
        m_older = path(QStringLiteral("older.myelinpack"));
        const QString newerDb =
            Test::contentCopy(path(QStringLiteral("n.db")), QStringLiteral("1.3.0"), [](QSqlQuery &q) {
                q.exec(QStringLiteral("UPDATE articles SET title = 'Gamma, corrected' WHERE slug = 'gamma'"));
            });
        QVERIFY(Test::writePack(m_newer, newerDb, m_key, {}, QStringLiteral(MYELIN_MINI_DB)));
        QVERIFY(
            Test::writePack(m_older, Test::contentCopy(path(QStringLiteral("o.db")), QStringLiteral("1.0.0")), m_key));
    }

    void init()
    {
        m_reader = std::make_unique<Test::Reader>(QStringLiteral(MYELIN_MINI_DB), path(QStringLiteral("settings.ini")),
                                                  path(QStringLiteral("user.db")));
        QVERIFY2(m_reader->isValid(), qPrintable(m_reader->error()));
    }

    void cleanup() { m_reader.reset(); }

    void commandsAreInTheMenus()
    {
        Update::ContentStore store(path(QStringLiteral("menus")));
        Recorder recorder;
        auto *updates = controller(store, recorder, bundled());
        Ui::ReaderHost &host = m_reader->window->host();
        QVERIFY(host.menu(Ui::ReaderHost::Menu::File)->actions().contains(updates->updateAction()));
        QVERIFY(host.menu(Ui::ReaderHost::Menu::File)->actions().contains(updates->goBackAction()));
        QVERIFY(host.menu(Ui::ReaderHost::Menu::Help)->actions().contains(updates->whatsNewAction()));
        QVERIFY(updates->updateAction()->text().contains(QStringLiteral("Update Content")));
        QVERIFY(updates->updateAction()->isEnabled());
        QVERIFY(!updates->goBackAction()->isEnabled()); // nothing installed yet
        QVERIFY(!updates->whatsNewAction()->isEnabled());
        QVERIFY(Ui::UpdateController::isPackFile(QStringLiteral("/x/Update.MyelinPack")));
        QVERIFY(!Ui::UpdateController::isPackFile(QStringLiteral("/x/update.zip")));
    }

    void aRefusalIsToldAndChangesNothing()
    {
        Update::ContentStore store(path(QStringLiteral("refused")));
        Recorder recorder;
        auto *updates = controller(store, recorder, bundled());
        QSignalSpy replaced(updates, &Ui::UpdateController::contentReplaced);
        QByteArray bytes = Test::readAll(m_newer);
        bytes[bytes.size() / 2] = char(bytes.at(bytes.size() / 2) ^ 4);
        const QString damaged = path(QStringLiteral("damaged.myelinpack"));
        Test::writeAll(damaged, bytes);
        QVERIFY(!updates->importPack(damaged));
        QCOMPARE(recorder.told.size(), 1);
        QVERIFY2(recorder.told.constFirst().contains(QStringLiteral("not accepted")),
                 qPrintable(recorder.told.constFirst()));
        QVERIFY(recorder.confirmed.isEmpty()); // never asked
        QCOMPARE(replaced.count(), 0);
        QVERIFY(!QFileInfo::exists(store.folder()));
    }

    void declinedOrAcceptedUpdates()
    {
        Update::ContentStore store(path(QStringLiteral("accepted")));
        Recorder recorder;
        auto *updates = controller(store, recorder, bundled());
        QSignalSpy replaced(updates, &Ui::UpdateController::contentReplaced);
        recorder.answer = false;
        QVERIFY(!updates->importPack(m_newer));
        QCOMPARE(recorder.confirmed.size(), 1);
        QCOMPARE(recorder.confirmed.constFirst().manifest.contentVersion, QStringLiteral("1.3.0"));
        QVERIFY(!QFileInfo::exists(store.currentPath()));
        QCOMPARE(replaced.count(), 0);

        recorder.answer = true;
        QVERIFY(updates->importPack(m_newer));
        QCOMPARE(replaced.count(), 1);
        QCOMPARE(store.choose(QStringLiteral(MYELIN_MINI_DB)).origin.version, QStringLiteral("1.3.0"));
        QVERIFY(updates->goBackAction()->isEnabled());
        QVERIFY(updates->whatsNewAction()->isEnabled());
    }

    void olderContentIsConfirmedAsGoingBack()
    {
        Update::ContentStore store(path(QStringLiteral("older")));
        Recorder recorder;
        auto *updates = controller(store, recorder, bundled());
        recorder.answer = false;
        QVERIFY(!updates->importPack(m_older));
        QCOMPARE(recorder.confirmed.size(), 1);
        QVERIFY(recorder.confirmed.constFirst().comparedToInstalled < 0); // the dialog warns it is older
        QVERIFY(!QFileInfo::exists(store.currentPath()));
    }

    void aPackDroppedOnTheWindowIsOffered()
    {
        QVERIFY(m_reader->start());
        Update::ContentStore store(path(QStringLiteral("dropped")));
        Recorder recorder;
        recorder.answer = false;
        controller(store, recorder, bundled());
        QWidget *target = m_reader->window->tree();
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(m_newer)});
        QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &drop);
        QVERIFY(drop.isAccepted());
        QTRY_COMPARE(recorder.confirmed.size(), 1);
        // Other files are left to the window.
        QMimeData other;
        other.setUrls({QUrl::fromLocalFile(path(QStringLiteral("n.db")))});
        QDragEnterEvent otherEnter(QPoint(5, 5), Qt::CopyAction, &other, Qt::LeftButton, Qt::NoModifier);
        otherEnter.ignore();
        QApplication::sendEvent(m_reader->window.get(), &otherEnter);
        QVERIFY(!otherEnter.isAccepted());
    }

    void aSetAsideUpdateIsToldOnceTheWindowIsShown()
    {
        // Not in a message box of its own before the window (the article view now exists before it).
        Update::ContentStore store(path(QStringLiteral("set-aside")));
        Update::ContentStore::Choice inUse{
            QStringLiteral(MYELIN_MINI_DB), {}, QStringLiteral("The update was damaged.")};
        Recorder recorder;
        controller(store, recorder, inUse);
        QCoreApplication::processEvents();
        QVERIFY(recorder.told.isEmpty());
        QVERIFY(m_reader->start(QStringLiteral("home")));
        QTRY_COMPARE(recorder.told, QStringList{QStringLiteral("The update was damaged.")});
    }

    void whatsNewAfterAnUpdateOpensArticles()
    {
        Update::ContentStore store(path(QStringLiteral("news")));
        {
            Update::PackCheck::Options options;
            options.installedVersion = QStringLiteral("1.2.3");
            const auto checked = Update::PackCheck::check(m_newer, Test::keysWith(m_key), options);
            QString error;
            QVERIFY2(store.install(checked, m_newer, bundled(), &error), qPrintable(error));
        }
        const auto inUse = store.choose(QStringLiteral(MYELIN_MINI_DB));
        QCOMPARE(inUse.origin.version, QStringLiteral("1.3.0"));
        const QString html = Ui::WhatsNewDialog::html(*store.whatsNew());
        QVERIFY2(html.contains(QStringLiteral("href=\"gamma\"")) && html.contains(QStringLiteral("Gamma, corrected")),
                 qPrintable(html));
        QVERIFY(html.contains(QStringLiteral("1.2.3")) && html.contains(QStringLiteral("1.3.0")));

        Recorder recorder;
        controller(store, recorder, inUse);
        QVERIFY(m_reader->start(QStringLiteral("home")));
        Ui::WhatsNewDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_reader->window->findChild<Ui::WhatsNewDialog *>()) != nullptr);
        QVERIFY(dialog->isVisible());
        QVERIFY(store.whatsNew()->shown); // once only
        QVERIFY(!dialog->accessibleName().isEmpty());
        QVERIFY(dialog->page()->accessibleName().startsWith(QStringLiteral("What's new")));
        QSignalSpy loaded(m_reader->window->articleView(), &Ui::ArticleView::loadFinished);
        emit dialog->page()->anchorClicked(QUrl(QStringLiteral("gamma")));
        QTRY_COMPARE(m_reader->window->currentSlug(), QStringLiteral("gamma"));
    }

    void goingBack()
    {
        Update::ContentStore store(path(QStringLiteral("back")));
        Recorder recorder;
        auto *updates = controller(store, recorder, bundled());
        QVERIFY(updates->importPack(m_newer));
        QSignalSpy replaced(updates, &Ui::UpdateController::contentReplaced);
        recorder.answer = false;
        QVERIFY(!updates->goBack());
        QCOMPARE(store.choose(QStringLiteral(MYELIN_MINI_DB)).origin.version, QStringLiteral("1.3.0"));
        recorder.answer = true;
        QVERIFY(updates->goBack());
        QCOMPARE(replaced.count(), 1);
        QCOMPARE(store.choose(QStringLiteral(MYELIN_MINI_DB)).path, QStringLiteral(MYELIN_MINI_DB));
        QVERIFY(!updates->goBackAction()->isEnabled());
    }
};

MYELIN_GUI_TEST_MAIN(TestUpdateController)

#include "tst_updatecontroller.moc"
