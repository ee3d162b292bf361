// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundledfonts.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace Myelin::Web {

namespace {
QString &overrideDirectory()
{
    static QString path;
    return path;
}
} // namespace

QString BundledFonts::directory()
{
    if (!overrideDirectory().isEmpty()) {
        return overrideDirectory();
    }
    const QDir app(QCoreApplication::applicationDirPath());
    for (const QString &relative :
         {QStringLiteral("../share/myelin/fonts"), QStringLiteral("../Resources/fonts"), QStringLiteral("fonts")}) {
        const QString path = QDir::cleanPath(app.filePath(relative));
        if (QFileInfo(path).isDir()) {
            return path;
        }
    }
    return {};
}

void BundledFonts::setDirectory(const QString &path)
{
    overrideDirectory() = path;
}

bool BundledFonts::hasDyslexiaFont()
{
    const QString dir = directory();
    return !dir.isEmpty() && QFileInfo::exists(QDir(dir).filePath(QStringLiteral("OpenDyslexic-Regular.woff")));
}

BundledFonts::File BundledFonts::read(const QString &fileName)
{
    static const QRegularExpression plainName(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_-]*\\.(woff2?|otf|ttf)$"));
    const auto match = plainName.match(fileName);
    const QString dir = directory();
    if (!match.hasMatch() || dir.isEmpty()) {
        return {};
    }
    QFile file(QDir(dir).filePath(fileName));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return {QByteArrayLiteral("font/") + match.captured(1).toLatin1(), file.readAll()};
}

} // namespace Myelin::Web
