// SPDX-License-Identifier: GPL-3.0-or-later
#include "contentstore.h"

#include "contentdiff.h"
#include "core/contentdatabase.h"
#include "core/schema.h"
#include "minisign.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>
#include <QStandardPaths>
#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace Myelin::Update {

struct ContentStore::State
{
    Origin current;
    std::optional<Origin> previous;
    std::optional<Origin> pending; // written just before current.db is replaced
    std::optional<WhatsNew> whatsNew;
    QString bundledVersion; // the bundled content's version when the pack was installed
};

namespace {

constexpr const char *CurrentName = "current.db";
constexpr const char *PreviousName = "previous.db";
constexpr const char *StateName = "state.json";
constexpr const char *IncomingName = "incoming.db.tmp";

QJsonObject toJson(const ContentStore::Origin &origin)
{
    return {{QStringLiteral("source"),
             origin.source == ContentStore::Origin::Source::Pack ? QStringLiteral("pack") : QStringLiteral("bundled")},
            {QStringLiteral("content_version"), origin.version},
            {QStringLiteral("content_date"), origin.date},
            {QStringLiteral("pack_file"), origin.packFile},
            {QStringLiteral("installed"), origin.installed},
            {QStringLiteral("signer"), origin.signer},
            {QStringLiteral("key_id"), origin.keyId},
            {QStringLiteral("blake2b_512"), QString::fromLatin1(origin.hash.toHex())}};
}

std::optional<ContentStore::Origin> originFrom(const QJsonValue &value)
{
    if (!value.isObject()) {
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    ContentStore::Origin origin;
    const QString source = object.value(QLatin1String("source")).toString();
    if (source != QLatin1String("pack") && source != QLatin1String("bundled")) {
        return std::nullopt;
    }
    origin.source =
        source == QLatin1String("pack") ? ContentStore::Origin::Source::Pack : ContentStore::Origin::Source::Bundled;
    origin.version = object.value(QLatin1String("content_version")).toString();
    origin.date = object.value(QLatin1String("content_date")).toString();
    origin.packFile = object.value(QLatin1String("pack_file")).toString();
    origin.installed = object.value(QLatin1String("installed")).toString();
    origin.signer = object.value(QLatin1String("signer")).toString();
    origin.keyId = object.value(QLatin1String("key_id")).toString();
    origin.hash = QByteArray::fromHex(object.value(QLatin1String("blake2b_512")).toString().toLatin1());
    if (origin.source == ContentStore::Origin::Source::Pack && origin.hash.size() != 64) {
        return std::nullopt;
    }
    return origin;
}

// Writes the file's data to the disk before it is renamed into place.
bool syncFile(QFile &file)
{
    if (!file.flush()) {
        return false;
    }
#ifdef Q_OS_WIN
    return _commit(file.handle()) == 0;
#else
    return ::fsync(file.handle()) == 0;
#endif
}

// So the renamed name itself is on the disk (POSIX; Windows' MoveFileEx write-through does it).
void syncFolder(const QString &folder)
{
#ifndef Q_OS_WIN
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(folder)
#endif
}

// Renames from over to in one step: to is the old file or the new one, never missing.
bool replaceFile(const QString &from, const QString &to)
{
#ifdef Q_OS_WIN
    return MoveFileExW(reinterpret_cast<const wchar_t *>(QDir::toNativeSeparators(from).utf16()),
                       reinterpret_cast<const wchar_t *>(QDir::toNativeSeparators(to).utf16()),
                       MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH) != 0;
#else
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
#endif
}

// Copies from to to (replacing it) and syncs it to the disk; on failure to is removed.
bool copyAndSync(const QString &from, const QString &to, QString *error)
{
    QFile::remove(to);
    QFile in(from);
    QFile out(to);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error =
            ContentStore::tr("cannot copy %1 to %2.").arg(QDir::toNativeSeparators(from), QDir::toNativeSeparators(to));
        return false;
    }
    QByteArray buffer(1 << 16, '\0');
    qint64 got = 0;
    while ((got = in.read(buffer.data(), buffer.size())) > 0) {
        if (out.write(buffer.constData(), got) != got) {
            got = -1;
            break;
        }
    }
    if (got < 0 || !syncFile(out)) {
        *error = ContentStore::tr("cannot write %1 (%2).").arg(QDir::toNativeSeparators(to), out.errorString());
        out.close();
        QFile::remove(to);
        return false;
    }
    return true;
}

// Copies from to a temporary name beside to, syncs it, and renames it over to.
bool copyAtomically(const QString &from, const QString &to, QString *error)
{
    const QString temporary = to + QStringLiteral(".tmp");
    if (!copyAndSync(from, temporary, error)) {
        return false;
    }
    if (!replaceFile(temporary, to)) {
        *error = ContentStore::tr("cannot rename %1 to %2.")
                     .arg(QDir::toNativeSeparators(temporary), QDir::toNativeSeparators(to));
        QFile::remove(temporary);
        return false;
    }
    return true;
}

QString bundledVersion(const QString &bundledPath)
{
    const auto opened = ContentDatabase::open(bundledPath);
    return opened.database ? opened.database->meta(QLatin1String(Schema::MetaContentVersion)) : QString();
}

} // namespace

