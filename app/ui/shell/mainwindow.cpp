// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "appstyle.h"
#include "articleview.h"
#include "breadcrumbbar.h"
#include "contentstree.h"
#include "core/articlerenderer.h"
#include "core/contentrepository.h"
#include "core/contenturl.h"
#include "core/navtreemodel.h"
#include "core/theme.h"
#include "deferredpane.h"
#include "glossarypanel.h"
#include "panefit.h"
#include "readerhost.h"
#include "readingstylecontroller.h"
#include "relatedpanel.h"
#include "relativefont.h"
#include "sidepanes.h"
#include "statusmessages.h"
#include "userdata/settings.h"
#include "userdata/userdatabase.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QChildEvent>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPointer>
#include <QResizeEvent>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUrlQuery>
#include <QVBoxLayout>
#include <algorithm>
#include <utility>

namespace Myelin::Ui {

namespace {

// A toolbar that runs out of room moves its last items, whole, into its overflow menu ("More"),
// rather than squeezing every button until its word is cut ("F\u2026d"): buttons keep their size, and
// the overflow button gets a name and a tip.
class WholeToolBarButtons final : public QObject
{
public:
    explicit WholeToolBarButtons(QToolBar *toolbar) : QObject(toolbar)
    {
        toolbar->installEventFilter(this);
        // The overflow button exists from the toolbar's start, before this filter could see it.
        if (QToolButton *more = toolBarOverflowButton(toolbar)) {
            nameOverflowButton(more);
        }
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::ChildPolished) {
            if (auto *button = qobject_cast<QToolButton *>(static_cast<QChildEvent *>(event)->child())) {
                if (button->objectName() == QLatin1String(ToolBarOverflowName)) {
                    nameOverflowButton(button);
                } else {
                    button->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
                }
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    static void nameOverflowButton(QToolButton *button)
    {
        button->setAccessibleName(QCoreApplication::translate("Myelin::Ui::MainWindow", "More buttons"));
        button->setToolTip(
            QCoreApplication::translate("Myelin::Ui::MainWindow", "More buttons: those the window has no room for"));
    }
};

void keepToolBarButtonsWhole(QToolBar *toolbar)
{
    new WholeToolBarButtons(toolbar);
}

// The widgets in pane that Tab stops at, in the window's focus order (the pane itself when it takes it).
QList<QWidget *> tabStops(QWidget *pane)
{
    if (pane->focusPolicy() & Qt::TabFocus) {
        return {pane};
    }
    QList<QWidget *> stops;
    for (QWidget *widget = pane->nextInFocusChain(); widget != pane; widget = widget->nextInFocusChain()) {
        if (pane->isAncestorOf(widget) && (widget->focusPolicy() & Qt::TabFocus) && widget->focusProxy() == nullptr) {
            stops << widget;
        }
    }
    return stops;
}

} // namespace

// The window as features see it (readerhost.h).
class MainWindow::Host final : public ReaderHost
{
public:
    explicit Host(MainWindow &window) : m_window(window) {}
    ~Host() override
    {
        // Features are this object's children and use it as they go: delete them while it is whole.
        QList<QPointer<QObject>> features;
        for (QObject *child : children()) {
            features << child;
        }
        for (const QPointer<QObject> &feature : std::as_const(features)) {
            delete feature.data(); // null when an earlier one took it with it
        }
    }

    const ContentDatabase &database() const override { return m_window.m_database; }
    const ContentRepository &repository() const override { return m_window.m_repository; }
    Settings &settings() const override { return m_window.m_settings; }
    ReadingStyleController &readingStyle() const override { return m_window.m_style; }
    QWidget *window() const override { return &m_window; }
    ArticleView *articleView() const override { return m_window.articleView(); }
    GlossaryPanel *glossaryPanel() const override { return m_window.m_glossary; }
    QString currentSlug() const override { return m_window.m_currentSlug; }
    void openArticle(const QString &slug) override { m_window.openArticle(slug); }
    void openUrl(const QUrl &url) override { m_window.openUrl(url); }
    void reportSaveProblem(const QString &message) override { m_window.reportSaveProblem(message); }
    void showStatus(const QString &message, int timeoutMs) override { m_window.m_status->show(message, timeoutMs); }

