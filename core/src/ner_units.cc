#include "ner_units.h"

namespace newsann {

namespace {

bool is_hyphen(std::string_view w) {
  return (w.size() == 1 && w[0] == '-') || w == "\xE2\x80\x90" || w == "\xE2\x80\x91";
}
bool is_period(const Text& t, uint32_t j) { return t.tokens[j].e - t.tokens[j].b == 1 && t.s[t.tokens[j].b] == '.'; }

bool single_letter(const Text& t, const Token& tok) {
  if (tok.kind != TokenKind::kWord) return false;
  if (tok.e - tok.b == 1) return true;  // an ASCII letter
  if (static_cast<unsigned char>(t.s[tok.b]) < 0x80) return false;
  int len;
  decode_utf8(t.s, tok.b, &len);
  return tok.b + static_cast<uint32_t>(len) == tok.e;
}

bool alnum(const Token& tok) {
  return tok.kind == TokenKind::kWord || tok.kind == TokenKind::kNumber;
}

// A word or number token that starts with a letter or digit (not a
// possessive "’s", which is a word token of its own).
bool alnum_start(const Text& t, const Token& tok) {
  if (!alnum(tok)) return false;
  unsigned char b = static_cast<unsigned char>(t.s[tok.b]);
  if (b < 0x80) return (b | 0x20) >= 'a' && (b | 0x20) <= 'z' ? true : b >= '0' && b <= '9';
  int l;
  char32_t c = decode_utf8(t.s, tok.b, &l);
  return is_letter(c) || is_digit(c);
}

void classify_letters(const Text& t, Unit* u);

// The unit flags of a one-token unit from its token's kind and flags, as
// classify() sets them: a table over the kind and the five flags that matter.
constexpr int single_index(TokenKind kind, uint16_t flags) {
  return static_cast<int>(kind) | ((flags & 0xF) << 2) | (((flags >> 7) & 1) << 6);
}
struct SingleTable {
  uint16_t flags[128] = {};
  constexpr SingleTable() {
    for (int k = 0; k < 4; ++k) {
      for (int f = 0; f < 32; ++f) {
        const TokenKind kind = static_cast<TokenKind>(k);
        const uint16_t tf = static_cast<uint16_t>((f & 0xF) | ((f >> 4) << 7));
        uint16_t u = 0;
        if (kind == TokenKind::kWord) u |= kUnitWord;
        if (kind == TokenKind::kNumber) u |= kUnitNumber;
        if (kind == TokenKind::kPunct || kind == TokenKind::kQuote) u |= kUnitPunct;
        if (kind == TokenKind::kQuote) u |= kUnitQuote;
        if (tf & kSpaceBefore) u |= kUnitSpaceBefore;
        if (tf & kUpper) u |= kUnitCap | kUnitHasUpper;
        if (tf & kAllCaps) u |= kUnitAllCaps | kUnitHasUpper;
        if (tf & kLower) {
          u |= kUnitLower;
          if (tf & kInnerCap) u |= kUnitHasUpper;
        }
        flags[single_index(kind, tf)] = u;
      }
    }
  }
};
constexpr SingleTable kSingle;
static_assert(kSpaceBefore == 1 && kUpper == 2 && kAllCaps == 4 && kLower == 8 && kInnerCap == 128,
              "single_index() packs these token flags");

bool possessive(const Text& t, const Unit& u) {
  unsigned char c0 = static_cast<unsigned char>(t.s[u.b]);
  if (c0 != '\'' && c0 != 0xE2) return false;
  std::string_view w = t.s.substr(u.b, u.e - u.b);
  return w == "'s" || w == "\xE2\x80\x99s" || w == "'S" || w == "\xE2\x80\x99S";
}

// Sets the case and kind flags of a unit from its text.
void classify(const Text& t, Unit* u) {
  const Token& first = t.tokens[u->first];
  if (first.kind == TokenKind::kWord) u->flags |= kUnitWord;
  if (first.kind == TokenKind::kNumber) u->flags |= kUnitNumber;
  if (first.kind == TokenKind::kPunct || first.kind == TokenKind::kQuote) u->flags |= kUnitPunct;
  if (first.kind == TokenKind::kQuote) u->flags |= kUnitQuote;
  if (first.has(kSpaceBefore)) u->flags |= kUnitSpaceBefore;
  if (u->last == u->first + 1) {
    // One token: text.h has classified it already; only an inner capital
    // of a lowercase word ("eBay") needs a look.
    if (first.has(kUpper)) u->flags |= kUnitCap | kUnitHasUpper;
    if (first.has(kAllCaps)) u->flags |= kUnitAllCaps | kUnitHasUpper;
    if (first.has(kLower)) {
      u->flags |= kUnitLower;
      if (first.has(kInnerCap)) u->flags |= kUnitHasUpper;  // "eBay"
    }
  } else {
    classify_letters(t, u);
  }
  unsigned char c0 = static_cast<unsigned char>(t.s[u->b]);
  if (c0 == '\'' || c0 == 0xE2) {
    std::string_view w = t.s.substr(u->b, u->e - u->b);
    if (w == "'s" || w == "\xE2\x80\x99s" || w == "'S" || w == "\xE2\x80\x99S") {
      u->flags |= kUnitPossessive;
    }
  }
}

// The case flags of a unit of several tokens, letter by letter.
void classify_letters(const Text& t, Unit* u) {
  int letters = 0, uppers = 0;
  bool first_letter_seen = false;
  for (uint32_t k = u->b; k < u->e;) {
    int l = 1;
    unsigned char byte = static_cast<unsigned char>(t.s[k]);
    bool letter, up, low;
    if (byte < 0x80) {
      up = byte >= 'A' && byte <= 'Z';
      low = byte >= 'a' && byte <= 'z';
      letter = up || low;
    } else {
      char32_t c = decode_utf8(t.s, k, &l);
      letter = is_letter(c);
      up = is_upper(c);
      low = is_lower(c);
    }
    k += l;
    if (!letter) continue;
    ++letters;
    if (up) ++uppers;
    if (!first_letter_seen && k - l == u->b) {
      if (up) u->flags |= kUnitCap;
      if (low) u->flags |= kUnitLower;
    }
    first_letter_seen = true;
  }
  if (uppers > 0) u->flags |= kUnitHasUpper;
  if (letters >= 2 && uppers == letters) u->flags |= kUnitAllCaps;
}

}  // namespace

void sentence_units(const Text& t, const Sentence& s, std::vector<Unit>* out) {
  out->clear();
  uint32_t i = s.first;
  while (i < s.last) {
    Unit u;
    u.first = i;
    u.b = t.tokens[i].b;
    uint32_t j = i + 1;
    const Token& tok = t.tokens[i];
    if (j >= s.last || t.tokens[j].b != tok.e) {
      // The common case: a token with space (or the sentence end) after it
      // is a unit of its own (classify() by table).
      u.last = j;
      u.e = tok.e;
      u.flags = kSingle.flags[single_index(tok.kind, tok.flags)];
      // (A possessive "’s" is a token with an apostrophe: the flag spares
      // the other tokens a look at their bytes.)
      if ((tok.flags & kApostrophe) && possessive(t, u)) u.flags |= kUnitPossessive;
      out->push_back(u);
      i = j;
      continue;
    }
    if (single_letter(t, tok) && j < s.last && is_period(t, j) && t.tokens[j].b == tok.e) {
      // Initials and dotted acronyms: "J.", "U.S.", "U.S.A.".
      j = i + 2;
      while (j + 1 < s.last && single_letter(t, t.tokens[j]) && t.tokens[j].b == t.tokens[j - 1].e &&
             is_period(t, j + 1) && t.tokens[j + 1].b == t.tokens[j].e) {
        j += 2;
      }
    } else if (alnum(tok)) {
      // Letters, digits, inner hyphens and & run together without spaces.
      while (j < s.last) {
        const Token& nx = t.tokens[j];
        if (nx.b != t.tokens[j - 1].e) break;
        if (alnum_start(t, nx) && alnum(t.tokens[j - 1])) {
          ++j;
          continue;
        }
        std::string_view w = t.str(j);
        if ((is_hyphen(w) || w == "&") && j + 1 < s.last && alnum_start(t, t.tokens[j + 1]) &&
            t.tokens[j + 1].b == nx.e) {
          j += 2;
          continue;
        }
        break;
      }
    }
    // A name with a lowercase hyphenated tail is the name alone:
    // "Amazon-owned" -> "Amazon", "Island-based" -> "Island" (but
    // "Port-au-Prince" and "Coca-Cola" stay whole).
    if (j > i + 2 && t.tokens[i].has(kUpper) && t.tokens[i + 1].kind == TokenKind::kPunct &&
        is_hyphen(t.str(i + 1))) {
      bool lower_tail = true;
      for (uint32_t k = i + 2; k < j && lower_tail; ++k) {
        if (t.tokens[k].kind == TokenKind::kWord && !t.tokens[k].has(kLower)) lower_tail = false;
      }
      if (lower_tail) j = i + 1;
    }
    u.last = j;
    u.e = t.tokens[j - 1].e;
    classify(t, &u);
    out->push_back(u);
    i = j;
  }
  if (!out->empty()) out->front().flags |= kUnitFirst;  // once, not asked of every unit
}

std::string unit_lower(const Text& t, const Unit& u) { return lower(t.str(u.b, u.e)); }

}  // namespace newsann
