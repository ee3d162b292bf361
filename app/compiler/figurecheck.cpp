// SPDX-License-Identifier: GPL-3.0-or-later
#include "figurecheck.h"

#include <QRegularExpression>
#include <QSet>
#include <cmark-gfm.h>
#include <memory>

namespace Myelin::Compiler {

namespace {

QString fromCmark(const char *text)
{
    return text == nullptr ? QString() : QString::fromUtf8(text);
}

QString typeName(cmark_node *node)
{
    return fromCmark(cmark_node_get_type_string(node));
}

// Splits the inline content of one block into sentences and records which ones carry a marker.
class SentenceSplitter
{
public:
    SentenceSplitter(int line, bool wholeBlockIsOneSentence) : m_line(line), m_oneSentence(wholeBlockIsOneSentence) {}

    void addText(const QString &text)
    {
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (m_closing) {
                if (c.isSpace() || isClosingMark(c)) {
                    continue;
                }
                finish();
            }
            if (m_current.isEmpty()) {
                m_startLine = m_line;
            }
            m_current.append(c);
            if (!m_oneSentence && isTerminator(c) && endsSentence(text, i)) {
                m_closing = true;
            }
        }
    }

    void addBreak()
    {
        ++m_line;
        addText(QStringLiteral(" "));
    }

    // A marker belongs to the sentence being read, or, right after a full stop, to the one it ends.
    void addCitation() { m_cited = true; }

    QList<FigureSentence> sentences()
    {
        finish();
        return m_done;
    }

private:
    static bool isTerminator(QChar c) { return c == u'.' || c == u'!' || c == u'?'; }
    static bool isClosingMark(QChar c)
    {
        return c == u'"' || c == u'\'' || c == u')' || c == u']' || c == QChar(0x201D) || c == QChar(0x2019);
    }

    // A full stop after an abbreviation ("e.g.", "Dr.") or an initial ("J. Smith") does not end a
    // sentence, nor does one inside a number ("2.5") or a name ("myelin.org"). "MS." does: in this
    // content it is the illness, not a title.
    bool endsSentence(const QString &text, qsizetype at) const
    {
        qsizetype next = at + 1;
        while (next < text.size() && isClosingMark(text.at(next))) {
            ++next;
        }
        if (next < text.size() && !text.at(next).isSpace()) {
            return false;
        }
        if (text.at(at) != u'.') {
            return true;
        }
        // A numbered point ("**1.** A safeguarding lead") is not a sentence of its own.
        static const QRegularExpression listNumber(QStringLiteral("^\\s*\\d{1,2}\\.$"));
        if (listNumber.match(m_current).hasMatch()) {
            return false;
        }
        static const QRegularExpression lastWord(QStringLiteral("([A-Za-z.]+)\\.$"));
        const QRegularExpressionMatch match = lastWord.match(m_current);
        if (!match.hasMatch()) {
            return true;
        }
        static const QSet<QString> abbreviations = {
            QStringLiteral("e.g"), QStringLiteral("i.e"),    QStringLiteral("etc"), QStringLiteral("dr"),
            QStringLiteral("mr"),  QStringLiteral("mrs"),    QStringLiteral("vs"),  QStringLiteral("st"),
            QStringLiteral("al"),  QStringLiteral("approx"), QStringLiteral("prof")};
        const QString word = match.captured(1);
        if (word.size() == 1 && word.at(0).isUpper()) {
            return false; // an initial
        }
        return !abbreviations.contains(word.toLower()) && !word.contains(u'.');
    }

    void finish()
    {
        m_closing = false;
        const QString sentence = m_current.simplified();
        if (!sentence.isEmpty() && statesFigure(sentence)) {
            m_done.append(FigureSentence{m_startLine, sentence, m_cited});
        }
        m_current.clear();
        m_cited = false;
    }

