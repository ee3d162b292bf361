// SPDX-License-Identifier: GPL-3.0-or-later
#include "handout.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace Myelin::Export {

namespace {

const QString FormatKey = QStringLiteral("myelinHandout");
const QString TitleKey = QStringLiteral("title");
const QString GroupKey = QStringLiteral("group");
const QString ContactKey = QStringLiteral("contact");
const QString ArticlesKey = QStringLiteral("articles");
const QString CoverKey = QStringLiteral("cover");
const QString ContentsKey = QStringLiteral("contents");
const QString GlossaryKey = QStringLiteral("glossary");
const QString TimelineKey = QStringLiteral("timeline");
const QString QuestionsKey = QStringLiteral("questions");
const QString TextSizeKey = QStringLiteral("textSize");
const QString LargePrintKey = QStringLiteral("largePrint");
const QString SavePaperKey = QStringLiteral("savePaper");
const QString PaperKey = QStringLiteral("paper");

// Line and column (from 1) of a byte offset, for JSON error messages people can act on.
QString position(const QByteArray &json, int offset)
{
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < json.size(); ++i) {
        if (json.at(i) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return Handout::tr("line %1, column %2").arg(line).arg(column);
}

} // namespace

QJsonObject Handout::toJson() const
{
    QJsonObject object;
    object.insert(FormatKey, FormatVersion);
    object.insert(TitleKey, title);
    object.insert(GroupKey, group);
    object.insert(ContactKey, contact);
    object.insert(ArticlesKey, QJsonArray::fromStringList(articles));
    object.insert(CoverKey, cover);
    object.insert(ContentsKey, contents);
    object.insert(GlossaryKey, glossary);
    object.insert(TimelineKey, timeline);
    object.insert(QuestionsKey, questions);
    object.insert(TextSizeKey, textPoints);
    object.insert(LargePrintKey, isLargePrint());
    object.insert(SavePaperKey, savePaper);
    object.insert(PaperKey, paperSizeId(paper));
    return object;
}

QByteArray Handout::toJsonBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
}

