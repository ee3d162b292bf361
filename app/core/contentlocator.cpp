// SPDX-License-Identifier: GPL-3.0-or-later
#include "contentlocator.h"

#include <QDir>
#include <QFileInfo>

namespace Myelin {

QStringList contentCandidates(const QString &applicationDir)
{
    const QDir dir(applicationDir);
    const QString file = QLatin1String(ContentFileName);
    return {
        QDir::cleanPath(dir.filePath(QStringLiteral("../share/myelin/") + file)),
        QDir::cleanPath(dir.filePath(QStringLiteral("../Resources/") + file)),
        QDir::cleanPath(dir.filePath(file)),
    };
}

QString locateContent(const QString &applicationDir)
{
    const QStringList candidates = contentCandidates(applicationDir);
    for (const QString &candidate : candidates) {
        if (QFileInfo::exists(candidate)) {
            return candidate;
        }
    }
    return candidates.first();
}

} // namespace Myelin