    QMenu *menu(Menu which) const override
    {
        switch (which) {
        case Menu::File:
            return m_window.m_fileMenu;
        case Menu::Go:
            return m_window.m_goMenu;
        case Menu::View:
            return m_window.m_viewMenu;
        case Menu::Help:
            return m_window.m_helpMenu;
        }
        return nullptr;
    }
    void addMenu(QMenu *menu) override { m_window.menuBar()->insertMenu(m_window.m_helpMenu->menuAction(), menu); }
    QToolBar *mainToolBar() const override { return m_window.m_toolBar; }
    QList<QAction *> textSizeActions() const override
    {
        return {m_window.m_largerAction, m_window.m_smallerAction, m_window.m_normalAction};
    }
    void addToolBarRow(QToolBar *toolbar) override
    {
        keepToolBarButtonsWhole(toolbar);
        if (QToolBar *reserved = std::exchange(m_window.m_reservedRow, nullptr)) {
            // The row the window kept for it (see reserveToolBarRow): nothing below it moves.
            m_window.insertToolBar(reserved, toolbar);
            m_window.removeToolBar(reserved);
            delete reserved;
            return;
        }
        m_window.addToolBarBreak(Qt::TopToolBarArea);
        m_window.addToolBar(Qt::TopToolBarArea, toolbar);
    }
    QList<QToolBar *> toolBarRows() const override
    {
        QList<QToolBar *> bars;
        for (QToolBar *bar : m_window.findChildren<QToolBar *>(QString(), Qt::FindDirectChildrenOnly)) {
            if (!bar->isHidden() && m_window.toolBarArea(bar) == Qt::TopToolBarArea) {
                bars << bar;
            }
        }
        // Top to bottom, left to right: the main toolbar, then the reading row, then the player bar.
        std::stable_sort(bars.begin(), bars.end(), [](const QToolBar *a, const QToolBar *b) {
            return a->y() != b->y() ? a->y() < b->y() : a->x() < b->x();
        });
        return bars;
    }
    void addSidePane(QWidget *pane, const QString &title) override
    {
        m_window.m_sideTabs->addPane(pane, title);
        if (auto *deferred = qobject_cast<DeferredPane *>(pane)) {
            connect(deferred, &DeferredPane::made, this, &ReaderHost::sidePaneMade);
        }
    }
    void showSidePane(QWidget *pane) override { m_window.revealSidePane(pane); }
    QList<QWidget *> paneFocusChain() const override
    {
        QList<QWidget *> chain = m_window.m_sideTabs->switcherControls();
        // Every side pane's controls, in their own order: Tab skips those of the panes not shown.
        for (int i = 0; i < m_window.m_sideTabs->count(); ++i) {
            chain << tabStops(m_window.m_sideTabs->widget(i));
        }
        for (QAbstractButton *button : m_window.m_breadcrumb->findChildren<QAbstractButton *>()) {
            chain << button;
        }
        if (ArticlePane *view = m_window.m_view) {
            chain << view->pageWidget();
        }
        chain << m_window.m_related->list();
        return chain;
    }
    QList<QWidget *> regions() const override
    {
        QList<QWidget *> regions;
        if (QWidget *side = m_window.m_sideTabs->currentWidget(); side != nullptr && side->isVisible()) {
            regions << side;
        }
        if (ArticlePane *view = m_window.m_view) {
            regions << view->pageWidget();
        }
        if (m_window.m_related->isVisible()) {
            regions << m_window.m_related->list();
        }
        return regions;
    }

private:
    MainWindow &m_window;
};

MainWindow::MainWindow(const Dependencies &deps, QWidget *parent)
    : QMainWindow(parent), m_database(deps.database), m_repository(deps.repository), m_settings(deps.settings),
      m_userData(deps.userData), m_style(deps.style), m_host(std::make_unique<Host>(*this)),
      m_model(new NavTreeModel(deps.database, this)), m_tree(new ContentsTree(this)),
      m_glossary(new GlossaryPanel(deps.repository, this)), m_sideTabs(new SidePanes(this)),
      m_breadcrumb(new BreadcrumbBar(this)), m_articleStack(new QStackedWidget(this)),
      m_related(new RelatedPanel(this)),
      m_frame(new PageFrame(
          [this](const PageFrame::Content &frame) {
              m_breadcrumb->setTrail(frame.trail, frame.title); // unchanged parts are kept
              setRelatedItems(frame.related);
              if (!m_currentSlug.isEmpty()) {
                  emit articleShown(m_currentSlug); // with its frame (the breadcrumb's buttons are made)
              }
          },
          this)),
      m_status(new StatusMessages(*this)), m_splitter(new QSplitter(Qt::Horizontal, this)),
      m_lastArticleSaver(new QTimer(this))
{
    setWindowTitle(tr("Myelin"));
    setAccessibleName(tr("Myelin"));

    m_model->setLanguage(deps.repository.language()); // titles in the reader's language where translated
    m_tree->setModel(m_model);
    m_tree->setHeaderHidden(true);
    m_tree->setExpandsOnDoubleClick(false);
    m_tree->setAccessibleName(tr("Contents"));
    m_tree->setAccessibleDescription(tr("All articles. Use the arrow keys to move and open them."));
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (!m_syncingTree && current.isValid()) { // the tree's slugs come from the content: no check needed
            openUrl(ContentUrl::build(ContentUrl::Kind::Article, current.data(NavTreeModel::SlugRole).toString()));
        }
    });

