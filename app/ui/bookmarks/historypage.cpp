// SPDX-License-Identifier: GPL-3.0-or-later
#include "historypage.h"

#include "historydays.h"
#include "pageref.h"
#include "ui/shell/buttonshelf.h"
#include "ui/shell/wrappingtreeview.h"
#include "userdata/historystore.h"

#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTimeZone>
#include <QVBoxLayout>

namespace Myelin::Ui {

HistoryPage::HistoryPage(HistoryStore &store, const ContentRepository &repository, QWidget *parent)
    : QWidget(parent), m_store(store), m_repository(repository), m_empty(new QLabel(this)),
      m_tree(new WrappingTreeView(this)), m_model(new QStandardItemModel(this)),
      m_open(new QPushButton(tr("Open"), this)), m_clearDay(new QPushButton(tr("Clear This Day\u2026"), this)),
      m_clearAll(new QPushButton(tr("Clear All History\u2026"), this))
{
    setAccessibleName(tr("History"));
    m_empty->setText(tr("Nothing here yet. The pages you read are listed here by day."));
    m_empty->setAccessibleName(m_empty->text());
    m_empty->setWordWrap(true);
    m_empty->setMargin(6);

    m_tree->setModel(m_model);
    m_tree->setHeaderHidden(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_tree->setAccessibleName(tr("History"));
    m_tree->setAccessibleDescription(tr("The pages you read, by day, newest first. Press Enter to open one."));
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex &) { openCurrent(); });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &HistoryPage::updateButtons);

    m_open->setObjectName(QStringLiteral("openVisit"));
    m_open->setAccessibleName(tr("Open: open the chosen page"));
    m_open->setToolTip(tr("Open the chosen page (Enter)"));
    m_clearDay->setObjectName(QStringLiteral("clearDay"));
    m_clearDay->setAccessibleName(tr("Clear This Day: remove the chosen day's pages from the history"));
    m_clearDay->setToolTip(tr("Remove the chosen day's pages from the history"));
    m_clearAll->setObjectName(QStringLiteral("clearAll"));
    m_clearAll->setAccessibleName(tr("Clear All History: remove every page from the history"));
    m_clearAll->setToolTip(tr("Remove every page from the history (bookmarks stay)"));
    for (QPushButton *button : {m_open, m_clearDay, m_clearAll}) {
        button->setAutoDefault(false);
    }
    connect(m_open, &QPushButton::clicked, this, &HistoryPage::openCurrent);
    connect(m_clearDay, &QPushButton::clicked, this, &HistoryPage::askClearDay);
    connect(m_clearAll, &QPushButton::clicked, this, &HistoryPage::askClearAll);

    auto *buttons = new ButtonShelf(this);
    buttons->addButton(m_open);
    buttons->addButton(m_clearDay);
    buttons->addButton(m_clearAll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(6);
    layout->addWidget(m_empty);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    setFocusProxy(m_tree);

    connect(&m_store, &HistoryStore::changed, this, [this] {
        if (isVisible()) {
            reload();
        } else {
            m_shownToday = {}; // reloaded when next shown
        }
    });
    reload();
}

void HistoryPage::showEvent(QShowEvent *event)
{
    if (m_shownToday != QDate::currentDate()) {
        reload(); // a change while hidden, or midnight passed: "Today" is another day
    }
    QWidget::showEvent(event);
}

