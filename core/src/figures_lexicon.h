// The vocabulary of the figures layer, built once from the lexicon files:
//
//   figure_numbers.txt        number words, ordinals, fractions, scales ("bn")
//   figure_calendar.txt       month and weekday names and abbreviations
//   figure_holidays.txt       named days and how to compute their date
//   figure_currencies.txt     currency symbols, codes and names -> ISO 4217
//   figure_units.txt          units of measure -> symbol
//   figure_time_units.txt     units of time -> normalised unit and count
//   figure_modifiers.txt      "at least", "about", "or more" ... and their role
//   figure_identifier_nouns.txt  nouns a number labels ("Route 66")
//   figure_time_zones.txt     "GMT", "ET" ... after a clock time
//   figure_street_types.txt   "Street", "Ave" ... (house numbers are no figures)
//
// Every entry is keyed by its first token, lowercased as text.h lower() does,
// so a recognizer looks up the token in front of it once and then compares
// the rest of the phrase ("metric" -> "metric tons"). Keys are tokenized by
// the same tokenizer as the article text, so "new year's day" and "km/h"
// split exactly as they do in running text.
//
// anchors() is the RE2 pattern that finds where a figure may start (a digit,
// a currency sign, or a word that can open a figure); anchor_rules() give its
// answer token by token, and the scanner asks the pattern only where they
// cannot (an unusual token).
#ifndef NEWSANN_FIGURES_LEXICON_H_
#define NEWSANN_FIGURES_LEXICON_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <re2/re2.h>

#include "figures_anchors.h"

namespace newsann::fig {

// (At most 31 categories, kStreetType the last: figures_para.h keeps a bit
// per category of each token.)
enum class Cat : uint8_t {
  kCard,       // "one" .. "nineteen", "twenty" .. "ninety": value
  kScale,      // "hundred", "million", "bn", "lakh": value
  kOrd,        // "first", "third", "hundredth": value
  kFracPl,     // "thirds", "quarters": value (the denominator)
  kApproxPl,   // "hundreds", "thousands", "dozens": value
  kDozen,      // "dozen": 12
  kMonth,      // n[0] = 1..12
  kWeekday,    // n[0] = 1..7 (Monday = 1)
  kHoliday,    // sym = fixed|easter|nth; n[] = the rule's numbers
  kCurrency,   // sym = ISO code; value = factor; flags kPre/kPost/kCaps/kGlued/kScaled
  kUnit,       // sym = unit symbol; flags kGlued
  kTimeUnit,   // sym = year|month|week|day|hour|minute|second; value = how many
  kModifier,   // role
  kIdNoun,     // a noun that labels the number after it
  kTimeZone,   // value = offset in minutes
  kKeyword,    // a closed-class word that opens a figure by itself ("yesterday", "aged")
  kStreetType, // "Street", "Ave": a number before a name ending in one is an address
};

enum class Role : uint8_t {
  kNone, kApprox, kNearly, kMin, kMax, kExact, kEmphasis, kPostApprox, kPostMin, kPostMax
};

enum EntryFlag : uint8_t { kPre = 1, kPost = 2, kCaps = 4, kGlued = 8, kScaled = 16 };

struct Entry {
  Cat cat = Cat::kCard;
  std::vector<std::string> rest;  // the lowered tokens after the first
  double value = 0;
  int n[4] = {0, 0, 0, 0};
  std::string sym;
  uint8_t flags = 0;
  Role role = Role::kNone;
  size_t length() const { return rest.size() + 1; }
};

// The lowercased tokens of a lexicon key, split as the text tokenizer splits
// running text (so that "new year's day" and "km/h" match it token for
// token); *one_word: the key is one word token. key_tokens_by_text always
// goes through a Text; key_tokens takes a short cut for keys of plain ASCII
// words (the tests check that the two agree on every key of every lexicon).
std::vector<std::string> key_tokens(std::string_view key, bool* one_word);
std::vector<std::string> key_tokens_by_text(std::string_view key, bool* one_word);

class FigureLexicon {
 public:
  // Built on first use; thread-safe (a function-local static).
  static const FigureLexicon& get();

  // All entries whose first token is `low` (lowercased), or nullptr.
  const std::vector<Entry>* find(std::string_view low) const { return find(low, word_key(low)); }
  // The same with key = word_key(low) (text.h; Text::key of a token).
  const std::vector<Entry>* find(std::string_view low, uint64_t key) const;

  // The anchor pattern, and the rules that give its answer token by token
  // (figures_anchors.h; the scanner asks the pattern only where they say kAsk).
  // The pattern is compiled on first use (thread-safe): most documents never
  // need it, and compiling it was half the start-up of a cold module.
  const RE2& anchors() const;
  const AnchorRules& anchor_rules() const { return *anchor_rules_; }

 private:
  FigureLexicon();
  void add(std::string_view key, Entry e);

  // Build-time map from the first token to its entries, then frozen into a
  // flat open-addressing table: find() runs for most tokens near an anchor.
  std::unordered_map<std::string, std::vector<Entry>> build_;
  struct Slot {
    uint32_t hash = 0;
    uint32_t index = ~0u;  // into keys_/values_; ~0u: empty
  };
  std::vector<Slot> slots_;
  std::vector<std::string> keys_;
  std::vector<std::vector<Entry>> values_;
  // The slots' hash: from the word key, which Text computed once per token.
  static uint32_t hash(uint64_t key) { return static_cast<uint32_t>(key ^ (key >> 32)); }
  void freeze();
  std::string anchor_pattern_;
  std::unique_ptr<AnchorRules> anchor_rules_;
};

}  // namespace newsann::fig

#endif  // NEWSANN_FIGURES_LEXICON_H_
