// SPDX-License-Identifier: GPL-3.0-or-later
#include "yamlmap.h"

#include "formats.h"

#include <QRegularExpression>
#include <exception>

namespace Myelin::Compiler {

int YamlLocation::lineOf(const YAML::Node &node, int fallback) const
{
    try {
        if (!node.IsDefined()) {
            return fallback;
        }
        const YAML::Mark mark = node.Mark();
        if (mark.is_null() || mark.line < 0) {
            return fallback;
        }
        return firstLine + mark.line;
    } catch (const std::exception &) {
        return fallback;
    }
}

std::optional<YAML::Node> parseYaml(const QString &text, const YamlLocation &where, Diagnostics &diagnostics)
{
    try {
        return YAML::Load(text.toStdString());
    } catch (const YAML::Exception &e) {
        const int line = e.mark.is_null() || e.mark.line < 0 ? where.firstLine : where.firstLine + e.mark.line;
        diagnostics.error(where.file, line, QStringLiteral("YAML syntax error: %1").arg(QString::fromStdString(e.msg)));
    } catch (const std::exception &e) {
        diagnostics.error(where.file, where.firstLine,
                          QStringLiteral("YAML syntax error: %1").arg(QString::fromLocal8Bit(e.what())));
    }
    return std::nullopt;
}

QString scalarText(const YAML::Node &node)
{
    if (!node.IsDefined() || !node.IsScalar()) {
        return {};
    }
    return QString::fromStdString(node.Scalar()).trimmed();
}

QString describeNode(const YAML::Node &node)
{
    if (!node.IsDefined() || node.IsNull()) {
        return QStringLiteral("nothing");
    }
    if (node.IsMap()) {
        return QStringLiteral("a set of fields");
    }
    if (node.IsSequence()) {
        return QStringLiteral("a list");
    }
    return QStringLiteral("text");
}

YamlMap::YamlMap(const YAML::Node &node, const YamlLocation &where, Diagnostics &diagnostics, const QString &context)
    : m_where(where), m_diagnostics(diagnostics), m_context(context)
{
    m_line = where.lineOf(node, where.firstLine);
    if (!node.IsDefined() || !node.IsMap()) {
        return;
    }
    for (auto it = node.begin(); it != node.end(); ++it) {
        const YAML::Node key = it->first;
        const int line = where.lineOf(key, m_line);
        if (!key.IsScalar()) {
            error(line, QStringLiteral("field names must be plain text%1").arg(suffix()));
            continue;
        }
        const std::string name = key.Scalar();
        if (m_entries.count(name) != 0) {
            error(line, QStringLiteral("field '%1' is given twice%2").arg(QString::fromStdString(name), suffix()));
            continue;
        }
        m_entries.emplace(name, Entry{key, it->second});
    }
}

QString YamlMap::suffix() const
{
    return m_context.isEmpty() ? QString() : QStringLiteral(" in %1").arg(m_context);
}

const YamlMap::Entry *YamlMap::find(const char *key) const
{
    const auto it = m_entries.find(key);
    return it == m_entries.end() ? nullptr : &it->second;
}

int YamlMap::keyLine(const char *key) const
{
    const Entry *entry = find(key);
    return entry ? m_where.lineOf(entry->key, m_line) : m_line;
}

bool YamlMap::has(const char *key) const
{
    const Entry *entry = find(key);
    return entry && entry->value.IsDefined() && !entry->value.IsNull();
}

YAML::Node YamlMap::value(const char *key) const
{
    const Entry *entry = find(key);
    return entry ? entry->value : YAML::Node();
}

void YamlMap::reportMissing(const char *key)
{
    error(keyLine(key), QStringLiteral("missing required field '%1'%2").arg(QLatin1String(key), suffix()));
}

std::optional<QString> YamlMap::text(const char *key, Need need)
{
    if (!has(key)) {
        if (need == Need::Required) {
            reportMissing(key);
        }
        return std::nullopt;
    }
    const YAML::Node node = value(key);
    if (!node.IsScalar()) {
        error(
            keyLine(key),
            QStringLiteral("field '%1'%2 must be text, not %3").arg(QLatin1String(key), suffix(), describeNode(node)));
        return std::nullopt;
    }
    const QString result = scalarText(node);
    if (result.isEmpty()) {
        error(keyLine(key), QStringLiteral("field '%1'%2 must not be empty").arg(QLatin1String(key), suffix()));
        return std::nullopt;
    }
    return result;
}

std::optional<qint64> YamlMap::integer(const char *key, Need need)
{
    if (!has(key)) {
        if (need == Need::Required) {
            reportMissing(key);
        }
        return std::nullopt;
    }
    static const QRegularExpression pattern(QStringLiteral("^[+-]?[0-9]{1,15}$"));
    const YAML::Node node = value(key);
    const QString written = scalarText(node);
    if (!node.IsScalar() || !pattern.match(written).hasMatch()) {
        error(keyLine(key), QStringLiteral("field '%1'%2 must be a whole number, not '%3'")
                                .arg(QLatin1String(key), suffix(), node.IsScalar() ? written : describeNode(node)));
        return std::nullopt;
    }
    return written.toLongLong();
}

std::optional<QList<Reference>> YamlMap::textList(const char *key, Need need)
{
    const Entry *entry = find(key);
    if (!entry) {
        if (need == Need::Required) {
            reportMissing(key);
            return std::nullopt;
        }
        return QList<Reference>();
    }
    const YAML::Node node = entry->value;
    if (!node.IsDefined() || node.IsNull()) {
        return QList<Reference>();
    }
    if (!node.IsSequence()) {
        error(keyLine(key), QStringLiteral("field '%1'%2 must be a list such as [a, b], not %3")
                                .arg(QLatin1String(key), suffix(), describeNode(node)));
        return std::nullopt;
    }
    QList<Reference> result;
    bool ok = true;
    for (const YAML::Node &item : node) {
        const int line = lineOf(item);
        const QString itemText = scalarText(item);
        if (!item.IsScalar() || itemText.isEmpty()) {
            error(line, QStringLiteral("items of '%1'%2 must be text").arg(QLatin1String(key), suffix()));
            ok = false;
            continue;
        }
        result.append(Reference{itemText, line});
    }
    if (!ok) {
        return std::nullopt;
    }
    return result;
}

std::optional<YAML::Node> YamlMap::mapping(const char *key, Need need)
{
    if (!has(key)) {
        if (need == Need::Required) {
            reportMissing(key);
        }
        return std::nullopt;
    }
    const YAML::Node node = value(key);
    if (!node.IsMap()) {
        error(keyLine(key), QStringLiteral("field '%1'%2 must be a set of fields, not %3")
                                .arg(QLatin1String(key), suffix(), describeNode(node)));
        return std::nullopt;
    }
    return node;
}

std::optional<YAML::Node> YamlMap::list(const char *key, Need need)
{
    if (!has(key)) {
        if (need == Need::Required) {
            reportMissing(key);
        }
        return std::nullopt;
    }
    const YAML::Node node = value(key);
    if (!node.IsSequence()) {
        error(keyLine(key), QStringLiteral("field '%1'%2 must be a list, not %3")
                                .arg(QLatin1String(key), suffix(), describeNode(node)));
        return std::nullopt;
    }
    return node;
}

void YamlMap::warnUnknownFields(std::initializer_list<const char *> known)
{
    for (const auto &[name, entry] : m_entries) {
        bool found = false;
        for (const char *k : known) {
            if (name == k) {
                found = true;
                break;
            }
        }
        if (!found) {
            warning(m_where.lineOf(entry.key, m_line),
                    QStringLiteral("unknown field '%1'%2 is ignored").arg(QString::fromStdString(name), suffix()));
        }
    }
}

std::optional<SourceRef> readSource(const YAML::Node &node, const YamlLocation &where, Diagnostics &diagnostics,
                                    int fallbackLine)
{
    if (!node.IsDefined() || !node.IsMap()) {
        diagnostics.error(where.file, where.lineOf(node, fallbackLine),
                          QStringLiteral("a source must be a set of fields (title, publisher, year, url), not %1")
                              .arg(describeNode(node)));
        return std::nullopt;
    }
    YamlMap map(node, where, diagnostics, QStringLiteral("source"));
    const auto title = map.text("title", Need::Required);
    const auto publisher = map.text("publisher", Need::Required);
    const auto year = map.integer("year", Need::Required);
    const auto url = map.text("url", Need::Required);
    map.warnUnknownFields({"title", "publisher", "year", "url"});
    bool ok = title && publisher && year && url;
    if (year && (*year < 1000 || *year > 9999)) {
        map.error(map.keyLine("year"), QStringLiteral("source year %1 must have four digits").arg(*year));
        ok = false;
    }
    if (url && !isHttpUrl(*url)) {
        map.error(map.keyLine("url"),
                  QStringLiteral("source url '%1' must be a full http:// or https:// address").arg(*url));
        ok = false;
    }
    if (!ok) {
        return std::nullopt;
    }
    return SourceRef{*title, *publisher, int(*year), *url};
}

} // namespace Myelin::Compiler
