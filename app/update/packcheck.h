// SPDX-License-Identifier: GPL-3.0-or-later
// Everything that is checked before a content pack may change anything, in this order: the container
// (packfile.h), the signature against a trusted key (trustedkeys.h), the manifest, the schema version,
// the database against the manifest's size and hash, SQLite's integrity_check, the database's own
// schema and version, and last the content version against the one in use. Used by the window, by
// `myelin update --check/--install`, and by ContentStore::install.
#ifndef MYELIN_UPDATE_PACKCHECK_H
#define MYELIN_UPDATE_PACKCHECK_H

#include "packmanifest.h"
#include "trustedkeys.h"

#include <QCoreApplication>
#include <QString>
#include <memory>

class QTemporaryDir;

namespace Myelin::Update {

class PackCheck
{
    Q_DECLARE_TR_FUNCTIONS(Myelin::Update::PackCheck)

public:
    enum class Problem
    {
        None,
        Unreadable,       // the file cannot be read
        NotAPack,         // some other kind of file
        Damaged,          // the container is truncated, padded or changed
        BadSignature,     // the signature does not match the manifest
        UnknownKey,       // signed with a key this reader does not trust
        RevokedKey,       // signed with a key that was withdrawn
        WrongSchema,      // made for another database schema (older or newer Myelin)
        DatabaseMismatch, // the database is not the one the manifest describes
        IntegrityFailure, // SQLite's integrity_check fails
        NotContent,       // the database is not Myelin content, or not the version the manifest says
        OlderContent,     // older than (or the same as) the content in use, and going back was not chosen
    };

    struct Options
    {
        QString installedVersion; // the content in use; empty: any version is accepted
        bool allowOlder = false;  // the user chose to go back to an older (or the same) version
    };

    struct Result
    {
        Problem problem = Problem::None;
        QString message; // a sentence naming the file and what is wrong; empty when accepted
        Manifest manifest;
        TrustedKey signer;
        int comparedToInstalled = 1; // <0 older, 0 the same, >0 newer than Options::installedVersion
        QString databasePath;        // the checked database, in a temporary folder while this lives
        std::shared_ptr<QTemporaryDir> workDir;

        bool accepted() const { return problem == Problem::None; }
    };

    static Result check(const QString &packPath, const TrustedKeys &keys, const Options &options);

    // SQLite's PRAGMA integrity_check on a database file: empty when it says "ok", else what it says.
    static QString integrityProblem(const QString &databasePath);
};

} // namespace Myelin::Update

#endif // MYELIN_UPDATE_PACKCHECK_H
