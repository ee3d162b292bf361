// SPDX-License-Identifier: GPL-3.0-or-later
// "About MS > Causes of MS > CCSVI": where the open article sits, each part a button. The parts
// wrap onto more lines when the window is narrow or the text large.
#ifndef MYELIN_UI_BREADCRUMBBAR_H
#define MYELIN_UI_BREADCRUMBBAR_H

#include "core/article.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace Myelin::Ui {

class FlowLayout;

class BreadcrumbBar : public QWidget
{
    Q_OBJECT

public:
    explicit BreadcrumbBar(QWidget *parent = nullptr);

    // ancestors from the root down, then the current article's title (not a link). The parts' widgets
    // are kept from one article to the next and only their words change (a part no longer needed is
    // hidden): an article switch creates no widget, and the bar keeps its height when the trail keeps
    // its lines, so the article beside it is not laid out again (issue 21). Moving to a sibling keeps
    // the ancestors' buttons (and their place in the keyboard order) and changes only the title.
    void setTrail(const QList<ArticleRef> &ancestors, const QString &currentTitle);
    QStringList partTitles() const;

signals:
    void articleRequested(const QString &slug);

private:
    struct Part
    {
        QPushButton *button;
        QLabel *separator;
    };
    void addPart();

    FlowLayout *m_layout;
    QLabel *m_label;
    QList<Part> m_parts; // as many as the deepest trail so far; those beyond the current trail hidden
    QList<ArticleRef> m_ancestors;
    QLabel *m_current = nullptr;

protected:
    void changeEvent(QEvent *event) override;
};

} // namespace Myelin::Ui

#endif // MYELIN_UI_BREADCRUMBBAR_H