void HistoryPage::reload()
{
    const QDate wasDay = currentDay();
    const QString wasRef = m_tree->currentIndex().data(RefRole).toString();
    m_shownToday = QDate::currentDate();
    m_model->clear();
    const QLocale locale;
    const QList<HistoryDay> days =
        groupVisitsByDay(m_store.visits(), m_shownToday, QTimeZone::systemTimeZone(), locale);
    QString timeFormat = locale.timeFormat(QLocale::ShortFormat);
    timeFormat.remove(QStringLiteral(":ss")); // hours and minutes are enough
    QModelIndex restore;
    for (const HistoryDay &day : days) {
        auto *dayItem = new QStandardItem(day.label);
        QFont bold = dayItem->font();
        bold.setBold(true);
        dayItem->setFont(bold);
        dayItem->setData(day.date, DayRole);
        dayItem->setData(tr("%1, %n page(s)", nullptr, int(day.visits.size())).arg(day.label), Qt::AccessibleTextRole);
        dayItem->setEditable(false);
        for (const Visit &visit : day.visits) {
            const bool missing = !PageRef::exists(m_repository, visit.slug);
            const QString title = visit.title.isEmpty() ? visit.slug : visit.title;
            const QString time = locale.toString(visit.visited.toLocalTime().time(), timeFormat);
            const QString line = tr("%1  %2").arg(time, title);
            auto *item = new QStandardItem(missing ? tr("%1 (no longer in the library)").arg(line) : line);
            item->setData(day.date, DayRole);
            item->setData(visit.slug, RefRole);
            item->setData(title, TitleRole);
            item->setData(missing, MissingRole);
            item->setData(missing ? tr("%1, read at %2, no longer in the library").arg(title, time)
                                  : tr("%1, read at %2").arg(title, time),
                          Qt::AccessibleTextRole);
            item->setToolTip(missing ? tr("%1: a content update renamed or removed this page.").arg(title) : title);
            item->setEditable(false);
            dayItem->appendRow(item);
        }
        m_model->appendRow(dayItem);
        const QModelIndex dayIndex = dayItem->index();
        m_tree->expand(dayIndex);
        if (!restore.isValid() && day.date == wasDay) {
            restore = dayIndex;
            for (int row = 0; row < dayItem->rowCount() && !wasRef.isEmpty(); ++row) {
                if (dayItem->child(row)->data(RefRole).toString() == wasRef) {
                    restore = dayItem->child(row)->index();
                }
            }
        }
    }
    m_empty->setVisible(days.isEmpty());
    if (!restore.isValid() && m_model->rowCount() > 0) {
        restore = m_model->index(0, 0);
    }
    if (restore.isValid()) {
        m_tree->setCurrentIndex(restore);
    }
    updateButtons();
}

QDate HistoryPage::currentDay() const
{
    return m_tree->currentIndex().data(DayRole).toDate();
}

void HistoryPage::updateButtons()
{
    const QModelIndex index = m_tree->currentIndex();
    m_open->setEnabled(index.isValid() && index.parent().isValid());
    m_clearDay->setEnabled(index.isValid());
    m_clearAll->setEnabled(m_model->rowCount() > 0);
}

void HistoryPage::openCurrent()
{
    const QModelIndex index = m_tree->currentIndex();
    if (!index.isValid()) {
        return;
    }
    if (!index.parent().isValid()) {
        m_tree->setExpanded(index, !m_tree->isExpanded(index)); // a day: Enter opens or closes it
        return;
    }
    emit openRequested(index.data(RefRole).toString(), index.data(TitleRole).toString(),
                       index.data(MissingRole).toBool());
}

QMessageBox *HistoryPage::ask(const QString &title, const QString &text, const QString &yes,
                              const std::function<void()> &onYes)
{
    auto *box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("clearHistoryQuestion"));
    box->setAccessibleName(title);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *clear = box->addButton(yes, QMessageBox::AcceptRole);
    clear->setObjectName(QStringLiteral("confirmClear"));
    QPushButton *keep = box->addButton(tr("Keep It"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepHistory"));
    box->setDefaultButton(keep); // Enter by mistake keeps the history
    box->setEscapeButton(keep);
    connect(box, &QMessageBox::buttonClicked, this, [clear, onYes](QAbstractButton *clicked) {
        if (clicked == clear) {
            onYes();
        }
    });
    box->open();
    return box;
}

QMessageBox *HistoryPage::askClearDay()
{
    const QDate day = currentDay();
    if (!day.isValid()) {
        return nullptr;
    }
    const QString label = historyDayLabel(day, QDate::currentDate());
    QMessageBox *box = ask(tr("Clear This Day?"),
                           tr("Remove the pages you read on %1 from the history? Bookmarks and reading places "
                              "stay.")
                               .arg(label),
                           tr("Clear %1").arg(label), [this, day] {
                               if (!m_store.clearDay(day)) {
                                   emit saveFailed(tr("The history could not be cleared."));
                               }
                               m_tree->setFocus();
                           });
    return box;
}

QMessageBox *HistoryPage::askClearAll()
{
    QMessageBox *box = ask(tr("Clear All History?"),
                           tr("Remove every page from the history? This cannot be undone. Bookmarks and reading "
                              "places stay."),
                           tr("Clear All History"), [this] {
                               if (!m_store.clearAll()) {
                                   emit saveFailed(tr("The history could not be cleared."));
                               }
                               m_tree->setFocus();
                           });
    return box;
}

} // namespace Myelin::Ui
