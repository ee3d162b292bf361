// SPDX-License-Identifier: GPL-3.0-or-later
// Small shared vocabulary of printing and export: paper sizes, text sizes in points, dates as readers
// see them, and the product line every printout carries.
#ifndef MYELIN_EXPORT_EXPORTFORMAT_H
#define MYELIN_EXPORT_EXPORTFORMAT_H

#include "core/readabledate.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <optional>

namespace Myelin::Export {

enum class PaperSize
{
    A4,
    Letter,
};

// "A4" / "Letter", as written in handout files and on the command line.
QString paperSizeId(PaperSize paper);
// Case-insensitive; nullopt for anything else.
std::optional<PaperSize> paperSizeFromId(const QString &id);
// US Letter where the system locale measures in US units, A4 everywhere else.
PaperSize defaultPaperSize();

// Text sizes for printouts, in points. RNIB advises 14 pt for general print and 16 pt or more for
// large print.
inline constexpr int StandardTextPoints = 14;
inline constexpr int LargeTextPoints = 16;
inline constexpr int ExtraLargeTextPoints = 18;
// "Save paper" handouts: the smallest size that stays comfortable to read on paper.
inline constexpr int SavePaperTextPoints = 12;
inline constexpr int MinimumTextPoints = 10;
inline constexpr int MaximumTextPoints = 36;

// CSS pixels (1/96 inch) for a size in points (1/72 inch).
double pointsToPixels(double points);
double pixelsToPoints(double pixels);

using Myelin::readableDate; // core/readabledate.h

class ExportText
{
    Q_DECLARE_TR_FUNCTIONS(Myelin::Export::ExportText)

public:
    static QString productName() { return QStringLiteral("Myelin"); }
    // "Reviewed 20 November 2026"
    static QString reviewed(const QString &isoDate);
    // "Printed 3 June 2027"
    static QString printed(const QDate &date);
    // "Page 3 of 12"
    static QString pageOf(int page, int total);
    // "1 page", "12 pages"
    static QString pages(int count);
};

} // namespace Myelin::Export

#endif // MYELIN_EXPORT_EXPORTFORMAT_H
