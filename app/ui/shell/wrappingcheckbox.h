// SPDX-License-Identifier: GPL-3.0-or-later
// A check box whose words go onto more lines when its room is narrow (large text, a small screen), as a
// wrapping label's do, instead of widening its dialog past the screen edge: at 300% text a handout
// option was wider than a 1024-pixel screen. The box and all of its words take clicks; the style sheet's
// indicator and focus ring are drawn as for any check box.
#ifndef MYELIN_UI_WRAPPINGCHECKBOX_H
#define MYELIN_UI_WRAPPINGCHECKBOX_H

#include <QCheckBox>

namespace Myelin::Ui {

class WrappingCheckBox : public QCheckBox
{
    Q_OBJECT
public:
    explicit WrappingCheckBox(const QString &text, QWidget *parent = nullptr);

    QSize minimumSizeHint() const override; // as narrow as its longest word
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool hitButton(const QPoint &pos) const override;

private:
    QSize chrome() const; // what the indicator, spacing and frame add to the words, across and down
    QRect textRect() const;
    int drawFlags() const;
    static constexpr int Flags = Qt::TextWordWrap | Qt::TextShowMnemonic;
};

} // namespace Myelin::Ui

#endif // MYELIN_UI_WRAPPINGCHECKBOX_H