    auto *centre = new QWidget(this);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);
    centreLayout->addWidget(m_breadcrumb);
    centreLayout->addWidget(m_articleStack, 1);

    m_sideTabs->addPane(m_tree, tr("Contents"));
    m_sideTabs->addPane(m_glossary, tr("Glossary"));
    connect(m_glossary, &GlossaryPanel::termRequested, this,
            [this](const QString &slug) { openUrl(ContentUrl::build(ContentUrl::Kind::Glossary, slug)); });
    m_splitter->addWidget(m_sideTabs);
    m_splitter->addWidget(centre);
    m_splitter->addWidget(m_related);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    m_splitter->setChildrenCollapsible(false);
    m_sideTabs->setMinimumWidth(250); // room for titles like "Relapses: what they are and what to do"
    m_related->setMinimumWidth(240);
    setCentralWidget(m_splitter);

    // Saving the settings writes a file: after the article is on screen and read for a moment, not
    // while the next page is being drawn (and on closing, whatever the timer).
    m_lastArticleSaver->setSingleShot(true);
    m_lastArticleSaver->setInterval(1500);
    connect(m_lastArticleSaver, &QTimer::timeout, this, &MainWindow::rememberLastArticle);

    connect(m_breadcrumb, &BreadcrumbBar::articleRequested, this, &MainWindow::openArticle);
    connect(m_related, &RelatedPanel::articleRequested, this, &MainWindow::openArticle);

    createActions();
    statusBar()->setAccessibleName(tr("Status"));
    connect(this, &MainWindow::articleShown, m_host.get(), &ReaderHost::articleShown);
    connect(&m_style, &ReadingStyleController::styleChanged, this, &MainWindow::applyReadingStyle);
    connect(&m_style, &ReadingStyleController::saveFailed, this, &MainWindow::reportSaveProblem);
    connect(&m_style, &ReadingStyleController::fontPercentChanged, this, [this](int percent) {
        updateFontActions();
        m_keptPane = nullptr;
        fitPanes();
        m_status->show(tr("Text size %1%").arg(percent), 4000);
    });
    updateFontActions();

    m_confirmLink = [this](const QUrl &url) {
        const auto answer = QMessageBox::question(
            this, tr("Open in your web browser?"),
            tr("This link leads outside Myelin, to:\n\n%1\n\nOpen it in your web browser? Your browser will "
               "need an internet connection.")
                .arg(url.toDisplayString()),
            QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Cancel);
        return answer == QMessageBox::Open;
    };

    // The first time, as large as 1200 x 800 but never larger than the screen (a 1024 x 768 laptop).
    const QSize screenSize = screen() != nullptr ? screen()->availableSize() : QSize(1200, 800);
    if (!restoreGeometry(m_settings.windowGeometry())) {
        resize(QSize(1200, 800).boundedTo(screenSize));
    } else if (!screenSize.isEmpty() && (width() > screenSize.width() || height() > screenSize.height())) {
        resize(size().boundedTo(screenSize)); // saved on a larger screen
    }
    restoreState(m_settings.windowState());
    if (!m_splitter->restoreState(m_settings.splitterState())) {
        const int side = qBound(240, width() / 4, 340);
        m_splitter->setSizes({side, width() - 2 * side, side});
    }
    fitPanes();                     // the splitter's saved state includes which panes were hidden: decide afresh
    qApp->installEventFilter(this); // mouse back/forward buttons anywhere in the window
    if (deps.articleView != nullptr) {
        adoptArticleView(deps.articleView);
    } else {
        reserveToolBarRow();
        m_sideTabs->keepPlaces(deps.laterPanes);
        // Until the view comes, the article's place is plain page colour; its first paint is the window's.
        m_viewPlace = new QWidget(m_articleStack);
        m_viewPlace->setAutoFillBackground(true);
        m_articleStack->addWidget(m_viewPlace);
        applyReadingStyle();
    }
}

