// SPDX-License-Identifier: GPL-3.0-or-later
// core/csssyntax: CSS escapes decoded as CSS Syntax Level 3 §4.3.7 says, and the tokens a browser sees.
#include "core/csssyntax.h"

#include <QtTest>

using namespace Myelin;

class TestCssSyntax : public QObject
{
    Q_OBJECT

private slots:
    void decodeEscapes_data()
    {
        QTest::addColumn<QString>("css");
        QTest::addColumn<QString>("decoded");
        const QString replacement(QChar(0xfffd));
        QTest::newRow("no escape") << QStringLiteral("a{fill:red}") << QStringLiteral("a{fill:red}");
        QTest::newRow("hex") << QStringLiteral("u\\72l(") << QStringLiteral("url(");
        QTest::newRow("hex and its space") << QStringLiteral("@\\69 mport") << QStringLiteral("@import");
        QTest::newRow("only one space") << QStringLiteral("\\69  x") << QStringLiteral("i x");
        QTest::newRow("CR LF is one space") << QStringLiteral("\\69\r\nx") << QStringLiteral("ix");
        QTest::newRow("tab after hex") << QStringLiteral("\\69\tx") << QStringLiteral("ix");
        QTest::newRow("six digits at most") << QStringLiteral("\\0000691") << QStringLiteral("i1");
        QTest::newRow("upper-case hex") << QStringLiteral("\\4C") << QStringLiteral("L");
        QTest::newRow("astral") << QStringLiteral("\\1F600") << QString::fromUtf8("\xF0\x9F\x98\x80");
        QTest::newRow("zero") << QStringLiteral("\\0") << replacement;
        QTest::newRow("surrogate") << QStringLiteral("\\d800") << replacement;
        QTest::newRow("too large") << QStringLiteral("\\110000") << replacement;
        QTest::newRow("any other character") << QStringLiteral("\\@\\(\\\\") << QStringLiteral("@(\\");
        QTest::newRow("g is not hex") << QStringLiteral("\\g") << QStringLiteral("g");
        QTest::newRow("escaped line break") << QStringLiteral("a\\\nb\\\r\nc\\\fd") << QStringLiteral("abcd");
        QTest::newRow("backslash at the end") << QStringLiteral("a\\") << QStringLiteral("a") + replacement;
        QTest::newRow("escaped surrogate pair")
            << QString::fromUtf8("\\\xF0\x9F\x98\x80") << QString::fromUtf8("\xF0\x9F\x98\x80");
    }

    void decodeEscapes()
    {
        QFETCH(QString, css);
        QFETCH(QString, decoded);
        QCOMPARE(Css::decodeEscapes(css), decoded);
    }

    void tokens()
    {
        const QString css = QStringLiteral("@\\69mport u\\72l( x.css ) /* c */ \\55RL(\"a\\\"b\") image-set(");
        const QList<Css::Token> tokens = Css::tokenize(css);
        QList<Css::TokenKind> kinds;
        QStringList values;
        for (const Css::Token &token : tokens) {
            kinds << token.kind;
            values << token.value;
        }
        using K = Css::TokenKind;
        QCOMPARE(kinds, (QList<K>{K::AtKeyword, K::Whitespace, K::Url, K::Whitespace, K::Comment, K::Whitespace,
                                  K::Function, K::String, K::Close, K::Whitespace, K::Function}));
        QCOMPARE(values.at(0), QStringLiteral("import"));
        QCOMPARE(values.at(2), QStringLiteral("x.css"));
        QCOMPARE(values.at(6), QStringLiteral("URL"));
        QCOMPARE(values.at(7), QStringLiteral("a\"b"));
        QCOMPARE(values.at(10), QStringLiteral("image-set"));
        // Every character belongs to one token, in order.
        qsizetype at = 0;
        for (const Css::Token &token : tokens) {
            QCOMPARE(token.start, at);
            QVERIFY(token.end > token.start);
            at = token.end;
        }
        QCOMPARE(at, css.size());
    }

    void commentsSplitTokens()
    {
        const QList<Css::Token> tokens = Css::tokenize(QStringLiteral("@im/**/port"));
        QCOMPARE(tokens.size(), 3);
        QCOMPARE(tokens.at(0).value, QStringLiteral("im"));
        QCOMPARE(tokens.at(1).kind, Css::TokenKind::Comment);
        QCOMPARE(tokens.at(2).value, QStringLiteral("port"));
    }

    void badUrl()
    {
        const QList<Css::Token> tokens = Css::tokenize(QStringLiteral("url(a b) url(a\"b) url(\\\n)"));
        QCOMPARE(tokens.size(), 5);
        QCOMPARE(tokens.at(0).kind, Css::TokenKind::BadUrl);
        QCOMPARE(tokens.at(2).kind, Css::TokenKind::BadUrl);
        QCOMPARE(tokens.at(4).kind, Css::TokenKind::BadUrl);
    }
};

QTEST_MAIN(TestCssSyntax)
#include "tst_csssyntax.moc"
