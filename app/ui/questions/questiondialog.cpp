// SPDX-License-Identifier: GPL-3.0-or-later
#include "questiondialog.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Myelin::Ui {

namespace {
constexpr int TargetSize = 44;
}

QuestionDialog::QuestionDialog(const QString &title, const QString &text, const QString &source, QWidget *parent)
    : QDialog(parent), m_editor(new QPlainTextEdit(this)), m_source(new QLabel(this))
{
    setObjectName(QStringLiteral("questionDialog"));
    setWindowTitle(title);
    setAccessibleName(title);
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("Your &question:"), this);
    label->setBuddy(m_editor);
    layout->addWidget(label);
    m_editor->setAccessibleName(tr("Your question"));
    m_editor->setAccessibleDescription(tr("Enter saves it; Shift+Enter starts a new line"));
    m_editor->setTabChangesFocus(true);
    m_editor->setPlainText(text);
    m_editor->selectAll();
    m_editor->installEventFilter(this);
    // Three lines of the reader's text size, growing with it.
    m_editor->setMinimumHeight(m_editor->fontMetrics().lineSpacing() * 3 + 16);
    layout->addWidget(m_editor, 1);

    m_source->setObjectName(QStringLiteral("questionSource"));
    m_source->setWordWrap(true);
    m_source->setTextFormat(Qt::PlainText);
    m_source->setText(source);
    m_source->setVisible(!source.isEmpty());
    m_source->setAccessibleName(source);
    QFont small = m_source->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_source->setFont(small);
    m_source->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_source);

    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_save->setAccessibleName(tr("Save"));
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setAccessibleName(cancel->text().remove(QLatin1Char('&')));
    for (QPushButton *button : {m_save, cancel}) {
        button->setMinimumSize(3 * TargetSize, TargetSize);
    }
    m_save->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_editor, &QPlainTextEdit::textChanged, this,
            [this] { m_save->setEnabled(!m_editor->toPlainText().trimmed().isEmpty()); });
    m_save->setEnabled(!text.trimmed().isEmpty());
    layout->addWidget(buttons);
    // Wide enough for a question on two or three lines at the reader's text size.
    resize(qMax(sizeHint().width(), fontMetrics().averageCharWidth() * 48), sizeHint().height());
}

QString QuestionDialog::text() const
{
    return m_editor->toPlainText().simplified();
}

void QuestionDialog::setText(const QString &text)
{
    m_editor->setPlainText(text);
}

bool QuestionDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && !(key->modifiers() & Qt::ShiftModifier)) {
            if (m_save->isEnabled()) {
                accept();
            }
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace Myelin::Ui
