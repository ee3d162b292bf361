// SPDX-License-Identifier: GPL-3.0-or-later
// Safe, checked access to YAML documents: every problem becomes a file:line diagnostic, never an
// exception. Lines are 1-based file lines: yaml-cpp's 0-based line plus the offset of the YAML text
// within its file.
#ifndef MYELIN_COMPILER_YAMLMAP_H
#define MYELIN_COMPILER_YAMLMAP_H

#include "contentmodel.h"
#include "diagnostics.h"

#include <initializer_list>
#include <map>
#include <optional>
#include <string>
#include <yaml-cpp/yaml.h>

namespace Myelin::Compiler {

// Where a YAML text sits: its file and the file line of its first line.
struct YamlLocation
{
    QString file;
    int firstLine = 1;

    // The file line of a node, or fallback if the node has no position.
    int lineOf(const YAML::Node &node, int fallback) const;
};

// Parses YAML text. A syntax error is reported with its line and gives std::nullopt.
std::optional<YAML::Node> parseYaml(const QString &text, const YamlLocation &where, Diagnostics &diagnostics);

// The scalar text of a node (trimmed); empty for anything but a scalar.
QString scalarText(const YAML::Node &node);

enum class Need
{
    Required,
    Optional,
};

// One YAML mapping ("field: value" lines). Duplicate and non-text field names are reported on
// construction; the typed getters report missing fields and wrong types.
class YamlMap
{
public:
    // context names the mapping in messages ("in source"), or is empty.
    YamlMap(const YAML::Node &node, const YamlLocation &where, Diagnostics &diagnostics, const QString &context = {});

    int line() const { return m_line; }
    int keyLine(const char *key) const;
    int lineOf(const YAML::Node &node) const { return m_where.lineOf(node, m_line); }
    const YamlLocation &location() const { return m_where; }
    Diagnostics &diagnostics() const { return m_diagnostics; }

    // Present with a non-null value.
    bool has(const char *key) const;
    YAML::Node value(const char *key) const;

    // Non-empty text.
    std::optional<QString> text(const char *key, Need need);
    // A whole number written in decimal.
    std::optional<qint64> integer(const char *key, Need need);
    // A list of non-empty text items, each with its line. Null counts as an empty list.
    std::optional<QList<Reference>> textList(const char *key, Need need);
    // A mapping or a list: the node, checked for its type.
    std::optional<YAML::Node> mapping(const char *key, Need need);
    std::optional<YAML::Node> list(const char *key, Need need);

    // Warns about fields not in known (usually a typing mistake).
    void warnUnknownFields(std::initializer_list<const char *> known);

    void error(int line, const QString &message) { m_diagnostics.error(m_where.file, line, message); }
    void warning(int line, const QString &message) { m_diagnostics.warning(m_where.file, line, message); }

private:
    struct Entry
    {
        YAML::Node key;
        YAML::Node value;
    };

    QString suffix() const;
    void reportMissing(const char *key);
    const Entry *find(const char *key) const;

    YamlLocation m_where;
    Diagnostics &m_diagnostics;
    QString m_context;
    int m_line = 1;
    std::map<std::string, Entry> m_entries;
};

// A source given as a mapping with title, publisher, year and url (http or https).
std::optional<SourceRef> readSource(const YAML::Node &node, const YamlLocation &where, Diagnostics &diagnostics,
                                    int fallbackLine);

// "a mapping", "a list", "text" or "nothing", for messages about wrong types.
QString describeNode(const YAML::Node &node);

} // namespace Myelin::Compiler

#endif // MYELIN_COMPILER_YAMLMAP_H
