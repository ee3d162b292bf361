// SPDX-License-Identifier: GPL-3.0-or-later
#include "plaintextexport.h"

#include "core/articlerenderer.h"
#include "exportformat.h"
#include "htmltext.h"

#include <QStringList>

namespace Myelin::Export {

QString PlainTextExport::article(const Article &a, const QString &collection, const QDate &exported)
{
    const int width = HtmlText::DefaultWidth;
    QStringList parts;
    parts << HtmlText::underline(a.title, 1);
    if (!a.evidence.isEmpty()) {
        parts << HtmlText::wrap(
            tr("Evidence: %1. %2")
                .arg(ArticleRenderer::evidenceLabel(a.evidence), ArticleRenderer::evidenceExplanation(a.evidence)),
            width);
    }
    parts << HtmlText::wrap(tr("In short: %1").arg(a.summary.simplified()), width);
    QString body = HtmlText::toPlainText(a.html, width);
    while (body.endsWith(QLatin1Char('\n'))) {
        body.chop(1);
    }
    if (!body.isEmpty()) {
        parts << body;
    }
    if (!a.sources.isEmpty()) {
        QStringList sources;
        sources << HtmlText::underline(tr("Sources"), 2);
        for (int i = 0; i < a.sources.size(); ++i) {
            const Source &s = a.sources.at(i);
            const QString number = QStringLiteral("%1. ").arg(i + 1);
            const QString indent(number.size(), QLatin1Char(' '));
            sources << HtmlText::wrap(QStringLiteral("%1. %2, %3.").arg(s.title, s.publisher).arg(s.year), width,
                                      number, indent);
            sources << indent + s.url;
        }
        parts << sources.join(QLatin1Char('\n'));
    }
    parts << tr("Last reviewed: %1").arg(readableDate(a.reviewed));
    parts << HtmlText::wrap(ArticleRenderer::disclaimer(), width);
    QString from = tr("From %1, exported on %2.")
                       .arg(collection.isEmpty() ? ExportText::productName() : collection, readableDate(exported));
    parts << HtmlText::wrap(from, width);
    return parts.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
}

} // namespace Myelin::Export
