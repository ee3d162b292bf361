// SPDX-License-Identifier: GPL-3.0-or-later
#include "findbar.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QWebEngineFindTextResult>
#include <QWebEnginePage>

namespace Myelin::Ui {

FindBar::FindBar(QWebEnginePage *page, QWidget *parent)
    : QWidget(parent), m_page(page), m_field(new QLineEdit(this)), m_count(new QLabel(this)),
      m_previous(new QPushButton(tr("Previous"), this)), m_next(new QPushButton(tr("Next"), this)),
      m_close(new QPushButton(tr("Close"), this))
{
    setObjectName(QStringLiteral("findBar"));
    setAccessibleName(tr("Find in this page"));
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Window);

    auto *label = new QLabel(tr("Find:"), this);
    label->setBuddy(m_field);
    m_field->setObjectName(QStringLiteral("findField"));
    m_field->setMinimumHeight(44);
    m_field->setMinimumWidth(120);
    m_field->setClearButtonEnabled(true);
    m_field->setAccessibleName(tr("Words to find in this page"));
    m_field->setToolTip(tr("Type words to find in the open page. Enter finds the next, Shift+Enter the previous."));
    m_field->installEventFilter(this);
    m_count->setAccessibleName(tr("Matches found"));
    m_count->setMinimumWidth(m_count->fontMetrics().horizontalAdvance(tr("No matches")) + 8);

    const struct
    {
        QPushButton *button;
        QString tip;
    } buttons[] = {{m_previous, tr("Go to the previous match (Shift+F3)")},
                   {m_next, tr("Go to the next match (F3)")},
                   {m_close, tr("Close the find bar (Escape)")}};
    for (const auto &b : buttons) {
        b.button->setMinimumSize(44, 44);
        b.button->setToolTip(b.tip);
        b.button->setAccessibleName(b.button->text());
        b.button->setAccessibleDescription(b.tip);
        b.button->setAutoDefault(false);
        b.button->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed); // never squeezed below its text
    }

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(label);
    layout->addWidget(m_field, 1);
    layout->addWidget(m_count);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_close);

    connect(m_field, &QLineEdit::textChanged, this, [this] { find(false); });
    connect(m_previous, &QPushButton::clicked, this, &FindBar::findPrevious);
    connect(m_next, &QPushButton::clicked, this, &FindBar::findNext);
    connect(m_close, &QPushButton::clicked, this, &FindBar::closeBar);
    connect(m_page, &QWebEnginePage::findTextFinished, this, &FindBar::showResult);
    // A new page has new matches: search it again when it has loaded.
    connect(m_page, &QWebEnginePage::loadFinished, this, [this] {
        if (isVisible() && !m_field->text().isEmpty()) {
            find(false);
        }
    });
    hide();
}

void FindBar::openBar()
{
    show();
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
    if (!m_field->text().isEmpty()) {
        find(false);
    }
}

void FindBar::findNext()
{
    if (!isVisible()) {
        openBar();
        return;
    }
    find(false);
}

void FindBar::findPrevious()
{
    if (!isVisible()) {
        openBar();
        return;
    }
    find(true);
}

void FindBar::closeBar()
{
    if (!isVisible()) {
        return;
    }
    hide();
    m_page->findText(QString()); // removes the highlights
    m_matches = m_active = 0;
    m_count->clear();
    emit closed();
}

void FindBar::find(bool backward)
{
    const QString text = m_field->text();
    if (text.isEmpty()) {
        m_page->findText(QString());
        m_matches = m_active = 0;
        m_count->clear();
        emit resultChanged();
        return;
    }
    m_page->findText(text, backward ? QWebEnginePage::FindBackward : QWebEnginePage::FindFlags());
}

void FindBar::showResult(const QWebEngineFindTextResult &result)
{
    if (m_field->text().isEmpty()) {
        return;
    }
    m_matches = result.numberOfMatches();
    m_active = result.activeMatch();
    m_count->setText(countText());
    emit resultChanged();
}

QString FindBar::countText() const
{
    if (m_field->text().isEmpty()) {
        return {};
    }
    if (m_matches == 0) {
        return tr("No matches");
    }
    return tr("%1 of %2").arg(m_active).arg(m_matches);
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::ShortcutOverride) {
        // Escape and Enter belong to the find field while it has the focus, not to shortcuts of the
        // article around it (read aloud stops on Escape there).
        const auto *keyEvent = static_cast<QKeyEvent *>(event);
        const int key = keyEvent->key();
        if ((key == Qt::Key_Escape || key == Qt::Key_Return || key == Qt::Key_Enter) &&
            !(keyEvent->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))) {
            event->accept();
            return true;
        }
    }
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            find(key->modifiers() & Qt::ShiftModifier);
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            closeBar();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Myelin::Ui
