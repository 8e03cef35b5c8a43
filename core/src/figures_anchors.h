// Where a figure may start, token by token: the same answer as the anchor
// pattern of figures_lexicon.h (FigureLexicon::anchors()), without running
// RE2 at every anchor.
//
// The scanner used to search the paragraph with the anchor pattern (one
// unanchored RE2 match per anchor, about 1.3 µs each: a tenth of the whole
// pipeline). A token is an anchor exactly when the pattern's leftmost-first
// match at the token's first byte exists and, for a word, covers the whole
// token. This file answers that for the common tokens from the lexicon sets
// the pattern is built from, reading the bytes as RE2 would:
//
//   - (?i) folds ASCII letters, and also U+212A (Kelvin sign) to k and
//     U+017F (long s) to s: any text where those could matter is left to RE2;
//   - \b is ASCII-only ([0-9A-Za-z_] against anything else);
//   - \s is [\t\n\f\r ];
//   - an alternation takes the first alternative that matches, in the
//     pattern's order (openers before phrases before "a"/"the"/"in" ...).
//
// at() says kYes, kNo, or kAsk: the token is unusual (a letter (?i) folds
// near it, a phrase with an apostrophe that could run through it, a phrase
// of letters ending inside it...) and the caller asks RE2 with an anchored
// match. In news that is rare: 9 of 3,210 benchmark articles ask at all, so
// the pattern is compiled only when first asked (FigureLexicon::anchors()).
// tests/core/figures_anchors_test.cc checks at() against the pattern on
// every token of real and adversarial text.
#ifndef NEWSANN_FIGURES_ANCHORS_H_
#define NEWSANN_FIGURES_ANCHORS_H_

#include <array>
#include <cstdint>
#include <cstddef>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "key_filter.h"
#include "text.h"
#include "word_table.h"

namespace newsann::fig {

class AnchorRules {
 public:
  enum class Answer : uint8_t { kNo, kYes, kAsk };

  // The pattern's pieces, as figures_lexicon.cc builds them:
  //   openers     single-token openers (ASCII words go to the \b-word
  //               alternative, the rest are symbols);
  //   phrases     the tokens (lowercased) of each multi-token opener, in the
  //               order of their pattern strings (the alternation's order);
  //   extra_symbols  symbols added to the pattern beside the openers (fractions);
  //   follow_a, follow_the  the words after "a"/"an" and "the".
  AnchorRules(const std::set<std::string>& openers,
              const std::vector<std::vector<std::string>>& phrases,
              const std::vector<std::string>& extra_symbols,
              const std::set<std::string>& follow_a, const std::set<std::string>& follow_the);

  // Is token ti (of a paragraph whose last token ends at byte endb) an anchor?
  // Inline, asked of every token: numbers, punctuation and the common word
  // are answered here, the rest by the full rules. The common word is ASCII
  // letters, no opener, phrase key, "a", "an", "the" or "in", and opens no
  // phrase of letters; if it is a literal prefix ("to" of "today"), no
  // literal can run on through the byte after it either (a digit, '_', an
  // apostrophe, a byte outside ASCII).
  Answer at(const Text& text, size_t ti, uint32_t endb) const {
    const Token& t = text.tokens[ti];
    if (t.kind == TokenKind::kNumber) return Answer::kYes;  // [0-9]+, the first alternative
    const unsigned char b0 = static_cast<unsigned char>(text.s[t.b]);
    if (b0 < 0x80) {
      const bool letter = (b0 | 0x20) >= 'a' && (b0 | 0x20) <= 'z';
      if (!letter) return ascii_first_[b0];
      if (t.kind == TokenKind::kWord && !(t.flags & (kApostrophe | kNonAscii)) && !ask_all_words_) {
        const uint64_t key = text.key(ti);
        if (!listed_.maybe(key) && !maybe_run_prefix(text.low(ti)) &&
            (!prefixes_.maybe(key) || !literal_may_run_on(text.s, t.e))) {
          return Answer::kNo;
        }
      }
    }
    return rules_at(text, ti, endb);
  }

 private:
  struct Phrase {
    std::vector<std::string> literals;  // lowercased tokens; '\'' stands for ['’]
    bool ascii = true;                  // no byte >= 0x80 in the literals
  };
  enum WordFlag : uint8_t {
    kOpener = 1,         // alternative 3: \b(?:opener)(?:\b|[0-9])
    kPhraseKey = 2,      // the first tokens of a phrase, run together (alternative 4)
    kArticle = 4,        // "a" / "an" (alternative 5)
    kThe = 8,            // alternative 6
    kIn = 16,            // alternative 7
    kLiteralPrefix = 32  // ends inside an opener or inside a phrase's token
  };

