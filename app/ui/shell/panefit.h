// SPDX-License-Identifier: GPL-3.0-or-later
// Which side panes fit beside the article: the article column keeps a readable measure (about 45
// characters a line) at the reader's text size, and the panes give way when the window is too narrow.
#ifndef MYELIN_UI_PANEFIT_H
#define MYELIN_UI_PANEFIT_H

#include <QStringList>

namespace Myelin::Ui::PaneFit {

// The shortest line worth reading comfortably, in average characters.
inline constexpr int ReadableCharacters = 45;

// The width of an average character of running English text in families at pixelSize.
double averageCharacterWidth(const QStringList &families, double pixelSize);

// The width the article view needs for ReadableCharacters a line at pixelSize, with the page's own
// margins (content.css: body padding of at most 1.25em a side) and its scroll bar.
int readableWidth(const QStringList &families, double pixelSize);

struct Panes
{
    bool contents = true;
    bool related = true;
};

// Of the wanted panes, those that leave the article at least needed pixels of available: the related
// items go first, then the contents. keep is a pane the reader has just asked for: it stays.
enum class Keep
{
    None,
    Contents,
    Related
};
Panes fit(int available, int contentsWidth, int relatedWidth, int needed, Panes wanted, Keep keep = Keep::None);

} // namespace Myelin::Ui::PaneFit

#endif // MYELIN_UI_PANEFIT_H