std::optional<Handout> Handout::fromJson(const QByteArray &json, QString *error, bool allowNoArticles)
{
    auto fail = [error](const QString &message) -> std::optional<Handout> {
        if (error != nullptr) {
            *error = message;
        }
        return std::nullopt;
    };
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return fail(
            tr("it is not valid JSON (%1 at %2)").arg(parseError.errorString(), position(json, parseError.offset)));
    }
    if (!document.isObject()) {
        return fail(tr("it must hold one JSON object { ... }"));
    }
    const QJsonObject object = document.object();

    if (object.contains(FormatKey)) {
        const QJsonValue format = object.value(FormatKey);
        if (!format.isDouble()) {
            return fail(tr("\"%1\" must be a number").arg(FormatKey));
        }
        if (format.toInt() > FormatVersion) {
            return fail(tr("it was made by a newer version of Myelin (handout format %1); this version reads format %2")
                            .arg(format.toInt())
                            .arg(FormatVersion));
        }
    }

    Handout handout;
    const auto readText = [&](const QString &key, QString *target) {
        if (!object.contains(key)) {
            return true;
        }
        const QJsonValue value = object.value(key);
        if (!value.isString()) {
            return false;
        }
        *target = value.toString();
        return true;
    };
    for (const auto &[key, target] : {std::pair{TitleKey, &handout.title}, std::pair{GroupKey, &handout.group},
                                      std::pair{ContactKey, &handout.contact}}) {
        if (!readText(key, target)) {
            return fail(tr("\"%1\" must be text in quotes").arg(key));
        }
    }

    const QJsonValue articles = object.value(ArticlesKey);
    if (articles.isUndefined()) {
        return fail(tr("it has no \"%1\" list").arg(ArticlesKey));
    }
    if (!articles.isArray()) {
        return fail(tr("\"%1\" must be a list of article names, like "
                       "[\"what-is-ms\", \"fatigue\"]")
                        .arg(ArticlesKey));
    }
    const QJsonArray list = articles.toArray();
    if (list.size() > MaximumArticles) {
        return fail(tr("\"%1\" lists %2 articles; a handout holds at most %3")
                        .arg(ArticlesKey)
                        .arg(list.size())
                        .arg(MaximumArticles));
    }
    for (int i = 0; i < list.size(); ++i) {
        const QString slug = list.at(i).toString().trimmed();
        if (!list.at(i).isString() || slug.isEmpty()) {
            return fail(tr("entry %1 of \"%2\" must be an article name in quotes").arg(i + 1).arg(ArticlesKey));
        }
        handout.articles.append(slug);
    }
    if (handout.articles.isEmpty() && !allowNoArticles) {
        return fail(tr("it lists no articles: add at least one article name to \"%1\"").arg(ArticlesKey));
    }

    for (const auto &[key, target] :
         {std::pair{CoverKey, &handout.cover}, std::pair{ContentsKey, &handout.contents},
          std::pair{GlossaryKey, &handout.glossary}, std::pair{TimelineKey, &handout.timeline},
          std::pair{QuestionsKey, &handout.questions}, std::pair{SavePaperKey, &handout.savePaper}}) {
        if (!object.contains(key)) {
            continue;
        }
        if (!object.value(key).isBool()) {
            return fail(tr("\"%1\" must be true or false").arg(key));
        }
        *target = object.value(key).toBool();
    }

    if (object.contains(TextSizeKey)) {
        const QJsonValue size = object.value(TextSizeKey);
        const double points = size.toDouble(-1);
        if (!size.isDouble() || points < MinimumTextPoints || points > MaximumTextPoints ||
            points != static_cast<int>(points)) {
            return fail(tr("\"%1\" must be a whole number of points from %2 to %3")
                            .arg(TextSizeKey)
                            .arg(MinimumTextPoints)
                            .arg(MaximumTextPoints));
        }
        handout.textPoints = static_cast<int>(points);
    } else if (object.contains(LargePrintKey)) {
        if (!object.value(LargePrintKey).isBool()) {
            return fail(tr("\"%1\" must be true or false").arg(LargePrintKey));
        }
        handout.textPoints = object.value(LargePrintKey).toBool() ? LargeTextPoints : StandardTextPoints;
    }

    if (object.contains(PaperKey)) {
        const auto paper = paperSizeFromId(object.value(PaperKey).toString());
        if (!object.value(PaperKey).isString() || !paper) {
            return fail(tr("\"%1\" must be \"A4\" or \"Letter\"").arg(PaperKey));
        }
        handout.paper = *paper;
    }
    return handout;
}

bool Handout::save(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toJsonBytes()) < 0 || !file.commit()) {
        if (error != nullptr) {
            *error = tr("Cannot save the handout file %1: %2").arg(path, file.errorString());
        }
        return false;
    }
    return true;
}

std::optional<Handout> Handout::load(const QString &path, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<Handout> {
        if (error != nullptr) {
            *error = message;
        }
        return std::nullopt;
    };
    const QFileInfo info(path);
    if (!info.exists()) {
        return fail(tr("The handout file %1 does not exist.").arg(path));
    }
    if (info.isDir()) {
        return fail(tr("The handout file %1 is a folder, not a file.").arg(path));
    }
    // Only a regular file: a device (/dev/zero) never ends and a pipe may never answer. Its size is not
    // trusted either (some files report 0): at most one byte more than the limit is read.
    if (!info.isFile()) {
        return fail(tr("The handout file %1 is not a regular file (a device, pipe or socket).").arg(path));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(tr("Cannot read the handout file %1: %2").arg(path, file.errorString()));
    }
    const QByteArray bytes = file.read(MaximumFileBytes + 1);
    if (bytes.size() > MaximumFileBytes) {
        return fail(tr("The handout file %1 is too large (over %2 KiB) to be a handout file.")
                        .arg(path)
                        .arg(MaximumFileBytes / 1024));
    }
    QString reason;
    auto handout = fromJson(bytes, &reason);
    if (!handout) {
        return fail(tr("The handout file %1 cannot be used: %2.").arg(path, reason));
    }
    return handout;
}

bool Handout::operator==(const Handout &other) const
{
    return title == other.title && group == other.group && contact == other.contact && articles == other.articles &&
           cover == other.cover && contents == other.contents && glossary == other.glossary &&
           timeline == other.timeline && questions == other.questions && textPoints == other.textPoints &&
           savePaper == other.savePaper && paper == other.paper;
}

} // namespace Myelin::Export
