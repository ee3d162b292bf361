// SPDX-License-Identifier: GPL-3.0-or-later
// The public keys whose signatures the reader accepts on content packs. Built in: the project's keys
// (a list, so a new key can be added before an old one is retired); a key marked revoked stays listed
// so a pack signed with it is refused by name rather than as "unknown". The command line may trust a
// further key for one run (--trusted-key); it never replaces the built-in ones.
#ifndef MYELIN_UPDATE_TRUSTEDKEYS_H
#define MYELIN_UPDATE_TRUSTEDKEYS_H

#include "minisign.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Myelin::Update {

struct TrustedKey
{
    QString name; // who signs with it, shown before an update is installed
    PublicKey key;
    bool revoked = false;
};

class TrustedKeys
{
    Q_DECLARE_TR_FUNCTIONS(Myelin::Update::TrustedKeys)

public:
    // The keys built into this Myelin (trustedkeys.cpp).
    static TrustedKeys builtIn();

    void add(const TrustedKey &key) { m_keys.append(key); }
    // Trusts the minisign public key in file too; false with a message naming the file otherwise.
    bool addFile(const QString &path, QString *error);
    // The key with this key id, or null.
    const TrustedKey *find(const QByteArray &keyId) const;
    const QList<TrustedKey> &keys() const { return m_keys; }

private:
    QList<TrustedKey> m_keys;
};

} // namespace Myelin::Update

#endif // MYELIN_UPDATE_TRUSTEDKEYS_H