  // The full rules (at() without its shortcuts).
  Answer rules_at(const Text& text, size_t ti, uint32_t endb) const;
  // The byte at i (after a literal prefix) could continue a literal: a
  // digit, '_', an apostrophe, or a byte outside ASCII (’, folding letters).
  static bool literal_may_run_on(std::string_view s, size_t i) {
    const unsigned char c = i < s.size() ? static_cast<unsigned char>(s[i]) : 0;
    return (c >= '0' && c <= '9') || c == '_' || c == '\'' || c >= 0x80;
  }
  // False when no phrase of the trie can end inside `low` (ASCII letters):
  // its first three letters lead nowhere in it. (A word of two letters
  // longer than the shortest phrase, were there one, goes to the rules.)
  bool maybe_run_prefix(std::string_view low) const {
    if (low.size() <= shortest_run_) return false;
    if (low.size() < 3) return true;
    return (run_triples_[(low[0] - 'a') * 26 + (low[1] - 'a')] >> (low[2] - 'a')) & 1;
  }
  struct WordInfo;
  Answer match_after_openers(std::string_view s, uint32_t tok_end, uint32_t endb,
                             const WordInfo& info) const;
  // Phrase p from its literal `from` on at byte x (the literals before it
  // already matched, and \s* comes first): its end, -1 if it does not match,
  // -2 if unsure.
  int64_t match_phrase(const Phrase& p, size_t from, std::string_view s, uint32_t x, uint32_t endb) const;

  std::vector<Phrase> phrases_;
  // The phrases whose first tokens, run together, are a word ("at", "atleast",
  // "a", "amere"), in pattern order: the only ones that can match from a
  // token of ASCII letters with a token boundary at its end. The token is
  // those literals; the match goes on from the next one.
  struct KeyedPhrase {
    uint16_t phrase;        // index into phrases_
    uint16_t next_literal;  // the first literal after the key
    // A cheap first test before match_phrase: the next literal's first byte
    // when it is ASCII other than an apostrophe (0 otherwise: no test), and
    // 0x20 when that byte is a letter ((?i): compare the byte | 0x20). "a"
    // and "the" key dozens of phrases, and the byte after the spaces rules
    // out nearly all of them (match_phrase was ~1.7M of 272M instructions).
    char first = 0;
    uint8_t fold = 0;
  };
  // For each literal prefix (kLiteralPrefix), what the literals have after
  // it that a byte ending a token could match.
  enum RunsOn : uint8_t {
    kRunsOnDigit = 1,
    kRunsOnUnderscore = 2,
    kRunsOnApostrophe = 4,  // ['’]
    kRunsOnFolding = 8,     // k or s, which (?i) matches in U+212A and U+017F
  };
  // What the rules know of a word, in one table: a token is looked up once
  // (three tables, words, phrase keys and runs-on, cost a probe each).
  struct WordInfo {
    uint8_t flags = 0;                // WordFlag
    uint8_t runs_on = 0;              // RunsOn, for a literal prefix
    std::vector<KeyedPhrase> keyed;   // for a phrase key (kPhraseKey)
  };
  WordTable<WordInfo> words_;
  // Phrases of letters only, run together ("upto"), as a trie over 'a'..'z':
  // one that ends inside a token ("uptown") matches there, short of it.
  std::vector<std::array<uint16_t, 26>> trie_;
  std::vector<uint8_t> trie_end_;
  size_t shortest_run_ = SIZE_MAX;  // the shortest phrase in the trie
  // Code points that can start an alternative other than the ASCII-letter
  // ones: symbols, and phrases that open with a non-letter.
  std::vector<char32_t> other_first_;
  // The symbols that are one code point outside ASCII ("£", "€", "½"), sorted.
  std::vector<char32_t> single_symbols_;
  // The answer for a token that opens with an ASCII byte other than a letter
  // (punctuation, a quotation mark): kYes when the byte is a symbol of its
  // own ("$": the alternative matches whatever follows), kAsk when it only
  // opens longer symbols or phrases, else kNo.
  Answer ascii_first_[128] = {};
  // The letters before the first apostrophe of each phrase that has one,
  // run together ("valentine" of "valentine's day", "o" of "o'clock"): the
  // only alternatives that can run through a word's inner apostrophe.
  WordTable<char> apostrophe_heads_;
  WordTable<char> follow_a_set_, follow_the_set_;
  // The keys of words_ (most words are in neither, and skip the table):
  KeyFilter listed_;    // with a flag other than kLiteralPrefix
  KeyFilter prefixes_;  // literal prefixes only
  // Bit c of run_triples_[a * 26 + b]: a trie path starts with letters
  // a, b, c (or one ends at a or at a, b).
  uint32_t run_triples_[26 * 26] = {};
  // Set when the sets break an assumption of at() (e.g. an opener with an
  // apostrophe): every word is then left to RE2.
  bool ask_all_words_ = false;
};

}  // namespace newsann::fig

#endif  // NEWSANN_FIGURES_ANCHORS_H_
