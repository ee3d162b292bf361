// SPDX-License-Identifier: GPL-3.0-or-later
// The files the installers are made of, read as the systems read them: the hicolor PNGs and the
// Windows .ico rendered from packaging/icons/myelin.svg, and macOS's Info.plist and entitlements.
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QMap>
#include <QTest>
#include <QXmlStreamReader>

namespace {

const QString IconName = QStringLiteral("org.myelin.Myelin");

QString builtIcon(int size)
{
    return QStringLiteral(MYELIN_BUILD_DIR "/share/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(IconName);
}

// A property list's top-level dictionary as key -> value ("true"/"false" for booleans).
QMap<QString, QString> readPlist(const QString &path, QString *error)
{
    QMap<QString, QString> values;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": cannot be read");
        return values;
    }
    QXmlStreamReader xml(&file);
    QString key;
    int depth = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            ++depth;
            const QString name = xml.name().toString();
            if (depth == 3 && name == QLatin1String("key")) {
                key = xml.readElementText();
                --depth;
            } else if (depth == 3 && !key.isEmpty()) {
                if (name == QLatin1String("true") || name == QLatin1String("false")) {
                    values.insert(key, name);
                } else {
                    // An array or dictionary value: its text, in order (what the checks below look for).
                    const bool nested = name == QLatin1String("array") || name == QLatin1String("dict");
                    values.insert(key, xml.readElementText(nested ? QXmlStreamReader::IncludeChildElements
                                                                  : QXmlStreamReader::ErrorOnUnexpectedElement));
                    --depth;
                }
                key.clear();
            }
        } else if (xml.isEndElement()) {
            --depth;
        }
    }
    if (xml.hasError()) {
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    }
    return values;
}

} // namespace

class TestPackagingFiles : public QObject
{
    Q_OBJECT

private slots:
    void iconsAreRenderedAtEverySize_data()
    {
        QTest::addColumn<int>("size");
        for (int size : {16, 22, 24, 32, 48, 64, 128, 256, 512}) {
            QTest::addRow("%dpx", size) << size;
        }
    }

    void iconsAreRenderedAtEverySize()
    {
        QFETCH(int, size);
        const QImage image(builtIcon(size));
        QVERIFY2(!image.isNull(), qPrintable(builtIcon(size) + QStringLiteral(" is missing or not a PNG")));
        QCOMPARE(image.size(), QSize(size, size));
        QVERIFY(image.hasAlphaChannel());
        // A rounded tile: the corners are see-through, the middle is solid.
        QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
        QCOMPARE(qAlpha(image.pixel(size / 2, size / 2)), 255);
        // Not blank: the cream sheath and the blue tile differ a lot in brightness.
        int darkest = 255;
        int lightest = 0;
        for (int y = 0; y < size; ++y) {
            for (int x = 0; x < size; ++x) {
                const QRgb pixel = image.pixel(x, y);
                if (qAlpha(pixel) == 255) {
                    darkest = qMin(darkest, qGray(pixel));
                    lightest = qMax(lightest, qGray(pixel));
                }
            }
        }
        QVERIFY2(lightest - darkest > 120, qPrintable(QStringLiteral("contrast %1").arg(lightest - darkest)));
    }

    void scalableIconIsTheSource()
    {
        QFile source(QStringLiteral(MYELIN_SOURCE_DIR "/packaging/icons/myelin.svg"));
        QFile built(QStringLiteral(MYELIN_BUILD_DIR "/share/icons/hicolor/scalable/apps/%1.svg").arg(IconName));
        QVERIFY(source.open(QIODevice::ReadOnly));
        QVERIFY(built.open(QIODevice::ReadOnly));
        QCOMPARE(built.readAll(), source.readAll());
    }

    void windowsIconHoldsEverySize()
    {
        QImageReader reader(QStringLiteral(MYELIN_BUILD_DIR "/packaging/myelin.ico"), "ico");
        QVERIFY2(reader.canRead(), qPrintable(reader.errorString()));
        QList<int> sizes;
        for (int i = 0; i < reader.imageCount(); ++i) {
            QVERIFY(reader.jumpToImage(i));
            const QImage image = reader.read();
            QVERIFY2(!image.isNull(), qPrintable(reader.errorString()));
            QCOMPARE(image.width(), image.height());
            sizes << image.width();
        }
        QCOMPARE(sizes, QList<int>({16, 24, 32, 48, 64, 256}));
    }

    void macInfoPlistDescribesTheBundle()
    {
        QString error;
        const auto plist = readPlist(QStringLiteral(MYELIN_TEST_INFO_PLIST), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // Content updates (.myelinpack) are a declared type that Myelin opens.
        QVERIFY(plist.value(QStringLiteral("UTExportedTypeDeclarations")).contains(QStringLiteral("myelinpack")));
        QVERIFY(
            plist.value(QStringLiteral("CFBundleDocumentTypes")).contains(QStringLiteral("org.myelin.content-pack")));
        QCOMPARE(plist.value(QStringLiteral("CFBundleIdentifier")), QStringLiteral("org.myelin.Myelin"));
        QCOMPARE(plist.value(QStringLiteral("CFBundleExecutable")), QStringLiteral("Myelin"));
        QCOMPARE(plist.value(QStringLiteral("CFBundleShortVersionString")), QStringLiteral(MYELIN_VERSION_STRING));
        QCOMPARE(plist.value(QStringLiteral("CFBundleVersion")), QStringLiteral(MYELIN_VERSION_STRING));
        QCOMPARE(plist.value(QStringLiteral("CFBundleIconFile")), QStringLiteral("myelin.icns"));
        QCOMPARE(plist.value(QStringLiteral("CFBundlePackageType")), QStringLiteral("APPL"));
        QCOMPARE(plist.value(QStringLiteral("NSHighResolutionCapable")), QStringLiteral("true"));
        QVERIFY(
            plist.value(QStringLiteral("LSApplicationCategoryType")).startsWith(QLatin1String("public.app-category.")));
        for (auto it = plist.cbegin(); it != plist.cend(); ++it) {
            QVERIFY2(!it.value().contains(QLatin1Char('$')) && !it.value().contains(QLatin1Char('@')),
                     qPrintable(it.key() + QStringLiteral(" was not filled in: ") + it.value()));
        }
    }

    void macEntitlementsAllowWebEngine()
    {
        QString error;
        const auto plist = readPlist(QStringLiteral(MYELIN_SOURCE_DIR "/packaging/macos/entitlements.plist"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(plist.value(QStringLiteral("com.apple.security.cs.allow-jit")), QStringLiteral("true"));
    }
};

QTEST_GUILESS_MAIN(TestPackagingFiles)
#include "tst_packaging_files.moc"
