// SPDX-License-Identifier: GPL-3.0-or-later
// The reader's main window: navigation tree, breadcrumb, article and related items. Features reach it
// only through host() (readerhost.h); only main.cpp and the shell include this file.
#ifndef MYELIN_UI_MAINWINDOW_H
#define MYELIN_UI_MAINWINDOW_H

#include "pageframe.h"

#include <QMainWindow>
#include <QStringList>
#include <QUrl>
#include <functional>
#include <memory>

class QAction;
class QLabel;
class QMenu;
class QToolBar;
class QSplitter;
class QStackedWidget;
class QTreeView;

namespace Myelin {
class ContentDatabase;
class ContentRepository;
class NavTreeModel;
class Settings;
class UserDatabase;
} // namespace Myelin

namespace Myelin::Ui {

class ArticlePane;
class ArticleView;
class BreadcrumbBar;
class GlossaryPanel;
class ReaderHost;
class ReadingStyleController;
class RelatedPanel;
class SidePanes;
class StatusMessages;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    struct Dependencies
    {
        const ContentDatabase &database;
        const ContentRepository &repository;
        Settings &settings;
        UserDatabase &userData;
        ReadingStyleController &style; // text size and colours of every page
        // The article view (ArticleView::forWindow). Null: it comes later (setArticleView). The window
        // then paints its first frame (tree, breadcrumb, the article's place in the page colour) without
        // the web engine, and a page asked for before the view comes opens in it. ReaderAssembly starts
        // the engine once that frame is on screen (framePainted).
        ArticleView *articleView = nullptr;
        // The side panes the features add, in order, while the view comes later: their room is kept in the
        // switcher, so that the tree does not move when they come (see SidePanes::keepPlaces).
        QStringList laterPanes = {};
    };

    // The article Help > How to Use Myelin (F1) opens, when the content has it.
    static constexpr const char *HelpArticle = "using-myelin";
    static constexpr const char *GetHelpArticle = "get-help-now"; // emergency numbers and crisis lines

    explicit MainWindow(const Dependencies &deps, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens slug, or the home article with a message in the status bar when slug is unknown or empty.
    void openArticle(const QString &slug);
    void openUrl(const QUrl &url); // any myelin: page (article, glossary term, timeline, quotes)
    QString currentSlug() const { return m_currentSlug; }
    // The breadcrumb and related items of the page asked for are still to come (they follow its page onto
    // the screen: ui/shell/pageframe.h).
    bool isFrameWaiting() const;

    // Asked before an outside link opens in the system browser; returns true to open it.
    // The default asks the user in a dialog; tests replace it.
    using LinkConfirmer = std::function<bool(const QUrl &)>;
    void setExternalLinkConfirmer(LinkConfirmer confirmer) { m_confirmLink = std::move(confirmer); }

    // What features get (CONTRIBUTING.md, "Adding a feature"): menus, toolbars, panes, the article
    // view and the status line, without this class.
    ReaderHost &host() const;
    QToolBar *mainToolBar() const { return m_toolBar; }

    // For tests and accessibility tools: the parts of the window.
    QTreeView *tree() const { return m_tree; }
    BreadcrumbBar *breadcrumb() const { return m_breadcrumb; }
    RelatedPanel *related() const { return m_related; }
    GlossaryPanel *glossary() const { return m_glossary; }
    SidePanes *sideTabs() const { return m_sideTabs; }
    ArticleView *articleView() const; // null until given (see Dependencies)
    // The view for a window made without one; it opens the page asked for.
    void setArticleView(ArticleView *view);
    // Every feature is in: the room kept for what they add and they did not is given back.
    void featuresAdded();

    // The panes shown now: the reader's choice (View menu), less those the window has no room for
    // beside a readable article column (panefit.h) and a Related items pane with nothing in it.
    bool contentsPaneShown() const;
    bool relatedPaneShown() const;

signals:
    void articleShown(const QString &slug);
    // A window made without its view has its first frame on screen.
    void framePainted();

protected:
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void adoptArticleView(ArticlePane *view);
    void reserveToolBarRow(); // for the first row a feature adds, made after the first frame
    void showUrl(const QUrl &url, PageFrame::When frameWhen);
    // A page that is not an article (timeline, quotes, a page the content lacks): its title only, no trail,
    // no related items, no current article.
    void showPageOfItsOwn(const QUrl &url, const QString &title, PageFrame::When frameWhen);
    // The frame for url, with its page or at once when it changes the article's room.
    void showFrame(const QUrl &url, PageFrame::Content content, PageFrame::When frameWhen);
    void syncTree(const QString &slug);
    void setRelatedItems(const QList<ArticleRef> &items); // and fits the panes when the pane empties or fills
    void rememberLastArticle();
    void updateNavigationActions();
    void openExternal(const QUrl &url);
    void sendFeedbackMail(const QString &slug);
    void reportSaveProblem(const QString &message); // status line each time, a message box once
    void applyReadingStyle();                       // the reading style's :root and background on the open page
    void updateFontActions();
    void createPaneActions();
    void nameToolBarButtons();
    void revealSidePane(QWidget *pane); // shows the side pane (even in a narrow window) at pane
    void fitPanes();                    // shows and hides the side panes for the window's width and the text size

    class Host;
    friend class Host;

    const ContentDatabase &m_database;
    const ContentRepository &m_repository;
    Settings &m_settings;
    UserDatabase &m_userData;
    ReadingStyleController &m_style;
    std::unique_ptr<Host> m_host;

    NavTreeModel *m_model;
    QTreeView *m_tree;
    GlossaryPanel *m_glossary;
    SidePanes *m_sideTabs;
    BreadcrumbBar *m_breadcrumb;
    QStackedWidget *m_articleStack;
    ArticlePane *m_view = nullptr;  // an ArticleView: known only as a pane here (no web engine)
    QWidget *m_viewPlace = nullptr; // the article's place, in the page colour, until the view comes
    QUrl m_pendingUrl;              // asked for before the view came
    QToolBar *m_reservedRow = nullptr;
    RelatedPanel *m_related;
    PageFrame *m_frame;       // the breadcrumb and related items, changed with the page
    StatusMessages *m_status; // the status line's messages, kept for their time
    QSplitter *m_splitter;
    QTimer *m_lastArticleSaver; // saves the open article once the reader stays on it, not mid-switch

    QMenu *m_fileMenu = nullptr;
    QMenu *m_goMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QToolBar *m_toolBar = nullptr;

    QAction *m_backAction = nullptr;
    QAction *m_forwardAction = nullptr;
    QAction *m_homeAction = nullptr;
    QAction *m_timelineAction = nullptr;
    QAction *m_quotesAction = nullptr;
    QAction *m_glossaryAction = nullptr;
    QAction *m_smallerAction = nullptr;
    QAction *m_normalAction = nullptr;
    QAction *m_largerAction = nullptr;
    QAction *m_contentsPaneAction = nullptr;
    QAction *m_relatedPaneAction = nullptr;
    QAction *m_keptPane = nullptr; // the pane the reader asked for last: it stays until the window changes

    LinkConfirmer m_confirmLink;
    QUrl m_shownUrl; // the page whose breadcrumb, title and related items the window shows
    QString m_currentSlug;
    bool m_syncingTree = false;
    bool m_toolBarArranged = false;
    bool m_saveProblemShown = false;
    bool m_framePainted = false;
};

} // namespace Myelin::Ui

#endif // MYELIN_UI_MAINWINDOW_H
