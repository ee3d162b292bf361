// SPDX-License-Identifier: GPL-3.0-or-later
#include "translationindex.h"

#include "core/searchwords.h"
#include "databasewriter.h"

#include <QMap>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <functional>
#include <memory>

#ifdef MYELIN_HAVE_STEMMER
#include <libstemmer.h>
#endif

namespace Myelin::Compiler {

namespace {

// One language's stemmer; without libstemmer (or for a language Snowball lacks) the word itself.
class Stemmer
{
public:
    explicit Stemmer(const QString &language)
    {
#ifdef MYELIN_HAVE_STEMMER
        const QByteArray algorithm = stemmerAlgorithm(language).toLatin1();
        if (!algorithm.isEmpty()) {
            m_stemmer = sb_stemmer_new(algorithm.constData(), "UTF_8");
        }
#else
        Q_UNUSED(language)
#endif
    }
    ~Stemmer()
    {
#ifdef MYELIN_HAVE_STEMMER
        if (m_stemmer != nullptr) {
            sb_stemmer_delete(m_stemmer);
        }
#endif
    }
    Stemmer(const Stemmer &) = delete;
    Stemmer &operator=(const Stemmer &) = delete;

    // A lower-case word (accents kept: the stemmers need them) -> its stem, accents removed.
    QString stem(const QString &word)
    {
        auto cached = m_cache.constFind(word);
        if (cached != m_cache.constEnd()) {
            return *cached;
        }
        QString stemmed = word;
#ifdef MYELIN_HAVE_STEMMER
        if (m_stemmer != nullptr) {
            const QByteArray utf8 = word.toUtf8();
            const sb_symbol *out =
                sb_stemmer_stem(m_stemmer, reinterpret_cast<const sb_symbol *>(utf8.constData()), int(utf8.size()));
            if (out != nullptr) {
                stemmed = QString::fromUtf8(reinterpret_cast<const char *>(out), sb_stemmer_length(m_stemmer));
            }
        }
#endif
        stemmed = SearchWords::normalise(stemmed);
        m_cache.insert(word, stemmed);
        return stemmed;
    }

