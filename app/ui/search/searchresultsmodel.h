// SPDX-License-Identifier: GPL-3.0-or-later
// The rows shown for a search: hits (type, title and snippet with the matched words in bold), and
// the rows around them: "Did you mean ...?", "Show all results", group headings and messages.
#ifndef MYELIN_UI_SEARCHRESULTSMODEL_H
#define MYELIN_UI_SEARCHRESULTSMODEL_H

#include "core/searchengine.h"
#include "userdata/usersearch.h"

#include <QAbstractListModel>

namespace Myelin::Ui {

class SearchResultsModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum class EntryType
    {
        Hit,
        Definition, // a glossary term the query names: term, definition and "More"; opens the term
        Suggestion, // "Did you mean ...?"; its text is the corrected query
        ShowAll,    // opens every result, grouped by type
        Heading,    // a group heading on the results page
        Message,    // e.g. "No results"
        OwnWords,   // the user's own note or question (own holds it)
    };

    enum Role
    {
        EntryTypeRole = Qt::UserRole + 1,
        KindLabelRole,   // "Article", "Glossary", "Timeline", "Your note", "Your question"
        TitleHtmlRole,   // escaped, matches in <b>
        SnippetHtmlRole, // escaped, matches in <b>
        TextRole,        // suggestion query, heading or message text
    };

    struct Entry
    {
        Entry() = default;
        Entry(EntryType type, SearchHit hit, QString text, UserMatch own = {})
            : type(type), hit(std::move(hit)), text(std::move(text)), own(std::move(own))
        {}

        EntryType type = EntryType::Hit;
        SearchHit hit;
        QString text;
        UserMatch own; // OwnWords only
    };

    static Entry ownEntry(const UserMatch &match) { return {EntryType::OwnWords, {}, {}, match}; }
    static QString ownKindLabel(const UserMatch &match); // "Your note", "Your highlight", "Your question"

    // The card for a search's definition (hit: the term, text: the definition).
    static Entry definitionEntry(const SearchEngine::Definition &definition);

    explicit SearchResultsModel(QObject *parent = nullptr);

    void setEntries(QList<Entry> entries);
    const QList<Entry> &entries() const { return m_entries; }
    const Entry *entry(int row) const;
    static bool isSelectable(EntryType type) { return type != EntryType::Heading && type != EntryType::Message; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    QList<Entry> m_entries;
};

} // namespace Myelin::Ui

#endif // MYELIN_UI_SEARCHRESULTSMODEL_H
