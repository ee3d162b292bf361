// SPDX-License-Identifier: GPL-3.0-or-later
#include "readability.h"

#include <QStringList>
#include <algorithm>
#include <cmath>

namespace Myelin::Compiler {

namespace {

bool isVowel(QChar c)
{
    switch (c.unicode()) {
    case 'a':
    case 'e':
    case 'i':
    case 'o':
    case 'u':
    case 'y':
        return true;
    default:
        return false;
    }
}

bool hasLetterOrDigit(const QString &word)
{
    for (const QChar c : word) {
        if (c.isLetterOrNumber()) {
            return true;
        }
    }
    return false;
}

bool endsSentence(const QString &word)
{
    QString trimmed = word;
    while (!trimmed.isEmpty() && (trimmed.back() == QLatin1Char('"') || trimmed.back() == QLatin1Char(')') ||
                                  trimmed.back() == QChar(0x201d) || trimmed.back() == QLatin1Char('\''))) {
        trimmed.chop(1);
    }
    return trimmed.endsWith(QLatin1Char('.')) || trimmed.endsWith(QLatin1Char('!')) ||
           trimmed.endsWith(QLatin1Char('?'));
}

} // namespace

int countSyllables(const QString &word)
{
    QString letters;
    for (const QChar c : word.normalized(QString::NormalizationForm_KD).toLower()) {
        if (c >= QLatin1Char('a') && c <= QLatin1Char('z')) {
            letters.append(c);
        }
    }
    if (letters.isEmpty()) {
        return 1;
    }
    if (letters.size() <= 3) {
        return 1;
    }
    int count = 0;
    bool previousVowel = false;
    for (const QChar c : letters) {
        const bool vowel = isVowel(c);
        if (vowel && !previousVowel) {
            ++count;
        }
        previousVowel = vowel;
    }
    // A final silent 'e' ("make"), but not "-le" after a consonant ("table") and not "-ee".
    if (letters.endsWith(QLatin1Char('e')) && count > 1) {
        const bool consonantLe =
            letters.endsWith(QLatin1String("le")) && letters.size() > 2 && !isVowel(letters.at(letters.size() - 3));
        if (!consonantLe && !letters.endsWith(QLatin1String("ee"))) {
            --count;
        }
    }
    // "-ed" is usually silent unless after t or d ("wanted"); "-es" after most consonants too.
    if ((letters.endsWith(QLatin1String("ed")) || letters.endsWith(QLatin1String("es"))) && count > 1 &&
        letters.size() > 3) {
        const QChar before = letters.at(letters.size() - 3);
        const bool voiced =
            letters.endsWith(QLatin1String("ed"))
                ? (before == QLatin1Char('t') || before == QLatin1Char('d'))
                : (before == QLatin1Char('s') || before == QLatin1Char('x') || before == QLatin1Char('z') ||
                   before == QLatin1Char('c') || before == QLatin1Char('g') || before == QLatin1Char('h'));
        if (!voiced && !isVowel(before)) {
            --count;
        }
    }
    return qMax(1, count);
}

Readability measureReadability(const QString &text)
{
    Readability result;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QStringList tokens = line.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        bool openSentence = false;
        for (const QString &token : tokens) {
            if (!hasLetterOrDigit(token)) {
                continue;
            }
            ++result.words;
            result.syllables += countSyllables(token);
            openSentence = true;
            if (endsSentence(token)) {
                ++result.sentences;
                openSentence = false;
            }
        }
        if (openSentence) {
            ++result.sentences;
        }
    }
    if (result.words == 0 || result.sentences == 0) {
        return result;
    }
    const double grade = 0.39 * double(result.words) / double(result.sentences) +
                         11.8 * double(result.syllables) / double(result.words) - 15.59;
    result.grade = std::max(0.0, std::round(grade * 10.0) / 10.0);
    return result;
}

QString normaliseWhitespace(const QString &text)
{
    return text.simplified();
}

} // namespace Myelin::Compiler
