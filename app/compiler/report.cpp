// SPDX-License-Identifier: GPL-3.0-or-later
#include "report.h"

#include <QStringList>
#include <algorithm>

namespace Myelin::Compiler {

QString formatReport(const Content &content)
{
    qsizetype slugWidth = 4;
    for (const Article &article : content.articles) {
        slugWidth = std::max(slugWidth, article.slug.size());
    }
    QStringList lines;
    const auto row = [slugWidth](const QString &slug, const QString &words, const QString &grade,
                                 const QString &sources, const QString &related) {
        return QStringLiteral("%1  %2  %3  %4  %5")
            .arg(slug, -int(slugWidth))
            .arg(words, 6)
            .arg(grade, 5)
            .arg(sources, 7)
            .arg(related, 7);
    };
    lines.append(row(QStringLiteral("slug"), QStringLiteral("words"), QStringLiteral("grade"),
                     QStringLiteral("sources"), QStringLiteral("related")));
    qint64 totalWords = 0;
    double totalGrade = 0.0;
    for (const Article &article : content.articles) {
        lines.append(row(article.slug, QString::number(article.wordCount),
                         QString::number(article.readingGrade, 'f', 1), QString::number(article.sources.size()),
                         QString::number(article.related.size())));
        totalWords += article.wordCount;
        totalGrade += article.readingGrade;
    }
    const qsizetype count = content.articles.size();
    lines.append(QString());
    lines.append(QStringLiteral("articles: %1, terms: %2, events: %3, quotes: %4, images: %5")
                     .arg(count)
                     .arg(content.glossary.size())
                     .arg(content.timeline.size())
                     .arg(content.quotes.size())
                     .arg(content.images.size()));
    if (count > 0) {
        lines.append(QStringLiteral("words: %1 in total, %2 per article; average reading grade %3")
                         .arg(totalWords)
                         .arg(totalWords / count)
                         .arg(QString::number(totalGrade / double(count), 'f', 1)));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace Myelin::Compiler
