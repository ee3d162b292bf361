// SPDX-License-Identifier: GPL-3.0-or-later
// Lays widgets out left to right and starts a new line when the next one does not fit, like words
// in a paragraph (the breadcrumb: at large text sizes its parts wrap whole instead of squeezing the
// last title into a narrow column). An item wider than a whole line gets the line, and the height
// it needs at that width (a word-wrapping label).
#ifndef MYELIN_UI_FLOWLAYOUT_H
#define MYELIN_UI_FLOWLAYOUT_H

#include <QHash>
#include <QLayout>
#include <QList>
#include <QSet>

namespace Myelin::Ui {

class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr);
    ~FlowLayout() override;
    FlowLayout(const FlowLayout &) = delete;
    FlowLayout &operator=(const FlowLayout &) = delete;

    void setLineSpacing(int pixels) { m_lineSpacing = pixels; }
    // Keeps the most height needed at each width instead of shrinking when the items need fewer lines
    // (the breadcrumb: the article below stays put from one trail to the next); forgetHeights() starts
    // again (a new text size or font).
    void setKeepsHeight(bool keep) { m_keepsHeight = keep; }
    void forgetHeights() { m_heights.clear(); }
    // This widget never starts a line: when it does not fit, the item before it goes to the next line
    // with it (the breadcrumb's "›" stays after the part it follows, never in front of the title).
    void keepWithPrevious(QWidget *widget) { m_keptWithPrevious.insert(widget); }

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    // Places the items in rect (or only measures, when apply is false); returns the height used.
    int arrange(const QRect &rect, bool apply) const;

    QList<QLayoutItem *> m_items;
    int m_lineSpacing = 0;
    bool m_keepsHeight = false;
    mutable QHash<int, int> m_heights; // width -> the most height needed at it
    QSet<const QWidget *> m_keptWithPrevious;
};

} // namespace Myelin::Ui

#endif // MYELIN_UI_FLOWLAYOUT_H
