// SPDX-License-Identifier: GPL-3.0-or-later
// What the main window needs of its article pane, without the web engine: the window and its tree are
// made and painted before the engine's libraries are loaded (issue 21). ArticleView (the web view on
// the locked-down profile) is the pane; MainWindow knows it only through this class.
#ifndef MYELIN_UI_ARTICLEPANE_H
#define MYELIN_UI_ARTICLEPANE_H

#include <QColor>
#include <QUrl>
#include <QVariant>
#include <QWidget>
#include <functional>

namespace Myelin::Ui {

class ArticlePane : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;
    ~ArticlePane() override = default;

    virtual void openUrl(const QUrl &url) = 0;
    virtual QUrl currentUrl() const = 0;
    // New reading style (size, colours): applied to the open page at once and to every later page.
    virtual void setRootStyle(const QString &rootStyle) = 0;
    // Shown behind pages and between them (no white flash in a dark theme).
    virtual void setPageColour(const QColor &colour) = 0;
    virtual void back() = 0;
    virtual void forward() = 0;
    virtual bool canGoBack() const = 0;
    virtual bool canGoForward() const = 0;
    // Runs script in the page's isolated world (not the page's own, where scripts are off) and hands
    // back its result.
    virtual void runInPage(const QString &script, std::function<void(const QVariant &)> done) = 0;
    // The widget that shows the page and takes the keyboard focus in it (for Tab's order and F6).
    virtual QWidget *pageWidget() const = 0;

signals:
    void urlChanged(const QUrl &url);
    void loadFinished(bool ok);
    // url, the page that last finished loading (or failed to), is on screen: its first paint after that
    // was flushed, or no paint came within a short while (ui/shell/pageshownwatch.h). The window's frame
    // follows it (ui/shell/pageframe.h).
    void pageShown(const QUrl &url);
    void externalLinkRequested(const QUrl &url);
    void feedbackAnswered(const QString &slug, bool useful);
    void feedbackMailRequested(const QString &slug);
};

} // namespace Myelin::Ui

#endif // MYELIN_UI_ARTICLEPANE_H
