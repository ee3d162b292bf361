// SPDX-License-Identifier: GPL-3.0-or-later
#include "minisign.h"

#include <QFile>
#include <QList>
#include <sodium.h>

namespace Myelin::Update {

namespace {

constexpr int KeyIdBytes = 8;
constexpr int AlgBytes = 2;
constexpr int SaltBytes = 32;
constexpr int ChecksumBytes = 32;
constexpr int KeynumSecretBytes = KeyIdBytes + int(crypto_sign_SECRETKEYBYTES) + ChecksumBytes; // 104
constexpr int SecretKeyFileBytes = AlgBytes * 3 + SaltBytes + 8 + 8 + KeynumSecretBytes;        // 158
constexpr int PublicKeyFileBytes = AlgBytes + KeyIdBytes + int(crypto_sign_PUBLICKEYBYTES);     // 42
constexpr int SignatureBytes = AlgBytes + KeyIdBytes + int(crypto_sign_BYTES);                  // 74
constexpr int CommentMaxBytes = 1024;
constexpr int TrustedCommentMaxBytes = 8192;
const QByteArray UntrustedPrefix = QByteArrayLiteral("untrusted comment: ");
const QByteArray TrustedPrefix = QByteArrayLiteral("trusted comment: ");

QString tr(const char *text)
{
    return Minisign::tr(text);
}

// Strict base64: decodes without errors and encodes back to exactly the same text, so no two texts
// (e.g. differing in unused bits of the last character) stand for the same bytes.
std::optional<QByteArray> strictBase64(const QByteArray &text, int expectedBytes)
{
    const auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != expectedBytes || decoded.decoded.toBase64() != text) {
        return std::nullopt;
    }
    return decoded.decoded;
}

// The lines of text, each ended by '\n' (the last one may lack it); nothing when a line is too long,
// holds a carriage return or a NUL, or the count is wrong.
std::optional<QList<QByteArray>> exactLines(const QByteArray &text, int count)
{
    if (text.size() > TrustedCommentMaxBytes + 4 * CommentMaxBytes) {
        return std::nullopt;
    }
    QList<QByteArray> lines = text.split('\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty()) {
        lines.removeLast();
    }
    if (lines.size() != count) {
        return std::nullopt;
    }
    for (const QByteArray &line : lines) {
        if (line.contains('\r') || line.contains('\0')) {
            return std::nullopt;
        }
    }
    return lines;
}

QByteArray generichash(int bytes, const QList<QByteArray> &parts)
{
    QByteArray out(bytes, '\0');
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, size_t(bytes));
    for (const QByteArray &part : parts) {
        crypto_generichash_update(&state, reinterpret_cast<const unsigned char *>(part.constData()),
                                  size_t(part.size()));
    }
    crypto_generichash_final(&state, reinterpret_cast<unsigned char *>(out.data()), size_t(bytes));
    return out;
}

const unsigned char *bytes(const QByteArray &data)
{
    return reinterpret_cast<const unsigned char *>(data.constData());
}

quint64 littleEndian64(const QByteArray &data, int at)
{
    quint64 value = 0;
    for (int i = 7; i >= 0; --i) {
        value = (value << 8) | quint8(data.at(at + i));
    }
    return value;
}

} // namespace

bool cryptoReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

QByteArray blake2b512(const QByteArray &data)
{
    cryptoReady();
    return generichash(int(crypto_generichash_BYTES_MAX), {data});
}

QByteArray blake2b512OfFile(const QString &path)
{
    cryptoReady();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, crypto_generichash_BYTES_MAX);
    QByteArray buffer(1 << 16, '\0');
    for (;;) {
        const qint64 got = file.read(buffer.data(), buffer.size());
        if (got < 0) {
            return {};
        }
        if (got == 0) {
            break;
        }
        crypto_generichash_update(&state, bytes(buffer), size_t(got));
    }
    QByteArray out(int(crypto_generichash_BYTES_MAX), '\0');
    crypto_generichash_final(&state, reinterpret_cast<unsigned char *>(out.data()), size_t(out.size()));
    return out;
}

QString PublicKey::keyIdText() const
{
    return QStringLiteral("%1")
        .arg(keyId.size() == KeyIdBytes ? littleEndian64(keyId, 0) : 0, 16, 16, QLatin1Char('0'))
        .toUpper();
}

QByteArray PublicKey::base64() const
{
    return (QByteArrayLiteral("Ed") + keyId + key).toBase64();
}

QByteArray PublicKey::fileText(const QString &comment) const
{
    return UntrustedPrefix + comment.toUtf8() + '\n' + base64() + '\n';
}

