// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentplan.h"

namespace Myelin::Export {

int DocumentPlan::indexOf(PlanPart::Kind kind) const
{
    for (int i = 0; i < m_parts.size(); ++i) {
        if (m_parts.at(i).kind == kind) {
            return i;
        }
    }
    return -1;
}

int DocumentPlan::startPage(int index) const
{
    int page = 1;
    for (int i = 0; i < index && i < m_parts.size(); ++i) {
        page += m_parts.at(i).pages;
    }
    return page;
}

int DocumentPlan::totalPages() const
{
    return startPage(static_cast<int>(m_parts.size())) - 1;
}

QList<int> DocumentPlan::contentsParts() const
{
    QList<int> result;
    const int contents = indexOf(PlanPart::Kind::Contents);
    for (int i = 0; i < m_parts.size(); ++i) {
        const PlanPart::Kind kind = m_parts.at(i).kind;
        if (i > contents && kind != PlanPart::Kind::Cover && kind != PlanPart::Kind::Contents) {
            result << i;
        }
    }
    return result;
}

QList<PageFooter> DocumentPlan::footers() const
{
    QList<PageFooter> result;
    for (const PlanPart &part : m_parts) {
        for (int page = 0; page < part.pages; ++page) {
            PageFooter footer;
            footer.title = part.title;
            footer.details = part.details;
            footer.visible = part.kind != PlanPart::Kind::Cover;
            result << footer;
        }
    }
    return result;
}

QList<OutlineEntry> DocumentPlan::outline() const
{
    QList<OutlineEntry> result;
    for (int i = 0; i < m_parts.size(); ++i) {
        if (m_parts.at(i).pages > 0) {
            result << OutlineEntry{m_parts.at(i).title, startPage(i) - 1};
        }
    }
    return result;
}

} // namespace Myelin::Export
