// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchwords.h"

#include "searchquery.h"

#include <QSet>

namespace Myelin::SearchWords {

QString normalise(const QString &word)
{
    QString text = word.toCaseFolded();
    for (const QChar apostrophe : {QChar(u'\''), QChar(0x2019)}) {
        const qsizetype at = text.indexOf(apostrophe);
        if (at > 0) {
            text.truncate(at);
        }
    }
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString plain;
    plain.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing) {
            plain.append(c);
        }
    }
    return plain;
}

const QRegularExpression &wordPattern()
{
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}]+"));
    return word;
}

QStringList split(const QString &text)
{
    QStringList words;
    const SearchQuery query = SearchQuery::parse(text, false);
    for (const QString &word : query.words()) {
        const QString normalised = normalise(word);
        if (!normalised.isEmpty()) {
            words.append(normalised);
        }
    }
    return words;
}

bool isStopWord(const QString &word)
{
    static const QSet<QString> words = {
        QStringLiteral("a"),       QStringLiteral("about"),  QStringLiteral("am"),     QStringLiteral("an"),
        QStringLiteral("and"),     QStringLiteral("any"),    QStringLiteral("are"),    QStringLiteral("as"),
        QStringLiteral("at"),      QStringLiteral("be"),     QStringLiteral("been"),   QStringLiteral("but"),
        QStringLiteral("by"),      QStringLiteral("can"),    QStringLiteral("could"),  QStringLiteral("did"),
        QStringLiteral("do"),      QStringLiteral("does"),   QStringLiteral("for"),    QStringLiteral("from"),
        QStringLiteral("get"),     QStringLiteral("got"),    QStringLiteral("had"),    QStringLiteral("has"),
        QStringLiteral("have"),    QStringLiteral("how"),    QStringLiteral("i"),      QStringLiteral("if"),
        QStringLiteral("im"),      QStringLiteral("in"),     QStringLiteral("into"),   QStringLiteral("is"),
        QStringLiteral("it"),      QStringLiteral("its"),    QStringLiteral("just"),   QStringLiteral("me"),
        QStringLiteral("might"),   QStringLiteral("my"),     QStringLiteral("of"),     QStringLiteral("on"),
        QStringLiteral("or"),      QStringLiteral("our"),    QStringLiteral("please"), QStringLiteral("should"),
        QStringLiteral("so"),      QStringLiteral("some"),   QStringLiteral("that"),   QStringLiteral("the"),
        QStringLiteral("their"),   QStringLiteral("them"),   QStringLiteral("there"),  QStringLiteral("these"),
        QStringLiteral("they"),    QStringLiteral("this"),   QStringLiteral("to"),     QStringLiteral("up"),
        QStringLiteral("was"),     QStringLiteral("we"),     QStringLiteral("were"),   QStringLiteral("what"),
        QStringLiteral("whats"),   QStringLiteral("when"),   QStringLiteral("where"),  QStringLiteral("which"),
        QStringLiteral("who"),     QStringLiteral("why"),    QStringLiteral("will"),   QStringLiteral("with"),
        QStringLiteral("would"),   QStringLiteral("you"),    QStringLiteral("your"),   QStringLiteral("mean"),
        QStringLiteral("meaning"), QStringLiteral("really"), QStringLiteral("very"),   QStringLiteral("cant"),
        QStringLiteral("dont"),    QStringLiteral("doesnt"), QStringLiteral("wont"),   QStringLiteral("isnt"),
        QStringLiteral("then"),    QStringLiteral("than"),   QStringLiteral("also"),   QStringLiteral("too"),
    };
    return words.contains(word);
}

bool isQuestionWord(const QString &word)
{
    static const QSet<QString> words = {
        QStringLiteral("what"),   QStringLiteral("whats"), QStringLiteral("how"),  QStringLiteral("why"),
        QStringLiteral("when"),   QStringLiteral("where"), QStringLiteral("who"),  QStringLiteral("which"),
        QStringLiteral("can"),    QStringLiteral("could"), QStringLiteral("is"),   QStringLiteral("are"),
        QStringLiteral("does"),   QStringLiteral("do"),    QStringLiteral("did"),  QStringLiteral("will"),
        QStringLiteral("should"), QStringLiteral("would"), QStringLiteral("cant"), QStringLiteral("am"),
    };
    return words.contains(word);
}

QStringList contentWords(const QStringList &words)
{
    QStringList kept;
    for (const QString &word : words) {
        if (!isStopWord(word)) {
            kept.append(word);
        }
    }
    return kept.isEmpty() ? words : kept;
}

QString roughStem(const QString &word)
{
    if (word.size() > 6 && word.endsWith(QLatin1String("ing"))) {
        return word.left(word.size() - 3); // starting -> start
    }
    if (word.size() > 4 && word.endsWith(QLatin1String("ies"))) {
        return word.left(word.size() - 3) + QLatin1Char('y');
    }
    if (word.size() > 3 && word.endsWith(QLatin1Char('s')) && !word.endsWith(QLatin1String("ss")) &&
        !word.endsWith(QLatin1String("us")) && !word.endsWith(QLatin1String("is"))) {
        return word.left(word.size() - 1);
    }
    return word;
}

} // namespace Myelin::SearchWords
