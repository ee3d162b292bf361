// SPDX-License-Identifier: GPL-3.0-or-later
#include "trustedkeys.h"

#include <QFile>
#include <QFileInfo>

namespace Myelin::Update {

namespace {

struct BuiltInKey
{
    const char *name;
    const char *publicKey; // minisign's base64 line (`minisign -P` takes it)
    bool revoked;
};

// To rotate: add the new key here, sign packs with it, and later mark the old one revoked (never
// delete it: a revoked key is refused by name). docs/content-packs.md has the steps.
constexpr BuiltInKey BuiltInKeys[] = {
    {"Myelin project (development key)", "RWRs0XpCGu9ghH+vjCybG/yHEMFUBAvy9gR5EulV0EBDqYm3nCXzIeCB", false},
};

} // namespace

TrustedKeys TrustedKeys::builtIn()
{
    TrustedKeys keys;
    for (const BuiltInKey &builtIn : BuiltInKeys) {
        QString error;
        if (const auto key = PublicKey::parse(builtIn.publicKey, &error)) {
            keys.add({QString::fromUtf8(builtIn.name), *key, builtIn.revoked});
        }
    }
    return keys;
}

bool TrustedKeys::addFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the public key %1: %2").arg(path, file.errorString());
        return false;
    }
    QString problem;
    const auto key = PublicKey::parse(file.read(8192), &problem);
    if (!key) {
        *error = tr("Cannot use the public key %1: %2").arg(path, problem);
        return false;
    }
    add({tr("%1 (key %2, trusted for this run)").arg(QFileInfo(path).fileName(), key->keyIdText()), *key, false});
    return true;
}

const TrustedKey *TrustedKeys::find(const QByteArray &keyId) const
{
    // A revoked entry wins over a trusted one for the same key.
    const TrustedKey *found = nullptr;
    for (const TrustedKey &key : m_keys) {
        if (key.key.keyId == keyId && (found == nullptr || key.revoked)) {
            found = &key;
        }
    }
    return found;
}

} // namespace Myelin::Update
