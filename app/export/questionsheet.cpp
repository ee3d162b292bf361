// SPDX-License-Identifier: GPL-3.0-or-later
#include "questionsheet.h"

#include "exportformat.h"
#include "printhtml.h"

namespace Myelin::Export {

QString QuestionSheet::title()
{
    return tr("Questions for my next appointment");
}

int QuestionSheet::answerLines(int questions)
{
    if (questions <= 2) {
        return 5;
    }
    if (questions == 3) {
        return 4;
    }
    return questions == 4 ? 3 : 2;
}

QString QuestionSheet::html(const PrintHtml &print, const QDate &printed) const
{
    const auto esc = [](const QString &text) { return text.toHtmlEscaped(); };
    QString body = QStringLiteral("<article class=\"questions-sheet\"><header><h1 id=\"title\">") + esc(title()) +
                   QStringLiteral("</h1><p class=\"questions-date\">") + esc(readableDate(printed)) +
                   QStringLiteral("</p></header><ol class=\"questions-list\">");
    QString lines;
    for (int i = 0; i < answerLines(int(items.size())); ++i) {
        lines += QStringLiteral("<span></span>");
    }
    for (const Item &item : items) {
        body +=
            QStringLiteral("<li><p class=\"question-text\">") + esc(item.text.simplified()) + QStringLiteral("</p>");
        if (!item.source.trimmed().isEmpty()) {
            body += QStringLiteral("<p class=\"question-source\">") + esc(item.source.simplified()) +
                    QStringLiteral("</p>");
        }
        body += QStringLiteral("<div class=\"answer-lines\" aria-label=\"%1\">%2</div></li>")
                    .arg(esc(tr("Space for the answer")), lines);
    }
    body += QStringLiteral("</ol></article>");
    return print.page(title(), body);
}

} // namespace Myelin::Export
