// SPDX-License-Identifier: GPL-3.0-or-later
// Turns an article's sanitised HTML into readable plain text: paragraphs with blank lines between,
// underlined headings, "-" and "1." lists, pictures described by their captions, and outside links
// followed by their address, all wrapped to a fixed width.
#ifndef MYELIN_EXPORT_HTMLTEXT_H
#define MYELIN_EXPORT_HTMLTEXT_H

#include <QCoreApplication>
#include <QString>

namespace Myelin::Export {

class HtmlText
{
    Q_DECLARE_TR_FUNCTIONS(Myelin::Export::HtmlText)

public:
    static constexpr int DefaultWidth = 72;

    static QString toPlainText(const QString &html, int width = DefaultWidth);

    // Word-wraps one paragraph; the first line starts with firstPrefix, later lines with restPrefix.
    // Words longer than a line (web addresses) are kept whole on a line of their own.
    static QString wrap(const QString &text, int width, const QString &firstPrefix = {},
                        const QString &restPrefix = {});

    // A heading followed by a line of '=' (level 1) or '-' (other levels) of the same length.
    static QString underline(const QString &heading, int level);
};

} // namespace Myelin::Export

#endif // MYELIN_EXPORT_HTMLTEXT_H