std::optional<PublicKey> PublicKey::parse(const QByteArray &text, QString *error)
{
    QByteArray line = text.trimmed();
    if (line.startsWith(UntrustedPrefix)) {
        const auto lines = exactLines(text, 2);
        if (!lines || lines->at(0).size() > UntrustedPrefix.size() + CommentMaxBytes) {
            *error = tr("it is not a minisign public key (two lines: a comment and the key).");
            return std::nullopt;
        }
        line = lines->at(1);
    }
    const auto decoded = strictBase64(line, PublicKeyFileBytes);
    if (!decoded) {
        *error = tr("it is not a minisign public key (the key line is not 56 characters of base64).");
        return std::nullopt;
    }
    if (!decoded->startsWith("Ed")) {
        *error = tr("it is not an Ed25519 minisign public key.");
        return std::nullopt;
    }
    return PublicKey{decoded->mid(AlgBytes, KeyIdBytes), decoded->mid(AlgBytes + KeyIdBytes)};
}

PublicKey SecretKey::publicKey() const
{
    QByteArray pk(int(crypto_sign_PUBLICKEYBYTES), '\0');
    crypto_sign_ed25519_sk_to_pk(reinterpret_cast<unsigned char *>(pk.data()), bytes(secret));
    return PublicKey{keyId, pk};
}

QByteArray SecretKey::fileText() const
{
    QByteArray data;
    data += "Ed";
    data += QByteArray(2, '\0'); // no key derivation: the key is not encrypted
    data += "B2";
    data += QByteArray(SaltBytes + 8 + 8, '\0');
    data += keyId;
    data += secret;
    data += QByteArray(ChecksumBytes, '\0'); // as minisign -G -W: an unencrypted key's checksum is zeros
    return UntrustedPrefix + "minisign secret key (not encrypted), written by myelin-build\n" + data.toBase64() + '\n';
}

SecretKey SecretKey::generate()
{
    cryptoReady();
    SecretKey key;
    key.keyId = QByteArray(KeyIdBytes, '\0');
    randombytes_buf(key.keyId.data(), size_t(KeyIdBytes));
    QByteArray pk(int(crypto_sign_PUBLICKEYBYTES), '\0');
    key.secret = QByteArray(int(crypto_sign_SECRETKEYBYTES), '\0');
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(pk.data()),
                        reinterpret_cast<unsigned char *>(key.secret.data()));
    return key;
}

bool SecretKey::isEncrypted(const QByteArray &text)
{
    const auto lines = exactLines(text, 2);
    if (!lines) {
        return false;
    }
    const auto decoded = strictBase64(lines->at(1), SecretKeyFileBytes);
    return decoded && decoded->mid(AlgBytes, AlgBytes) == "Sc";
}

std::optional<SecretKey> SecretKey::parse(const QByteArray &text, const QByteArray &password, QString *error)
{
    cryptoReady();
    const auto lines = exactLines(text, 2);
    const auto decoded = lines ? strictBase64(lines->at(1), SecretKeyFileBytes) : std::nullopt;
    if (!lines || !lines->at(0).startsWith(UntrustedPrefix) || !decoded) {
        *error = tr("it is not a minisign secret key file.");
        return std::nullopt;
    }
    const QByteArray &data = *decoded;
    const QByteArray kdf = data.mid(AlgBytes, AlgBytes);
    if (!data.startsWith("Ed") || data.mid(2 * AlgBytes, AlgBytes) != "B2" ||
        (kdf != QByteArray(2, '\0') && kdf != "Sc")) {
        *error = tr("it uses an algorithm Myelin does not know (only Ed25519 keys, BLAKE2b checksums and "
                    "scrypt encryption).");
        return std::nullopt;
    }
    const int saltAt = 3 * AlgBytes;
    const int keynumAt = saltAt + SaltBytes + 16;
    QByteArray keynum = data.mid(keynumAt, KeynumSecretBytes);
    if (kdf == "Sc") {
        if (password.isEmpty()) {
            *error = tr("the key is encrypted and no password was given.");
            return std::nullopt;
        }
        const quint64 opslimit = littleEndian64(data, saltAt + SaltBytes);
        const quint64 memlimit = littleEndian64(data, saltAt + SaltBytes + 8);
        // Far above what minisign uses (1 GiB of memory at most), so a damaged file cannot ask for more.
        if (memlimit > (quint64(1) << 31) || opslimit > (quint64(1) << 32)) {
            *error = tr("the key asks for more memory than a key may need to be decrypted.");
            return std::nullopt;
        }
        QByteArray stream(KeynumSecretBytes, '\0');
        if (crypto_pwhash_scryptsalsa208sha256(reinterpret_cast<unsigned char *>(stream.data()), size_t(stream.size()),
                                               password.constData(), size_t(password.size()),
                                               bytes(data.mid(saltAt, SaltBytes)), opslimit, size_t(memlimit)) != 0) {
            *error = tr("the key could not be decrypted (out of memory).");
            return std::nullopt;
        }
        for (int i = 0; i < KeynumSecretBytes; ++i) {
            keynum[i] = char(keynum.at(i) ^ stream.at(i));
        }
        sodium_memzero(stream.data(), size_t(stream.size()));
    }
    SecretKey key{keynum.left(KeyIdBytes), keynum.mid(KeyIdBytes, int(crypto_sign_SECRETKEYBYTES))};
    // minisign checks the checksum of encrypted keys only (an unencrypted key's is zeros). Every key's
    // public half must also be the one its seed makes.
    const QByteArray checksum = keynum.right(ChecksumBytes);
    const bool checksumOk = generichash(ChecksumBytes, {QByteArrayLiteral("Ed"), key.keyId, key.secret}) == checksum ||
                            (kdf != "Sc" && checksum == QByteArray(ChecksumBytes, '\0'));
    QByteArray pk(int(crypto_sign_PUBLICKEYBYTES), '\0');
    QByteArray sk(int(crypto_sign_SECRETKEYBYTES), '\0');
    crypto_sign_seed_keypair(reinterpret_cast<unsigned char *>(pk.data()), reinterpret_cast<unsigned char *>(sk.data()),
                             bytes(key.secret));
    const bool pairOk = sk == key.secret;
    sodium_memzero(sk.data(), size_t(sk.size()));
    if (!checksumOk || !pairOk) {
        *error = kdf == "Sc" ? tr("the password is wrong, or the key file is damaged.")
                             : tr("the key file is damaged (its checksum or key pair does not match).");
        return std::nullopt;
    }
    return key;
}

