// SPDX-License-Identifier: GPL-3.0-or-later
// The comfort page: on first start a short, skippable welcome that offers text size, colours,
// spacing, the easier-to-read font and the Listen button, with a live preview of a real article;
// later the same page (with every spacing choice) from Comfort > Reading comfort.
#ifndef MYELIN_UI_COMFORTDIALOG_H
#define MYELIN_UI_COMFORTDIALOG_H

#include "core/readingstyle.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QButtonGroup;
class QHBoxLayout;
class QGridLayout;

namespace Myelin {
class ContentRepository;
}

namespace Myelin::Ui {

class ComfortProfiles;
class ReadingStyleController;
class ComfortPreview;

class ComfortDialog : public QDialog
{
    Q_OBJECT

public:
    // What the page changes: the reading style and the profiles; the repository gives the preview its article.
    struct Context
    {
        ReadingStyleController &style;
        ComfortProfiles &profiles;
        const ContentRepository &repository;
    };
    ComfortDialog(const Context &context, bool firstRun, QWidget *parent = nullptr);

    bool isFirstRun() const { return m_firstRun; }
    ComfortPreview *preview() const { return m_preview; }
    QComboBox *themeBox() const { return m_theme; }
    QComboBox *spacingBox() const { return m_spacing; }
    QPushButton *listenBox() const { return m_listen; }
    QPushButton *fontBox() const { return m_font; }
    QPushButton *largerButton() const { return m_larger; }
    QPushButton *smallerButton() const { return m_smaller; }
    QPushButton *skipButton() const { return m_skip; }
    QPushButton *doneButton() const { return m_done; }
    QList<QPushButton *> profileButtons() const;

    void skip(); // first run: put back what was there before, then close

private:
    void refresh();
    void rebuildProfiles();
    QComboBox *addChoiceRow(QGridLayout *grid, int row, const QString &label, const QString &description,
                            const QList<ReadingStyle::Choice> &choices, int ReadingStyle::*field);
    QPushButton *makeButton(const QString &text, const QString &description);
    QPushButton *makeToggle(const QString &text, const QString &description);

    ReadingStyleController &m_style;
    ComfortProfiles &m_profiles;
    bool m_firstRun;
    ReadingStyle m_before;
    bool m_listenBefore;

    QHBoxLayout *m_profileRow;
    QButtonGroup *m_profileGroup;
    QPushButton *m_smaller = nullptr;
    QLabel *m_size = nullptr;
    QPushButton *m_larger = nullptr;
    QComboBox *m_theme = nullptr;
    QComboBox *m_spacing = nullptr;
    QList<std::pair<QComboBox *, int ReadingStyle::*>> m_choiceBoxes;
    QPushButton *m_font = nullptr; // on/off buttons: the whole 44 px button is the target
    QPushButton *m_listen = nullptr;
    ComfortPreview *m_preview = nullptr;
    QPushButton *m_skip = nullptr;
    QPushButton *m_done = nullptr;
};

} // namespace Myelin::Ui

#endif // MYELIN_UI_COMFORTDIALOG_H
