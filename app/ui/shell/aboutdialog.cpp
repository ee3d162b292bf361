// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutdialog.h"

#include "readerhost.h"
#include "relativefont.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Myelin::Ui {

namespace {

constexpr int MinimumTargetPixels = 44; // big click targets for shaky hands

QLabel *paragraph(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setAccessibleName(text);
    return label;
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setAccessibleName(text);
    return label;
}

} // namespace

AboutDialog::AboutDialog(const VersionInfo &info, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("About Myelin"));
    setAccessibleName(tr("About Myelin"));
    setAccessibleDescription(
        tr("The versions of Myelin and its content, the licences, and where to report a problem."));
    setObjectName(QStringLiteral("aboutDialog"));

    // Everything but the buttons scrolls, so large text never pushes Close off the screen.
    auto *outer = new QVBoxLayout(this);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(tr("About Myelin"));
    auto *page = new QWidget(scroll);
    auto *layout = new QVBoxLayout(page);
    layout->setSpacing(12);

    // Title row: the icon and the name with its version.
    auto *titleRow = new QHBoxLayout;
    auto *iconLabel = new QLabel(this);
    const QIcon icon = QIcon::fromTheme(QStringLiteral("org.myelin.Myelin"), QApplication::windowIcon());
    if (!icon.isNull()) {
        iconLabel->setPixmap(icon.pixmap(64, 64));
    }
    iconLabel->setAccessibleName(tr("Myelin icon"));
    titleRow->addWidget(iconLabel, 0, Qt::AlignTop);
    auto *title = new QLabel(tr("Myelin %1").arg(info.applicationVersion), this);
    setRelativeFont(title, 1.5, true);
    title->setAccessibleName(title->text());
    title->setObjectName(QStringLiteral("aboutTitle"));
    auto *titleText = new QVBoxLayout;
    titleText->addWidget(title);
    titleText->addWidget(paragraph(tr("An offline reader about multiple sclerosis. It sends nothing anywhere."), this));
    titleRow->addLayout(titleText, 1);
    layout->addLayout(titleRow);

    // Versions: the same lines as `myelin --version`.
    layout->addWidget(heading(tr("Versions"), this));
    auto *versions = paragraph(info.text(), this);
    versions->setObjectName(QStringLiteral("aboutVersions"));
    versions->setToolTip(tr("The same lines as the command myelin --version prints."));
    layout->addWidget(versions);

    layout->addWidget(heading(tr("Licence"), this));
    auto *licence = paragraph(tr("Myelin is free software: you may share and change it under the GNU General "
                                 "Public License, version 3 or any later version (%1). The articles, glossary, "
                                 "timeline, quotes and images are shared under Creative Commons Attribution 4.0 "
                                 "(%2). Myelin gives information, not medical advice.")
                                  .arg(VersionInfo::codeLicence(), VersionInfo::contentLicence()),
                              this);
    licence->setObjectName(QStringLiteral("aboutLicence"));
    layout->addWidget(licence);

    // Third-party components, one row each, readable by screen readers and with the keyboard.
    layout->addWidget(heading(tr("Built with"), this));
    auto *components = new QTreeWidget(this);
    components->setObjectName(QStringLiteral("aboutComponents"));
    components->setAccessibleName(tr("Components Myelin is built with, and their licences"));
    components->setToolTip(tr("Other people's work that Myelin uses, and the licence of each."));
    components->setRootIsDecorated(false);
    components->setItemsExpandable(false);
    components->setSelectionMode(QAbstractItemView::SingleSelection);
    components->setHeaderLabels({tr("Component"), tr("Licence")});
    components->setUniformRowHeights(true);
    components->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    for (const VersionInfo::Component &component : VersionInfo::thirdPartyComponents()) {
        auto *item = new QTreeWidgetItem(components, {component.name, component.licence});
        const QString use = tr("Used for: %1").arg(component.use);
        item->setToolTip(0, use);
        item->setToolTip(1, use);
        item->setData(0, Qt::UserRole, component.use);
        item->setData(0, Qt::AccessibleTextRole,
                      tr("%1, licence %2, used for %3").arg(component.name, component.licence, component.use));
    }
    components->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    components->header()->setStretchLastSection(true);
    // Tall enough for every row: the list itself never scrolls, the page does.
    components->setFixedHeight(components->header()->sizeHint().height() +
                               components->sizeHintForRow(0) * components->topLevelItemCount() +
                               2 * components->frameWidth());
    layout->addWidget(components);

    // Where to report a problem: shown as text to copy, so nothing opens a network connection.
    layout->addWidget(heading(tr("Report a problem"), this));
    layout->addWidget(paragraph(tr("Tell us what went wrong, or what is hard to read, on the project's "
                                   "issue tracker. Copy this address into your web browser:"),
                                this));
    auto *addressRow = new QHBoxLayout;
    auto *address = new QLineEdit(VersionInfo::issueTrackerUrl(), this);
    address->setObjectName(QStringLiteral("aboutIssueAddress"));
    address->setReadOnly(true);
    address->setMinimumHeight(MinimumTargetPixels);
    address->setAccessibleName(tr("Issue tracker address"));
    address->setToolTip(tr("The web address where you can report a problem."));
    addressRow->addWidget(address, 1);
    m_copyButton = new QPushButton(tr("&Copy address"), this);
    m_copyButton->setObjectName(QStringLiteral("aboutCopyAddress"));
    m_copyButton->setMinimumSize(MinimumTargetPixels * 3, MinimumTargetPixels);
    m_copyButton->setAccessibleName(tr("Copy the issue tracker address"));
    m_copyButton->setToolTip(tr("Copy the address, then paste it into your web browser."));
    connect(m_copyButton, &QPushButton::clicked, this, &AboutDialog::copyIssueAddress);
    addressRow->addWidget(m_copyButton);
    layout->addLayout(addressRow);
    layout->addStretch(1);
    scroll->setWidget(page);
    outer->addWidget(scroll, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *close = buttons->button(QDialogButtonBox::Close);
    close->setMinimumSize(MinimumTargetPixels * 2, MinimumTargetPixels);
    close->setAccessibleName(tr("Close"));
    close->setToolTip(tr("Close this window"));
    close->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    outer->addWidget(buttons);

    // As big as the content wants (and wide enough for the licence names), within 90 % of the screen.
    const QScreen *screen = parent != nullptr ? parent->screen() : QGuiApplication::primaryScreen();
    const QSize available = screen != nullptr ? screen->availableSize() * 9 / 10 : QSize(1200, 900);
    const QSize wanted = page->sizeHint() +
                         QSize(scroll->verticalScrollBar()->sizeHint().width() + 24, buttons->sizeHint().height() + 36);
    resize(wanted.expandedTo(QSize(720, 360)).boundedTo(available));
}

void AboutDialog::copyIssueAddress()
{
    QGuiApplication::clipboard()->setText(VersionInfo::issueTrackerUrl());
    m_copyButton->setText(tr("Copied"));
    m_copyButton->setAccessibleDescription(tr("The address is copied."));
}

QAction *AboutDialog::addToHelpMenu(ReaderHost &host)
{
    auto *action = new QAction(tr("&About Myelin"), host.window());
    action->setObjectName(QStringLiteral("aboutAction"));
    action->setMenuRole(QAction::AboutRole);
    action->setStatusTip(tr("Show the version, licences and where to report a problem"));
    action->setToolTip(action->statusTip());
    connect(action, &QAction::triggered, &host, [&host] {
        auto *dialog = new AboutDialog(VersionInfo::current(&host.repository()), host.window());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    host.menu(ReaderHost::Menu::Help)->addAction(action);
    return action;
}

} // namespace Myelin::Ui
