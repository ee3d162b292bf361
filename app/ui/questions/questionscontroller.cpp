// SPDX-License-Identifier: GPL-3.0-or-later
#include "questionscontroller.h"

#include "core/contentrepository.h"
#include "core/contenturl.h"
#include "questiondialog.h"
#include "questionorigin.h"
#include "questionspane.h"
#include "ui/shell/articleselection.h"
#include "ui/shell/articleview.h"
#include "ui/shell/deferredpane.h"
#include "ui/shell/glossarypanel.h"
#include "ui/shell/readerhost.h"
#include "userdata/questionstore.h"

#include <QAction>
#include <QListView>
#include <QMenu>
#include <QPlainTextEdit>
#include <QStandardItemModel>
#include <utility>

namespace Myelin::Ui {

namespace {

// The main window's Quit command: the print commands go just above it.
QAction *quitAction(QMenu *menu)
{
    for (QAction *action : menu->actions()) {
        if (action->shortcuts().contains(QKeySequence(QKeySequence::Quit))) {
            return action;
        }
    }
    return nullptr;
}

// The longest passage kept with a question.
constexpr int MaximumQuote = 600;

} // namespace

QuestionsController::QuestionsController(ReaderHost &host, QuestionStore &store)
    : QObject(&host), m_host(host), m_store(store), m_pane(new DeferredPane([this] { return makePane(); })),
      m_add(new QAction(tr("Add to My &Questions\u2026"), this)), m_show(new QAction(tr("My &Questions"), this)),
      m_print(new QAction(tr("Print M&y Questions\u2026"), this)),
      m_pdf(new QAction(tr("Save My Questions as PD&F\u2026"), this))
{
    setObjectName(QStringLiteral("questionsController"));
    host.addSidePane(m_pane, tr("Questions"));

    m_add->setObjectName(QStringLiteral("addQuestionAction"));
    m_add->setStatusTip(tr("Save a question about this passage, heading or word for your next appointment"));
    connect(m_add, &QAction::triggered, this, &QuestionsController::addFromArticle);

    m_show->setObjectName(QStringLiteral("showQuestionsAction"));
    m_show->setStatusTip(tr("Show your questions for your next appointment"));
    connect(m_show, &QAction::triggered, this, [this] {
        m_host.showSidePane(m_pane);
        QuestionsPane *questions = pane();
        questions->list()->setFocus(Qt::OtherFocusReason);
        if (!questions->list()->currentIndex().isValid() && questions->model()->rowCount() > 0) {
            questions->list()->setCurrentIndex(questions->model()->index(0, 0));
        }
    });
    if (QMenu *go = host.menu(ReaderHost::Menu::Go)) {
        go->addSeparator();
        go->addAction(m_show);
    }

    m_print->setObjectName(QStringLiteral("printQuestionsAction"));
    m_print->setStatusTip(tr("Print your questions on one page in large print, with space for the answers"));
    m_pdf->setObjectName(QStringLiteral("questionsPdfAction"));
    m_pdf->setStatusTip(tr("Save your questions as a one-page PDF in large print"));
    connect(m_print, &QAction::triggered, this, &QuestionsController::printRequested);
    connect(m_pdf, &QAction::triggered, this, &QuestionsController::pdfRequested);
    if (QMenu *file = host.menu(ReaderHost::Menu::File)) {
        QAction *before = quitAction(file);
        file->insertAction(before, m_print);
        file->insertAction(before, m_pdf);
        file->insertSeparator(before);
    }
    attachToArticleView();
    // A term in the Glossary pane: its menu asks about the term.
    host.glossaryPanel()->addContextAction(m_add);
    connect(host.glossaryPanel(), &GlossaryPanel::contextMenuAboutToShow, this, [this](const QString &slug) {
        m_menuTerm = slug;
        m_add->setEnabled(true);
    });
}

void QuestionsController::attachToArticleView()
{
    ArticleView *view = m_host.articleView();
    view->addContextAction(m_add);
    connect(view, &ArticleView::contextMenuAboutToShow, this, [this, view](bool hasSelection, const QUrl &link) {
        // A glossary term's link, unless text is selected (then the selection is what is asked about).
        const auto linked = ContentUrl::parse(link);
        m_menuLink = linked && linked->kind == ContentUrl::Kind::Glossary && !hasSelection ? link : QUrl();
        m_menuTerm.clear();
        const auto page = ContentUrl::parse(view->currentUrl());
        const bool onPage =
            page && (page->kind == ContentUrl::Kind::Article || page->kind == ContentUrl::Kind::Glossary);
        m_add->setEnabled(onPage || !m_menuLink.isEmpty());
    });
}

QuestionsPane *QuestionsController::pane() const
{
    return m_pane->contentAs<QuestionsPane>();
}

QWidget *QuestionsController::makePane()
{
    auto *questions = new QuestionsPane(m_store, m_host.repository());
    questions->setPrintActions(m_print, m_pdf);
    connect(questions, &QuestionsPane::editRequested, this, &QuestionsController::askEdit);
    connect(questions, &QuestionsPane::openRequested, this, [this](const QUrl &url) { m_host.openUrl(url); });
    connect(questions, &QuestionsPane::message, this, [this](const QString &text) { m_host.showStatus(text, 6000); });
    return questions;
}

Export::QuestionSheet QuestionsController::sheet() const
{
    Export::QuestionSheet sheet;
    for (const Question &q : m_store.questions()) {
        if (!q.done) {
            sheet.items.append({q.text, QuestionOrigin::describe(m_host.repository(), q, true)});
        }
    }
    return sheet;
}

void QuestionsController::showQuestion(qint64 id)
{
    m_host.showSidePane(m_pane);
    pane()->select(id);
    pane()->list()->setFocus(Qt::OtherFocusReason);
}

void QuestionsController::addFromArticle()
{
    // A term's menu in the Glossary pane: the term, and the term's page as where it came from.
    if (const QString slug = std::exchange(m_menuTerm, QString()); !slug.isEmpty()) {
        if (const auto term = m_host.repository().glossaryTerm(slug)) {
            askNew(tr("Can you tell me more about %1?").arg(term->term), QuestionOrigin::termSlug(slug), term->term,
                   term->term);
        }
        return;
    }
    ArticleView *view = m_host.articleView();
    if (view == nullptr) {
        return;
    }
    // A glossary term's link under the pointer: the term.
    if (const auto link = ContentUrl::parse(m_menuLink)) {
        m_menuLink.clear();
        if (const auto term = m_host.repository().glossaryTerm(link->id)) {
            const QString slug = m_host.currentSlug();
            const QString title = m_host.repository().hasArticle(slug) ? view->currentTitle() : QString();
            askNew(tr("Can you tell me more about %1?").arg(term->term), title.isEmpty() ? QString() : slug, title,
                   term->term);
            return;
        }
    }
    // Else the selection, or the heading where the menu was opened.
    QPointer<QuestionsController> self(this);
    ArticleSelection::capture(view, view->contextMenuPoint(), [self](const ArticleSelection &selection) {
        if (self) {
            self->askFromSelection(selection);
        }
    });
}

void QuestionsController::askFromSelection(const ArticleSelection &selection)
{
    ArticleView *view = m_host.articleView();
    const auto page = ContentUrl::parse(view != nullptr ? view->currentUrl() : QUrl());
    QString slug;
    QString title;
    if (page && page->kind == ContentUrl::Kind::Glossary) {
        if (const auto term = m_host.repository().glossaryTerm(page->id)) {
            slug = QuestionOrigin::termSlug(page->id);
            title = term->term;
        }
    } else if (!selection.slug.isEmpty() || page) {
        slug = !selection.slug.isEmpty() ? selection.slug : m_host.currentSlug();
        title = view->currentTitle();
        if (const auto article = m_host.repository().article(slug)) {
            title = article->title;
        }
    }
    const QString text = selection.text.simplified();
    if (selection.isEmpty()) {
        askNew(QString(), slug, title, QString());
    } else if (selection.isHeading) {
        askNew(tr("Can you tell me more about %1?").arg(text), slug, title, text);
    } else {
        askNew(tr("Can you tell me more about this?"), slug, title, text.left(MaximumQuote));
    }
}

QuestionDialog *QuestionsController::openDialog(QuestionDialog *dialog)
{
    if (m_dialog) {
        m_dialog->reject();
    }
    m_dialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    dialog->editor()->setFocus(Qt::OtherFocusReason);
    emit dialogOpened(dialog);
    return dialog;
}

QuestionDialog *QuestionsController::askNew(const QString &text, const QString &slug, const QString &sourceTitle,
                                            const QString &quote)
{
    Question shown;
    shown.slug = slug;
    shown.sourceTitle = sourceTitle;
    shown.quote = quote;
    auto *dialog = new QuestionDialog(tr("Add to My Questions"), text,
                                      QuestionOrigin::describe(m_host.repository(), shown), m_host.window());
    connect(dialog, &QDialog::accepted, this, [this, dialog, slug, sourceTitle, quote] {
        const qint64 id = m_store.addQuestion(dialog->text(), slug, sourceTitle, quote);
        if (id == 0) {
            m_host.showStatus(tr("The question could not be saved."), 8000);
            return;
        }
        pane()->select(id);
        m_host.showStatus(tr("Added to your questions (the Questions tab)."), 6000);
    });
    return openDialog(dialog);
}

QuestionDialog *QuestionsController::askEdit(qint64 id)
{
    const auto question = m_store.question(id);
    if (!question) {
        return nullptr;
    }
    auto *dialog = new QuestionDialog(tr("Edit Question"), question->text,
                                      QuestionOrigin::describe(m_host.repository(), *question), m_host.window());
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        if (!m_store.editQuestion(id, dialog->text())) {
            m_host.showStatus(tr("The question could not be saved."), 8000);
            return;
        }
        pane()->select(id);
        pane()->list()->setFocus(Qt::OtherFocusReason);
    });
    connect(dialog, &QDialog::rejected, this, [this] { pane()->list()->setFocus(Qt::OtherFocusReason); });
    return openDialog(dialog);
}

} // namespace Myelin::Ui