QString ContentStore::Origin::describe() const
{
    switch (source) {
    case Source::Bundled:
        return tr("bundled with Myelin");
    case Source::File:
        return tr("from the file given on the command line");
    case Source::Pack:
        break;
    }
    const QDateTime when = QDateTime::fromString(installed, Qt::ISODate);
    const QString date = when.isValid() ? QLocale().toString(when.date(), QLocale::LongFormat) : installed;
    return tr("from the update pack %1, installed %2").arg(packFile.isEmpty() ? tr("(unnamed)") : packFile, date);
}

ContentStore::ContentStore(QString folder) : m_folder(std::move(folder)) {}

QString ContentStore::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/content");
}

QString ContentStore::currentPath() const
{
    return QDir(m_folder).filePath(QLatin1String(CurrentName));
}

QString ContentStore::previousPath() const
{
    return QDir(m_folder).filePath(QLatin1String(PreviousName));
}

std::optional<ContentStore::State> ContentStore::readState() const
{
    QFile file(QDir(m_folder).filePath(QLatin1String(StateName)));
    if (!file.open(QIODevice::ReadOnly) || file.size() > (16 << 20)) {
        return std::nullopt;
    }
    const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    const auto current = originFrom(object.value(QLatin1String("current")));
    if (!current) {
        return std::nullopt;
    }
    State state;
    state.current = *current;
    state.previous = originFrom(object.value(QLatin1String("previous")));
    state.pending = originFrom(object.value(QLatin1String("pending")));
    state.bundledVersion = object.value(QLatin1String("bundled_version")).toString();
    if (object.value(QLatin1String("whats_new")).isObject()) {
        const QJsonObject news = object.value(QLatin1String("whats_new")).toObject();
        WhatsNew whatsNew;
        whatsNew.from = news.value(QLatin1String("from")).toString();
        whatsNew.to = news.value(QLatin1String("to")).toString();
        whatsNew.changes.added = articlesFromJson(news.value(QLatin1String("added")));
        whatsNew.changes.changed = articlesFromJson(news.value(QLatin1String("changed")));
        whatsNew.changes.removed = articlesFromJson(news.value(QLatin1String("removed")));
        whatsNew.shown = news.value(QLatin1String("shown")).toBool();
        state.whatsNew = whatsNew;
    }
    return state;
}

bool ContentStore::writeState(const State &state, QString *error) const
{
    QJsonObject object{{QStringLiteral("format_version"), 1},
                       {QStringLiteral("current"), toJson(state.current)},
                       {QStringLiteral("bundled_version"), state.bundledVersion}};
    if (state.previous) {
        object.insert(QStringLiteral("previous"), toJson(*state.previous));
    }
    if (state.pending) {
        object.insert(QStringLiteral("pending"), toJson(*state.pending));
    }
    if (state.whatsNew) {
        object.insert(QStringLiteral("whats_new"),
                      QJsonObject{{QStringLiteral("from"), state.whatsNew->from},
                                  {QStringLiteral("to"), state.whatsNew->to},
                                  {QStringLiteral("added"), articlesToJson(state.whatsNew->changes.added)},
                                  {QStringLiteral("changed"), articlesToJson(state.whatsNew->changes.changed)},
                                  {QStringLiteral("removed"), articlesToJson(state.whatsNew->changes.removed)},
                                  {QStringLiteral("shown"), state.whatsNew->shown}});
    }
    QSaveFile file(QDir(m_folder).filePath(QLatin1String(StateName)));
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(object).toJson()) < 0 || !file.commit()) {
        *error = tr("cannot write %1 (%2).").arg(QDir::toNativeSeparators(file.fileName()), file.errorString());
        return false;
    }
    return true;
}

