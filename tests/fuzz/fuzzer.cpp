// SPDX-License-Identifier: GPL-3.0-or-later
// One libFuzzer program per target of fuzztargets.h: MYELIN_FUZZ_TARGET names it (tests/fuzz/CMakeLists.txt).
#include "fuzztargets.h"

#include <cstddef>
#include <cstdint>

namespace {

constexpr bool sameName(const char *a, const char *b)
{
    return *a == *b && (*a == '\0' || sameName(a + 1, b + 1));
}

constexpr auto targetNamed(const char *name)
{
    for (const Myelin::Fuzz::Target &target : Myelin::Fuzz::Targets) {
        if (sameName(target.name, name)) {
            return target.run;
        }
    }
    return static_cast<decltype(Myelin::Fuzz::Target::run)>(nullptr);
}

constexpr auto run = targetNamed(MYELIN_FUZZ_TARGET);
static_assert(run != nullptr, "MYELIN_FUZZ_TARGET names no target of fuzztargets.h");

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    run(QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size)));
    return 0;
}
