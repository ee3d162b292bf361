// SPDX-License-Identifier: GPL-3.0-or-later
// The interface translations shipped in translations/ (issue 22): every string of every language is
// finished and current, keeps each placeholder (%1, %n...) and its one keyboard accelerator (&), and
// says which way the language is written. English, the source language, needs only its plural forms.
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Entry
{
    QString context;
    QString source;
    QString type; // "", "unfinished", "obsolete", "vanished"
    bool numerus = false;
    QStringList translations; // one, or one per plural form
    qint64 line = 0;
};

QList<Entry> readCatalogue(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Entry> entries;
    QXmlStreamReader xml(&file);
    QString context;
    Entry entry;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            entry = Entry{context, {},
                          {},      xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"),
                          {},      xml.lineNumber()};
        } else if (name == QLatin1String("source")) {
            entry.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            entry.type = xml.attributes().value(QLatin1String("type")).toString();
            if (entry.numerus) {
                while (xml.readNextStartElement()) {
                    entry.translations.append(xml.readElementText()); // <numerusform>
                }
            } else {
                entry.translations.append(xml.readElementText());
            }
            entries.append(entry);
        }
    }
    if (xml.hasError()) {
        *error = QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
    }
    return entries;
}

// %1..%99, %L1, %n: as a sorted list, so a repeated one counts.
QStringList placeholders(const QString &text, bool numerus)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(\\d{1,2}|n)"));
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const QString p = it.next().captured(0).remove(QLatin1Char('L'));
        if (!(numerus && p == QLatin1String("%n"))) { // a plural form may say the number in words
            found.insert(p);
        }
    }
    QStringList list(found.cbegin(), found.cend());
    list.sort();
    return list;
}

// Accelerators: "&" before a character other than "&" ("&&" is a literal ampersand).
int accelerators(const QString &text)
{
    int count = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] == QLatin1Char('&')) {
            if (text[i + 1] == QLatin1Char('&')) {
                ++i;
            } else if (!text[i + 1].isSpace()) {
                ++count;
            }
        }
    }
    return count;
}

QStringList catalogues()
{
    return QDir(QStringLiteral(MYELIN_SOURCE_DIR "/translations"))
        .entryList({QStringLiteral("myelin_*.ts")}, QDir::Files, QDir::Name);
}

} // namespace

class TestCatalogues : public QObject
{
    Q_OBJECT

private slots:
    void sevenLanguagesBesideEnglish()
    {
        const QStringList files = catalogues();
        for (const char *language : {"ar", "de", "en", "es", "fr", "it", "nl", "pt_BR"}) {
            QVERIFY2(files.contains(QStringLiteral("myelin_%1.ts").arg(QLatin1String(language))), language);
        }
    }

    void everyStringIsFinishedAndKeepsItsPlaceholders_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &file : catalogues()) {
            QTest::newRow(qPrintable(file)) << file;
        }
    }

    void everyStringIsFinishedAndKeepsItsPlaceholders()
    {
        QFETCH(QString, file);
        QString error;
        const QList<Entry> entries =
            readCatalogue(QDir(QStringLiteral(MYELIN_SOURCE_DIR "/translations")).filePath(file), &error);
        QVERIFY2(error.isEmpty(), qPrintable(file + QStringLiteral(": ") + error));
        QVERIFY(entries.size() > 1000);
        const bool english = file == QLatin1String("myelin_en.ts");
        QStringList problems;
        const auto problem = [&](const Entry &e, const QString &what) {
            problems << QStringLiteral("%1:%2 [%3] \"%4\": %5").arg(file).arg(e.line).arg(e.context, e.source, what);
        };
        QString direction;
        for (const Entry &e : entries) {
            if (e.type == QLatin1String("obsolete") || e.type == QLatin1String("vanished")) {
                problem(e, QStringLiteral("no longer in the program (run update_translations with -no-obsolete)"));
                continue;
            }
            if (english && !e.numerus) {
                continue; // the source text is the English
            }
            if (e.type == QLatin1String("unfinished")) {
                problem(e, QStringLiteral("not translated or not marked finished"));
                continue;
            }
            if (e.source == QLatin1String("QT_LAYOUT_DIRECTION")) {
                direction = e.translations.value(0);
                continue;
            }
            for (const QString &t : e.translations) {
                if (t.trimmed().isEmpty()) {
                    problem(e, QStringLiteral("an empty translation"));
                } else if (placeholders(t, e.numerus) != placeholders(e.source, e.numerus)) {
                    problem(e, QStringLiteral("placeholders %1 became %2 in \"%3\"")
                                   .arg(placeholders(e.source, e.numerus).join(QLatin1Char(' ')),
                                        placeholders(t, e.numerus).join(QLatin1Char(' ')), t));
                } else if (accelerators(t) != accelerators(e.source)) {
                    problem(e, QStringLiteral("%1 accelerator(s) (&) where the English has %2, in \"%3\"")
                                   .arg(accelerators(t))
                                   .arg(accelerators(e.source))
                                   .arg(t));
                }
            }
        }
        if (!english) {
            const QString expected =
                file == QLatin1String("myelin_ar.ts") ? QStringLiteral("RTL") : QStringLiteral("LTR");
            QVERIFY2(
                direction == expected,
                qPrintable(QStringLiteral("%1: QT_LAYOUT_DIRECTION is \"%2\", not %3").arg(file, direction, expected)));
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 20).join(QLatin1Char('\n'))));
    }

    void theChecksCatchWhatTheyLookFor()
    {
        QCOMPARE(placeholders(QStringLiteral("%1 of %2, %L3"), false),
                 (QStringList{QStringLiteral("%1"), QStringLiteral("%2"), QStringLiteral("%3")}));
        QVERIFY(placeholders(QStringLiteral("%1 of %2"), false) != placeholders(QStringLiteral("%1 von"), false));
        QCOMPARE(placeholders(QStringLiteral("%n pages"), true), QStringList());
        QCOMPARE(placeholders(QStringLiteral("%n pages"), false), QStringList{QStringLiteral("%n")});
        QCOMPARE(accelerators(QStringLiteral("&File")), 1);
        QCOMPARE(accelerators(QStringLiteral("Fish && chips")), 0);
        QCOMPARE(accelerators(QStringLiteral("Save && &close")), 1);
        QCOMPARE(accelerators(QStringLiteral("A & B")), 0);
    }
};

QTEST_GUILESS_MAIN(TestCatalogues)
#include "tst_catalogues.moc"
