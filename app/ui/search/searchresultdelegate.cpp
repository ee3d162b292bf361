// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchresultdelegate.h"

#include "searchresultsmodel.h"

#include <QAbstractItemView>
#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>
#include <memory>

namespace Myelin::Ui {

namespace {

constexpr int Padding = 8;
constexpr int Gap = 2;
constexpr int SnippetLines = 3;

using EntryType = SearchResultsModel::EntryType;

std::unique_ptr<QTextDocument> document(const QString &html, const QFont &font, int width)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setDocumentMargin(0);
    doc->setDefaultFont(font);
    doc->setHtml(html);
    doc->setTextWidth(width);
    return doc;
}

} // namespace

struct SearchResultDelegate::Parts
{
    QFont kindFont;
    QString kind;
    std::unique_ptr<QTextDocument> title;
    std::unique_ptr<QTextDocument> snippet;
    std::unique_ptr<QTextDocument> more; // the definition card's "More" line
    int snippetHeight = 0;
    int height = 0;
};

SearchResultDelegate::SearchResultDelegate(QAbstractItemView *view) : QStyledItemDelegate(view), m_view(view) {}

int SearchResultDelegate::textWidth(const QStyleOptionViewItem &option) const
{
    const int width = m_view != nullptr ? m_view->viewport()->width() : option.rect.width();
    return qMax(120, width - 2 * Padding);
}

void SearchResultDelegate::layout(Parts &parts, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int width = textWidth(option);
    const auto type = EntryType(index.data(SearchResultsModel::EntryTypeRole).toInt());
    QFont bold = option.font;
    bold.setBold(true);
    switch (type) {
    case EntryType::Hit:
    case EntryType::OwnWords:
    case EntryType::Definition: {
        parts.kindFont = option.font;
        parts.kindFont.setPointSizeF(option.font.pointSizeF() * 0.85);
        parts.kind = index.data(SearchResultsModel::KindLabelRole).toString();
        QFont titleFont = option.font;
        titleFont.setPointSizeF(option.font.pointSizeF() * 1.1);
        parts.title = document(index.data(SearchResultsModel::TitleHtmlRole).toString(), titleFont, width);
        parts.snippet = document(index.data(SearchResultsModel::SnippetHtmlRole).toString(), option.font, width);
        const int lineHeight = QFontMetrics(option.font).lineSpacing();
        parts.snippetHeight = qMin(int(parts.snippet->size().height()), SnippetLines * lineHeight);
        parts.height = Padding + QFontMetrics(parts.kindFont).height() + Gap + int(parts.title->size().height()) + Gap +
                       parts.snippetHeight + Padding;
        if (type == EntryType::Definition) {
            // The whole definition (one or two sentences) and a "More" line under it.
            parts.snippetHeight = int(parts.snippet->size().height());
            parts.more = document(tr("More in the glossary \u2192"), bold, width);
            parts.height = Padding + QFontMetrics(parts.kindFont).height() + Gap + int(parts.title->size().height()) +
                           Gap + parts.snippetHeight + Gap + int(parts.more->size().height()) + Padding;
        }
        break;
    }
    case EntryType::Suggestion:
        parts.title = document(
            tr("Did you mean: <b>%1</b>?").arg(index.data(SearchResultsModel::TextRole).toString().toHtmlEscaped()),
            option.font, width);
        parts.height = 2 * Padding + int(parts.title->size().height());
        break;
    case EntryType::ShowAll:
    case EntryType::Heading:
        parts.title = document(index.data(SearchResultsModel::TextRole).toString().toHtmlEscaped(), bold, width);
        parts.height = 2 * Padding + int(parts.title->size().height());
        break;
    case EntryType::Message:
        parts.title = document(index.data(SearchResultsModel::TextRole).toString().toHtmlEscaped(), option.font, width);
        parts.height = 2 * Padding + int(parts.title->size().height());
        break;
    }
    parts.height = qMax(parts.height, 44); // a target big enough for shaky hands
}

void SearchResultDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const auto type = EntryType(index.data(SearchResultsModel::EntryTypeRole).toInt());
    const bool selected = (opt.state & QStyle::State_Selected) && SearchResultsModel::isSelectable(type);
    if (!SearchResultsModel::isSelectable(type)) {
        opt.state &= ~(QStyle::State_Selected | QStyle::State_MouseOver);
    }
    QStyle *style = opt.widget != nullptr ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    Parts parts;
    layout(parts, option, index);
    const QPalette &palette = option.palette;
    const QColor text = palette.color(QPalette::Active, selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor muted = selected ? text : palette.color(QPalette::Active, QPalette::PlaceholderText);
    const QColor link = selected ? text : palette.color(QPalette::Active, QPalette::Link);

    painter->save();
    painter->setClipRect(option.rect);
    int y = option.rect.top() + Padding;
    const int x = option.rect.left() + Padding;
    auto draw = [painter, &x, &y](QTextDocument *doc, const QColor &colour, int maxHeight) {
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette.setColor(QPalette::Text, colour);
        context.clip = QRectF(0, 0, doc->textWidth(), maxHeight);
        painter->save();
        painter->translate(x, y);
        painter->setClipRect(context.clip, Qt::IntersectClip);
        doc->documentLayout()->draw(painter, context);
        painter->restore();
        y += maxHeight + Gap;
    };
    if (type == EntryType::Definition && !selected) {
        // A card: framed, on the window's second background, so it reads as apart from the results.
        painter->save();
        painter->setPen(QPen(palette.color(QPalette::Active, QPalette::Mid), 1));
        painter->setBrush(palette.color(QPalette::Active, QPalette::AlternateBase));
        painter->drawRoundedRect(QRectF(option.rect).adjusted(2.5, 2.5, -2.5, -2.5), 4, 4);
        painter->restore();
    }
    switch (type) {
    case EntryType::Hit:
    case EntryType::OwnWords:
    case EntryType::Definition: {
        painter->setFont(parts.kindFont);
        painter->setPen(muted);
        const int kindHeight = QFontMetrics(parts.kindFont).height();
        painter->drawText(QRect(x, y, textWidth(option), kindHeight), Qt::AlignLeft | Qt::AlignVCenter,
                          parts.kind.toUpper());
        y += kindHeight + Gap;
        draw(parts.title.get(), text, int(parts.title->size().height()));
        draw(parts.snippet.get(), type == EntryType::Definition ? text : muted, parts.snippetHeight);
        if (parts.more) {
            draw(parts.more.get(), link, int(parts.more->size().height()));
        }
        break;
    }
    case EntryType::Suggestion:
    case EntryType::ShowAll:
        y = option.rect.top() + (option.rect.height() - int(parts.title->size().height())) / 2;
        draw(parts.title.get(), link, int(parts.title->size().height()));
        break;
    case EntryType::Heading:
    case EntryType::Message:
        y = option.rect.top() + (option.rect.height() - int(parts.title->size().height())) / 2;
        draw(parts.title.get(), type == EntryType::Heading ? palette.color(QPalette::Active, QPalette::Text) : muted,
             int(parts.title->size().height()));
        break;
    }
    painter->restore();
}

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Parts parts;
    layout(parts, option, index);
    return {textWidth(option) + 2 * Padding, parts.height};
}

} // namespace Myelin::Ui
