// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchresultsmodel.h"

namespace Myelin::Ui {

SearchResultsModel::SearchResultsModel(QObject *parent) : QAbstractListModel(parent) {}

void SearchResultsModel::setEntries(QList<Entry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

SearchResultsModel::Entry SearchResultsModel::definitionEntry(const SearchEngine::Definition &definition)
{
    SearchHit hit;
    hit.kind = SearchHit::Kind::Term;
    hit.ref = definition.slug;
    hit.title = definition.term;
    hit.markedTitle = definition.term;
    hit.snippet = definition.definition;
    return {EntryType::Definition, hit, definition.definition};
}

QString SearchResultsModel::ownKindLabel(const UserMatch &match)
{
    if (match.kind == UserMatch::Kind::Question) {
        return tr("Your question");
    }
    return match.hasNote ? tr("Your note") : tr("Your highlight");
}

namespace {
// Under the user's own words: the passage (marked) and the page it belongs to.
QString ownSnippetHtml(const UserMatch &match)
{
    QStringList parts;
    if (!match.snippet.isEmpty()) {
        parts << SearchEngine::toHtml(match.snippet);
    }
    if (!match.pageTitle.isEmpty()) {
        parts << SearchResultsModel::tr("in \u201C%1\u201D").arg(match.pageTitle).toHtmlEscaped();
    }
    return parts.join(QStringLiteral(" "));
}
} // namespace

const SearchResultsModel::Entry *SearchResultsModel::entry(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    const Entry *e = entry(index.row());
    if (e == nullptr || index.column() != 0) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (e->type) {
        case EntryType::Hit:
            // What a screen reader says: type, title, then the snippet.
            return tr("%1: %2. %3")
                .arg(SearchEngine::kindLabel(e->hit.kind), e->hit.title, SearchEngine::toPlain(e->hit.snippet));
        case EntryType::Definition:
            return tr("Definition: %1. %2 More in the glossary.").arg(e->hit.title, e->text);
        case EntryType::OwnWords:
            return tr("%1: %2. %3")
                .arg(ownKindLabel(e->own), SearchEngine::toPlain(e->own.title),
                     QStringList{SearchEngine::toPlain(e->own.snippet),
                                 e->own.pageTitle.isEmpty() ? QString() : tr("in \u201C%1\u201D").arg(e->own.pageTitle)}
                         .join(QLatin1Char(' '))
                         .trimmed());
        case EntryType::Suggestion:
            return tr("Did you mean: %1?").arg(e->text);
        default:
            return e->text;
        }
    case Qt::ToolTipRole:
        if (e->type == EntryType::OwnWords) {
            return SearchEngine::toPlain(e->own.title);
        }
        return e->type == EntryType::Hit || e->type == EntryType::Definition ? e->hit.title : QVariant();
    case EntryTypeRole:
        return int(e->type);
    case KindLabelRole:
        if (e->type == EntryType::Definition) {
            return tr("Definition");
        }
        if (e->type == EntryType::OwnWords) {
            return ownKindLabel(e->own);
        }
        return e->type == EntryType::Hit ? SearchEngine::kindLabel(e->hit.kind) : QString();
    case TitleHtmlRole:
        if (e->type == EntryType::OwnWords) {
            return SearchEngine::toHtml(e->own.title);
        }
        return e->type == EntryType::Hit || e->type == EntryType::Definition ? SearchEngine::toHtml(e->hit.markedTitle)
                                                                             : QString();
    case SnippetHtmlRole:
        if (e->type == EntryType::OwnWords) {
            return ownSnippetHtml(e->own);
        }
        return e->type == EntryType::Hit || e->type == EntryType::Definition ? SearchEngine::toHtml(e->hit.snippet)
                                                                             : QString();
    case TextRole:
        return e->text;
    default:
        return {};
    }
}

Qt::ItemFlags SearchResultsModel::flags(const QModelIndex &index) const
{
    const Entry *e = entry(index.row());
    if (e == nullptr || !isSelectable(e->type)) {
        return Qt::NoItemFlags;
    }
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

} // namespace Myelin::Ui
