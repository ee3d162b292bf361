// SPDX-License-Identifier: GPL-3.0-or-later
// An article as plain text, for email or a word processor: title, evidence, summary, body, sources,
// reviewed date and the "information, not medical advice" note.
#ifndef MYELIN_EXPORT_PLAINTEXTEXPORT_H
#define MYELIN_EXPORT_PLAINTEXTEXPORT_H

#include "core/article.h"

#include <QCoreApplication>
#include <QDate>

namespace Myelin::Export {

class PlainTextExport
{
    Q_DECLARE_TR_FUNCTIONS(Myelin::Export::PlainTextExport)

public:
    // collection: the content's title and version ("Myelin knowledge base 2026.11.1"), printed at the end.
    static QString article(const Article &article, const QString &collection, const QDate &exported);
};

} // namespace Myelin::Export

#endif // MYELIN_EXPORT_PLAINTEXTEXPORT_H
