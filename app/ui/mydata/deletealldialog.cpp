// SPDX-License-Identifier: GPL-3.0-or-later
#include "deletealldialog.h"

#include "mydatatext.h"
#include "ui/shell/wrappingcheckbox.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace Myelin::Ui {

namespace {
constexpr int TargetSize = 44; // px: large enough for hands with a tremor

QLabel *paragraph(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setAccessibleName(text);
    return label;
}
} // namespace

DeleteAllDialog::DeleteAllDialog(const UserDataCounts &counts, int setAsideCopies, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("deleteAllDialog"));
    setWindowTitle(tr("Delete All My Data"));
    setAccessibleName(windowTitle());
    auto *layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetMinimumSize); // never narrower than its buttons, at any text size

    auto *heading = paragraph(tr("Delete all your data from this computer?"), this);
    QFont font = heading->font();
    font.setBold(true);
    heading->setFont(font);
    layout->addWidget(heading);

    QStringList goes = MyDataText::holdings(counts);
    if (setAsideCopies > 0) {
        goes.append(tr("%n damaged copies of your data file, set aside earlier", nullptr, int(setAsideCopies)));
    }
    if (goes.isEmpty()) {
        layout->addWidget(paragraph(tr("You have no bookmarks, notes, questions or history saved."), this));
    } else {
        layout->addWidget(paragraph(tr("This deletes:"), this));
        auto *list = paragraph(QStringLiteral("\u2022 ") + goes.join(QStringLiteral("\n\u2022 ")), this);
        list->setObjectName(QStringLiteral("deleteAllList"));
        list->setAccessibleName(tr("This deletes: %1").arg(goes.join(QStringLiteral("; "))));
        layout->addWidget(list);
        layout->addWidget(paragraph(tr("This cannot be undone. To keep a copy, choose \u201c"
                                       "Export My Data "
                                       "First\u201d."),
                                    this));
    }

    // A short label, and what it covers in a wrapped line under it.
    m_settings = new WrappingCheckBox(tr("Also put all &settings back as they were"), this);
    m_settings->setObjectName(QStringLiteral("deleteAllSettings"));
    m_settings->setAccessibleName(tr("Also put all settings back as they were"));
    m_settings->setMinimumHeight(TargetSize);
    layout->addWidget(m_settings);
    auto *settingsDetail = paragraph(tr("Text size, colours, spacing, comfort profiles, window size, paper size and "
                                        "the handout details go back to how they were when Myelin was installed."),
                                     this);
    settingsDetail->setContentsMargins(m_settings->style()->pixelMetric(QStyle::PM_IndicatorWidth) * 2, 0, 0, 0);
    m_settings->setAccessibleDescription(settingsDetail->text());
    layout->addWidget(settingsDetail);

    // "Export first" on a row of its own: the row of buttons stays narrow enough for large text.
    m_export = new QPushButton(tr("&Export My Data First\u2026"), this);
    m_export->setObjectName(QStringLiteral("deleteAllExport"));
    m_export->setAccessibleName(tr("Export My Data First"));
    m_export->setAutoDefault(false);
    auto *exportRow = new QHBoxLayout;
    exportRow->addWidget(m_export);
    exportRow->addStretch();
    layout->addLayout(exportRow);

    auto *buttons = new QDialogButtonBox(this);
    m_delete = buttons->addButton(tr("&Delete All My Data"), QDialogButtonBox::DestructiveRole);
    m_delete->setObjectName(QStringLiteral("deleteAllConfirm"));
    m_delete->setAccessibleName(tr("Delete All My Data"));
    m_delete->setAutoDefault(false);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("deleteAllCancel"));
    cancel->setAccessibleName(tr("Cancel"));
    cancel->setDefault(true);
    for (QPushButton *button : {m_export, m_delete, cancel}) {
        button->setMinimumHeight(TargetSize);
    }
    layout->addWidget(buttons);
    connect(m_export, &QPushButton::clicked, this, &DeleteAllDialog::exportRequested);
    connect(m_delete, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    cancel->setFocus();
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

bool DeleteAllDialog::resetSettings() const
{
    return m_settings->isChecked();
}

} // namespace Myelin::Ui
