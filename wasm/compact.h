// The compact result: a newsann::Document laid out as numbers, for the
// JavaScript API to build its objects from directly (api.js
// newsannReadCompact) instead of parsing JSON text. On a news article
// JSON.parse took a tenth of annotate()'s time; reading this takes about a
// hundredth. The objects are the same, key for key and in the same order,
// as JSON.parse(newsann::to_json(doc)) gives (tests/wasm/compact.test.mjs
// checks that on every text of ../shared/eval and the corpus).
//
// Layout: one buffer, little-endian, in 32-bit words unless said otherwise.
//
//   header   word 0  kCompactMagic ("NAC1"; a JSON document starts with '{')
//            word 1  flags: bit 0 = per_block (spans carry `block`, the
//                    document `blocks`)
//            word 2  blocks
//            word 3  names: word index of the name table, 4 its length
//            word 5..8  entities, actors, figures, claims (counts)
//            word 9  numbers: byte offset of the float64 area (a multiple
//                    of 8), word 10 its length
//            word 11 strings: byte offset of the UTF-8 string area, word 12
//                    its length in bytes
//   records  from word 13, in this order:
//            entity  id, name (strings), type (name), mention count, mentions
//            actor   block, start, end, type (name), entity, pronoun (0/1)
//            figure  block, start, end, kind (name), value fields present
//                    (kNumber | kMin | kMax | kApprox | kUnit | kIso), then
//                    unit and iso (strings) if present; number, min and max
//                    are the next doubles of the float64 area
//            claim   kind (name), source present (0/1) [block, start, end,
//                    entity or kNone], cue present (0/1) [block, start,
//                    end], content block, start, end
//   names    the enum names used (strings), which records cite by index:
//            taken from newsann::name(), so nothing here or in api.js
//            repeats them
//   float64s number, min, max of the figures in record order
//   strings  UTF-8. A string in a record is two words: its start and length
//            in UTF-16 code units within the whole area decoded at once
//            (TextDecoder, BOM kept), so JavaScript slices it out.
//
// Numbers and strings are what to_json() writes, unrounded: a non-finite
// number reads as null and -0 as 0 on the JavaScript side, as JSON gives
// them; strings are repaired as to_json() repairs them.
#ifndef NEWSANN_WASM_COMPACT_H_
#define NEWSANN_WASM_COMPACT_H_

#include <cstdint>
#include <string>

#include "newsann/newsann.h"

namespace newsann::compact {

inline constexpr uint32_t kCompactMagic = 0x3143414E;  // bytes 'N' 'A' 'C' '1'
inline constexpr uint32_t kNone = 0xFFFFFFFF;          // no entity
enum : uint32_t { kPerBlock = 1 };
enum : uint32_t { kNumber = 1, kMin = 2, kMax = 4, kApprox = 8, kUnit = 16, kIso = 32 };

// The document as a compact result.
std::string encode(const Document& doc);

}  // namespace newsann::compact

#endif  // NEWSANN_WASM_COMPACT_H_
