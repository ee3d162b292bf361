// SPDX-License-Identifier: GPL-3.0-or-later
#include "handoutdialog.h"

#include "core/contentrepository.h"
#include "core/navtreemodel.h"
#include "export/safefilename.h"
#include "ui/shell/wrappingcheckbox.h"
#include "userdata/settings.h"

#include <QAbstractItemModel>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>
#include <initializer_list>

namespace Myelin::Ui {

namespace {

constexpr int TargetSize = 44; // px: large enough for hands with a tremor
constexpr int SlugRole = Qt::UserRole + 1;
constexpr int SavePaperRole = Qt::UserRole + 2; // text size items: narrow margins too
constexpr int CountDelayMs = 600;               // after the last change, before counting the pages

QPushButton *button(const QString &text, const QString &tip, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setToolTip(tip);
    b->setAccessibleName(text.simplified().remove(QLatin1Char('&')).remove(QStringLiteral("\u2026")));
    b->setAccessibleDescription(tip);
    b->setMinimumHeight(TargetSize);
    b->setMinimumWidth(TargetSize);
    b->setAutoDefault(false);
    return b;
}

void accessible(QWidget *widget, const QString &name, const QString &tip)
{
    widget->setAccessibleName(name);
    widget->setAccessibleDescription(tip);
    widget->setToolTip(tip);
}

QString withSuffix(QString path, const QString &suffix)
{
    if (!path.isEmpty() && QFileInfo(path).suffix().compare(suffix, Qt::CaseInsensitive) != 0) {
        path += QLatin1Char('.') + suffix;
    }
    return path;
}

} // namespace

HandoutDialog::HandoutDialog(const ContentRepository &repository, QAbstractItemModel *tree, Settings &settings,
                             QWidget *parent)
    : QDialog(parent), m_repository(repository), m_settings(settings), m_title(new QLineEdit(this)),
      m_group(new QLineEdit(this)), m_contact(new QPlainTextEdit(this)), m_filter(new QLineEdit(this)),
      m_available(new QListWidget(this)), m_chosen(new QListWidget(this)),
      m_add(button(tr("&Add to Handout"), tr("Add the selected articles to the end of the handout"), this)),
      m_up(button(tr("Move &Up"), tr("Move the selected article one place earlier"), this)),
      m_down(button(tr("Move &Down"), tr("Move the selected article one place later"), this)),
      m_remove(button(tr("&Remove"), tr("Take the selected article out of the handout"), this)),
      m_cover(new WrappingCheckBox(tr("Cover page with the title and your group's details"), this)),
      m_contents(new WrappingCheckBox(tr("Contents page with page numbers"), this)),
      m_glossary(new WrappingCheckBox(tr("Glossary of the medical words the articles use"), this)),
      m_timeline(new WrappingCheckBox(tr("Timeline of events"), this)),
      m_questions(new WrappingCheckBox(tr("My questions for my next appointment, with space for the answers"), this)),
      m_textSize(new QComboBox(this)), m_paper(new QComboBox(this)), m_note(new QLabel(this)),
      m_pageCount(new QLabel(this)), m_countTimer(new QTimer(this)),
      m_open(button(tr("&Open\u2026"), tr("Open a handout you saved before"), this)),
      m_save(button(tr("&Save\u2026"), tr("Save this handout's articles and options to reuse later"), this)),
      m_print(button(tr("&Print\u2026"), tr("Show the pages and print them"), this)),
      m_pdf(button(tr("Save as P&DF\u2026"), tr("Save the handout as one PDF file"), this)),
      m_close(button(tr("Close"), tr("Close this window; the handout is remembered for next time"), this))
{
    setWindowTitle(tr("Make a Handout"));
    setAccessibleName(tr("Make a handout"));
    setAccessibleDescription(tr("Choose articles and options for a printed handout booklet."));
    setSizeGripEnabled(true);

    // Cover details.
    auto *coverBox = new QGroupBox(tr("2. The cover page"), this);
    auto *coverForm = new QFormLayout(coverBox);
    accessible(m_title, tr("Handout title"), tr("The title printed on the cover, for example \"Welcome pack\""));
    m_title->setPlaceholderText(tr("For example: Welcome pack"));
    m_title->setMinimumHeight(TargetSize);
    accessible(m_group, tr("Group name"), tr("Your group's name, printed on the cover and at the foot of each page"));
    m_group->setMinimumHeight(TargetSize);
    accessible(m_contact, tr("Contact details"),
               tr("How to reach your group: meeting place and times, phone, email. Printed on the cover."));
    m_contact->setTabChangesFocus(true);
    m_contact->setMaximumHeight(m_contact->fontMetrics().lineSpacing() * 4 + 16);
    coverForm->addRow(tr("&Title:"), m_title);
    coverForm->addRow(tr("&Group name:"), m_group);
    coverForm->addRow(tr("Con&tact details:"), m_contact);

    // Articles: all of them on the left, the handout's on the right.
    auto *articlesBox = new QGroupBox(tr("1. Choose the articles"), this);
    auto *allLabel = new QLabel(tr("A&ll articles:"), this);
    allLabel->setBuddy(m_available);
    auto *chosenLabel = new QLabel(tr("In this &handout, in order:"), this);
    chosenLabel->setBuddy(m_chosen);
    accessible(m_filter, tr("Filter articles"), tr("Type part of a title to show only matching articles"));
    m_filter->setPlaceholderText(tr("Type to find an article"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumHeight(TargetSize);
    accessible(m_available, tr("All articles"),
               tr("Select one or more articles, then choose Add to Handout (or press Enter)"));
    m_available->setSelectionMode(QAbstractItemView::ExtendedSelection);
    accessible(m_chosen, tr("Articles in this handout"), tr("The handout prints these articles in this order"));
    m_chosen->setSelectionMode(QAbstractItemView::SingleSelection);
    for (QListWidget *list : {m_available, m_chosen}) {
        list->setWordWrap(true); // long titles wrap rather than hide behind a sideways scroll bar
        list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        list->setTextElideMode(Qt::ElideNone);
    }
    auto *moveButtons = new QHBoxLayout;
    moveButtons->addWidget(m_up);
    moveButtons->addWidget(m_down);
    moveButtons->addWidget(m_remove);
    auto *pick = new QVBoxLayout;
    pick->addWidget(allLabel);
    pick->addWidget(m_filter);
    pick->addWidget(m_available, 1);
    pick->addWidget(m_add);
    auto *order = new QVBoxLayout;
    order->addWidget(chosenLabel);
    order->addWidget(m_chosen, 1);
    order->addLayout(moveButtons);
    m_lists = new QBoxLayout(QBoxLayout::LeftToRight, articlesBox);
    m_lists->addLayout(pick, 1);
    m_lists->addLayout(order, 1);

    // Options.
    auto *optionsBox = new QGroupBox(tr("3. What else to include"), this);
    auto *options = new QGridLayout(optionsBox);
    for (auto [box, tip] : {std::pair{m_cover, tr("Start with a cover page")},
                            std::pair{m_contents, tr("List every part with the page it starts on")},
                            std::pair{m_glossary, tr("Add the meanings of the medical words used in these articles")},
                            std::pair{m_timeline, tr("Add the timeline of research and events")},
                            std::pair{m_questions, tr("Add a page of your own questions from the Questions pane, the "
                                                      "ones not ticked off (left out when there are none)")}}) {
        accessible(box, box->text(), tip);
        box->setMinimumHeight(TargetSize);
    }
    m_textSize->addItem(tr("Save paper (%1 point, narrow margins)").arg(Export::SavePaperTextPoints),
                        Export::SavePaperTextPoints);
    m_textSize->setItemData(0, true, SavePaperRole);
    m_textSize->setItemData(
        0,
        tr("Fewer sheets to photocopy: smaller text, narrow margins, page numbers on the outer edge "
           "for printing on both sides"),
        Qt::ToolTipRole);
    m_textSize->addItem(tr("Standard print (%1 point)").arg(Export::StandardTextPoints), Export::StandardTextPoints);
    m_textSize->addItem(tr("Large print (%1 point)").arg(Export::LargeTextPoints), Export::LargeTextPoints);
    m_textSize->addItem(tr("Extra large print (%1 point)").arg(Export::ExtraLargeTextPoints),
                        Export::ExtraLargeTextPoints);
    accessible(m_textSize, tr("Text size"),
               tr("Large print (16 point or more) suits readers with poor eyesight; Save paper makes the fewest "
                  "pages"));
    m_textSize->setMinimumHeight(TargetSize);
    m_paper->addItem(tr("A4"), Export::paperSizeId(Export::PaperSize::A4));
    m_paper->addItem(tr("US Letter"), Export::paperSizeId(Export::PaperSize::Letter));
    accessible(m_paper, tr("Paper size"), tr("The paper your printer uses"));
    m_paper->setMinimumHeight(TargetSize);
    auto *sizeLabel = new QLabel(tr("Te&xt size:"), this);
    sizeLabel->setBuddy(m_textSize);
    auto *paperLabel = new QLabel(tr("Pape&r:"), this);
    paperLabel->setBuddy(m_paper);
    options->addWidget(m_cover, 0, 0, 1, 2);
    options->addWidget(m_contents, 1, 0, 1, 2);
    options->addWidget(m_glossary, 2, 0, 1, 2);
    options->addWidget(m_timeline, 3, 0, 1, 2);
    options->addWidget(m_questions, 4, 0, 1, 2);
    m_questions->setVisible(false); // until the reader has a list of questions (setQuestionsAvailable)
    options->addWidget(sizeLabel, 5, 0);
    options->addWidget(m_textSize, 5, 1);
    options->addWidget(paperLabel, 6, 0);
    options->addWidget(m_paper, 6, 1);
    options->setColumnStretch(1, 1);

    m_note->setWordWrap(true);
    m_note->setAccessibleName(tr("Handout status"));
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pageCount->setWordWrap(true);
    m_pageCount->setAccessibleName(tr("Page count"));
    m_pageCount->setTextInteractionFlags(Qt::TextSelectableByMouse);
    options->addWidget(m_pageCount, 7, 0, 1, 2);
    m_countTimer->setSingleShot(true);
    m_countTimer->setInterval(CountDelayMs);
    connect(m_countTimer, &QTimer::timeout, this, &HandoutDialog::requestPageCount);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_save);
    buttons->addStretch(1);
    buttons->addWidget(m_print);
    buttons->addWidget(m_pdf);
    buttons->addWidget(m_close);

    // The articles take the full height on the left; cover and options stack on the right. When the
    // window is too narrow for two columns of readable text (large text, a small screen) the three parts
    // stand in one, and they scroll when it is too short; the note and the buttons stay in view.
    auto *rightColumn = new QVBoxLayout;
    rightColumn->addWidget(coverBox);
    rightColumn->addWidget(optionsBox);
    rightColumn->addStretch(1);
    auto *body = new QWidget(this);
    m_columns = new QBoxLayout(QBoxLayout::LeftToRight, body);
    m_columns->setContentsMargins(0, 0, 0, 0);
    m_columns->addWidget(articlesBox, 3);
    m_columns->addLayout(rightColumn, 2);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("handoutParts"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFocusPolicy(Qt::NoFocus); // no Tab stop of its own: it scrolls to the control Tab reaches
    scroll->setWidget(body);
    m_scrollViewport = scroll->viewport();
    m_scrollViewport->installEventFilter(this);
    m_body = body;
    body->installEventFilter(this); // its text size changes: one column or two again
    for (QListWidget *list : {m_available, m_chosen}) {
        list->setMinimumHeight(list->fontMetrics().lineSpacing() * 8); // a useful list when the parts scroll
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_note);
    layout->addLayout(buttons);

    connect(m_filter, &QLineEdit::textChanged, this, &HandoutDialog::setFilter);
    m_filter->installEventFilter(this); // Enter adds the match instead of pressing the default button
    connect(m_available, &QListWidget::itemActivated, this, [this] { addSelected(); });
    connect(m_available, &QListWidget::itemSelectionChanged, this, &HandoutDialog::updateButtons);
    connect(m_chosen, &QListWidget::currentRowChanged, this, &HandoutDialog::updateButtons);
    connect(m_add, &QPushButton::clicked, this, &HandoutDialog::addSelected);
    connect(m_up, &QPushButton::clicked, this, &HandoutDialog::moveUp);
    connect(m_down, &QPushButton::clicked, this, &HandoutDialog::moveDown);
    connect(m_remove, &QPushButton::clicked, this, &HandoutDialog::removeSelected);
    connect(m_open, &QPushButton::clicked, this, &HandoutDialog::askOpen);
    connect(m_save, &QPushButton::clicked, this, &HandoutDialog::askSave);
    connect(m_print, &QPushButton::clicked, this, [this] {
        remember();
        emit printRequested(handout());
    });
    connect(m_pdf, &QPushButton::clicked, this, &HandoutDialog::askPdf);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    // Anything that changes the pages counts them again.
    for (QLineEdit *edit : {m_title, m_group}) {
        connect(edit, &QLineEdit::textChanged, this, &HandoutDialog::handoutChanged);
    }
    connect(m_contact, &QPlainTextEdit::textChanged, this, &HandoutDialog::handoutChanged);
    for (QCheckBox *box : {m_cover, m_contents, m_glossary, m_timeline, m_questions}) {
        connect(box, &QCheckBox::toggled, this, &HandoutDialog::handoutChanged);
    }
    for (QComboBox *box : {m_textSize, m_paper}) {
        connect(box, &QComboBox::currentIndexChanged, this, &HandoutDialog::handoutChanged);
    }
    connect(m_chosen->model(), &QAbstractItemModel::rowsInserted, this, &HandoutDialog::handoutChanged);
    connect(m_chosen->model(), &QAbstractItemModel::rowsRemoved, this, &HandoutDialog::handoutChanged);

    fillAvailable(tree);
    Export::Handout last;
    last.paper = Export::defaultPaperSize();
    last.articles.clear();
    const QByteArray remembered = m_settings.lastHandout();
    if (!remembered.isEmpty()) {
        if (auto restored = Export::Handout::fromJson(remembered, nullptr, true)) {
            last = *restored;
        }
    }
    setHandout(last);
    showNote({});
    // Tab follows the numbered parts, then the buttons; the window opens in the article filter.
    QWidget *previous = nullptr;
    for (QWidget *next : std::initializer_list<QWidget *>{
             m_filter, m_available, m_add,   m_chosen,   m_up,       m_down,     m_remove,    m_title,
             m_group,  m_contact,   m_cover, m_contents, m_glossary, m_timeline, m_questions, m_textSize,
             m_paper,  m_open,      m_save,  m_print,    m_pdf,      m_close}) {
        if (previous != nullptr) {
            setTabOrder(previous, next);
        }
        previous = next;
    }
    m_filter->setFocus(Qt::OtherFocusReason);
    handoutChanged();
    QSize size(1200, 820);
    if (parent != nullptr && parent->screen() != nullptr) {
        size = size.boundedTo(parent->screen()->availableGeometry().size() * 0.95);
    }
    resize(size);
}

HandoutDialog::~HandoutDialog() = default;

void HandoutDialog::fillAvailable(QAbstractItemModel *tree)
{
    if (tree == nullptr) {
        return;
    }
    // Depth first, in the tree's order, loading branches that were never opened.
    std::function<void(const QModelIndex &, int)> visit = [&](const QModelIndex &parent, int depth) {
        while (tree->canFetchMore(parent)) {
            tree->fetchMore(parent);
        }
        for (int row = 0; row < tree->rowCount(parent); ++row) {
            const QModelIndex index = tree->index(row, 0, parent);
            auto *item = new QListWidgetItem(QString(depth * 4, QLatin1Char(' ')) + index.data().toString());
            item->setData(SlugRole, index.data(NavTreeModel::SlugRole));
            item->setData(Qt::AccessibleTextRole, index.data().toString());
            item->setToolTip(index.data(NavTreeModel::SummaryRole).toString());
            m_available->addItem(item);
            visit(index, depth + 1);
        }
    };
    visit(QModelIndex(), 0);
}

void HandoutDialog::setFilter(const QString &text)
{
    if (m_filter->text() != text) {
        m_filter->setText(text); // comes back here through textChanged
        return;
    }
    const QString needle = text.trimmed();
    for (int i = 0; i < m_available->count(); ++i) {
        QListWidgetItem *item = m_available->item(i);
        const bool match = needle.isEmpty() || item->text().contains(needle, Qt::CaseInsensitive) ||
                           item->data(SlugRole).toString().contains(needle, Qt::CaseInsensitive);
        item->setHidden(!match);
        if (!match) {
            item->setSelected(false);
        }
    }
    updateButtons();
}

Export::Handout HandoutDialog::handout() const
{
    Export::Handout h;
    h.title = m_title->text().trimmed();
    h.group = m_group->text().trimmed();
    h.contact = m_contact->toPlainText().trimmed();
    for (int i = 0; i < m_chosen->count(); ++i) {
        h.articles << m_chosen->item(i)->data(SlugRole).toString();
    }
    h.cover = m_cover->isChecked();
    h.contents = m_contents->isChecked();
    h.glossary = m_glossary->isChecked();
    h.timeline = m_timeline->isChecked();
    h.questions = !m_questions->isHidden() && m_questions->isChecked();
    h.textPoints = m_textSize->currentData().toInt();
    h.savePaper = m_textSize->currentData(SavePaperRole).toBool();
    h.paper = Export::paperSizeFromId(m_paper->currentData().toString()).value_or(Export::PaperSize::A4);
    return h;
}

void HandoutDialog::setQuestionsAvailable(bool available)
{
    m_questions->setVisible(available);
    handoutChanged();
}

void HandoutDialog::setHandout(const Export::Handout &h)
{
    m_title->setText(h.title);
    m_group->setText(h.group);
    m_contact->setPlainText(h.contact);
    m_chosen->clear();
    QStringList missing;
    for (const QString &slug : h.articles) {
        const auto article = m_repository.article(slug);
        if (!article) {
            missing << slug;
            continue;
        }
        auto *item = new QListWidgetItem(article->title);
        item->setData(SlugRole, slug);
        item->setToolTip(article->summary);
        m_chosen->addItem(item);
    }
    m_cover->setChecked(h.cover);
    m_contents->setChecked(h.contents);
    m_glossary->setChecked(h.glossary);
    m_timeline->setChecked(h.timeline);
    m_questions->setChecked(h.questions);
    int sizeIndex = -1;
    for (int i = 0; i < m_textSize->count() && sizeIndex < 0; ++i) {
        if (m_textSize->itemData(i).toInt() == h.textPoints &&
            m_textSize->itemData(i, SavePaperRole).toBool() == h.savePaper) {
            sizeIndex = i;
        }
    }
    if (sizeIndex < 0) {
        m_textSize->addItem(h.savePaper ? tr("Save paper (%1 point, narrow margins)").arg(h.textPoints)
                                        : tr("%1 point").arg(h.textPoints),
                            h.textPoints);
        sizeIndex = m_textSize->count() - 1;
        m_textSize->setItemData(sizeIndex, h.savePaper, SavePaperRole);
    }
    m_textSize->setCurrentIndex(sizeIndex);
    m_paper->setCurrentIndex(qMax(0, m_paper->findData(Export::paperSizeId(h.paper))));
    if (m_chosen->count() > 0) {
        m_chosen->setCurrentRow(0);
    }
    showNote(
        missing.isEmpty()
            ? QString()
            : tr("Left out, because this collection has no such article: %1").arg(missing.join(QStringLiteral(", "))));
    updateButtons();
}

bool HandoutDialog::eventFilter(QObject *watched, QEvent *event)
{
    const bool fontChanged =
        watched == m_body && (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange);
    if ((watched == m_scrollViewport && event->type() == QEvent::Resize) || fontChanged) {
        // Two columns of at least about 35 characters each, else one.
        const int twoColumns = fontMetrics().averageCharWidth() * TwoColumnCharacters;
        const auto direction =
            m_scrollViewport->width() >= twoColumns ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
        m_columns->setDirection(direction);
        m_lists->setDirection(direction); // the two lists too, and the buttons under each keep their words
    }
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            addFilterMatch();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void HandoutDialog::addFilterMatch()
{
    QList<QListWidgetItem *> visible;
    for (int i = 0; i < m_available->count(); ++i) {
        if (!m_available->item(i)->isHidden()) {
            visible << m_available->item(i);
        }
    }
    if (visible.size() == 1) {
        m_available->clearSelection();
        visible.first()->setSelected(true);
        addSelected();
        m_filter->clear(); // ready for the next title
    } else if (!visible.isEmpty()) {
        m_available->setCurrentItem(visible.first());
        m_available->setFocus(Qt::OtherFocusReason); // several: choose with the arrows and Enter
    }
}

void HandoutDialog::addSelected()
{
    QStringList already;
    int added = 0;
    for (int i = 0; i < m_available->count(); ++i) {
        QListWidgetItem *item = m_available->item(i);
        if (!item->isSelected() || item->isHidden()) {
            continue;
        }
        const QString slug = item->data(SlugRole).toString();
        bool present = false;
        for (int j = 0; j < m_chosen->count(); ++j) {
            present = present || m_chosen->item(j)->data(SlugRole).toString() == slug;
        }
        const QString title = item->data(Qt::AccessibleTextRole).toString();
        if (present) {
            already << title;
            continue;
        }
        auto *chosen = new QListWidgetItem(title);
        chosen->setData(SlugRole, slug);
        chosen->setToolTip(item->toolTip());
        m_chosen->addItem(chosen);
        m_chosen->setCurrentItem(chosen);
        ++added;
    }
    if (!already.isEmpty()) {
        showNote(tr("Already in the handout: %1").arg(already.join(QStringLiteral(", "))));
    } else if (added > 0) {
        showNote(tr("%n articles in the handout.", nullptr, int(m_chosen->count())));
    }
    updateButtons();
}

void HandoutDialog::moveUp()
{
    const int row = m_chosen->currentRow();
    if (row <= 0) {
        return;
    }
    QListWidgetItem *item = m_chosen->takeItem(row);
    m_chosen->insertItem(row - 1, item);
    m_chosen->setCurrentRow(row - 1);
    updateButtons();
}

void HandoutDialog::moveDown()
{
    const int row = m_chosen->currentRow();
    if (row < 0 || row >= m_chosen->count() - 1) {
        return;
    }
    QListWidgetItem *item = m_chosen->takeItem(row);
    m_chosen->insertItem(row + 1, item);
    m_chosen->setCurrentRow(row + 1);
    updateButtons();
}

void HandoutDialog::removeSelected()
{
    const int row = m_chosen->currentRow();
    if (row < 0) {
        return;
    }
    delete m_chosen->takeItem(row);
    m_chosen->setCurrentRow(qMin(row, m_chosen->count() - 1));
    updateButtons();
}

void HandoutDialog::updateButtons()
{
    const int row = m_chosen->currentRow();
    const int count = m_chosen->count();
    bool anySelected = false;
    for (QListWidgetItem *item : m_available->selectedItems()) {
        anySelected = anySelected || !item->isHidden();
    }
    m_add->setEnabled(anySelected);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row < count - 1);
    m_remove->setEnabled(row >= 0);
    m_print->setEnabled(count > 0 && !m_busy);
    m_pdf->setEnabled(count > 0 && !m_busy);
}

void HandoutDialog::setBusy(bool busy, const QString &note)
{
    m_busy = busy;
    if (!note.isEmpty() || !busy) {
        showNote(note);
    }
    updateButtons();
}

void HandoutDialog::showNote(const QString &note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

QString HandoutDialog::note() const
{
    return m_note->text();
}

void HandoutDialog::handoutChanged()
{
    m_pageCount->setText(m_chosen->count() == 0 ? tr("Add articles to see how many pages the handout takes.")
                                                : tr("Counting the pages\u2026"));
    if (m_chosen->count() > 0) {
        m_countTimer->start(); // again: counted once the changes stop
    } else {
        m_countTimer->stop();
    }
}

void HandoutDialog::requestPageCount()
{
    if (m_chosen->count() > 0) {
        emit pageCountRequested(handout());
    }
}

void HandoutDialog::showPageCount(const Export::Handout &counted, int pages)
{
    if (counted != handout() || m_countTimer->isActive()) {
        return; // changed since: another count is on its way
    }
    if (pages <= 0) {
        m_pageCount->setText(tr("The pages could not be counted."));
        return;
    }
    const int sheets = (pages + 1) / 2;
    if (pages == 1) {
        m_pageCount->setText(tr("This handout takes 1 page."));
    } else if (sheets == 1) {
        m_pageCount->setText(tr("This handout takes 2 pages (1 sheet printed on both sides)."));
    } else {
        m_pageCount->setText(
            tr("This handout takes %1 pages (%2 sheets printed on both sides).").arg(pages).arg(sheets));
    }
    emit pageCountShown(pages);
}

QString HandoutDialog::pageCountText() const
{
    return m_pageCount->text();
}

bool HandoutDialog::openFile(const QString &path, QString *error)
{
    QString reason;
    const auto loaded = Export::Handout::load(path, &reason);
    if (!loaded) {
        if (error != nullptr) {
            *error = reason;
        }
        return false;
    }
    setHandout(*loaded);
    if (note().isEmpty()) {
        showNote(tr("Opened %1.").arg(QDir::toNativeSeparators(path)));
    }
    return true;
}

bool HandoutDialog::saveFile(const QString &path, QString *error)
{
    const bool saved = handout().save(path, error);
    if (saved) {
        showNote(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
        m_settings.setExportFolder(QFileInfo(path).absolutePath());
    }
    return saved;
}

QString HandoutDialog::startFolder() const
{
    const QString folder = m_settings.exportFolder();
    return folder.isEmpty() || !QDir(folder).exists()
               ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
               : folder;
}

void HandoutDialog::askOpen()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a Handout"), startFolder(),
                                                      tr("Myelin handouts (*.json);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    QString error;
    if (!openFile(path, &error)) {
        QMessageBox::warning(this, tr("Cannot open the handout"), error);
        return;
    }
    m_settings.setExportFolder(QFileInfo(path).absolutePath());
}

void HandoutDialog::askSave()
{
    const QString name = Export::safeFileName(handout().title, tr("handout"));
    QString path = QFileDialog::getSaveFileName(this, tr("Save the Handout"),
                                                QDir(startFolder()).filePath(name + QStringLiteral(".json")),
                                                tr("Myelin handouts (*.json)"));
    path = withSuffix(path, QStringLiteral("json"));
    if (path.isEmpty()) {
        return;
    }
    QString error;
    if (!saveFile(path, &error)) {
        QMessageBox::warning(this, tr("Cannot save the handout"), error);
    }
}

void HandoutDialog::askPdf()
{
    const QString name = Export::safeFileName(handout().title, tr("handout"));
    QString path = QFileDialog::getSaveFileName(this, tr("Save the Handout as PDF"),
                                                QDir(startFolder()).filePath(name + QStringLiteral(".pdf")),
                                                tr("PDF files (*.pdf)"));
    path = withSuffix(path, QStringLiteral("pdf"));
    if (path.isEmpty()) {
        return;
    }
    m_settings.setExportFolder(QFileInfo(path).absolutePath());
    remember();
    emit pdfRequested(handout(), path);
}

void HandoutDialog::remember()
{
    m_settings.setLastHandout(handout().toJsonBytes());
}

void HandoutDialog::done(int result)
{
    remember();
    QDialog::done(result);
}

} // namespace Myelin::Ui
