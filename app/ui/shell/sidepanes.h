// SPDX-License-Identifier: GPL-3.0-or-later
// The panes beside the article (Contents, Glossary, Bookmarks, Notes, Questions, Search): one shown
// at a time, chosen with a row of buttons that wraps onto a second line rather than cutting a title
// short or scrolling it out of sight. When even two lines would not hold them (large text in a narrow
// pane), a single drop-down list takes their place. Left/Right, Home and End move between the
// buttons; Tab stops only at the one shown, as in a tab bar. A pane taller than the room left for it
// scrolls as a whole.
#ifndef MYELIN_UI_SIDEPANES_H
#define MYELIN_UI_SIDEPANES_H

#include <QList>
#include <QStringList>
#include <QWidget>

class QButtonGroup;
class QComboBox;
class QStackedWidget;
class QToolButton;

namespace Myelin::Ui {

class SidePanes : public QWidget
{
    Q_OBJECT
public:
    explicit SidePanes(QWidget *parent = nullptr);

    int addPane(QWidget *pane, const QString &title);
    int count() const;
    QWidget *widget(int index) const;
    int indexOf(const QWidget *pane) const;
    QString title(int index) const;
    QWidget *currentWidget() const;
    int currentIndex() const;
    void setCurrentIndex(int index);
    void setCurrentWidget(QWidget *pane);

    // Keeps room in the switcher for panes that come later (their titles, in order): the buttons, or the
    // list, take the shape they will have once those panes are in, so that nothing below moves when they
    // come. The next addPane takes the first place kept (whatever its title), the rest stay empty room.
    void keepPlaces(const QStringList &titles);
    void releasePlaces(); // the places no pane took

    // The controls that choose a pane, in order, for the window's Tab chain (only the chosen
    // button, or the list when shown instead, takes Tab).
    QList<QWidget *> switcherControls() const;
    // True when the drop-down list stands in for the buttons.
    bool compact() const;

signals:
    void currentChanged(int index);

protected:
    bool event(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QToolButton *makeButton(const QString &title);
    void buttonsChanged(); // buttons or list: decided now, or when shown
    void updateMode();
    void updateFocusPolicies();

    QWidget *m_buttonRow;
    QButtonGroup *m_buttons;
    QList<QToolButton *> m_buttonList;
    QList<QToolButton *> m_places; // hidden buttons that keep their room (keepPlaces)
    QComboBox *m_list;
    QStackedWidget *m_stack; // each pane in a scroll area of its own
    QList<QWidget *> m_panes;
    bool m_modeStale = false; // panes were added while hidden: buttons or list is decided when shown
};

} // namespace Myelin::Ui

#endif // MYELIN_UI_SIDEPANES_H
