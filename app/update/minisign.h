// SPDX-License-Identifier: GPL-3.0-or-later
// Ed25519 keys and detached signatures in minisign's file formats (https://jedisct1.github.io/minisign/),
// made and checked with libsodium, so `minisign -V` verifies what myelin-build signs and Myelin verifies
// what minisign signs. Parsing is strict: a file that is not exactly one of these formats is refused.
//
//   public key  "untrusted comment: ..." \n base64("Ed" | key id (8) | public key (32)) \n
//   secret key  "untrusted comment: ..." \n base64("Ed" | kdf ("\0\0" none, "Sc" scrypt) | "B2" | salt (32) |
//               opslimit (8, LE) | memlimit (8, LE) | [key id (8) | secret key (64) | BLAKE2b-256 checksum (32)],
//               the bracketed part XORed with the scrypt stream when the key is encrypted) \n
//   signature   "untrusted comment: ..." \n base64("ED" | key id (8) | Ed25519 signature of BLAKE2b-512(file))
//               \n "trusted comment: ..." \n base64(Ed25519 signature of (signature | trusted comment)) \n
//               ("Ed", the legacy form, signs the file itself.)
#ifndef MYELIN_UPDATE_MINISIGN_H
#define MYELIN_UPDATE_MINISIGN_H

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <optional>

namespace Myelin::Update {

// Makes libsodium ready; false when it cannot start (then nothing can be verified).
bool cryptoReady();

// BLAKE2b-512 of bytes, and of a whole file read in pieces (empty on a read error).
QByteArray blake2b512(const QByteArray &bytes);
QByteArray blake2b512OfFile(const QString &path);

struct PublicKey
{
    QByteArray keyId; // 8 bytes, as stored (little-endian)
    QByteArray key;   // 32 bytes

    // The key id as minisign prints it: 16 upper-case hex digits.
    QString keyIdText() const;
    // The base64 line (what `minisign -P` takes).
    QByteArray base64() const;
    QByteArray fileText(const QString &comment) const;

    // A .pub file's text, or the base64 line alone.
    static std::optional<PublicKey> parse(const QByteArray &text, QString *error);
};

struct SecretKey
{
    QByteArray keyId;  // 8 bytes
    QByteArray secret; // 64 bytes (libsodium's seed | public key)

    PublicKey publicKey() const;
    // An unencrypted secret key file (as `minisign -G -W` writes).
    QByteArray fileText() const;

    static SecretKey generate();
    // A .key file's text; password is used when the key is encrypted (minisign -G without -W).
    static std::optional<SecretKey> parse(const QByteArray &text, const QByteArray &password, QString *error);
    // Whether the key file needs a password.
    static bool isEncrypted(const QByteArray &text);
};

struct Signature
{
    bool prehashed = true;
    QByteArray keyId;           // 8 bytes
    QByteArray signature;       // 64 bytes
    QByteArray trustedComment;  // without the "trusted comment: " prefix
    QByteArray globalSignature; // 64 bytes
    QByteArray untrustedComment;

    QByteArray fileText() const;
    static std::optional<Signature> parse(const QByteArray &text, QString *error);
};

class Minisign
{
    Q_DECLARE_TR_FUNCTIONS(Myelin::Update::Minisign)

public:
    static inline constexpr const char *DefaultUntrustedComment = "signature from myelin-build secret key";

    // A prehashed ("ED") signature of message, as `minisign -S` makes it.
    static Signature sign(const SecretKey &key, const QByteArray &message, const QByteArray &trustedComment);
    // Whether signature is key's signature of message (and of its trusted comment).
    static bool verify(const PublicKey &key, const Signature &signature, const QByteArray &message);
};

} // namespace Myelin::Update

#endif // MYELIN_UPDATE_MINISIGN_H
