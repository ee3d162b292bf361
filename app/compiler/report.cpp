// SPDX-License-Identifier: GPL-3.0-or-later
#include "report.h"

#include <QMap>
#include <QStringList>
#include <algorithm>

namespace Myelin::Compiler {

namespace {

double median(QList<double> values)
{
    if (values.isEmpty()) {
        return 0.0;
    }
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 == 1 ? values.at(middle) : (values.at(middle - 1) + values.at(middle)) / 2.0;
}

} // namespace

QString formatReport(const Content &content)
{
    qsizetype slugWidth = 4;
    for (const Article &article : content.articles) {
        slugWidth = std::max(slugWidth, article.slug.size());
    }
    QStringList lines;
    const auto row = [slugWidth](const QString &slug, const QString &words, const QString &grade,
                                 const QString &sources, const QString &related, const QString &figures) {
        return QStringLiteral("%1  %2  %3  %4  %5  %6")
            .arg(slug, -int(slugWidth))
            .arg(words, 6)
            .arg(grade, 5)
            .arg(sources, 7)
            .arg(related, 7)
            .arg(figures, 7);
    };
    lines.append(row(QStringLiteral("slug"), QStringLiteral("words"), QStringLiteral("grade"),
                     QStringLiteral("sources"), QStringLiteral("related"), QStringLiteral("cited")));
    qint64 totalWords = 0;
    QList<double> grades;
    int cited = 0;
    int uncited = 0;
    QMap<QString, int> bySection;
    for (const Article &article : content.articles) {
        const int figures = article.citedFigures + int(article.uncitedFigures.size());
        lines.append(row(article.slug, QString::number(article.wordCount),
                         QString::number(article.readingGrade, 'f', 1), QString::number(article.sources.size()),
                         QString::number(article.related.size()),
                         QStringLiteral("%1/%2").arg(article.citedFigures).arg(figures)));
        totalWords += article.wordCount;
        grades.append(article.readingGrade);
        cited += article.citedFigures;
        uncited += int(article.uncitedFigures.size());
        if (article.hasParent) {
            ++bySection[article.parent.target];
        }
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
        lines.append(QStringLiteral("words: %1 in total, %2 per article; reading grade median %3, maximum %4")
                         .arg(totalWords)
                         .arg(totalWords / count)
                         .arg(QString::number(median(grades), 'f', 1))
                         .arg(QString::number(*std::max_element(grades.cbegin(), grades.cend()), 'f', 1)));
    }
    QStringList sections;
    for (auto it = bySection.cbegin(); it != bySection.cend(); ++it) {
        sections.append(QStringLiteral("%1 %2").arg(it.key()).arg(it.value()));
    }
    lines.append(QStringLiteral("articles under each parent: %1").arg(sections.join(QStringLiteral(", "))));
    lines.append(QStringLiteral("figures: %1 sentences state a number, %2 cite a source, %3 do not")
                     .arg(cited + uncited)
                     .arg(cited)
                     .arg(uncited));
    for (const Article &article : content.articles) {
        for (const Reference &figure : article.uncitedFigures) {
            lines.append(QStringLiteral("%1:%2: figure without a citation: %3")
                             .arg(article.file)
                             .arg(figure.line)
                             .arg(figure.target));
        }
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace Myelin::Compiler
