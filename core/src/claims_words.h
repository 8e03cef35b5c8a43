// The word lists of the claims recognizer, read once from the embedded
// lexicons (core/lexicons/claim_*.txt):
//
//   claim_cue_verbs.txt       reporting, belief and stance verbs, every form,
//                             with how their content follows them
//   claim_adjunct_cues.txt    "according to", "as reported by", "citing" ...
//   claim_function_words.txt  closed-class words by role (det, stop, aux ...)
//   claim_pronouns.txt        pronouns that can be a source, and what they
//                             point back to
//   claim_source_nouns.txt    nouns that head an unnamed source ("spokesman")
//
// All lookups take a lowercased word (text.h lower()).
#ifndef NEWSANN_CLAIMS_WORDS_H_
#define NEWSANN_CLAIMS_WORDS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "claims_word_index.h"
#include "key_filter.h"
#include "word_table.h"

namespace newsann::claims {

// Roles of closed-class words (claim_function_words.txt), as bits.
enum WordRole : uint32_t {
  kDet = 1u << 0,    // opens a noun phrase: "the", "many"
  kStop = 1u << 1,   // never inside a source noun phrase: "when", "is", "in"
  kAux = 1u << 2,    // may stand between a source and its cue: "has", "also"
  kBe = 1u << 3,     // a form of "be"
  kHave = 1u << 4,   // a form of "have"
  kTime = 1u << 5,   // a time word after a cue: "Thursday", "late"
  kPrep = 1u << 6,   // opens an adverbial after a cue: "in a statement"
  kWh = 1u << 7,     // opens a question: "whether"
  kSubj = 1u << 8,   // a subject pronoun: "he", "there"
  kCoord = 1u << 9,  // "and", "but"
  kRel = 1u << 10,   // "who", "which"
  kQuant = 1u << 11, // a floating quantifier after a subject: "they all said"
  kLink = 1u << 12,  // an imperative opening a page's link: "Read the full transcript"
  kFinite = 1u << 13,  // a finite auxiliary: "had", "would", "was", "didn't"
  kDay = 1u << 14,     // a weekday: "Cruz Wednesday announced" (a time word alone)
  kTimeDet = 1u << 15, // makes a time word an adjunct: "this week", "each day"
  kApprox = 1u << 16,  // before a number, approximates it: "about 20", "over 100", "at least 8"
};

// How a cue verb's content follows it (see claim_cue_verbs.txt).
enum class CueClass : uint8_t { kSay, kThat, kTo, kWh, kObject };

struct CueVerb {
  std::vector<std::string> words;  // the form, word by word, lowercase
  CueClass cls = CueClass::kSay;
  std::string marker;              // kObject: the preposition to expect ("of")
  bool recipient = false;          // "told reporters that"
  bool quote_only = false;         // only next to a quotation ("he continued")
  bool needs_have = false;         // a past participle: "has written"
  bool passive_ok = false;         // "was quoted as saying"
  bool base = false;               // the base form ("say"): no inversion
  bool plural_noun = false;        // also a common plural noun: "remarks", "states"
  bool ing = false;                // a present participle: "adding"
};

struct AdjunctCue {
  std::vector<std::string> words;
  bool content_after = true;  // mid-sentence: the content follows the source
};

// What a source pronoun points back to.
enum class Referent : uint8_t { kNone, kPerson, kPlural, kThing, kRelative };
// What an unnamed source noun names.
enum class NounKind : uint8_t { kNone, kPerson, kGroup, kOrganization, kDocument };
// The gender a pronoun tells ("she") or a first name suggests ("Amanda").
enum class Gender : uint8_t { kUnknown, kFemale, kMale };

// Everything the word lists say about one word (looked up once per token).
struct WordInfo {
  uint32_t roles = 0;
  const std::vector<CueVerb>* cues = nullptr;         // longest first
  const std::vector<AdjunctCue>* adjuncts = nullptr;  // longest first
  Referent pronoun = Referent::kNone;
  Gender gender = Gender::kUnknown;  // of a pronoun: "she", "he"
  NounKind noun = NounKind::kNone;
};

class Words {
 public:
  static const Words& get();  // built on first use, thread-safe

  // What the lists say about w (nullptr: nothing); `key` is word_key(w).
  // (Asked of every token: the filter answers most words no list has.)
  const WordInfo* info(std::string_view w, uint64_t key) const {
    const WordIndex::Hit* h = lookup(w.data(), w.size(), key);
    return h ? info_of(*h) : nullptr;
  }
  // The same lookup, with the roles and whether the word opens a cue form or
  // an adjunct in what it returns (nullptr: nothing): all that the token
  // pass asks, in one read.
  const WordIndex::Hit* lookup(const char* w, size_t n, uint64_t key) const {
    return listed_.maybe(key) ? index_.find(w, n, key) : nullptr;
  }
  const WordInfo* info_of(const WordIndex::Hit& h) const { return &infos_[h.value]; }
  // lookup() and info_of() over arrays a loop holds in locals.
  struct Lookup {
    const KeyFilter* filter;
    WordIndex::View index;
    const WordInfo* infos;
    const WordIndex::Hit* find(const char* w, size_t n, uint64_t key) const {
      return filter->maybe(key) ? index.find(w, n, key) : nullptr;
    }
    const WordInfo* info_of(const WordIndex::Hit& h) const { return infos + h.value; }
  };
  Lookup lookup() const { return Lookup{&listed_, index_.view(), infos_.data()}; }
  const WordInfo* info(std::string_view w) const { return info_.find(w); }

  uint32_t roles(std::string_view w) const;
  // Cue verb forms whose first word is w, longest first (nullptr: none).
  const std::vector<CueVerb>* cues(std::string_view w) const;
  const std::vector<AdjunctCue>* adjuncts(std::string_view w) const;
  Referent pronoun(std::string_view w) const;
  NounKind noun(std::string_view w) const;

 private:
  Words();
  WordTable<std::vector<CueVerb>> cues_;
  WordTable<std::vector<AdjunctCue>> adjuncts_;
  WordTable<WordInfo> info_;
  KeyFilter listed_;  // the keys of info_
  WordIndex index_;   // info_'s words: value i is infos_[i]
  std::vector<WordInfo> infos_;  // info_'s values, in its order
};

}  // namespace newsann::claims

#endif  // NEWSANN_CLAIMS_WORDS_H_
