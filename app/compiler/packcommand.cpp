// SPDX-License-Identifier: GPL-3.0-or-later
#include "packcommand.h"

#include "compiler.h"
#include "core/contentdatabase.h"
#include "core/schema.h"
#include "update/contentdiff.h"
#include "update/minisign.h"
#include "update/packfile.h"
#include "update/packmanifest.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace Myelin::Compiler {

namespace {

bool writeFile(const QString &path, const QByteArray &data, QFileDevice::Permissions permissions, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size()) {
        *error = file.errorString();
        return false;
    }
    file.setPermissions(permissions);
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace

int writeNewKey(const QString &baseName, QTextStream &out, QTextStream &err)
{
    const QString publicPath = baseName + QStringLiteral(".pub");
    const QString secretPath = baseName + QStringLiteral(".key");
    if (QFileInfo::exists(publicPath) || QFileInfo::exists(secretPath)) {
        err << "myelin-build: " << publicPath << " or " << secretPath
            << " already exists; a key is never overwritten. Choose another name." << Qt::endl;
        return ExitIoError;
    }
    if (!Update::cryptoReady()) {
        err << "myelin-build: libsodium could not start." << Qt::endl;
        return ExitIoError;
    }
    const Update::SecretKey key = Update::SecretKey::generate();
    const Update::PublicKey publicKey = key.publicKey();
    QString error;
    if (!writeFile(secretPath, key.fileText(), QFileDevice::ReadOwner | QFileDevice::WriteOwner, &error) ||
        !writeFile(publicPath, publicKey.fileText(QStringLiteral("minisign public key ") + publicKey.keyIdText()),
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther,
                   &error)) {
        err << "myelin-build: cannot write the key: " << error << Qt::endl;
        return ExitIoError;
    }
    out << "Wrote the public key " << publicPath << " and the secret key " << secretPath << " (key "
        << publicKey.keyIdText() << ").\n"
        << "The secret key is not encrypted: keep it off shared disks and out of the repository.\n"
        << "minisign checks files signed with it: minisign -Vm FILE -P " << publicKey.base64() << Qt::endl;
    return ExitSuccess;
}

int writePack(const PackOptions &options, QTextStream &out, QTextStream &err)
{
    QElapsedTimer timer;
    timer.start();
    auto fail = [&err](const QString &message) {
        err << "myelin-build: " << message << Qt::endl;
        return ExitIoError;
    };
    if (!Update::cryptoReady()) {
        return fail(QStringLiteral("libsodium could not start."));
    }
    QFile keyFile(options.secretKey);
    if (!keyFile.open(QIODevice::ReadOnly)) {
        return fail(QStringLiteral("cannot read the secret key %1: %2").arg(options.secretKey, keyFile.errorString()));
    }
    const QByteArray keyText = keyFile.read(4096);
    QString error;
    const QByteArray password = qgetenv("MYELIN_KEY_PASSWORD");
    if (Update::SecretKey::isEncrypted(keyText) && password.isEmpty()) {
        return fail(QStringLiteral("the secret key %1 is encrypted: put its password in the environment variable "
                                   "MYELIN_KEY_PASSWORD.")
                        .arg(options.secretKey));
    }
    const auto key = Update::SecretKey::parse(keyText, password, &error);
    if (!key) {
        return fail(QStringLiteral("cannot use the secret key %1: %2").arg(options.secretKey, error));
    }

    Update::Manifest manifest;
    {
        const auto opened = ContentDatabase::open(options.database);
        if (!opened.database) {
            return fail(opened.message);
        }
        manifest.title = opened.database->meta(QLatin1String(Schema::MetaTitle));
        manifest.contentVersion = opened.database->meta(QLatin1String(Schema::MetaContentVersion));
        manifest.contentDate = opened.database->meta(QLatin1String(Schema::MetaContentDate));
        manifest.schemaVersion = Schema::Version;
    }
    if (!Update::isContentVersion(manifest.contentVersion)) {
        return fail(QStringLiteral("the content version \"%1\" is not numbers joined by dots (e.g. 2026.12.1); "
                                   "set it in content.yaml.")
                        .arg(manifest.contentVersion));
    }
    if (!options.previous.isEmpty()) {
        const auto previous = ContentDatabase::open(options.previous);
        if (!previous.database) {
            return fail(previous.message);
        }
        manifest.previousVersion = previous.database->meta(QLatin1String(Schema::MetaContentVersion));
        if (Update::compareContentVersions(manifest.contentVersion, manifest.previousVersion) <= 0) {
            return fail(QStringLiteral("the content version %1 is not newer than the previous content's %2: raise "
                                       "`version` in content.yaml, or readers will refuse the pack.")
                            .arg(manifest.contentVersion, manifest.previousVersion));
        }
    }
    if (!Update::compareContent(options.previous, options.database, &manifest.changes, &error)) {
        return fail(error);
    }
    manifest.created = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    manifest.databaseSize = QFileInfo(options.database).size();
    manifest.databaseHash = Update::blake2b512OfFile(options.database);
    if (manifest.databaseHash.isEmpty() || manifest.databaseSize > Update::PackFile::MaxDatabaseBytes) {
        return fail(QStringLiteral("cannot read %1, or it is larger than a pack may hold.").arg(options.database));
    }
    const QByteArray json = manifest.toJson();
    const QByteArray trusted = QStringLiteral("timestamp:%1\tfile:%2\tcontent:%3")
                                   .arg(QDateTime::currentSecsSinceEpoch())
                                   .arg(QLatin1String(Update::PackFile::ManifestName), manifest.contentVersion)
                                   .toUtf8();
    const Update::Signature signature = Update::Minisign::sign(*key, json, trusted);
    if (!Update::PackFile::write(options.output, json, signature.fileText(), options.database, &error)) {
        return fail(error);
    }
    out << "Packed content " << manifest.contentVersion << " (" << manifest.changes.added.size() << " added, "
        << manifest.changes.changed.size() << " changed, " << manifest.changes.removed.size() << " removed"
        << (options.previous.isEmpty() ? QStringLiteral(", no --previous: every article counts as added")
                                       : QStringLiteral(" since %1").arg(manifest.previousVersion))
        << ") into " << options.output << ": " << QFileInfo(options.output).size() << " bytes, signed with key "
        << key->publicKey().keyIdText() << ", in " << timer.elapsed() << " ms." << Qt::endl;
    return ExitSuccess;
}

} // namespace Myelin::Compiler
