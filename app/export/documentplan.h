// SPDX-License-Identifier: GPL-3.0-or-later
// The parts of a printed document in order (cover, contents, articles, glossary, timeline) with the
// number of pages each took, and what follows from that: where each part starts (for the contents
// page), the footer of every page and the PDF bookmarks.
#ifndef MYELIN_EXPORT_DOCUMENTPLAN_H
#define MYELIN_EXPORT_DOCUMENTPLAN_H

#include "footerpages.h"
#include "pdfcomposer.h"

#include <QList>
#include <QString>

namespace Myelin::Export {

struct PlanPart
{
    enum class Kind
    {
        Cover,
        Contents,
        Article,
        Glossary,
        Timeline,
        Questions, // the user's questions for their next appointment
    };
    Kind kind = Kind::Article;
    QString title;   // contents entry, footer title and bookmark
    QString details; // footer second line
    QString slug;    // articles only
    int pages = 0;   // known once the part is printed
};

class DocumentPlan
{
public:
    void add(const PlanPart &part) { m_parts.append(part); }
    QList<PlanPart> &parts() { return m_parts; }
    const QList<PlanPart> &parts() const { return m_parts; }
    int indexOf(PlanPart::Kind kind) const;

    // Page number (from 1) on which part index starts.
    int startPage(int index) const;
    int totalPages() const;

    // Parts listed on the contents page: everything after the contents itself.
    QList<int> contentsParts() const;

    // One footer per page; the cover has none.
    QList<PageFooter> footers() const;
    QList<OutlineEntry> outline() const;

private:
    QList<PlanPart> m_parts;
};

} // namespace Myelin::Export

#endif // MYELIN_EXPORT_DOCUMENTPLAN_H
