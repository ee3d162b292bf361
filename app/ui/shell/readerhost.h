// SPDX-License-Identifier: GPL-3.0-or-later
// What a feature may use of the reader's window: the content, the settings, the reading style, the
// article view, menus, toolbars, side panes and the status line. The shell's MainWindow provides one;
// features (search, comfort, print) get it in their constructors and never see the window's class.
#ifndef MYELIN_UI_READERHOST_H
#define MYELIN_UI_READERHOST_H

#include <QObject>
#include <QUrl>
#include <functional>

class QAction;
class QMenu;
class QToolBar;
class QWidget;

namespace Myelin {
class ContentDatabase;
class ContentRepository;
class Settings;
} // namespace Myelin

namespace Myelin::Ui {

class ArticleView;
class GlossaryPanel;
class ReadingStyleController;

class ReaderHost : public QObject
{
    Q_OBJECT

public:
    enum class Menu
    {
        File,
        Go,
        View,
        Help
    };

    using QObject::QObject;

    virtual const ContentDatabase &database() const = 0;
    virtual const ContentRepository &repository() const = 0;
    virtual Settings &settings() const = 0;
    virtual ReadingStyleController &readingStyle() const = 0;

    virtual QWidget *window() const = 0;              // parent for dialogs, home of window-wide shortcuts
    virtual ArticleView *articleView() const = 0;     // made with the window
    virtual GlossaryPanel *glossaryPanel() const = 0; // the Glossary side pane (its terms' menu)
    virtual QString currentSlug() const = 0;
    virtual void openArticle(const QString &slug) = 0;
    virtual void openUrl(const QUrl &url) = 0;                              // any myelin: page
    virtual void showStatus(const QString &message, int timeoutMs = 0) = 0; // empty: clears it

    virtual QMenu *menu(Menu which) const = 0;
    virtual void addMenu(QMenu *menu) = 0; // a top-level menu, before Help
    virtual QToolBar *mainToolBar() const = 0;
    virtual QList<QAction *> textSizeActions() const = 0; // A+, A-, A: larger, smaller, normal
    virtual void addToolBarRow(QToolBar *toolbar) = 0;    // a new row under the others
    virtual QList<QToolBar *> toolBarRows() const = 0;    // the visible rows, top to bottom
    // A tab beside the contents; a DeferredPane is made when first shown (sidePaneMade).
    virtual void addSidePane(QWidget *pane, const QString &title) = 0;
    virtual void showSidePane(QWidget *pane) = 0;
    virtual QList<QWidget *> paneFocusChain() const = 0; // below the toolbars, in reading order
    // The regions below the toolbars that F6 moves between, in reading order: where the keyboard
    // goes in each (the side pane's current page, the article, related items). Hidden ones are left out.
    virtual QList<QWidget *> regions() const = 0;

    // Tells the user, once a session, that changes cannot be stored; the status line says it each time.
    virtual void reportSaveProblem(const QString &message) = 0;
    // Writes the settings now; reports a problem as above. Returns whether they were stored.
    bool saveSettings();

    // Runs shown just after the window is on screen: soon when it already is, else after it is first
    // shown (while context lives). For what the reader is told or asked at start: a dialog before the
    // window would come up alone (the article view now exists before the window, ReaderAssembly).
    void whenWindowShown(QObject *context, const std::function<void()> &shown);

signals:
    void articleShown(const QString &slug);
    // A side pane made when first shown (DeferredPane) has its controls now: the Tab order takes them in.
    void sidePaneMade();
};

} // namespace Myelin::Ui

#endif // MYELIN_UI_READERHOST_H
