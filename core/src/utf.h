// UTF-8 validation and UTF-8 -> UTF-16 offset conversion.
//
// Recognizers work in UTF-8 byte offsets; the public API reports UTF-16 code
// units (JavaScript string indices). Conversion is one sweep over the
// text for all the offsets reported, never a rescan per span (a per-span
// rescan is quadratic: 22 s on 100 KB).
#ifndef NEWSANN_UTF_H_
#define NEWSANN_UTF_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "newsann/newsann.h"

namespace newsann {

// Byte offset of the first invalid UTF-8 sequence (overlong forms,
// surrogates, code points above U+10FFFF, truncated sequences), or npos.
size_t find_invalid_utf8(std::string_view s);

// replace_invalid_utf8() is public (newsann.h): it replaces each maximal
// invalid subsequence by U+FFFD (EF BF BD) as the WHATWG decoder (a
// browser's TextDecoder) does, so UTF-16 offsets into the result equal
// offsets into the string a browser would show.

// Converts byte offsets (each on a code point boundary of the valid UTF-8
// string s, each <= s.size(); each pointer given once) to UTF-16 offsets,
// in place. Linear in s.size() + offsets.size(), in any order: one sweep
// builds a table of the text's continuation bytes per 64-byte block, and
// each offset is then a lookup and two bit counts. A pure ASCII text needs
// no table (its offsets are their own).
void bytes_to_utf16(std::string_view s, std::vector<uint32_t*>& offsets);

// UTF-16 length of a valid UTF-8 string.
size_t utf16_length(std::string_view s);

}  // namespace newsann

#endif  // NEWSANN_UTF_H_