QByteArray Signature::fileText() const
{
    return UntrustedPrefix + untrustedComment + '\n' + ((prehashed ? "ED" : "Ed") + keyId + signature).toBase64() +
           '\n' + TrustedPrefix + trustedComment + '\n' + globalSignature.toBase64() + '\n';
}

std::optional<Signature> Signature::parse(const QByteArray &text, QString *error)
{
    const auto lines = exactLines(text, 4);
    if (!lines || !text.endsWith('\n')) {
        *error = tr("it is not a minisign signature (four lines).");
        return std::nullopt;
    }
    const QByteArray &untrusted = lines->at(0);
    const QByteArray &trusted = lines->at(2);
    if (!untrusted.startsWith(UntrustedPrefix) || untrusted.size() > UntrustedPrefix.size() + CommentMaxBytes ||
        !trusted.startsWith(TrustedPrefix) || trusted.size() > TrustedPrefix.size() + TrustedCommentMaxBytes) {
        *error = tr("it is not a minisign signature (its comment lines are wrong).");
        return std::nullopt;
    }
    const auto main = strictBase64(lines->at(1), SignatureBytes);
    const auto global = strictBase64(lines->at(3), int(crypto_sign_BYTES));
    if (!main || !global || !(main->startsWith("ED") || main->startsWith("Ed"))) {
        *error = tr("it is not a minisign Ed25519 signature (a signature line is not valid).");
        return std::nullopt;
    }
    Signature signature;
    signature.prehashed = main->startsWith("ED");
    signature.keyId = main->mid(AlgBytes, KeyIdBytes);
    signature.signature = main->mid(AlgBytes + KeyIdBytes);
    signature.untrustedComment = untrusted.mid(UntrustedPrefix.size());
    signature.trustedComment = trusted.mid(TrustedPrefix.size());
    signature.globalSignature = *global;
    return signature;
}

Signature Minisign::sign(const SecretKey &key, const QByteArray &message, const QByteArray &trustedComment)
{
    cryptoReady();
    Signature signature;
    signature.prehashed = true;
    signature.keyId = key.keyId;
    signature.untrustedComment = DefaultUntrustedComment;
    signature.trustedComment = trustedComment;
    signature.signature = QByteArray(int(crypto_sign_BYTES), '\0');
    const QByteArray hash = blake2b512(message);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.signature.data()), nullptr, bytes(hash),
                         size_t(hash.size()), bytes(key.secret));
    const QByteArray global = signature.signature + trustedComment;
    signature.globalSignature = QByteArray(int(crypto_sign_BYTES), '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.globalSignature.data()), nullptr, bytes(global),
                         size_t(global.size()), bytes(key.secret));
    return signature;
}

bool Minisign::verify(const PublicKey &key, const Signature &signature, const QByteArray &message)
{
    if (!cryptoReady() || key.key.size() != int(crypto_sign_PUBLICKEYBYTES) || signature.keyId != key.keyId ||
        signature.signature.size() != int(crypto_sign_BYTES) ||
        signature.globalSignature.size() != int(crypto_sign_BYTES)) {
        return false;
    }
    const QByteArray signedBytes = signature.prehashed ? blake2b512(message) : message;
    if (crypto_sign_verify_detached(bytes(signature.signature), bytes(signedBytes), size_t(signedBytes.size()),
                                    bytes(key.key)) != 0) {
        return false;
    }
    const QByteArray global = signature.signature + signature.trustedComment;
    return crypto_sign_verify_detached(bytes(signature.globalSignature), bytes(global), size_t(global.size()),
                                       bytes(key.key)) == 0;
}

} // namespace Myelin::Update
