// SPDX-License-Identifier: GPL-3.0-or-later
// The definition of a glossary term, shown over the article next to the word: in the reading style
// (text size, font, spacing, theme colours), at most about 60 characters wide. It opens after a short
// hover (and stays while the pointer is on the word or on it, so a shaking hand does not lose it), or
// at once with a click or Enter on the word, which also moves the keyboard into it. Esc, Close or a
// click elsewhere closes it; "More about ..." opens the term's own page.
#ifndef MYELIN_UI_GLOSSARYPOPOVER_H
#define MYELIN_UI_GLOSSARYPOPOVER_H

#include <QFrame>
#include <QPointer>
#include <QRectF>

class QLabel;
class QPushButton;
class QScrollArea;
class QTimer;

namespace Myelin {
class ContentRepository;
}

namespace Myelin::Ui {

class ArticleView;
class FlowLayout;
class ReadingStyleController;

class GlossaryPopover : public QFrame
{
    Q_OBJECT

public:
    // How long the pointer must rest on a word before its definition opens, and how long it may be
    // away from the word and the definition before the definition closes.
    struct Timings
    {
        int openDelayMs = 400;
        int closeDelayMs = 900;
    };
    static constexpr int MaxCharacters = 60; // the longest line, in average characters

    GlossaryPopover(ArticleView &view, const ContentRepository &repository, ReadingStyleController &style);
    ~GlossaryPopover() override;

    void setTimings(Timings timings); // tests
    Timings timings() const { return m_timings; }

    // Opens the definition of termId next to its word. pinned: chosen by click or Enter (stays until
    // closed, keyboard focus moves in); otherwise opened by hover (closes when the pointer leaves).
    void openTerm(const QString &termId, bool pinned);
    // Hides it; returnFocus puts the keyboard back on the article (where it was: the word).
    void dismiss(bool returnFocus);

    QString termId() const { return m_termId; }
    bool isPinned() const { return m_pinned; }
    QLabel *definitionLabel() const { return m_definition; }
    QScrollArea *definitionArea() const { return m_scroll; }
    QPushButton *moreButton() const { return m_more; }
    QPushButton *closeButton() const { return m_close; }

protected:
    void enterEvent(QEnterEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onLinkHovered(const QString &url);
    void onCloseTimeout();
    void applyStyle();
    void locateAndShow(int request);
    void place(const QRectF &wordInView);
    bool contains(const QObject *object) const;
    void setWatching(bool on);

    ArticleView &m_view;
    const ContentRepository &m_repository;
    ReadingStyleController &m_style;
    Timings m_timings;
    QTimer *m_openTimer;
    QTimer *m_closeTimer;
    QLabel *m_title;
    QScrollArea *m_scroll;
    QLabel *m_definition;
    QPushButton *m_more;
    QPushButton *m_close;
    FlowLayout *m_buttons;
    QString m_termId;      // shown (or about to be)
    QString m_hoveredTerm; // under the pointer now; empty when the pointer is on no term
    QString m_definitionText;
    QString m_termTitle;
    QRectF m_word; // the word, in this widget's parent's coordinates
    bool m_pinned = false;
    bool m_watching = false;
    int m_request = 0; // counts openings, so a late answer about an older word is ignored
};

} // namespace Myelin::Ui

#endif // MYELIN_UI_GLOSSARYPOPOVER_H
