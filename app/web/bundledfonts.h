// SPDX-License-Identifier: GPL-3.0-or-later
// Fonts that ship with Myelin (share/myelin/fonts), served to pages as myelin://font/<file> so the
// article never depends on what the system has installed.
#ifndef MYELIN_WEB_BUNDLEDFONTS_H
#define MYELIN_WEB_BUNDLEDFONTS_H

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Myelin::Web {

class BundledFonts
{
public:
    // The folder that holds the fonts: <exe>/../share/myelin/fonts (build tree and Linux install),
    // <exe>/../Resources/fonts (macOS) or <exe>/fonts (Windows). Empty when none exists.
    static QString directory();
    // Overrides directory() (tests).
    static void setDirectory(const QString &path);

    // True when the easier-to-read font (OpenDyslexic) was bundled with this build.
    static bool hasDyslexiaFont();

    // The MIME type and bytes of a font file named like "OpenDyslexic-Regular.woff"; empty mime when
    // the name is not a plain font file name or the file is missing.
    struct File
    {
        QByteArray mime;
        QByteArray data;
    };
    static File read(const QString &fileName);
};

} // namespace Myelin::Web

#endif // MYELIN_WEB_BUNDLEDFONTS_H
