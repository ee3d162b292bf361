// SPDX-License-Identifier: GPL-3.0-or-later
#include "sidepanes.h"

#include "flowlayout.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QEvent>
#include <QKeyEvent>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <utility>

namespace Myelin::Ui {

namespace {
constexpr int MaxButtonLines = 2; // more than this and the drop-down list is shown instead

// Scrolls its pane up and down only: the pane's own minimum width still reaches the splitter, so a pane
// is never cut short at the side.
class PaneScroller : public QScrollArea
{
public:
    QSize minimumSizeHint() const override
    {
        QSize size = QScrollArea::minimumSizeHint();
        if (widget() != nullptr) {
            const int paneWidth = qMax(widget()->minimumSizeHint().width(), widget()->minimumWidth());
            size.setWidth(qMax(size.width(), paneWidth + verticalScrollBar()->sizeHint().width() + 2 * frameWidth()));
        }
        return size;
    }
};
} // namespace

SidePanes::SidePanes(QWidget *parent)
    : QWidget(parent), m_buttonRow(new QWidget(this)), m_buttons(new QButtonGroup(this)), m_list(new QComboBox(this)),
      m_stack(new QStackedWidget(this))
{
    setAccessibleName(tr("Side panes"));
    m_buttonRow->setObjectName(QStringLiteral("sidePaneButtons"));
    m_buttonRow->setAccessibleName(tr("Side panes"));
    auto *flow = new FlowLayout(m_buttonRow);
    flow->setContentsMargins(4, 4, 4, 4);
    flow->setSpacing(4);
    flow->setLineSpacing(4);
    m_buttons->setExclusive(true);

    m_list->setObjectName(QStringLiteral("sidePaneList"));
    m_list->setAccessibleName(tr("Side pane"));
    m_list->setAccessibleDescription(tr("Choose what is shown beside the article."));
    m_list->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_buttonRow);
    layout->addWidget(m_list);
    layout->addWidget(m_stack, 1);

    connect(m_buttons, &QButtonGroup::idClicked, this, &SidePanes::setCurrentIndex);
    connect(m_list, &QComboBox::activated, this, &SidePanes::setCurrentIndex);
    connect(m_stack, &QStackedWidget::currentChanged, this, [this](int index) {
        if (QAbstractButton *button = m_buttons->button(index); button != nullptr && !button->isChecked()) {
            button->setChecked(true);
        }
        m_list->setCurrentIndex(index);
        updateFocusPolicies();
        emit currentChanged(index);
    });
}

int SidePanes::addPane(QWidget *pane, const QString &title)
{
    // Each pane scrolls as a whole when the window is too short for it (large text, a small screen):
    // its text and buttons keep their size instead of being squeezed over one another.
    auto *scroller = new PaneScroller;
    scroller->setObjectName(QStringLiteral("sidePaneScroller"));
    scroller->setAccessibleName(title);
    scroller->setFrameShape(QFrame::NoFrame);
    scroller->setFocusPolicy(Qt::NoFocus);
    scroller->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroller->setWidgetResizable(true);
    scroller->setWidget(pane);
    const int index = m_stack->addWidget(scroller);
    m_panes.append(pane);
    QToolButton *button = m_places.isEmpty() ? nullptr : m_places.takeFirst();
    if (button == nullptr) {
        button = makeButton(title);
        m_buttonRow->layout()->addWidget(button);
    } else { // in the place kept for it
        button->setText(title);
        QSizePolicy policy = button->sizePolicy();
        policy.setRetainSizeWhenHidden(false);
        button->setSizePolicy(policy);
        button->show();
    }
    button->setAccessibleName(title);
    button->setAccessibleDescription(tr("Shows the %1 pane beside the article.").arg(title));
    button->installEventFilter(this);
    m_buttons->addButton(button, index);
    m_buttonList.append(button);
    m_list->addItem(title);
    if (index == m_stack->currentIndex()) {
        button->setChecked(true);
        m_list->setCurrentIndex(index);
    }
    updateFocusPolicies();
    buttonsChanged();
    return index;
}

