// RE2's Unicode general-category tables for the WebAssembly build, cut down
// to what the core uses: nothing. cmake/re2-wasm.cmake compiles this file
// instead of RE2's re2/unicode_groups.cc (Debian 20220601).
//
// Why: every reader downloads the module (budget 300 KB gzip) and RE2's
// tables are 13 KB of it, for \p{Greek}-style classes the core's patterns do
// not use (cmake/re2-wasm.cmake fails the build if a core source writes
// \p or \P). Here:
// - \p{Name} and \P{Name} fail to compile (RE2 reports a bad character
//   class range), except \p{Any}, which RE2 handles without the tables;
// - the ten groups RE2 itself looks up to validate capture names
//   ((?P<name>...)) exist with their ASCII members only, so a capture name
//   is [0-9A-Za-z_]+, RE2's historical rule.
// Perl (\d \s \w) and POSIX ([[:alpha:]]) classes come from RE2's
// perl_groups.cc, unchanged; so does case folding (unicode_casefold.cc).
#include "re2/unicode_groups.h"

namespace re2 {

static const URange16 Lu_ascii[] = {{'A', 'Z'}};
static const URange16 Ll_ascii[] = {{'a', 'z'}};
static const URange16 Nd_ascii[] = {{'0', '9'}};
static const URange16 Pc_ascii[] = {{'_', '_'}};

const UGroup unicode_groups[] = {
    {"Lu", +1, Lu_ascii, 1, nullptr, 0}, {"Ll", +1, Ll_ascii, 1, nullptr, 0},
    {"Lt", +1, nullptr, 0, nullptr, 0},  {"Lm", +1, nullptr, 0, nullptr, 0},
    {"Lo", +1, nullptr, 0, nullptr, 0},  {"Nl", +1, nullptr, 0, nullptr, 0},
    {"Mn", +1, nullptr, 0, nullptr, 0},  {"Mc", +1, nullptr, 0, nullptr, 0},
    {"Nd", +1, Nd_ascii, 1, nullptr, 0}, {"Pc", +1, Pc_ascii, 1, nullptr, 0},
};
const int num_unicode_groups = sizeof(unicode_groups) / sizeof(unicode_groups[0]);

}  // namespace re2
