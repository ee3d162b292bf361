// SPDX-License-Identifier: GPL-3.0-or-later
// Where installed content packs live and which content the reader opens. In the user's data folder
// (QStandardPaths::AppDataLocation)/content:
//   current.db   the installed pack's database (absent: the bundled content is in use)
//   previous.db  the pack's database in use before the last update, for going back
//   state.json   what each file is (version, date, pack, signer, BLAKE2b-512), and What's New
// An install copies the checked database to a temporary file there, syncs it to disk, and renames it
// over current.db, so at every moment current.db is whole: the old content or the new. The bundled
// content (installed with Myelin, read-only) is always the last fallback. The user's own database
// (bookmarks, notes, settings) is never touched.
#ifndef MYELIN_UPDATE_CONTENTSTORE_H
#define MYELIN_UPDATE_CONTENTSTORE_H

#include "packcheck.h"
#include "packmanifest.h"

#include <QCoreApplication>
#include <QString>
#include <functional>
#include <optional>

namespace Myelin::Update {

class ContentStore
{
    Q_DECLARE_TR_FUNCTIONS(Myelin::Update::ContentStore)

public:
    struct Origin
    {
        enum class Source
        {
            Bundled, // installed with Myelin
            Pack,    // from a content pack
            File,    // given on the command line (--content)
        };
        Source source = Source::Bundled;
        QString version;   // content version
        QString date;      // newest reviewed date
        QString packFile;  // the pack's file name
        QString installed; // when, ISO 8601
        QString signer;    // the trusted key's name
        QString keyId;
        QByteArray hash; // BLAKE2b-512 of the database file (packs only)

        // Where the content came from, in a sentence part: "bundled with Myelin", "from the update
        // pack NAME, installed DATE".
        QString describe() const;
    };

    struct Choice
    {
        QString path;    // the database to open
        Origin origin;   // what it is
        QString warning; // why an installed pack was not used; empty when nothing went wrong
    };

    struct WhatsNew
    {
        QString from; // content version before the update
        QString to;
        ContentChanges changes;
        bool shown = false;
    };

    explicit ContentStore(QString folder = defaultFolder());
    static QString defaultFolder();
    QString folder() const { return m_folder; }
    QString currentPath() const;
    QString previousPath() const;

    // The content to open: the installed pack when it is whole and readable, else the bundled one
    // (with a warning saying why). Finishes an update that was interrupted after its last copy.
    Choice choose(const QString &bundledPath);

    // Installs a pack PackCheck accepted. inUse is the content open now (it becomes the previous one).
    bool install(const PackCheck::Result &checked, const QString &packPath, const Choice &inUse, QString *error);

    // Whether there is content to go back to (an installed pack is in use), and what it would be.
    bool canGoBack() const;
    Origin goBackTarget() const;
    // Goes back to the previous pack, or to the bundled content when there is none.
    bool goBack(QString *error);

    std::optional<WhatsNew> whatsNew() const;
    void markWhatsNewShown();

    // Tests: called after each step of an install ("copied", "previous-kept", "pending-written",
    // "renamed"); returning false stops the install right there, as if the program had died.
    void setStepHook(std::function<bool(const QString &step)> hook) { m_stepHook = std::move(hook); }

private:
    struct State;
    std::optional<State> readState() const;
    bool writeState(const State &state, QString *error) const;
    bool step(const QString &name) const { return !m_stepHook || m_stepHook(name); }

    QString m_folder;
    QString m_bundledPath; // from the last choose()
    std::function<bool(const QString &)> m_stepHook;
};

} // namespace Myelin::Update

#endif // MYELIN_UPDATE_CONTENTSTORE_H
