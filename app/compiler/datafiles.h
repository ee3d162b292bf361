// SPDX-License-Identifier: GPL-3.0-or-later
// Parsers for the YAML data files: content.yaml, glossary.yaml, timeline.yaml, quotes.yaml and
// images/images.yaml. Each checks fields, types and formats; references between files are checked
// later by the validator. Items with errors are left out of the result.
#ifndef MYELIN_COMPILER_DATAFILES_H
#define MYELIN_COMPILER_DATAFILES_H

#include "contentmodel.h"
#include "diagnostics.h"

namespace Myelin::Compiler::DataFiles {

// Paths relative to the data directory.
inline constexpr const char *ContentFile = "content.yaml";
inline constexpr const char *GlossaryFile = "glossary.yaml";
inline constexpr const char *TimelineFile = "timeline.yaml";
inline constexpr const char *QuotesFile = "quotes.yaml";
inline constexpr const char *SynonymsFile = "synonyms.yaml";
inline constexpr const char *ImagesDir = "images";
inline constexpr const char *ImagesFile = "images/images.yaml";
inline constexpr const char *ArticlesDir = "articles";

// Reads title and version into content.
void parseContentInfo(const QString &text, Content &content, Diagnostics &diagnostics);
QList<GlossaryTerm> parseGlossary(const QString &text, Diagnostics &diagnostics);
QList<TimelineEvent> parseTimeline(const QString &text, Diagnostics &diagnostics);
QList<Quote> parseQuotes(const QString &text, Diagnostics &diagnostics);
QList<SynonymGroup> parseSynonyms(const QString &text, Diagnostics &diagnostics);
// The image list only; the loader reads the files (mime is set from the file extension).
QList<ImageEntry> parseImageList(const QString &text, Diagnostics &diagnostics);

// The mime type for an image file name, or empty if the type is not supported.
QString imageMimeType(const QString &fileName);

} // namespace Myelin::Compiler::DataFiles

#endif // MYELIN_COMPILER_DATAFILES_H