ArticleView *MainWindow::articleView() const
{
    return static_cast<ArticleView *>(m_view); // the only pane there is (no call into it: no web engine here)
}

void MainWindow::reserveToolBarRow()
{
    // The reading row (colours, Listen, Comfort) comes with the features, after the first frame: its place
    // is kept, as tall as the main row (buttons of the same kind: a 24-pixel icon beside a word, at the same
    // text size), so that the breadcrumb, the tree and the article do not move down when it comes.
    m_reservedRow = new QToolBar(this);
    m_reservedRow->setObjectName(QStringLiteral("reservedRow"));
    m_reservedRow->setMovable(false);
    m_reservedRow->setFocusPolicy(Qt::NoFocus);
    addToolBarBreak(Qt::TopToolBarArea);
    addToolBar(Qt::TopToolBarArea, m_reservedRow);
    m_toolBar->installEventFilter(this); // its height, as it is laid out
}

void MainWindow::featuresAdded()
{
    m_sideTabs->releasePlaces();
    if (QToolBar *reserved = std::exchange(m_reservedRow, nullptr)) { // no feature added a row
        removeToolBar(reserved);
        delete reserved;
    }
}

void MainWindow::setArticleView(ArticleView *view)
{
    if (m_view != nullptr || view == nullptr) {
        return; // one view for the window's life
    }
    adoptArticleView(view);
    if (m_viewPlace != nullptr) {
        m_viewPlace->deleteLater();
        m_viewPlace = nullptr;
    }
    if (!m_pendingUrl.isEmpty()) {
        m_view->openUrl(std::exchange(m_pendingUrl, QUrl()));
    }
    updateNavigationActions();
}

MainWindow::~MainWindow()
{
    rememberLastArticle();
    m_host.reset(); // the features (its children) go first, while the window is whole
}

ReaderHost &MainWindow::host() const
{
    return *m_host;
}

