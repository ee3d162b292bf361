// SPDX-License-Identifier: GPL-3.0-or-later
#include "updatecontroller.h"

#include "core/contentrepository.h"
#include "core/readabledate.h"
#include "core/schema.h"
#include "ui/shell/readerhost.h"
#include "update/packfile.h"
#include "whatsnewdialog.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileOpenEvent>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QStandardPaths>
#include <QTimer>

namespace Myelin::Ui {

namespace {

QString localPackIn(const QMimeData *mime)
{
    if (mime == nullptr || !mime->hasUrls() || mime->urls().size() != 1) {
        return {};
    }
    const QString path = mime->urls().constFirst().toLocalFile();
    return UpdateController::isPackFile(path) ? path : QString();
}

QString titles(const QList<Update::ArticleChange> &articles)
{
    QStringList lines;
    for (const Update::ArticleChange &article : articles) {
        lines << QStringLiteral("  • ") + article.title;
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

bool UpdateController::isPackFile(const QString &path)
{
    return Update::PackFile::hasPackName(path);
}

UpdateController::UpdateController(ReaderHost &host, Dependencies deps)
    : QObject(&host), m_host(host), m_deps(std::move(deps))
{
    QWidget *window = host.window();
    m_update = new QAction(tr("&Update Content…"), window);
    m_update->setObjectName(QStringLiteral("updateContentAction"));
    m_update->setStatusTip(tr("Install a content update (.myelinpack file) from a USB stick, an email or a download"));
    m_update->setToolTip(m_update->statusTip());
    connect(m_update, &QAction::triggered, this, [this] {
        const QString start = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
        const QString path = QFileDialog::getOpenFileName(
            m_host.window(), tr("Update Content"), start,
            tr("Myelin content updates (*.%1)").arg(QLatin1String(Update::PackFile::Suffix)));
        if (!path.isEmpty()) {
            importPack(path);
        }
    });
    m_goBack = new QAction(tr("&Go Back to Previous Content…"), window);
    m_goBack->setObjectName(QStringLiteral("goBackContentAction"));
    m_goBack->setStatusTip(tr("Undo the last content update and show the content used before it"));
    m_goBack->setToolTip(m_goBack->statusTip());
    connect(m_goBack, &QAction::triggered, this, &UpdateController::goBack);
    m_whatsNew = new QAction(tr("&What's New in the Content"), window);
    m_whatsNew->setObjectName(QStringLiteral("whatsNewAction"));
    m_whatsNew->setStatusTip(tr("List the articles the last content update added, changed and removed"));
    m_whatsNew->setToolTip(m_whatsNew->statusTip());
    connect(m_whatsNew, &QAction::triggered, this, &UpdateController::showWhatsNew);

    QMenu *file = host.menu(ReaderHost::Menu::File);
    const QList<QAction *> existing = file->actions();
    // Beside the other things that come from files, above Quit (the last group).
    QAction *before = existing.isEmpty() ? nullptr : existing.constLast();
    for (qsizetype i = existing.size() - 1; i >= 0; --i) {
        if (existing.at(i)->isSeparator()) {
            before = existing.at(i);
            break;
        }
    }
    file->insertAction(before, m_update);
    file->insertAction(before, m_goBack);
    file->insertSeparator(before);
    host.menu(ReaderHost::Menu::Help)->addAction(m_whatsNew);
    updateActions();

    // A pack dropped anywhere on the window (drag events reach only widgets that accept drops: the
    // window takes what its children leave), or opened from the Finder on macOS (QFileOpenEvent).
    window->setAcceptDrops(true);
    qApp->installEventFilter(this);

    // What the reader is told at start (a content update set aside, what is new in one just installed),
    // once the window is on screen: a message box before it would come up alone.
    const QString warning = m_deps.inUse.warning;
    host.whenWindowShown(this, [this, warning] {
        if (!warning.isEmpty()) {
            m_host.showStatus(warning);
            tell(tr("Content update not used"), warning);
        }
        const auto news = m_deps.store.whatsNew();
        if (news && !news->shown && m_deps.inUse.origin.source == Update::ContentStore::Origin::Source::Pack &&
            news->to == m_deps.inUse.origin.version) {
            m_deps.store.markWhatsNewShown();
            QTimer::singleShot(0, this, &UpdateController::showWhatsNew);
        }
    });
}

UpdateController::~UpdateController()
{
    qApp->removeEventFilter(this);
}

void UpdateController::updateActions()
{
    m_goBack->setEnabled(m_deps.store.canGoBack());
    m_whatsNew->setEnabled(m_deps.store.whatsNew().has_value());
}

void UpdateController::tell(const QString &title, const QString &message)
{
    if (m_prompts.tell) {
        m_prompts.tell(title, message);
        return;
    }
    if (QGuiApplication::platformName() == QLatin1String("offscreen") ||
        qEnvironmentVariableIsSet("MYELIN_NO_DIALOGS")) {
        return; // nobody to read it: the status line has it
    }
    QMessageBox::warning(m_host.window(), title, message);
}

bool UpdateController::confirm(const Update::PackCheck::Result &checked)
{
    if (m_prompts.confirm) {
        return m_prompts.confirm(checked, m_deps.inUse);
    }
    const Update::Manifest &manifest = checked.manifest;
    const bool older = checked.comparedToInstalled <= 0;
    QMessageBox box(
        older ? QMessageBox::Warning : QMessageBox::Question,
        older ? tr("Go Back to Older Content?") : tr("Install Content Update?"),
        older ? tr("This pack holds content version %1, which is not newer than the content you have "
                   "(%2). Articles corrected since then will go back to their older text.")
                    .arg(manifest.contentVersion, m_host.repository().meta(QLatin1String(Schema::MetaContentVersion)))
              : tr("Install content version %1, reviewed up to %2?")
                    .arg(manifest.contentVersion, readableDate(manifest.contentDate)),
        QMessageBox::NoButton, m_host.window());
    QStringList facts;
    facts << tr("Collection: %1").arg(manifest.title)
          << tr("Signed by: %1 (key %2). The signature was checked.")
                 .arg(checked.signer.name, checked.signer.key.keyIdText());
    if (!manifest.previousVersion.isEmpty()) {
        facts << tr("Since version %1: %2 new, %3 changed and %4 removed articles.")
                     .arg(manifest.previousVersion)
                     .arg(manifest.changes.added.size())
                     .arg(manifest.changes.changed.size())
                     .arg(manifest.changes.removed.size());
    }
    facts << tr("You now have version %1 (%2). You can go back to it later (File > Go Back to Previous Content). "
                "Your bookmarks, notes and settings are not changed.")
                 .arg(m_host.repository().meta(QLatin1String(Schema::MetaContentVersion)),
                      m_deps.inUse.origin.describe());
    box.setInformativeText(facts.join(QLatin1String("\n\n")));
    if (!manifest.previousVersion.isEmpty()) {
        QStringList details;
        for (const auto &[heading, list] :
             {std::pair{tr("New:"), &manifest.changes.added}, std::pair{tr("Changed:"), &manifest.changes.changed},
              std::pair{tr("Removed:"), &manifest.changes.removed}}) {
            if (!list->isEmpty()) {
                details << heading + QLatin1Char('\n') + titles(*list);
            }
        }
        box.setDetailedText(details.join(QLatin1String("\n\n")));
    }
    QPushButton *yes =
        box.addButton(older ? tr("Go Back to Version %1").arg(manifest.contentVersion) : tr("Install Update"),
                      QMessageBox::AcceptRole);
    QPushButton *no = box.addButton(tr("Cancel"), QMessageBox::RejectRole);
    box.setDefaultButton(older ? no : yes);
    box.exec();
    return box.clickedButton() == yes;
}

bool UpdateController::importPack(const QString &path)
{
    m_host.showStatus(tr("Checking the content update %1…").arg(QFileInfo(path).fileName()));
    Update::PackCheck::Options options;
    options.installedVersion = m_host.repository().meta(QLatin1String(Schema::MetaContentVersion));
    Update::PackCheck::Result checked = Update::PackCheck::check(path, m_deps.keys, options);
    if (checked.problem == Update::PackCheck::Problem::OlderContent) {
        // Only after every other check passed: going back is offered with a warning, never done quietly.
        options.allowOlder = true;
        checked = Update::PackCheck::check(path, m_deps.keys, options);
    }
    if (!checked.accepted()) {
        m_host.showStatus(checked.message);
        tell(tr("Content update refused"), checked.message);
        return false;
    }
    if (!confirm(checked)) {
        m_host.showStatus(tr("The content was not changed."), 5000);
        return false;
    }
    QString error;
    if (!m_deps.store.install(checked, path, m_deps.inUse, &error)) {
        const QString message = tr("The content update %1 could not be installed, and the content was not changed: %2")
                                    .arg(QDir::toNativeSeparators(path), error);
        m_host.showStatus(message);
        tell(tr("Content update failed"), message);
        return false;
    }
    updateActions();
    emit contentReplaced();
    return true;
}

bool UpdateController::goBack()
{
    if (!m_deps.store.canGoBack()) {
        return false;
    }
    const Update::ContentStore::Origin target = m_deps.store.goBackTarget();
    const QString what = target.source == Update::ContentStore::Origin::Source::Pack
                             ? tr("content version %1 (%2)").arg(target.version, target.describe())
                             : tr("the content that came with Myelin");
    const QString question = tr("Go back to %1? The update in use now is removed; your bookmarks, notes and "
                                "settings are not changed.")
                                 .arg(what);
    bool yes = false;
    if (m_prompts.ask) {
        yes = m_prompts.ask(question);
    } else {
        yes = QMessageBox::question(m_host.window(), tr("Go Back to Previous Content?"), question,
                                    QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Yes;
    }
    if (!yes) {
        return false;
    }
    QString error;
    if (!m_deps.store.goBack(&error)) {
        const QString message = tr("Could not go back to the previous content: %1").arg(error);
        m_host.showStatus(message);
        tell(tr("Content not changed"), message);
        return false;
    }
    updateActions();
    emit contentReplaced();
    return true;
}

void UpdateController::showWhatsNew()
{
    const auto news = m_deps.store.whatsNew();
    if (!news) {
        return;
    }
    auto *dialog = new WhatsNewDialog(*news, m_host.window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &WhatsNewDialog::articleRequested, this, [this](const QString &slug) { m_host.openArticle(slug); });
    dialog->open();
}

bool UpdateController::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::FileOpen: {
        const QString path = static_cast<QFileOpenEvent *>(event)->file();
        if (watched == qApp && isPackFile(path)) {
            QTimer::singleShot(0, this, [this, path] { importPack(path); });
            return true;
        }
        break;
    }
    case QEvent::DragEnter:
    case QEvent::DragMove:
    case QEvent::Drop: {
        auto *widget = qobject_cast<QWidget *>(watched);
        auto *drop = static_cast<QDropEvent *>(event);
        if (widget == nullptr || widget->window() != m_host.window()) {
            break;
        }
        const QString path = localPackIn(drop->mimeData());
        if (path.isEmpty()) {
            break;
        }
        drop->setDropAction(Qt::CopyAction);
        drop->accept();
        if (event->type() == QEvent::Drop) {
            QTimer::singleShot(0, this, [this, path] { importPack(path); });
        }
        return true;
    }
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Myelin::Ui
