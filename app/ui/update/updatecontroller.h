// SPDX-License-Identifier: GPL-3.0-or-later
// Content updates in the window: File > Update Content… (and a .myelinpack dropped on the window or
// opened with Myelin), a confirmation showing what the pack holds and who signed it, clear refusals,
// What's New after an update (Help menu), and File > Go Back to Previous Content. Installing and
// going back replace the content: the controller emits contentReplaced() and main.cpp rebuilds the
// window on the new content, on the same article.
#ifndef MYELIN_UI_UPDATECONTROLLER_H
#define MYELIN_UI_UPDATECONTROLLER_H

#include "update/contentstore.h"
#include "update/packcheck.h"
#include "update/trustedkeys.h"

#include <QObject>
#include <functional>

class QAction;

namespace Myelin::Ui {

class ReaderHost;

class UpdateController : public QObject
{
    Q_OBJECT

public:
    struct Dependencies
    {
        Update::ContentStore &store;
        Update::TrustedKeys keys;
        Update::ContentStore::Choice inUse; // the content the window shows
    };

    UpdateController(ReaderHost &host, Dependencies deps);
    ~UpdateController() override;

    // Checks the pack, asks, installs; false when it was refused, declined or failed (nothing changed).
    bool importPack(const QString &path);
    bool goBack();
    void showWhatsNew();

    QAction *updateAction() const { return m_update; }
    QAction *goBackAction() const { return m_goBack; }
    QAction *whatsNewAction() const { return m_whatsNew; }

    // Tests replace the questions and messages (the defaults are dialogs).
    struct Prompts
    {
        std::function<bool(const Update::PackCheck::Result &, const Update::ContentStore::Choice &)> confirm;
        std::function<bool(const QString &question)> ask; // yes or no
        std::function<void(const QString &title, const QString &message)> tell;
    };
    void setPrompts(Prompts prompts) { m_prompts = std::move(prompts); }

    static bool isPackFile(const QString &path);

signals:
    // The content changed on disk; the window must be rebuilt on ContentStore::choose().
    void contentReplaced();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool confirm(const Update::PackCheck::Result &checked);
    void updateActions();
    void tell(const QString &title, const QString &message);

    ReaderHost &m_host;
    Dependencies m_deps;
    Prompts m_prompts;
    QAction *m_update = nullptr;
    QAction *m_goBack = nullptr;
    QAction *m_whatsNew = nullptr;
};

} // namespace Myelin::Ui

#endif // MYELIN_UI_UPDATECONTROLLER_H
