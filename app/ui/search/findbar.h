// SPDX-License-Identifier: GPL-3.0-or-later
// Find in the open page (Ctrl+F): a bar under the article with the words to find, "3 of 12",
// Previous, Next and Close. Chromium highlights every match and scrolls to the current one.
#ifndef MYELIN_UI_FINDBAR_H
#define MYELIN_UI_FINDBAR_H

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QWebEngineFindTextResult;
class QWebEnginePage;

namespace Myelin::Ui {

class FindBar : public QWidget
{
    Q_OBJECT

public:
    FindBar(QWebEnginePage *page, QWidget *parent = nullptr);

    void openBar(); // shows the bar and puts the cursor in its field
    void findNext();
    void findPrevious();
    void closeBar(); // hides the bar and removes the highlights

    QLineEdit *field() const { return m_field; }
    QString countText() const;
    int matchCount() const { return m_matches; }
    int activeMatch() const { return m_active; }

signals:
    void closed();
    void resultChanged(); // a new count arrived

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void find(bool backward);
    void showResult(const QWebEngineFindTextResult &result);

    QWebEnginePage *m_page;
    QLineEdit *m_field;
    QLabel *m_count;
    QPushButton *m_previous;
    QPushButton *m_next;
    QPushButton *m_close;
    int m_matches = 0;
    int m_active = 0;
};

} // namespace Myelin::Ui

#endif // MYELIN_UI_FINDBAR_H