    // Every word of text as stems, space-separated, and each word form (normalised) -> stem in forms.
    QString stems(const QString &text, QMap<QString, QString> &forms)
    {
        QStringList out;
        for (auto it = SearchWords::wordPattern().globalMatch(text.toLower()); it.hasNext();) {
            const QString w = it.next().captured(0);
            const QString s = stem(w);
            if (s.isEmpty()) {
                continue;
            }
            out.append(s);
            forms.insert(SearchWords::normalise(w), s);
        }
        return out.join(QLatin1Char(' '));
    }

private:
#ifdef MYELIN_HAVE_STEMMER
    sb_stemmer *m_stemmer = nullptr;
#endif
    QHash<QString, QString> m_cache;
};

using StemmerFor = std::function<std::shared_ptr<Stemmer>(const QString &)>;
using FormsByLanguage = QMap<QString, QMap<QString, QString>>; // language -> word form -> stem
using CountsByLanguage = QMap<QString, QMap<QString, int>>;    // language -> word form -> items holding it

bool failed(const QSqlQuery &query, QString *error)
{
    *error = query.lastError().text();
    return false;
}

// synonyms.<language>.yaml: each phrase as written and as its stems; its words join the language's
// word forms (a synonym the text never uses is still stemmed when typed) and vocabulary.
bool writeSynonyms(const Content &content, QSqlDatabase &db, const StemmerFor &stemmerFor, FormsByLanguage &forms,
                   CountsByLanguage &documents, QString *error)
{
    QSqlQuery insert(db);
    if (!insert.prepare(QStringLiteral("INSERT INTO synonym_translations(language, group_id, position, phrase, "
                                       "stems) VALUES(?, ?, ?, ?, ?)"))) {
        return failed(insert, error);
    }
    for (const SynonymTranslation &synonyms : content.synonymTranslations) {
        auto stemmer = stemmerFor(synonyms.language);
        for (qsizetype group = 0; group < synonyms.groups.size(); ++group) {
            const QList<Reference> &words = synonyms.groups.at(group).words;
            for (qsizetype position = 0; position < words.size(); ++position) {
                QMap<QString, QString> phraseForms;
                const QString stems = stemmer->stems(words.at(position).target, phraseForms);
                for (auto form = phraseForms.cbegin(); form != phraseForms.cend(); ++form) {
                    forms[synonyms.language].insert(form.key(), form.value());
                    ++documents[synonyms.language][form.key()];
                }
                insert.addBindValue(synonyms.language);
                insert.addBindValue(qint64(group) + 1);
                insert.addBindValue(qint64(position) + 1);
                insert.addBindValue(words.at(position).target);
                insert.addBindValue(stems);
                if (!insert.exec()) {
                    return failed(insert, error);
                }
            }
        }
    }
    return true;
}

// Each language's words as written (lower case, accents removed), with how many items hold each: what
// "Did you mean" compares a typed word with.
bool writeVocabulary(QSqlDatabase &db, const CountsByLanguage &documents, QString *error)
{
    QSqlQuery insert(db);
    if (!insert.prepare(
            QStringLiteral("INSERT INTO vocabulary_translations(language, term, documents) VALUES(?, ?, ?)"))) {
        return failed(insert, error);
    }
    for (auto language = documents.cbegin(); language != documents.cend(); ++language) {
        for (auto word = language->cbegin(); word != language->cend(); ++word) {
            insert.addBindValue(language.key());
            insert.addBindValue(word.key());
            insert.addBindValue(word.value());
            if (!insert.exec()) {
                return failed(insert, error);
            }
        }
    }
    return true;
}

} // namespace

QString stemmerAlgorithm(const QString &language)
{
    static const QMap<QString, QString> algorithms{
        {QStringLiteral("ar"), QStringLiteral("arabic")},     {QStringLiteral("da"), QStringLiteral("danish")},
        {QStringLiteral("de"), QStringLiteral("german")},     {QStringLiteral("es"), QStringLiteral("spanish")},
        {QStringLiteral("fi"), QStringLiteral("finnish")},    {QStringLiteral("fr"), QStringLiteral("french")},
        {QStringLiteral("hu"), QStringLiteral("hungarian")},  {QStringLiteral("it"), QStringLiteral("italian")},
        {QStringLiteral("nl"), QStringLiteral("dutch")},      {QStringLiteral("no"), QStringLiteral("norwegian")},
        {QStringLiteral("pt"), QStringLiteral("portuguese")}, {QStringLiteral("ro"), QStringLiteral("romanian")},
        {QStringLiteral("ru"), QStringLiteral("russian")},    {QStringLiteral("sv"), QStringLiteral("swedish")},
        {QStringLiteral("tr"), QStringLiteral("turkish")},
    };
    return algorithms.value(language.section(QLatin1Char('_'), 0, 0));
}

bool haveStemmer()
{
#ifdef MYELIN_HAVE_STEMMER
    return true;
#else
    return false;
#endif
}

bool writeTranslationIndex(const Content &content, QSqlDatabase &db, QString *error)
{
    QSqlQuery insert(db);
    if (!insert.prepare(QStringLiteral("INSERT INTO search_translations(title, summary, body, language, kind, ref, "
                                       "shown_title, shown_summary) VALUES(?, ?, ?, ?, ?, ?, ?, ?)"))) {
        *error = insert.lastError().text();
        return false;
    }
    QMap<QString, std::shared_ptr<Stemmer>> stemmers;
    QMap<QString, QMap<QString, QString>> forms; // language -> word form -> stem
    QMap<QString, QMap<QString, int>> documents; // language -> word form -> how many items hold it
    const StemmerFor stemmerFor = [&](const QString &language) {
        auto &stemmer = stemmers[language];
        if (!stemmer) {
            stemmer = std::make_shared<Stemmer>(language);
        }
        return stemmer;
    };
    // shown: the line under the title in results (an article's summary, a term's definition).
    const auto add = [&](const QString &language, const QString &kind, const QString &ref, const QString &title,
                         const QString &summary, const QString &body, const QString &shown) {
        auto stemmer = stemmerFor(language);
        QMap<QString, QString> itemForms;
        for (const QVariant &value :
             {QVariant(stemmer->stems(title, itemForms)), QVariant(stemmer->stems(summary, itemForms)),
              QVariant(stemmer->stems(body, itemForms)), QVariant(language), QVariant(kind), QVariant(ref),
              QVariant(title), QVariant(shown)}) {
            insert.addBindValue(value);
        }
        auto &languageForms = forms[language];
        auto &languageDocuments = documents[language];
        for (auto form = itemForms.cbegin(); form != itemForms.cend(); ++form) {
            languageForms.insert(form.key(), form.value());
            ++languageDocuments[form.key()];
        }
        if (!insert.exec()) {
            *error = insert.lastError().text();
            return false;
        }
        return true;
    };
    for (const ArticleTranslation &t : content.translations) {
        QString body = t.plain;
        for (const Reference &question : t.questions) {
            body += QLatin1Char('\n') + question.target;
        }
        if (!add(t.language, QStringLiteral("article"), t.slug, t.title, t.summary, body, t.summary)) {
            return false;
        }
    }
    for (const GlossaryTranslation &glossary : content.glossaryTranslations) {
        for (const GlossaryTerm &term : glossary.terms) {
            if (!add(glossary.language, QStringLiteral("term"), term.id, term.term, QString(), term.definition,
                     term.definition)) {
                return false;
            }
        }
    }
    const QHash<QString, qint64> eventIds = timelineRowIds(content);
    for (const TimelineTranslation &timeline : content.timelineTranslations) {
        for (const TimelineEvent &event : timeline.events) {
            if (eventIds.contains(event.id) &&
                !add(timeline.language, QStringLiteral("event"), QString::number(eventIds.value(event.id)), event.title,
                     QString(), event.text, event.text)) {
                return false;
            }
        }
    }
    if (!writeSynonyms(content, db, stemmerFor, forms, documents, error) || !writeVocabulary(db, documents, error)) {
        return false;
    }
    QSqlQuery stems(db);
    if (!stems.prepare(QStringLiteral("INSERT INTO word_stems(language, word, stem) VALUES(?, ?, ?)"))) {
        *error = stems.lastError().text();
        return false;
    }
    for (auto language = forms.cbegin(); language != forms.cend(); ++language) {
        for (auto form = language->cbegin(); form != language->cend(); ++form) {
            stems.addBindValue(language.key());
            stems.addBindValue(form.key());
            stems.addBindValue(form.value());
            if (!stems.exec()) {
                *error = stems.lastError().text();
                return false;
            }
        }
    }
    return true;
}

} // namespace Myelin::Compiler
