// SPDX-License-Identifier: GPL-3.0-or-later
#include "packcheck.h"

#include "core/contentdatabase.h"
#include "core/schema.h"
#include "packfile.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace Myelin::Update {

namespace {

// The one line of a signature file nobody signs: only these two texts are accepted, so that no byte
// of a pack can change without the pack being refused.
bool knownUntrustedComment(const QByteArray &comment)
{
    return comment == Minisign::DefaultUntrustedComment || comment == "signature from minisign secret key";
}

} // namespace

QString PackCheck::integrityProblem(const QString &databasePath)
{
    static QAtomicInt counter;
    const QString name = QStringLiteral("myelin-integrity-%1").arg(counter.fetchAndAddRelaxed(1));
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(databasePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            problem = db.lastError().text();
        } else {
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("PRAGMA integrity_check"))) {
                problem = query.lastError().text();
            } else {
                QStringList lines;
                while (query.next() && lines.size() < 3) {
                    lines << query.value(0).toString();
                }
                if (lines != QStringList{QStringLiteral("ok")}) {
                    problem = lines.isEmpty() ? QStringLiteral("no answer") : lines.join(QLatin1String("; "));
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return problem;
}

PackCheck::Result PackCheck::check(const QString &packPath, const TrustedKeys &keys, const Options &options)
{
    Result result;
    const QString file = QDir::toNativeSeparators(packPath);
    auto reject = [&result, &file](Problem problem, const QString &why) {
        result.problem = problem;
        result.message = tr("The content pack %1 was not accepted: %2").arg(file, why);
        result.workDir.reset();
        result.databasePath.clear();
        return result;
    };

    if (!cryptoReady()) {
        return reject(Problem::Unreadable, tr("the signature checker (libsodium) could not start."));
    }
    if (!QFileInfo(packPath).isFile()) {
        return reject(Problem::Unreadable, tr("the file does not exist."));
    }
    QString error;
    PackFile::ReadError kind = PackFile::ReadError::Damaged;
    const auto contents = PackFile::read(packPath, &error, &kind);
    if (!contents) {
        return reject(kind == PackFile::ReadError::NotAPack     ? Problem::NotAPack
                      : kind == PackFile::ReadError::Unreadable ? Problem::Unreadable
                                                                : Problem::Damaged,
                      error);
    }

    // The signature, before anything in the manifest is believed.
    const auto signature = Signature::parse(contents->signature, &error);
    if (!signature || !knownUntrustedComment(signature->untrustedComment)) {
        return reject(Problem::Damaged, signature ? tr("its signature file has been changed.")
                                                  : tr("its signature is damaged: %1").arg(error));
    }
    const TrustedKey *key = keys.find(signature->keyId);
    if (key == nullptr) {
        return reject(Problem::UnknownKey,
                      tr("it is signed with a key this Myelin does not know (key %1). Only packs from the Myelin "
                         "project, or from a key you chose to trust, can be installed.")
                          .arg(PublicKey{signature->keyId, {}}.keyIdText()));
    }
    if (key->revoked) {
        return reject(Problem::RevokedKey, tr("it is signed with a key that has been withdrawn (%1). Get a newer "
                                              "pack from the Myelin project.")
                                               .arg(key->name));
    }
    if (!Minisign::verify(key->key, *signature, contents->manifest)) {
        return reject(Problem::BadSignature, tr("its signature does not match its contents: it was changed or "
                                                "damaged after it was signed."));
    }
    result.signer = *key;

    const auto manifest = Manifest::parse(contents->manifest, &error);
    if (!manifest) {
        return reject(Problem::NotAPack, error);
    }
    result.manifest = *manifest;
    if (manifest->schemaVersion != Schema::Version) {
        return reject(Problem::WrongSchema,
                      manifest->schemaVersion > Schema::Version
                          ? tr("it is made for a newer Myelin (content schema %1; this Myelin reads schema %2). "
                               "Install a newer Myelin first.")
                                .arg(manifest->schemaVersion)
                                .arg(Schema::Version)
                          : tr("it is made for an older Myelin (content schema %1; this Myelin reads schema %2).")
                                .arg(manifest->schemaVersion)
                                .arg(Schema::Version));
    }
    if (manifest->databaseSize != contents->databaseSize) {
        return reject(Problem::DatabaseMismatch,
                      tr("its database is not the one its manifest describes (the sizes differ)."));
    }

    // The database, copied out and hashed as it is read, then checked by SQLite.
    result.workDir = std::make_shared<QTemporaryDir>();
    if (!result.workDir->isValid()) {
        return reject(Problem::Unreadable, tr("no temporary folder could be made to check it in."));
    }
    const QString database = result.workDir->filePath(QLatin1String(PackFile::DatabaseName));
    const QByteArray hash = PackFile::copyDatabase(packPath, *contents, database, &error);
    if (hash.isEmpty()) {
        return reject(Problem::Unreadable, error);
    }
    if (hash != manifest->databaseHash) {
        return reject(Problem::DatabaseMismatch,
                      tr("its database is not the one its manifest describes (the hashes differ): it was changed or "
                         "damaged after it was signed."));
    }
    if (const QString problem = integrityProblem(database); !problem.isEmpty()) {
        return reject(Problem::IntegrityFailure, tr("its database fails SQLite's integrity check (%1).").arg(problem));
    }
    {
        const auto opened = ContentDatabase::open(database);
        if (!opened.database) {
            return reject(opened.error == ContentDatabase::Error::WrongSchema ? Problem::WrongSchema
                                                                              : Problem::NotContent,
                          opened.message);
        }
        const QString version = opened.database->meta(QLatin1String(Schema::MetaContentVersion));
        if (version != manifest->contentVersion) {
            return reject(Problem::NotContent, tr("its database holds content version \"%1\", not %2 as its manifest "
                                                  "says.")
                                                   .arg(version.left(40), manifest->contentVersion));
        }
    }
    if (!options.installedVersion.isEmpty()) {
        result.comparedToInstalled = compareContentVersions(manifest->contentVersion, options.installedVersion);
        if (result.comparedToInstalled <= 0 && !options.allowOlder) {
            return reject(Problem::OlderContent,
                          result.comparedToInstalled == 0
                              ? tr("it holds content version %1, which is the version already in use.")
                                    .arg(manifest->contentVersion)
                              : tr("it holds content version %1, which is older than the version in use (%2). "
                                   "Choose to go back if you mean to install older content.")
                                    .arg(manifest->contentVersion, options.installedVersion));
        }
    }
    result.databasePath = database;
    return result;
}

} // namespace Myelin::Update
