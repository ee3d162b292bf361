// SPDX-License-Identifier: GPL-3.0-or-later
// "About MS > Causes of MS > CCSVI": where the open article sits, each part a button. The parts
// wrap onto more lines when the window is narrow or the text large.
#ifndef MYELIN_UI_BREADCRUMBBAR_H
#define MYELIN_UI_BREADCRUMBBAR_H

#include "core/article.h"

#include <QWidget>

class QLabel;

namespace Myelin::Ui {

class FlowLayout;

class BreadcrumbBar : public QWidget
{
    Q_OBJECT

public:
    explicit BreadcrumbBar(QWidget *parent = nullptr);

    // ancestors from the root down, then the current article's title (not a link). Moving to a sibling
    // keeps the ancestors' buttons (and their place in the keyboard order) and changes only the title.
    void setTrail(const QList<ArticleRef> &ancestors, const QString &currentTitle);
    QStringList partTitles() const;

signals:
    void articleRequested(const QString &slug);

private:
    FlowLayout *m_layout;
    QList<ArticleRef> m_ancestors;
    QLabel *m_current = nullptr;
};

} // namespace Myelin::Ui

#endif // MYELIN_UI_BREADCRUMBBAR_H
