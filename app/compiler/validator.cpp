// SPDX-License-Identifier: GPL-3.0-or-later
#include "validator.h"

#include "datafiles.h"

#include <QHash>
#include <QSet>
#include <QStringList>
#include <algorithm>
#include <map>

namespace Myelin::Compiler {

namespace {

class Validator
{
public:
    Validator(const Content &content, Diagnostics &diagnostics) : m_content(content), m_diagnostics(diagnostics) {}

    void run()
    {
        indexArticles();
        checkParents();
        checkCycles();
        checkSiblingOrder();
        checkRelated();
        checkGlossary();
        checkDatedItems();
        checkSynonyms();
        checkImages();
    }

private:
    void indexArticles()
    {
        for (const Article &article : m_content.articles) {
            const auto found = m_articles.find(article.slug);
            if (found != m_articles.end()) {
                m_diagnostics.error(
                    article.file, article.slugLine,
                    QStringLiteral("duplicate slug '%1' (also used by %2)").arg(article.slug, found->second->file));
                continue;
            }
            m_articles.emplace(article.slug, &article);
        }
    }

    bool knownArticle(const QString &slug) const { return m_articles.count(slug) != 0; }

    void checkParents()
    {
        const QString root = QLatin1String(RootArticleSlug);
        if (!knownArticle(root)) {
            m_diagnostics.error(
                QStringLiteral("%1/%2.md").arg(QLatin1String(DataFiles::ArticlesDir), root), 1,
                QStringLiteral("no root article: the tree needs an article '%1' without a parent").arg(root));
        }
        for (const Article &article : m_content.articles) {
            if (!article.hasParent) {
                continue;
            }
            if (article.slug == root) {
                m_diagnostics.error(article.file, article.parent.line,
                                    QStringLiteral("the root article '%1' must not have a parent").arg(root));
            } else if (article.parent.target == article.slug) {
                m_diagnostics.error(article.file, article.parent.line,
                                    QStringLiteral("an article cannot be its own parent"));
            } else if (!knownArticle(article.parent.target)) {
                m_diagnostics.error(article.file, article.parent.line,
                                    QStringLiteral("unknown parent '%1': there is no article with that slug")
                                        .arg(article.parent.target));
            }
        }
    }

    // Follows parent links from every article; a walk that comes back to itself is a cycle, reported
    // once at the member with the smallest slug.
    void checkCycles()
    {
        std::map<QString, QString> parentOf;
        for (const auto &[slug, article] : m_articles) {
            if (article->hasParent && article->parent.target != slug && knownArticle(article->parent.target)) {
                parentOf.emplace(slug, article->parent.target);
            }
        }
        QSet<QString> done;
        for (auto it = m_articles.cbegin(); it != m_articles.cend(); ++it) {
            QStringList path;
            QString current = it->first;
            bool cycle = false;
            while (!done.contains(current)) {
                if (path.contains(current)) {
                    cycle = true;
                    break;
                }
                path.append(current);
                const auto parent = parentOf.find(current);
                if (parent == parentOf.end()) {
                    break;
                }
                current = parent->second;
            }
            if (cycle) {
                QStringList loop = path.mid(path.indexOf(current));
                const QString first = *std::min_element(loop.cbegin(), loop.cend());
                std::rotate(loop.begin(), loop.begin() + loop.indexOf(first), loop.end());
                loop.append(first);
                const Article *article = m_articles.at(first);
                m_diagnostics.error(article->file, article->parent.line,
                                    QStringLiteral("the tree has a cycle: %1").arg(loop.join(QStringLiteral(" -> "))));
            }
            for (const QString &slug : std::as_const(path)) {
                done.insert(slug);
            }
        }
    }

    void checkSiblingOrder()
    {
        std::map<std::pair<QString, qint64>, const Article *> seen;
        for (const auto &[slug, article] : m_articles) {
            if (!article->hasParent) {
                continue;
            }
            const auto key = std::make_pair(article->parent.target, article->order);
            const auto found = seen.find(key);
            if (found != seen.end()) {
                m_diagnostics.warning(article->file, article->orderLine,
                                      QStringLiteral("order %1 is also used by sibling '%2'; the slug decides")
                                          .arg(article->order)
                                          .arg(found->second->slug));
            } else {
                seen.emplace(key, article);
            }
        }
    }

