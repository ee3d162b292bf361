// SPDX-License-Identifier: GPL-3.0-or-later
// What the fuzzers feed their input to (tests/fuzz/fuzzer.cpp, one program per target) and what
// tst_fuzz_replay feeds every saved crash input to in the normal build: the same code either way.
// A target returns normally or aborts: a sanitiser, a hang or a broken promise (checked here) is a bug.
#ifndef MYELIN_TESTS_FUZZTARGETS_H
#define MYELIN_TESTS_FUZZTARGETS_H

#include <QByteArray>

namespace Myelin::Fuzz {

struct Target
{
    const char *name; // as in tests/fixtures/fuzz/<name>/ and build-fuzz/bin/fuzz_<name>
    void (*run)(const QByteArray &data);
};

// Front matter and Markdown of one article file, through parseArticle and renderMarkdown.
void article(const QByteArray &data);
// HTML through the sanitiser.
void html(const QByteArray &data);
// An SVG file through the SVG checker.
void svg(const QByteArray &data);
// Typed search text through SearchQuery; every expression it builds must be valid FTS5.
void search(const QByteArray &data);
// A handout file through Handout::fromJson; one it accepts must read back the same once saved.
void handout(const QByteArray &data);

inline constexpr Target Targets[] = {
    {"article", article}, {"html", html}, {"svg", svg}, {"search", search}, {"handout", handout},
};

} // namespace Myelin::Fuzz

#endif // MYELIN_TESTS_FUZZTARGETS_H
