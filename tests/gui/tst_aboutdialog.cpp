// SPDX-License-Identifier: GPL-3.0-or-later
// Help > About Myelin, opened from the real menu of a real window (offscreen): it names the
// application, content and Qt versions, both licences, every third-party component with its licence,
// and where to report a problem; its controls are big enough and named for screen readers.
#include "core/schema.h"
#include "readerfixture.h"
#include "testsupport.h"
#include "ui/shell/aboutdialog.h"
#include "ui/shell/readerhost.h"
#include "web/urlscheme.h"

#include <QAbstractButton>
#include <QAction>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScreen>
#include <QTemporaryDir>
#include <QTreeWidget>

using Myelin::Ui::AboutDialog;

class TestAboutDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Myelin::Test::Reader> m_reader;

    AboutDialog *openFromMenu()
    {
        QAction *about = nullptr;
        for (QAction *action : m_reader->window->host().menu(Myelin::Ui::ReaderHost::Menu::Help)->actions()) {
            if (action->objectName() == QLatin1String("aboutAction")) {
                about = action;
            }
        }
        if (about == nullptr) {
            return nullptr;
        }
        about->trigger();
        auto *dialog = m_reader->window->findChild<AboutDialog *>();
        if (dialog != nullptr && !QTest::qWaitForWindowExposed(dialog)) {
            return nullptr;
        }
        return dialog;
    }

    static QString allText(const QWidget *dialog)
    {
        QStringList texts;
        for (const QLabel *label : dialog->findChildren<QLabel *>()) {
            texts << label->text();
        }
        return texts.join(QLatin1Char('\n'));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_reader = std::make_unique<Myelin::Test::Reader>(QStringLiteral(MYELIN_CONTENT_DB),
                                                          m_dir.filePath(QStringLiteral("settings.ini")),
                                                          m_dir.filePath(QStringLiteral("user.db")));
        QVERIFY2(m_reader->isValid(), qPrintable(m_reader->error()));
        QVERIFY(AboutDialog::addToHelpMenu(m_reader->window->host()) != nullptr);
    }

    void cleanup() { qDeleteAll(m_reader->window->findChildren<AboutDialog *>()); }

    void helpMenuOpensTheDialog()
    {
        AboutDialog *dialog = openFromMenu();
        QVERIFY2(dialog != nullptr, "Help > About Myelin did not open the dialog");
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->windowTitle(), QStringLiteral("About Myelin"));
    }

    void namesTheVersions()
    {
        AboutDialog *dialog = openFromMenu();
        QVERIFY(dialog != nullptr);
        const QString text = allText(dialog);
        const QString contentVersion = m_reader->repository->meta(QLatin1String(Myelin::Schema::MetaContentVersion));
        const QString contentDate = m_reader->repository->meta(QLatin1String(Myelin::Schema::MetaContentDate));
        QVERIFY(!contentVersion.isEmpty());
        QVERIFY(!contentDate.isEmpty());
        for (const QString &expected : {QStringLiteral("Myelin " MYELIN_VERSION_STRING), contentVersion, contentDate,
                                        QStringLiteral("Qt %1").arg(QString::fromLatin1(qVersion()))}) {
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in:\n") + text));
        }
    }

    void namesTheLicences()
    {
        AboutDialog *dialog = openFromMenu();
        QVERIFY(dialog != nullptr);
        const QString text = allText(dialog);
        QVERIFY2(text.contains(QLatin1String("GPL-3.0-or-later")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("CC-BY-4.0")), qPrintable(text));
    }

    void listsEveryComponentWithItsLicence_data()
    {
        QTest::addColumn<QString>("component");
        QTest::addColumn<QString>("licence");
        QTest::newRow("Qt") << "Qt 6"
                            << "LGPL-3.0";
        QTest::newRow("Chromium") << "Chromium"
                                  << "BSD";
        QTest::newRow("cmark-gfm") << "cmark-gfm"
                                   << "BSD-2-Clause";
        QTest::newRow("yaml-cpp") << "yaml-cpp"
                                  << "MIT";
        QTest::newRow("SQLite") << "SQLite"
                                << "public domain";
        QTest::newRow("gumbo") << "gumbo"
                               << "Apache-2.0";
        QTest::newRow("qpdf") << "qpdf"
                              << "Apache-2.0";
        QTest::newRow("libsodium") << "libsodium"
                                   << "ISC";
    }

    void listsEveryComponentWithItsLicence()
    {
        QFETCH(QString, component);
        QFETCH(QString, licence);
        AboutDialog *dialog = openFromMenu();
        QVERIFY(dialog != nullptr);
        auto *tree = dialog->findChild<QTreeWidget *>(QStringLiteral("aboutComponents"));
        QVERIFY(tree != nullptr);
        QCOMPARE(tree->topLevelItemCount(), 8);
        bool found = false;
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = tree->topLevelItem(i);
            if (item->text(0).startsWith(component)) {
                QVERIFY2(item->text(1).contains(licence), qPrintable(item->text(1)));
                QVERIFY(!item->data(0, Qt::UserRole).toString().isEmpty()); // what it is used for
                QVERIFY(item->toolTip(0).contains(item->data(0, Qt::UserRole).toString()));
                QVERIFY(item->data(0, Qt::AccessibleTextRole).toString().contains(licence));
                found = true;
            }
        }
        QVERIFY2(found, qPrintable(component + QStringLiteral(" is not listed")));
    }

    void saysWhereToReportAProblem()
    {
        AboutDialog *dialog = openFromMenu();
        QVERIFY(dialog != nullptr);
        auto *address = dialog->findChild<QLineEdit *>(QStringLiteral("aboutIssueAddress"));
        QVERIFY(address != nullptr);
        QCOMPARE(address->text(), QStringLiteral(MYELIN_HOMEPAGE_URL "/issues"));
        QVERIFY(address->isReadOnly());
        auto *copy = dialog->findChild<QPushButton *>(QStringLiteral("aboutCopyAddress"));
        QVERIFY(copy != nullptr);
        QGuiApplication::clipboard()->clear();
        QTest::mouseClick(copy, Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral(MYELIN_HOMEPAGE_URL "/issues"));
    }

    void controlsAreBigAndNamed()
    {
        AboutDialog *dialog = openFromMenu();
        QVERIFY(dialog != nullptr);
        const auto buttons = dialog->findChildren<QPushButton *>();
        QVERIFY(buttons.size() >= 2);
        for (const QPushButton *button : buttons) {
            QVERIFY2(button->height() >= 44, qPrintable(button->text()));
            QVERIFY2(!button->accessibleName().isEmpty(), qPrintable(button->text()));
            QVERIFY2(!button->toolTip().isEmpty(), qPrintable(button->text()));
        }
        // Every control a keyboard can reach (and the scrolling page) has a name for screen readers.
        for (const QWidget *widget : dialog->findChildren<QWidget *>()) {
            const bool control = qobject_cast<const QAbstractButton *>(widget) != nullptr ||
                                 qobject_cast<const QLineEdit *>(widget) != nullptr ||
                                 qobject_cast<const QAbstractScrollArea *>(widget) != nullptr;
            if (control && widget->isVisible() && widget->focusPolicy() != Qt::NoFocus) {
                QVERIFY2(!widget->accessibleName().isEmpty(), widget->metaObject()->className());
            }
        }
        QVERIFY2(dialog->height() <= dialog->screen()->availableSize().height(), "taller than the screen");
    }

    void escapeCloses()
    {
        AboutDialog *dialog = openFromMenu();
        QVERIFY(dialog != nullptr);
        QPointer<AboutDialog> guard(dialog);
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(guard.isNull() || !guard->isVisible()); // deleted on close
    }
};

MYELIN_GUI_TEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