ContentStore::Choice ContentStore::choose(const QString &bundledPath)
{
    m_bundledPath = bundledPath;
    Choice bundled{bundledPath, {}, {}};
    const bool haveFile = QFileInfo::exists(currentPath());
    auto state = readState();
    if (!state) {
        if (haveFile) {
            bundled.warning = tr("The installed content update cannot be used: its record (%1) is missing or damaged. "
                                 "Myelin shows the content it came with; install the update again to use it.")
                                  .arg(QDir::toNativeSeparators(QDir(m_folder).filePath(QLatin1String(StateName))));
        }
        return bundled;
    }
    if (state->current.source != Origin::Source::Pack) {
        return bundled;
    }
    const QString version = state->current.version;
    if (!haveFile) {
        bundled.warning = tr("The installed content update (version %1) is missing from %2. Myelin shows the "
                             "content it came with.")
                              .arg(version, QDir::toNativeSeparators(m_folder));
        return bundled;
    }
    const QByteArray hash = blake2b512OfFile(currentPath());
    if (hash != state->current.hash) {
        if (state->pending && hash == state->pending->hash) {
            // The update was renamed into place but not yet recorded: finish it.
            if (state->current.source == Origin::Source::Pack) {
                state->previous = state->current;
            }
            state->current = *state->pending;
            state->pending.reset();
            state->whatsNew.reset();
            QString ignored;
            writeState(*state, &ignored);
        } else {
            bundled.warning = tr("The installed content update (version %1) is damaged: its file %2 has changed. "
                                 "Myelin shows the content it came with; install the update again to use it.")
                                  .arg(version, QDir::toNativeSeparators(currentPath()));
            return bundled;
        }
    }
    {
        const auto opened = ContentDatabase::open(currentPath());
        if (!opened.database) {
            bundled.warning = tr("The installed content update (version %1) cannot be used. Myelin shows the content "
                                 "it came with. %2")
                                  .arg(state->current.version, opened.message);
            return bundled;
        }
    }
    // A newer Myelin may come with newer content than an old update: the newer one is shown. (Not when
    // the user went back to older content on purpose: the bundled content is then the same as before.)
    if (const QString shipped = bundledVersion(bundledPath);
        !shipped.isEmpty() && shipped != state->bundledVersion &&
        compareContentVersions(shipped, state->current.version) > 0) {
        return bundled;
    }
    return {currentPath(), state->current, {}};
}