    int m_line;
    int m_startLine = 0;
    bool m_oneSentence;
    bool m_closing = false;
    bool m_cited = false;
    QString m_current;
    QList<FigureSentence> m_done;
};

bool isCitation(cmark_node *node)
{
    return cmark_node_get_type(node) == CMARK_NODE_LINK &&
           fromCmark(cmark_node_get_url(node)).trimmed().startsWith(QLatin1String("source:"));
}

struct IterDeleter
{
    void operator()(cmark_iter *iter) const { cmark_iter_free(iter); }
};

// Feeds a block's inline content to the splitter: text and link text, not code, images or what is
// inside <kbd> (keys such as Ctrl+1). Iterative: content may nest deeper than the stack allows.
void feedInlines(cmark_node *block, SentenceSplitter &splitter)
{
    bool inKeyboard = false;
    const std::unique_ptr<cmark_iter, IterDeleter> iter(cmark_iter_new(block));
    cmark_event_type event;
    while ((event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE) {
        cmark_node *node = cmark_iter_get_node(iter.get());
        if (event != CMARK_EVENT_ENTER || node == block) {
            continue;
        }
        switch (cmark_node_get_type(node)) {
        case CMARK_NODE_TEXT:
            if (!inKeyboard) {
                splitter.addText(fromCmark(cmark_node_get_literal(node)));
            }
            break;
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK:
            splitter.addBreak();
            break;
        case CMARK_NODE_HTML_INLINE: {
            const QString tag = fromCmark(cmark_node_get_literal(node)).trimmed().toLower();
            if (tag.startsWith(QLatin1String("<kbd"))) {
                inKeyboard = true;
            } else if (tag == QLatin1String("</kbd>")) {
                inKeyboard = false;
            }
            break;
        }
        case CMARK_NODE_IMAGE:
            cmark_iter_reset(iter.get(), node, CMARK_EVENT_EXIT);
            break;
        case CMARK_NODE_LINK:
            if (isCitation(node)) {
                splitter.addCitation();
                cmark_iter_reset(iter.get(), node, CMARK_EVENT_EXIT);
            }
            break;
        default:
            break;
        }
    }
}

void keepFigures(SentenceSplitter &splitter, QList<FigureSentence> &found)
{
    found += splitter.sentences();
}

void collectTable(cmark_node *table, QList<FigureSentence> &found)
{
    bool header = true; // the first row holds the column names
    for (cmark_node *row = cmark_node_first_child(table); row != nullptr; row = cmark_node_next(row)) {
        if (!header) {
            SentenceSplitter splitter(cmark_node_get_start_line(row), true);
            for (cmark_node *cell = cmark_node_first_child(row); cell != nullptr; cell = cmark_node_next(cell)) {
                feedInlines(cell, splitter);
                splitter.addText(QStringLiteral("; "));
            }
            keepFigures(splitter, found);
        }
        header = false;
    }
}

} // namespace

QList<FigureSentence> findFigures(cmark_node *document)
{
    QList<FigureSentence> found;
    if (document == nullptr) {
        return found;
    }
    const std::unique_ptr<cmark_iter, IterDeleter> iter(cmark_iter_new(document));
    cmark_event_type event;
    while ((event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE) {
        cmark_node *node = cmark_iter_get_node(iter.get());
        if (event != CMARK_EVENT_ENTER) {
            continue;
        }
        const cmark_node_type type = cmark_node_get_type(node);
        if (type == CMARK_NODE_PARAGRAPH) {
            SentenceSplitter splitter(cmark_node_get_start_line(node), false);
            feedInlines(node, splitter);
            keepFigures(splitter, found);
        } else if (typeName(node) == QLatin1String("table")) {
            collectTable(node, found);
        } else if (type != CMARK_NODE_HEADING && type != CMARK_NODE_CODE_BLOCK && type != CMARK_NODE_HTML_BLOCK) {
            continue;
        }
        if (cmark_node_first_child(node) != nullptr) {
            cmark_iter_reset(iter.get(), node, CMARK_EVENT_EXIT);
        }
    }
    return found;
}

bool statesFigure(const QString &sentence)
{
    static const QString months =
        QStringLiteral("(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                       "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)");
    static const QRegularExpression notFigures[] = {
        // Dates: "5 June 2020", "June 5, 2020", "June 2020", "2020-06-05".
        QRegularExpression(QStringLiteral("\\b\\d{1,2}(?:st|nd|rd|th)? %1\\b(?: \\d{4})?").arg(months)),
        QRegularExpression(QStringLiteral("\\b%1 \\d{1,2}(?:st|nd|rd|th)?(?:, \\d{4})?\\b").arg(months)),
        QRegularExpression(QStringLiteral("\\b%1 \\d{4}\\b").arg(months)),
        QRegularExpression(QStringLiteral("\\b\\d{4}-\\d{2}(?:-\\d{2})?\\b")),
        // The number of a numbered point at the start ("1. A safeguarding lead.").
        QRegularExpression(QStringLiteral("^\\s*\\d{1,2}\\.(?=\\s)")),
        // Names and codes with digits: COVID-19, B12, D3, IPG640, H1N1; ordinals: 21st.
        QRegularExpression(QStringLiteral("\\b[A-Za-z]+-?\\d+[A-Za-z0-9]*\\b")),
        QRegularExpression(QStringLiteral("\\b\\d+(?:st|nd|rd|th)\\b")),
        // A year on its own, or a decade ("the 1990s"), unless a count follows ("1900 people").
        QRegularExpression(QStringLiteral("\\b(?:1[89]|20)\\d{2}s?\\b(?!\\s*(?:people|patients|participants|adults|"
                                          "children|women|men|cases|mg|IU|units|%))")),
        // Year ranges and spans written with a dash: 2006-2009, 2006–09.
        QRegularExpression(QStringLiteral("\\b(?:1[89]|20)\\d{2}\\s*[-\\x{2013}]\\s*\\d{2,4}\\b")),
    };
    QString rest = sentence;
    for (const QRegularExpression &pattern : notFigures) {
        rest.replace(pattern, QStringLiteral(" "));
    }
    static const QRegularExpression digit(QStringLiteral("\\d"));
    if (rest.contains(digit)) {
        return true;
    }
    static const QRegularExpression wordFigures(
        QStringLiteral(
            "\\b(?:(?:one|two|three|four|five|six|seven|eight|nine|ten)\\s+in\\s+(?:every\\s+)?(?:two|"
            "three|four|five|six|seven|eight|nine|ten|twenty|fifty|a\\s+hundred|hundred|a\\s+thousand|"
            "thousand)|per\\s*cent|(?:half|a\\s+third|a\\s+quarter|two\\s+thirds|three\\s+quarters)\\s+of\\s+"
            "(?:people|all|those|patients|participants|adults|women|men))\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return rest.contains(wordFigures);
}

} // namespace Myelin::Compiler
