// SPDX-License-Identifier: GPL-3.0-or-later
#include "translationindex.h"

#include "core/searchwords.h"

#include <QMap>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
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
        static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}]+"));
        QStringList out;
        for (auto it = word.globalMatch(text.toLower()); it.hasNext();) {
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
    const auto stemmerFor = [&](const QString &language) {
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
        auto &languageForms = forms[language];
        for (const QVariant &value :
             {QVariant(stemmer->stems(title, languageForms)), QVariant(stemmer->stems(summary, languageForms)),
              QVariant(stemmer->stems(body, languageForms)), QVariant(language), QVariant(kind), QVariant(ref),
              QVariant(title), QVariant(shown)}) {
            insert.addBindValue(value);
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
