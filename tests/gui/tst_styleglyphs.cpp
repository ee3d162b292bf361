// SPDX-License-Identifier: GPL-3.0-or-later
// The style's own small icons (ui/shell/styleglyphs): drawn in the theme's text colour of the moment,
// Back and Forward along the reading direction, and every one of them without the icon theme; and the
// window's icon, read from Myelin's own icon folder (ui/shell/appicon).
#include "core/theme.h"
#include "ui/shell/appicon.h"
#include "ui/shell/appstyle.h"
#include "ui/shell/glyphicon.h"
#include "ui/shell/styleglyphs.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QLineEdit>
#include <QPainter>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Myelin;

namespace {

// How many pixels of image are (nearly) colour, fully drawn.
int pixelsOf(const QImage &image, const QColor &colour)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (pixel.alpha() == 255 && qAbs(pixel.red() - colour.red()) < 3 &&
                qAbs(pixel.green() - colour.green()) < 3 && qAbs(pixel.blue() - colour.blue()) < 3) {
                ++count;
            }
        }
    }
    return count;
}

QImage drawn(QStyle::StandardPixmap icon, int size = 48)
{
    return QApplication::style()
        ->standardIcon(icon)
        .pixmap(size, size)
        .toImage()
        .convertToFormat(QImage::Format_ARGB32);
}

} // namespace