void MainWindow::createActions()
{
    auto make = [this](const QString &text, const QString &tip, const QList<QKeySequence> &keys) {
        auto *action = new QAction(text, this);
        action->setToolTip(tip + QStringLiteral(" (") + keys.first().toString(QKeySequence::NativeText) +
                           QLatin1Char(')'));
        action->setStatusTip(tip);
        action->setShortcuts(keys);
        return action;
    };
    m_backAction = make(tr("Back"), tr("Go back to the previous article"), {QKeySequence::Back});
    m_backAction->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_forwardAction = make(tr("Forward"), tr("Go forward again"), {QKeySequence::Forward});
    m_forwardAction->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    m_homeAction = make(tr("Home"), tr("Go to the welcome page"), {QKeySequence(Qt::ALT | Qt::Key_Home)});
    m_homeAction->setIcon(style()->standardIcon(QStyle::SP_DirHomeIcon));
    m_glossaryAction = make(tr("Glossary"), tr("Show the glossary of terms"), {QKeySequence(Qt::CTRL | Qt::Key_G)});
    m_timelineAction = make(tr("Timeline"), tr("Show the timeline of events"), {QKeySequence(Qt::CTRL | Qt::Key_T)});
    m_quotesAction =
        make(tr("Quotes"), tr("Show the collection of quotes"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q)});
    connect(m_glossaryAction, &QAction::triggered, this, [this] {
        revealSidePane(m_glossary);
        m_glossary->filterBox()->setFocus();
    });
    connect(m_timelineAction, &QAction::triggered, this,
            [this] { openUrl(ContentUrl::build(ContentUrl::Kind::Timeline)); });
    connect(m_quotesAction, &QAction::triggered, this,
            [this] { openUrl(ContentUrl::build(ContentUrl::Kind::Quotes)); });
    m_smallerAction = make(tr("A\u2212"), tr("Make the text smaller"), {QKeySequence::ZoomOut});
    m_normalAction = make(tr("A"), tr("Normal text size"), {QKeySequence(Qt::CTRL | Qt::Key_0)});
    m_largerAction =
        make(tr("A+"), tr("Make the text larger"), {QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    m_smallerAction->setObjectName(QStringLiteral("fontSmaller"));
    m_normalAction->setObjectName(QStringLiteral("fontNormal"));
    m_largerAction->setObjectName(QStringLiteral("fontLarger"));

    connect(m_backAction, &QAction::triggered, this, [this] {
        if (m_view != nullptr) {
            m_view->back();
        }
    });
    connect(m_forwardAction, &QAction::triggered, this, [this] {
        if (m_view != nullptr) {
            m_view->forward();
        }
    });
    connect(m_homeAction, &QAction::triggered, this, [this] { openArticle(m_repository.rootSlug()); });
    connect(m_smallerAction, &QAction::triggered, &m_style, [this] { m_style.changeFontSize(-1); });
    connect(m_normalAction, &QAction::triggered, &m_style, [this] { m_style.changeFontSize(0); });
    connect(m_largerAction, &QAction::triggered, &m_style, [this] { m_style.changeFontSize(+1); });

    auto *toolbar = m_toolBar = addToolBar(tr("Main toolbar"));
    keepToolBarButtonsWhole(toolbar);
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setAccessibleName(tr("Main toolbar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setIconSize(QSize(24, 24));
    // The text size comes first: when the window is narrow the last items move to the toolbar's
    // overflow menu, and the size control is the one a reader needs to get back to a usable size.
    auto *sizeLabel = new QLabel(tr("Text size:"), toolbar);
    toolbar->addWidget(sizeLabel);
    for (QAction *action : {m_smallerAction, m_normalAction, m_largerAction}) {
        toolbar->addAction(action);
    }
    toolbar->addSeparator();
    toolbar->addAction(m_backAction);
    toolbar->addAction(m_forwardAction);
    toolbar->addAction(m_homeAction);
    toolbar->addSeparator();
    toolbar->addAction(m_glossaryAction);
    toolbar->addAction(m_timelineAction);
    toolbar->addAction(m_quotesAction);
    // A-, A, A+ in growing type, like the site the reader grew from.
    const QList<std::pair<QAction *, double>> scales = {
        {m_smallerAction, 0.9}, {m_normalAction, 1.1}, {m_largerAction, 1.35}};
    for (const auto &[action, scale] : scales) {
        setRelativeFont(toolbar->widgetForAction(action), scale, true);
    }
    nameToolBarButtons();

    m_fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quit = m_fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcuts(QKeySequence::Quit);
    m_goMenu = menuBar()->addMenu(tr("&Go"));
    m_goMenu->addActions({m_backAction, m_forwardAction, m_homeAction});
    m_goMenu->addSeparator();
    m_goMenu->addActions({m_glossaryAction, m_timelineAction, m_quotesAction});
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->addActions({m_largerAction, m_smallerAction, m_normalAction});
    createPaneActions();
    m_helpMenu = menuBar()->addMenu(tr("&Help"));
    // Emergency numbers and crisis lines, first in the menu, when the collection has the page.
    if (m_repository.hasArticle(QLatin1String(GetHelpArticle))) {
        QAction *help =
            m_helpMenu->addAction(tr("&Get Help Now"), this, [this] { openArticle(QLatin1String(GetHelpArticle)); });
        help->setObjectName(QStringLiteral("getHelpNow"));
        help->setStatusTip(tr("Emergency numbers, crisis lines and MS helplines"));
        m_helpMenu->addSeparator();
    }
    // The content's own guide (keyboard shortcuts included), when the collection has one.
    if (m_repository.hasArticle(QLatin1String(HelpArticle))) {
        QAction *guide =
            m_helpMenu->addAction(tr("&How to Use Myelin"), this, [this] { openArticle(QLatin1String(HelpArticle)); });
        guide->setObjectName(QStringLiteral("helpGuide"));
        guide->setShortcuts(QKeySequence::HelpContents);
        guide->setStatusTip(tr("Open the guide to Myelin, with its keyboard shortcuts"));
        addAction(guide); // F1 wherever the keyboard is
        m_helpMenu->addSeparator();
    }
    updateNavigationActions();
}

void MainWindow::nameToolBarButtons()
{
    // Voice control users say what they see: each name starts with the button's own word(s).
    for (QAction *action : {m_backAction, m_forwardAction, m_homeAction, m_glossaryAction, m_timelineAction,
                            m_quotesAction, m_smallerAction, m_normalAction, m_largerAction}) {
        if (QWidget *button = m_toolBar->widgetForAction(action)) {
            button->setAccessibleName(tr("%1: %2").arg(action->text(), action->statusTip()));
            button->setAccessibleDescription(action->toolTip());
        }
    }
}

void MainWindow::showEvent(QShowEvent *event)
{
    if (!m_toolBarArranged && m_toolBar->actions().constLast() != m_quotesAction) {
        // Features have added theirs (the search box) by now. Glossary, Timeline and Quotes are also in
        // the Go menu and beside the contents: they go last, so a narrow window moves them into the
        // overflow menu before the search box.
        m_toolBarArranged = true;
        m_toolBar->addSeparator();
        for (QAction *action : {m_glossaryAction, m_timelineAction, m_quotesAction}) {
            m_toolBar->removeAction(action);
            m_toolBar->addAction(action);
        }
        nameToolBarButtons();
    }
    QMainWindow::showEvent(event);
}

void MainWindow::createPaneActions()
{
    m_viewMenu->addSeparator();
    m_contentsPaneAction = m_viewMenu->addAction(tr("Show &Contents"));
    m_contentsPaneAction->setObjectName(QStringLiteral("showContentsPane"));
    m_contentsPaneAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_contentsPaneAction->setStatusTip(tr("Show or hide the contents and glossary beside the article"));
    m_relatedPaneAction = m_viewMenu->addAction(tr("Show &Related Items"));
    m_relatedPaneAction->setObjectName(QStringLiteral("showRelatedPane"));
    m_relatedPaneAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_relatedPaneAction->setStatusTip(tr("Show or hide the related items beside the article"));
    const QList<std::pair<QAction *, Settings::Key>> panes = {{m_contentsPaneAction, Settings::Key::ShowContentsPane},
                                                              {m_relatedPaneAction, Settings::Key::ShowRelatedPane}};
    for (const auto &[action, key] : panes) {
        action->setCheckable(true);
        action->setChecked(m_settings.value(key).toBool());
        connect(action, &QAction::toggled, this, [this, action = action, key = key](bool on) {
            m_settings.setValue(key, on);
            m_keptPane = on ? action : nullptr;
            fitPanes();
            if (on && action == m_relatedPaneAction && m_related->isEmpty()) {
                m_status->show(tr("This page has no related items."), 6000);
            }
        });
    }
}

void MainWindow::revealSidePane(QWidget *pane)
{
    if (m_sideTabs->isHidden()) {
        m_contentsPaneAction->setChecked(true); // the reader asked for it: it stays
        m_keptPane = m_contentsPaneAction;
        fitPanes();
    }
    m_sideTabs->setCurrentWidget(pane);
}

bool MainWindow::contentsPaneShown() const
{
    return !m_sideTabs->isHidden();
}

bool MainWindow::relatedPaneShown() const
{
    return !m_related->isHidden();
}

void MainWindow::fitPanes()
{
    if (m_contentsPaneAction == nullptr) {
        return;
    }
    const PaneFit::Panes wanted{m_contentsPaneAction->isChecked(),
                                m_relatedPaneAction->isChecked() && !m_related->isEmpty()};
    const int handles = 2 * m_splitter->handleWidth();
    const QList<int> sizes = m_splitter->sizes();
    const int contentsWidth = qMax(m_sideTabs->minimumWidth(), m_sideTabs->isHidden() ? 0 : sizes.value(0));
    const int relatedWidth = qMax(m_related->minimumWidth(), m_related->isHidden() ? 0 : sizes.value(2));
    const int needed = PaneFit::readableWidth(m_style.fontFamilies(), m_style.pixelSize());
    const PaneFit::Keep keep = m_keptPane == m_contentsPaneAction  ? PaneFit::Keep::Contents
                               : m_keptPane == m_relatedPaneAction ? PaneFit::Keep::Related
                                                                   : PaneFit::Keep::None;
    const PaneFit::Panes shown =
        PaneFit::fit(m_splitter->width() - handles, contentsWidth, relatedWidth, needed, wanted, keep);
    if (m_sideTabs->isHidden() == shown.contents || m_related->isHidden() == shown.related) {
        m_sideTabs->setVisible(shown.contents);
        m_related->setVisible(shown.related);
    }
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    if (event->oldSize().width() != event->size().width()) {
        m_keptPane = nullptr;
        fitPanes();
    }
}

void MainWindow::applyReadingStyle()
{
    if (m_view == nullptr) {
        QPalette pagePalette = m_viewPlace->palette();
        pagePalette.setColor(QPalette::Window, QColor::fromRgb(m_style.theme().background));
        m_viewPlace->setPalette(pagePalette);
        return;
    }
    m_view->setRootStyle(m_style.rootStyle());
    // No white flash between pages in a dark theme: the page's own background matches.
    m_view->setPageColour(QColor::fromRgb(m_style.theme().background));
}

void MainWindow::updateFontActions()
{
    m_smallerAction->setEnabled(m_style.canChangeFontSize(-1));
    m_largerAction->setEnabled(m_style.canChangeFontSize(+1));
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_toolBar && event->type() == QEvent::Resize && m_reservedRow != nullptr) {
        m_reservedRow->setMinimumHeight(m_toolBar->height());
    }
    if (watched == m_viewPlace && event->type() == QEvent::Paint && !m_framePainted) {
        m_framePainted = true;
        // Painted now; on screen once this paint pass is flushed. The window says so after that pass and
        // what it queued (other widgets' first paints) have run: two turns of the event loop.
        QTimer::singleShot(0, this, [this] { QTimer::singleShot(0, this, &MainWindow::framePainted); });
    }
    if (event->type() == QEvent::MouseButtonRelease) {
        auto *widget = qobject_cast<QWidget *>(watched);
        if (widget != nullptr && widget->window() == this) {
            const auto button = static_cast<QMouseEvent *>(event)->button();
            if (button == Qt::BackButton) {
                m_backAction->trigger();
                return true;
            }
            if (button == Qt::ForwardButton) {
                m_forwardAction->trigger();
                return true;
            }
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::adoptArticleView(ArticlePane *view)
{
    m_view = view;
    m_view->setPageColour(QColor::fromRgb(m_style.theme().background));
    m_articleStack->addWidget(m_view);
    m_articleStack->setCurrentWidget(m_view);
    connect(m_view, &ArticlePane::urlChanged, this, [this](const QUrl &url) {
        if (url != m_shownUrl) { // already shown: the first article, shown before the view said so
            showUrl(url, PageFrame::When::WithPage);
        }
    });
    connect(m_view, &ArticlePane::pageShown, m_frame, &PageFrame::pageShown);
    connect(m_view, &ArticlePane::loadFinished, this, &MainWindow::updateNavigationActions);
    connect(m_view, &ArticlePane::externalLinkRequested, this, &MainWindow::openExternal);
    connect(m_view, &ArticlePane::feedbackAnswered, this, [this](const QString &slug, bool useful) {
        if (m_userData.recordFeedback(slug, useful)) {
            m_status->show(tr("Thank you. Your answer is saved on this computer only."), 6000);
        } else {
            reportSaveProblem(tr("Your answer could not be saved. %1").arg(m_userData.errorMessage()));
        }
    });
    connect(m_view, &ArticlePane::feedbackMailRequested, this, &MainWindow::sendFeedbackMail);
}

void MainWindow::reportSaveProblem(const QString &message)
{
    m_status->show(message); // until the next message
    if (m_saveProblemShown) {
        return; // said once is enough; the reader keeps working
    }
    m_saveProblemShown = true;
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Changes are not being saved"), message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("saveProblem"));
    box->setAccessibleName(box->windowTitle());
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::openArticle(const QString &slug)
{
    QString target = slug;
    if (target.isEmpty() || !m_repository.hasArticle(target)) {
        if (!target.isEmpty()) {
            m_status->show(tr("There is no article called \"%1\". Showing the welcome page.").arg(slug), 10000);
        }
        target = m_repository.rootSlug();
    }
    openUrl(ContentUrl::build(ContentUrl::Kind::Article, target));
}

void MainWindow::openUrl(const QUrl &url)
{
    if (m_view == nullptr) {
        // No view yet (Dependencies::articleViewLater): the frame now, the page when the view comes. The
        // frame is shown again once the view has the page, when the features that listen are made.
        m_pendingUrl = url;
        showUrl(url, PageFrame::When::Now);
        m_shownUrl = QUrl();
        return;
    }
    if (m_view->currentUrl() == url) {
        if (m_shownUrl != url) {
            // The view started on this page before the window took it (ReaderAssembly): the window
            // shows its frame now, with every feature listening.
            showUrl(url, PageFrame::When::Now);
        }
        return;
    }
    m_view->openUrl(url);
}

bool MainWindow::isFrameWaiting() const
{
    return m_frame->isWaiting();
}

void MainWindow::showUrl(const QUrl &url, PageFrame::When frameWhen)
{
    m_shownUrl = url;
    const auto parts = ContentUrl::parse(url);
    if (!parts) {
        updateNavigationActions();
        return;
    }
    switch (parts->kind) {
    case ContentUrl::Kind::Article:
        // The page itself came from the scheme handler; the window needs only its frame.
        if (const auto header = m_repository.articleHeader(parts->id)) {
            m_currentSlug = header->slug;
            showFrame(url, {header->breadcrumb, header->title, header->related}, frameWhen);
            setWindowTitle(tr("%1 \u2013 Myelin").arg(header->title));
            syncTree(header->slug);
            m_lastArticleSaver->start();
        } else { // the page says what is missing (web/schemehandler)
            showPageOfItsOwn(url, ArticleRenderer::notFoundTitle(parts->kind), frameWhen);
        }
        break;
    case ContentUrl::Kind::Glossary:
        if (const auto term = m_repository.glossaryTerm(parts->id)) {
            m_currentSlug.clear();
            showFrame(url, {{}, tr("Glossary: %1").arg(term->term), {}}, frameWhen);
            setWindowTitle(tr("%1 \u2013 Myelin").arg(term->term));
        } else {
            showPageOfItsOwn(url, ArticleRenderer::notFoundTitle(parts->kind), frameWhen);
        }
        break;
    case ContentUrl::Kind::Timeline:
    case ContentUrl::Kind::Quotes:
        showPageOfItsOwn(url, parts->kind == ContentUrl::Kind::Timeline ? tr("Timeline") : tr("Quotes"), frameWhen);
        break;
    case ContentUrl::Kind::Image:
    case ContentUrl::Kind::Font:
    case ContentUrl::Kind::Style:
    case ContentUrl::Kind::Feedback:
    case ContentUrl::Kind::Print:
        break; // not pages of the reader's own
    }
    updateNavigationActions();
}

void MainWindow::showFrame(const QUrl &url, PageFrame::Content content, PageFrame::When frameWhen)
{
    // Related items that come or go change the article's room: the page is laid out in its final room,
    // once, rather than drawn and then pushed aside.
    const bool roomChanges = content.related.isEmpty() != m_related->isEmpty();
    m_frame->show(url, std::move(content), roomChanges ? PageFrame::When::Now : frameWhen);
}

void MainWindow::showPageOfItsOwn(const QUrl &url, const QString &title, PageFrame::When frameWhen)
{
    m_currentSlug.clear();
    showFrame(url, {{}, title, {}}, frameWhen);
    setWindowTitle(tr("%1 \u2013 Myelin").arg(title));
}

void MainWindow::setRelatedItems(const QList<ArticleRef> &items)
{
    const bool wasEmpty = m_related->isEmpty();
    m_related->setItems(items);
    if (m_related->isEmpty() != wasEmpty) {
        fitPanes();
    }
}

void MainWindow::rememberLastArticle()
{
    m_lastArticleSaver->stop();
    if (!m_currentSlug.isEmpty() && m_settings.lastArticle() != m_currentSlug) {
        m_settings.setLastArticle(m_currentSlug);
    }
}

void MainWindow::syncTree(const QString &slug)
{
    if (m_tree->currentIndex().data(NavTreeModel::SlugRole).toString() == slug) {
        return; // the reader chose it in the tree: it is there already
    }
    const QModelIndex index = m_model->indexForSlug(slug);
    if (!index.isValid()) {
        return;
    }
    m_syncingTree = true;
    for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent()) {
        m_tree->expand(parent);
    }
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    m_syncingTree = false;
}

void MainWindow::updateNavigationActions()
{
    // Also called while the window is made, before its article view.
    m_backAction->setEnabled(m_view != nullptr && m_view->canGoBack());
    m_forwardAction->setEnabled(m_view != nullptr && m_view->canGoForward());
}

void MainWindow::openExternal(const QUrl &url)
{
    if (m_confirmLink && m_confirmLink(url)) {
        QDesktopServices::openUrl(url);
    }
}

void MainWindow::sendFeedbackMail(const QString &slug)
{
    const auto article = m_repository.article(slug);
    QUrl mail(QStringLiteral("mailto:"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("subject"), tr("Feedback on \"%1\"").arg(article ? article->title : slug));
    query.addQueryItem(QStringLiteral("body"), tr("Article: %1\n\nMy comments:\n").arg(slug));
    mail.setQuery(query);
    // The user's own mail program opens a draft; Myelin itself sends nothing.
    QDesktopServices::openUrl(mail);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    rememberLastArticle();
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_settings.setSplitterState(m_splitter->saveState());
    m_settings.sync();
    QMainWindow::closeEvent(event);
}

} // namespace Myelin::Ui