    void checkRelated()
    {
        for (const Article &article : m_content.articles) {
            QSet<QString> listed;
            for (const Reference &related : article.related) {
                if (related.target == article.slug) {
                    m_diagnostics.error(article.file, related.line,
                                        QStringLiteral("an article cannot be related to itself"));
                } else if (!knownArticle(related.target)) {
                    m_diagnostics.error(article.file, related.line,
                                        QStringLiteral("unknown related article '%1'").arg(related.target));
                } else if (listed.contains(related.target)) {
                    m_diagnostics.warning(article.file, related.line,
                                          QStringLiteral("'%1' is listed twice in related").arg(related.target));
                }
                listed.insert(related.target);
            }
        }
    }

    void checkArticleReference(const QString &file, const Reference &reference)
    {
        if (!knownArticle(reference.target)) {
            m_diagnostics.error(
                file, reference.line,
                QStringLiteral("unknown article '%1': there is no article with that slug").arg(reference.target));
        }
    }

    void checkGlossary()
    {
        const QString file = QLatin1String(DataFiles::GlossaryFile);
        QSet<QString> ids;
        for (const GlossaryTerm &term : m_content.glossary) {
            if (ids.contains(term.id)) {
                m_diagnostics.error(file, term.line, QStringLiteral("duplicate glossary id '%1'").arg(term.id));
            }
            ids.insert(term.id);
        }
        for (const GlossaryTerm &term : m_content.glossary) {
            for (const Reference &other : term.seeAlso) {
                if (other.target == term.id) {
                    m_diagnostics.error(file, other.line, QStringLiteral("a term cannot list itself in see_also"));
                } else if (!ids.contains(other.target)) {
                    m_diagnostics.error(file, other.line,
                                        QStringLiteral("see_also: unknown glossary term '%1'").arg(other.target));
                }
            }
            if (term.hasArticle) {
                checkArticleReference(file, term.article);
            }
        }
    }

    // Every article or term a group names exists; a word belongs to one group only (two groups with
    // the same word would join unrelated words at search time).
    void checkSynonyms()
    {
        const QString file = QLatin1String(DataFiles::SynonymsFile);
        QSet<QString> terms;
        for (const GlossaryTerm &term : m_content.glossary) {
            terms.insert(term.id);
        }
        QHash<QString, int> firstLine;
        for (const SynonymGroup &group : m_content.synonyms) {
            if (group.hasArticle) {
                checkArticleReference(file, group.article);
            }
            if (group.hasTerm && !terms.contains(group.term.target)) {
                m_diagnostics.error(file, group.term.line,
                                    QStringLiteral("unknown glossary term '%1'").arg(group.term.target));
            }
            for (const Reference &word : group.words) {
                const QString key = word.target.simplified().toCaseFolded();
                const auto seen = firstLine.constFind(key);
                if (seen != firstLine.constEnd()) {
                    m_diagnostics.error(file, word.line,
                                        QStringLiteral("'%1' is already in the group on line %2: a word belongs to "
                                                       "one group")
                                            .arg(word.target)
                                            .arg(*seen));
                } else {
                    firstLine.insert(key, group.line);
                }
            }
        }
    }

    void checkDatedItems()
    {
        for (const TimelineEvent &event : m_content.timeline) {
            if (event.hasArticle) {
                checkArticleReference(QLatin1String(DataFiles::TimelineFile), event.article);
            }
        }
        for (const Quote &quote : m_content.quotes) {
            if (quote.hasArticle) {
                checkArticleReference(QLatin1String(DataFiles::QuotesFile), quote.article);
            }
        }
    }

    void checkImages()
    {
        QSet<QString> names;
        for (const ImageEntry &image : m_content.images) {
            if (names.contains(image.name)) {
                m_diagnostics.error(QLatin1String(DataFiles::ImagesFile), image.line,
                                    QStringLiteral("duplicate image name '%1'").arg(image.name));
            }
            names.insert(image.name);
        }
    }

    const Content &m_content;
    Diagnostics &m_diagnostics;
    std::map<QString, const Article *> m_articles; // sorted: checks run in slug order
};

} // namespace

void validateContent(const Content &content, Diagnostics &diagnostics)
{
    Validator(content, diagnostics).run();
}

} // namespace Myelin::Compiler