class TestStyleGlyphs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Ui::applyAppStyle(*qApp, Theme::byId(QStringLiteral("dark"))); }

    void theStylesOwnIconsAreInTheThemesTextColour_data()
    {
        QTest::addColumn<int>("icon");
        for (const auto icon :
             {QStyle::SP_LineEditClearButton, QStyle::SP_ArrowBack, QStyle::SP_ArrowForward, QStyle::SP_DirHomeIcon,
              QStyle::SP_DirIcon, QStyle::SP_ToolBarHorizontalExtensionButton}) {
            QTest::addRow("%d", int(icon)) << int(icon);
        }
    }

    void theStylesOwnIconsAreInTheThemesTextColour()
    {
        QFETCH(int, icon);
        const auto standard = QStyle::StandardPixmap(icon);
        QVERIFY(Ui::StyleGlyphs::glyphFor(standard).has_value());
        const QColor text = QApplication::palette().color(QPalette::Active, QPalette::ButtonText);
        QVERIFY(pixelsOf(drawn(standard), text) > 20);

        // A theme change shows at the next paint: the same icon, asked again, in the new colour.
        const QIcon kept = QApplication::style()->standardIcon(standard);
        Ui::applyAppStyle(*qApp, Theme::byId(QStringLiteral("light")));
        const QColor light = QApplication::palette().color(QPalette::Active, QPalette::ButtonText);
        QVERIFY(light != text);
        QVERIFY(pixelsOf(kept.pixmap(48, 48).toImage().convertToFormat(QImage::Format_ARGB32), light) > 20);
        Ui::applyAppStyle(*qApp, Theme::byId(QStringLiteral("dark")));
    }

    void backAndForwardFollowTheReadingDirection()
    {
        // Where an arrow's ink sits: its head makes that side heavier.
        const auto pointsLeft = [](const QImage &image) {
            qint64 weighted = 0;
            qint64 total = 0;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x) {
                    const int alpha = image.pixelColor(x, y).alpha();
                    weighted += qint64(alpha) * x;
                    total += alpha;
                }
            }
            return total > 0 && weighted / double(total) < (image.width() - 1) / 2.0;
        };
        QVERIFY(pointsLeft(drawn(QStyle::SP_ArrowBack)));
        QVERIFY(!pointsLeft(drawn(QStyle::SP_ArrowForward)));
        QApplication::setLayoutDirection(Qt::RightToLeft);
        const QImage backRightToLeft = drawn(QStyle::SP_ArrowBack);
        const QImage forwardRightToLeft = drawn(QStyle::SP_ArrowForward);
        QApplication::setLayoutDirection(Qt::LeftToRight);
        QVERIFY(!pointsLeft(backRightToLeft)); // Back points right in Arabic
        QVERIFY(pointsLeft(forwardRightToLeft));
        QCOMPARE(backRightToLeft, drawn(QStyle::SP_ArrowForward));
    }

    void aTextFieldsClearButtonUsesIt()
    {
        QLineEdit field;
        field.setClearButtonEnabled(true);
        field.setText(QStringLiteral("relapse"));
        field.show();
        QVERIFY(QTest::qWaitForWindowExposed(&field));
        const QList<QToolButton *> buttons = field.findChildren<QToolButton *>();
        QVERIFY(!buttons.isEmpty());
        const QColor text = QApplication::palette().color(QPalette::Active, QPalette::ButtonText);
        const QImage icon =
            buttons.constFirst()->icon().pixmap(48, 48).toImage().convertToFormat(QImage::Format_ARGB32);
        QVERIFY(pixelsOf(icon, text) > 20);
    }

    void thePrintButtonsPrinterToo()
    {
        const QColor text = QApplication::palette().color(QPalette::Active, QPalette::ButtonText);
        const QIcon printer = Ui::StyleGlyphs::make(Ui::StyleGlyphs::Glyph::Print);
        QVERIFY(pixelsOf(printer.pixmap(48, 48).toImage().convertToFormat(QImage::Format_ARGB32), text) > 20);
    }

    void theWindowIconIsReadFromMyelinsOwnFolder()
    {
        QTemporaryDir install;
        QVERIFY(install.isValid());
        for (const int side : {48, 128, 256}) {
            const QString apps = install.filePath(QStringLiteral("share/icons/hicolor/%1x%1/apps").arg(side));
            QVERIFY(QDir().mkpath(apps));
            QImage image(side, side, QImage::Format_ARGB32);
            image.fill(Qt::darkBlue);
            QVERIFY(image.save(apps + QStringLiteral("/org.myelin.Myelin.png")));
        }
        QVERIFY(QDir().mkpath(install.filePath(QStringLiteral("bin"))));
        Ui::applyAppIcon(install.filePath(QStringLiteral("bin")));
        QVERIFY(!QApplication::windowIcon().isNull());
        const QList<QSize> sizes = QApplication::windowIcon().availableSizes();
        QVERIFY(sizes.contains(QSize(48, 48)));
        QVERIFY(sizes.contains(QSize(128, 128)));
        QVERIFY(!sizes.contains(QSize(256, 256))); // larger than a window icon is drawn: not read
        QCOMPARE(QApplication::windowIcon().pixmap(48, 48).toImage().pixelColor(24, 24), QColor(Qt::darkBlue));
    }

    void drawnIconsAreDrawnWhenFirstShownAndKept()
    {
        int draws = 0;
        const QIcon icon = Ui::GlyphIcon::drawn([&draws](QPainter &painter, int, qreal s) {
            ++draws;
            painter.fillRect(QRectF(4 * s, 4 * s, 16 * s, 16 * s), Qt::darkGreen);
        });
        QCOMPARE(draws, 0); // nothing drawn while the window is being made
        const QImage image = icon.pixmap(48, 48).toImage().convertToFormat(QImage::Format_ARGB32);
        QCOMPARE(draws, 1);
        QCOMPARE(image.size(), QSize(48, 48));
        QVERIFY(pixelsOf(image, QColor(Qt::darkGreen)) >= 30 * 30);
        icon.pixmap(48, 48);
        QCOMPARE(draws, 1); // kept
        const QImage disabled = icon.pixmap(48, 48, QIcon::Disabled).toImage().convertToFormat(QImage::Format_ARGB32);
        QVERIFY(disabled != image); // greyed as the style shows a disabled icon
    }

    void aSwatchKeepsItsColoursAfterTheCallersAreGone()
    {
        const QIcon swatch = Ui::GlyphIcon::swatch(QColor(0x10, 0x20, 0x30), QColor(Qt::white), QColor(Qt::red));
        const QImage image = swatch.pixmap(48, 48).toImage().convertToFormat(QImage::Format_ARGB32);
        QVERIFY(pixelsOf(image, QColor(0x10, 0x20, 0x30)) > 100);
    }

    void otherIconsAreLeftToTheStyle() { QVERIFY(!Ui::StyleGlyphs::glyphFor(QStyle::SP_MessageBoxWarning)); }
};

QTEST_MAIN(TestStyleGlyphs)
#include "tst_styleglyphs.moc"
