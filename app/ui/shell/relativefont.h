// SPDX-License-Identifier: GPL-3.0-or-later
// Fonts drawn relative to the window's text size (headings, the A-/A/A+ buttons): they grow and shrink
// with it when the reader changes the text size, instead of keeping the size they were made with.
#ifndef MYELIN_UI_RELATIVEFONT_H
#define MYELIN_UI_RELATIVEFONT_H

class QWidget;

namespace Myelin::Ui {

// Gives widget the application's font times factor (bold if asked), now and after every change of the
// application's font.
void setRelativeFont(QWidget *widget, double factor, bool bold = false);

} // namespace Myelin::Ui

#endif // MYELIN_UI_RELATIVEFONT_H
