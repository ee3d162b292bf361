// SPDX-License-Identifier: GPL-3.0-or-later
// A handout booklet as a volunteer describes it: cover details, articles in order and options. Saved
// and reopened as a small JSON file, so the same pack can be printed again next month.
#ifndef MYELIN_EXPORT_HANDOUT_H
#define MYELIN_EXPORT_HANDOUT_H

#include "exportformat.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace Myelin::Export {

class Handout
{
    Q_DECLARE_TR_FUNCTIONS(Myelin::Export::Handout)

public:
    static constexpr int FormatVersion = 1;
    static constexpr qint64 MaximumFileBytes = 1024 * 1024;
    // More articles than any booklet a group would photocopy; a longer list is a damaged file.
    static constexpr int MaximumArticles = 200;

    QString title;
    QString group;
    QString contact;      // several lines: address, phone, meeting times
    QStringList articles; // slugs, in the order they are printed
    bool cover = true;
    bool contents = true;
    bool glossary = false;
    bool timeline = false;
    // The user's own "Questions for my next appointment" page, last (taken from their list when printed).
    bool questions = false;
    int textPoints = StandardTextPoints;
    // Fewer sheets to photocopy: narrow margins and a smaller footer (with a text size of 12 to 14 pt).
    bool savePaper = false;
    PaperSize paper = PaperSize::A4;

    bool isLargePrint() const { return textPoints >= LargeTextPoints; }

    QJsonObject toJson() const;
    QByteArray toJsonBytes() const;
    // Reads a handout; on failure returns nullopt and sets *error to the reason, e.g. "\"paper\" must be
    // \"A4\" or \"Letter\"" (without the file name: load() adds it).
    // allowNoArticles: for a remembered handout whose cover details are still worth having.
    static std::optional<Handout> fromJson(const QByteArray &json, QString *error, bool allowNoArticles = false);

    // Whole-file helpers: messages name the file.
    bool save(const QString &path, QString *error) const;
    static std::optional<Handout> load(const QString &path, QString *error);

    bool operator==(const Handout &other) const;
    bool operator!=(const Handout &other) const { return !(*this == other); }
};

} // namespace Myelin::Export

#endif // MYELIN_EXPORT_HANDOUT_H
