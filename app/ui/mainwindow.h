// SPDX-License-Identifier: GPL-3.0-or-later
// The reader's main window: navigation tree, breadcrumb, article and related items.
#ifndef MYELIN_UI_MAINWINDOW_H
#define MYELIN_UI_MAINWINDOW_H

#include <QMainWindow>
#include <QUrl>
#include <functional>

class QAction;
class QLabel;
class QMenu;
class QToolBar;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTreeView;

namespace Myelin {
class ContentDatabase;
class ContentRepository;
class NavTreeModel;
class Settings;
class UserDatabase;
} // namespace Myelin

namespace Myelin::Ui {

class ArticleView;
class BreadcrumbBar;
class GlossaryPanel;
class RelatedPanel;

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
    };

    explicit MainWindow(const Dependencies &deps, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens slug, or the home article with a message in the status bar when slug is unknown or empty.
    void openArticle(const QString &slug);
    void openUrl(const QUrl &url); // any myelin: page (article, glossary term, timeline, quotes)
    QString currentSlug() const { return m_currentSlug; }

    // Asked before an outside link opens in the system browser; returns true to open it.
    // The default asks the user in a dialog; tests replace it.
    using LinkConfirmer = std::function<bool(const QUrl &)>;
    void setExternalLinkConfirmer(LinkConfirmer confirmer) { m_confirmLink = std::move(confirmer); }

    int fontPercent() const { return m_fontPercent; }
    void changeFontSize(int direction); // +1 larger, -1 smaller, 0 normal
    void setFontPercent(int percent);   // one of Settings::FontSteps (comfort profiles)

    // Where features add their actions (see CONTRIBUTING.md): each feature lives in its own
    // files and adds itself here, so this window does not grow into a god object.
    QMenu *fileMenu() const { return m_fileMenu; }
    QMenu *goMenu() const { return m_goMenu; }
    QMenu *viewMenu() const { return m_viewMenu; }
    QMenu *helpMenu() const { return m_helpMenu; }
    QToolBar *mainToolBar() const { return m_toolBar; }
    const ContentRepository &repository() const { return m_repository; }
    const ContentDatabase &database() const { return m_database; }
    Settings &settings() const { return m_settings; }
    UserDatabase &userData() const { return m_userData; }

    // The CSS :root declarations (size, colours) every page gets; features that change reading
    // comfort call setRootStyleProvider so every path into an article uses the same settings.
    using RootStyleProvider = std::function<QString()>;
    void setRootStyleProvider(RootStyleProvider provider);
    void applyReadingStyle(); // re-reads the provider and restyles the open page

    // For tests and accessibility tools: the parts of the window.
    QTreeView *tree() const { return m_tree; }
    BreadcrumbBar *breadcrumb() const { return m_breadcrumb; }
    RelatedPanel *related() const { return m_related; }
    GlossaryPanel *glossary() const { return m_glossary; }
    QTabWidget *sideTabs() const { return m_sideTabs; }
    ArticleView *articleView() const { return m_view; } // null until the first paint is done

signals:
    void articleViewReady();
    void articleShown(const QString &slug);
    void fontPercentChanged(int percent);

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void createArticleView();
    void showUrl(const QUrl &url);
    void syncTree(const QString &slug);
    void updateNavigationActions();
    void openExternal(const QUrl &url);
    void sendFeedbackMail(const QString &slug);
    QString rootStyle() const;

    const ContentDatabase &m_database;
    const ContentRepository &m_repository;
    Settings &m_settings;
    UserDatabase &m_userData;

    NavTreeModel *m_model;
    QTreeView *m_tree;
    GlossaryPanel *m_glossary;
    QTabWidget *m_sideTabs;
    BreadcrumbBar *m_breadcrumb;
    QStackedWidget *m_articleStack;
    QLabel *m_loadingLabel;
    ArticleView *m_view = nullptr;
    RelatedPanel *m_related;
    QSplitter *m_splitter;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_goMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
    RootStyleProvider m_rootStyleProvider;

    QAction *m_backAction = nullptr;
    QAction *m_forwardAction = nullptr;
    QAction *m_homeAction = nullptr;
    QAction *m_timelineAction = nullptr;
    QAction *m_quotesAction = nullptr;
    QAction *m_glossaryAction = nullptr;
    QAction *m_smallerAction = nullptr;
    QAction *m_normalAction = nullptr;
    QAction *m_largerAction = nullptr;

    LinkConfirmer m_confirmLink;
    QUrl m_pendingUrl;
    QString m_currentSlug;
    int m_fontPercent;
    bool m_syncingTree = false;
    bool m_firstPaintSeen = false;
};

} // namespace Myelin::Ui

#endif // MYELIN_UI_MAINWINDOW_H
