// The figures layer's view of one paragraph: its tokens, each token's
// lowercased form (Text::low) and lexicon entries (computed on first use and
// cached), and the small questions every recognizer asks about a token ("is
// it glued to the one before?", "is it a dash?"). Recognizers index tokens by their position
// in Text::tokens and never look outside [begin, end): nothing they build can
// cross a paragraph boundary.
#ifndef NEWSANN_FIGURES_PARA_H_
#define NEWSANN_FIGURES_PARA_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "annotation.h"
#include "figures.h"
#include "figures_lexicon.h"
#include "text.h"

namespace newsann::fig {

// A recognised figure over tokens [b, e).
struct Candidate {
  size_t b = 0, e = 0;
  FigureKind kind = FigureKind::kCount;
  FigureValue value;
  size_t length() const { return e > b ? e - b : 0; }
};

class Para {
 public:
  Para(const Text& text, const std::optional<Date>& published);

  // Moves the view to tokens [begin, end) (one paragraph).
  void reset(size_t begin, size_t end);

  const Text& text;
  const FigureLexicon& lex;
  std::optional<Date> published;
  size_t begin = 0, end = 0;
  // Figures emitted so far in this paragraph (the scanner appends).
  std::vector<Candidate> found;

  bool in(size_t i) const { return i >= begin && i < end; }
  const Token& tok(size_t i) const { return text.tokens[i]; }
  // The token's text; "" past the last token (rules peek at k + 1 freely).
  std::string_view str(size_t i) const { return i < text.tokens.size() ? text.str(text.tokens[i]) : std::string_view(); }
  // The token lowercased (ASCII letters, ’ -> '); "" outside the paragraph.
  std::string_view low(size_t i) const { return in(i) ? text.low(i) : std::string_view(); }
  bool is(size_t i, std::string_view lowered) { return in(i) && low(i) == lowered; }
  // Inline: the word lists are literals, and the compiler then compares
  // each with a known length instead of a memcmp call.
  bool is_any(size_t i, std::initializer_list<std::string_view> words) {
    if (!in(i)) return false;
    std::string_view w = low(i);
    for (std::string_view x : words) {
      if (w == x) return true;
    }
    return false;
  }

  bool number(size_t i) const { return in(i) && tok(i).kind == TokenKind::kNumber; }
  bool word(size_t i) const { return in(i) && tok(i).kind == TokenKind::kWord; }
  bool punct(size_t i, std::string_view p) const {
    return in(i) && tok(i).kind == TokenKind::kPunct && str(i) == p;
  }
  bool dash(size_t i) const;                  // - – — ‐ ‑ ‒ −
  bool hyphen(size_t i) const { return dash(i) && glued(i) && glued(i + 1); }
  // Token i follows token i-1 with no space between (both in the paragraph).
  bool glued(size_t i) const { return in(i) && i > begin && !tok(i).has(kSpaceBefore); }
  bool upper(size_t i) const { return in(i) && tok(i).has(kUpper); }
  bool lower_word(size_t i) const { return word(i) && tok(i).has(kLower); }
  bool allcaps(size_t i) const { return in(i) && tok(i).has(kAllCaps); }
  bool sentence_start(size_t i) const { return in(i) && tok(i).has(kSentenceStart); }

  // Lexicon entries whose first token is token i.
  // The recognizers ask these again and again of the same tokens, mostly for
  // a category the token has no entry of: inline, the first asking looks the
  // token up, and a mask of its entries' categories answers the rest.
  const std::vector<Entry>* entries(size_t i) {
    if (!in(i)) return nullptr;
    const size_t k = i - begin;
    if (!cats_[k]) look_up(k);
    return ent_[k];
  }
  // The longest entry of `cat` starting at token i; *end is the token after it.
  const Entry* match(size_t i, Cat cat, size_t* end) {
    return has_cat(i, cat) ? longest(i, cat, end) : nullptr;
  }
  // Does entry e (one of entries(i)) match the text at token i?
  bool matches(size_t i, const Entry& e, size_t* end);
  // The single-token entry of `cat` that token i is (phrases excluded).
  const Entry* single(size_t i, Cat cat) { return has_cat(i, cat) ? first_single(i, cat) : nullptr; }

  // A house number: token i is followed by a street name ("2134 Caldwell
  // Place", "1119 E. Main St.", "10 Downing Street").
  bool house_number(size_t i);

  // Byte span of tokens [b, e).
  ByteSpan span(size_t b, size_t e) const { return ByteSpan{tok(b).b, tok(e - 1).e}; }

 private:
  static constexpr uint32_t kLookedUp = 1u << 31;
  static uint32_t cat_bit(Cat c) { return 1u << static_cast<int>(c); }
  static_assert(static_cast<int>(Cat::kStreetType) < 31, "a bit per category below kLookedUp");
  bool has_cat(size_t i, Cat cat) {
    if (!in(i)) return false;
    const size_t k = i - begin;
    if (!cats_[k]) look_up(k);
    return (cats_[k] & cat_bit(cat)) != 0;
  }
  void look_up(size_t k);  // sets ent_[k] and cats_[k]
  const Entry* longest(size_t i, Cat cat, size_t* end);
  const Entry* first_single(size_t i, Cat cat);
  std::vector<const std::vector<Entry>*> ent_;  // per token of the paragraph
  std::vector<uint32_t> cats_;  // 0 before the look-up; then kLookedUp | cat_bit() of each entry
};

}  // namespace newsann::fig

#endif  // NEWSANN_FIGURES_PARA_H_