bool ContentStore::install(const PackCheck::Result &checked, const QString &packPath, const Choice &inUse,
                           QString *error)
{
    if (!checked.accepted() || checked.databasePath.isEmpty()) {
        *error = checked.message.isEmpty() ? tr("the pack was not checked.") : checked.message;
        return false;
    }
    if (!QDir().mkpath(m_folder)) {
        *error = tr("cannot make the folder %1.").arg(QDir::toNativeSeparators(m_folder));
        return false;
    }
    const QString incoming = QDir(m_folder).filePath(QLatin1String(IncomingName));
    if (!copyAndSync(checked.databasePath, incoming, error)) {
        return false;
    }
    if (!step(QStringLiteral("copied"))) {
        return false;
    }
    Origin origin;
    origin.source = Origin::Source::Pack;
    origin.version = checked.manifest.contentVersion;
    origin.date = checked.manifest.contentDate;
    origin.packFile = QFileInfo(packPath).fileName();
    origin.installed = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    origin.signer = checked.signer.name;
    origin.keyId = checked.signer.key.keyIdText();
    origin.hash = blake2b512OfFile(incoming);
    if (origin.hash != checked.manifest.databaseHash) {
        QFile::remove(incoming);
        *error = tr("the copy in %1 does not match the pack (is the disk full or failing?).")
                     .arg(QDir::toNativeSeparators(m_folder));
        return false;
    }

    State state;
    state.current = inUse.origin;
    if (auto old = readState()) {
        state.previous = old->previous;
        state.whatsNew = old->whatsNew;
    }
    // The content in use becomes the previous one: a pack's file is copied (current.db stays whole).
    if (inUse.origin.source == Origin::Source::Pack && inUse.path == currentPath()) {
        if (!copyAtomically(currentPath(), previousPath(), error)) {
            QFile::remove(incoming);
            return false;
        }
    }
    if (!step(QStringLiteral("previous-kept"))) {
        return false;
    }
    ContentChanges changes;
    QString diffError;
    compareContent(inUse.path, incoming, &changes, &diffError); // What's New; an unreadable old file lists all as new

    state.pending = origin;
    if (!writeState(state, error)) {
        QFile::remove(incoming);
        return false;
    }
    if (!step(QStringLiteral("pending-written"))) {
        return false;
    }
    if (!replaceFile(incoming, currentPath())) {
        *error = tr("cannot rename %1 to %2.")
                     .arg(QDir::toNativeSeparators(incoming), QDir::toNativeSeparators(currentPath()));
        QFile::remove(incoming);
        return false;
    }
    syncFolder(m_folder);
    if (!step(QStringLiteral("renamed"))) {
        return false;
    }
    Origin before = inUse.origin;
    if (before.version.isEmpty()) {
        before.version = bundledVersion(inUse.path);
    }
    State done;
    done.current = origin;
    done.bundledVersion = m_bundledPath.isEmpty() ? QString() : bundledVersion(m_bundledPath);
    done.previous = before.source == Origin::Source::File ? std::nullopt : std::optional<Origin>(before);
    done.whatsNew = WhatsNew{before.version, origin.version, changes, false};
    if (!writeState(done, error)) {
        return false;
    }
    if (!done.previous || done.previous->source != Origin::Source::Pack) {
        QFile::remove(previousPath()); // nothing to go back to in it
    }
    return true;
}

bool ContentStore::canGoBack() const
{
    const auto state = readState();
    return state && state->current.source == Origin::Source::Pack;
}

ContentStore::Origin ContentStore::goBackTarget() const
{
    const auto state = readState();
    if (state && state->previous && state->previous->source == Origin::Source::Pack &&
        QFileInfo::exists(previousPath())) {
        return *state->previous;
    }
    return {};
}

bool ContentStore::goBack(QString *error)
{
    auto state = readState();
    if (!state || state->current.source != Origin::Source::Pack) {
        *error = tr("there is no content update to go back from.");
        return false;
    }
    const Origin target = goBackTarget();
    State next;
    next.current = target;
    next.bundledVersion = state->bundledVersion;
    if (target.source == Origin::Source::Pack) {
        if (blake2b512OfFile(previousPath()) != target.hash) {
            *error = tr("the previous content (%1) is damaged.").arg(QDir::toNativeSeparators(previousPath()));
            return false;
        }
        state->pending = target; // so an interruption after the rename is finished at the next start
        if (!writeState(*state, error)) {
            return false;
        }
        if (!replaceFile(previousPath(), currentPath())) {
            *error = tr("cannot rename %1 to %2.")
                         .arg(QDir::toNativeSeparators(previousPath()), QDir::toNativeSeparators(currentPath()));
            return false;
        }
        syncFolder(m_folder);
        return writeState(next, error);
    }
    // Back to the bundled content: recorded first, so a stray current.db is never used again.
    if (!writeState(next, error)) {
        return false;
    }
    QFile::remove(currentPath());
    QFile::remove(previousPath());
    return true;
}

std::optional<ContentStore::WhatsNew> ContentStore::whatsNew() const
{
    const auto state = readState();
    return state ? state->whatsNew : std::nullopt;
}

void ContentStore::markWhatsNewShown()
{
    auto state = readState();
    if (state && state->whatsNew && !state->whatsNew->shown) {
        state->whatsNew->shown = true;
        QString ignored;
        writeState(*state, &ignored);
    }
}

} // namespace Myelin::Update