QToolButton *SidePanes::makeButton(const QString &title)
{
    auto *button = new QToolButton(m_buttonRow);
    button->setText(title);
    button->setCheckable(true);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

void SidePanes::keepPlaces(const QStringList &titles)
{
    for (const QString &title : titles) {
        QToolButton *place = makeButton(title); // as wide and as tall as the pane's own button will be
        QSizePolicy policy = place->sizePolicy();
        policy.setRetainSizeWhenHidden(true);
        place->setSizePolicy(policy);
        place->setFocusPolicy(Qt::NoFocus);
        place->hide(); // hidden: no click, no Tab stop, nothing for a screen reader, only its room
        m_buttonRow->layout()->addWidget(place);
        m_places.append(place);
    }
    buttonsChanged();
}

void SidePanes::buttonsChanged()
{
    if (isVisible()) {
        updateMode();
    } else {
        m_modeStale = true; // measured once when shown, not once per pane while the window is made
    }
}

void SidePanes::releasePlaces()
{
    qDeleteAll(std::exchange(m_places, {})); // the layout forgets them and asks to be laid out again
}

int SidePanes::count() const
{
    return m_stack->count();
}

QWidget *SidePanes::widget(int index) const
{
    return m_panes.value(index);
}

int SidePanes::indexOf(const QWidget *pane) const
{
    return int(m_panes.indexOf(pane));
}

QString SidePanes::title(int index) const
{
    return m_list->itemText(index);
}

QWidget *SidePanes::currentWidget() const
{
    return m_panes.value(currentIndex());
}

int SidePanes::currentIndex() const
{
    return m_stack->currentIndex();
}

void SidePanes::setCurrentIndex(int index)
{
    if (index >= 0 && index < count()) {
        m_stack->setCurrentIndex(index);
    }
}

void SidePanes::setCurrentWidget(QWidget *pane)
{
    setCurrentIndex(indexOf(pane));
}

QList<QWidget *> SidePanes::switcherControls() const
{
    QList<QWidget *> controls;
    for (QToolButton *button : m_buttonList) {
        controls << button;
    }
    controls << m_list;
    return controls;
}

bool SidePanes::compact() const
{
    return m_buttonRow->isHidden();
}

bool SidePanes::event(QEvent *event)
{
    const bool handled = QWidget::event(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange ||
        event->type() == QEvent::LayoutRequest) {
        updateMode();
    }
    return handled;
}

void SidePanes::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (std::exchange(m_modeStale, false)) {
        updateMode();
    }
}

void SidePanes::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateMode();
}

bool SidePanes::eventFilter(QObject *watched, QEvent *event)
{
    auto *button = qobject_cast<QToolButton *>(watched);
    if (button == nullptr || event->type() != QEvent::KeyPress) {
        return QWidget::eventFilter(watched, event);
    }
    const int at = m_buttonList.indexOf(button);
    const int next = (at + 1) % count();
    const int previous = (at + count() - 1) % count();
    const bool rightToLeft = layoutDirection() == Qt::RightToLeft;
    int to = -1;
    switch (static_cast<QKeyEvent *>(event)->key()) {
    case Qt::Key_Right:
        to = rightToLeft ? previous : next;
        break;
    case Qt::Key_Left:
        to = rightToLeft ? next : previous;
        break;
    case Qt::Key_Down:
        to = next;
        break;
    case Qt::Key_Up:
        to = previous;
        break;
    case Qt::Key_Home:
        to = 0;
        break;
    case Qt::Key_End:
        to = count() - 1;
        break;
    default:
        return QWidget::eventFilter(watched, event);
    }
    setCurrentIndex(to);
    m_buttonList.at(to)->setFocus(Qt::TabFocusReason);
    return true;
}

void SidePanes::updateMode()
{
    if (m_buttonList.isEmpty() || width() <= 0) {
        return;
    }
    auto *flow = static_cast<FlowLayout *>(m_buttonRow->layout());
    int lineHeight = 0;
    for (const QToolButton *button : m_buttonList) {
        lineHeight = qMax(lineHeight, button->sizeHint().height());
    }
    const QMargins margins = flow->contentsMargins();
    const int limit = MaxButtonLines * lineHeight + (MaxButtonLines - 1) * 4 + margins.top() + margins.bottom();
    const bool tooTall = flow->heightForWidth(width()) > limit;
    if (tooTall == m_buttonRow->isHidden()) {
        return;
    }
    const bool hadFocus = m_buttonRow->isAncestorOf(focusWidget()) || m_list->hasFocus();
    m_buttonRow->setVisible(!tooTall);
    m_list->setVisible(tooTall);
    if (hadFocus && window()->isActiveWindow()) {
        QWidget *now = tooTall ? static_cast<QWidget *>(m_list) : m_buttonList.value(currentIndex());
        if (now != nullptr) {
            now->setFocus(Qt::OtherFocusReason);
        }
    }
}

void SidePanes::updateFocusPolicies()
{
    // One Tab stop for the whole row, at the pane shown; the arrows move between them.
    for (int i = 0; i < m_buttonList.size(); ++i) {
        m_buttonList.at(i)->setFocusPolicy(i == currentIndex() ? Qt::StrongFocus : Qt::ClickFocus);
    }
}

} // namespace Myelin::Ui
