#include "claims_quotes.h"

namespace newsann::claims {

namespace {

enum class Mark { kNone, kOpenDouble, kCloseDouble, kStraightDouble, kLowDouble,
                  kOpenSingle, kCloseSingle, kStraightSingle };

Mark mark_of(const Text& text, const Token& t) {
  int len = 0;
  char32_t c = decode_utf8(text.s, t.b, &len);
  switch (c) {
    case 0x201C: case 0x201F: case 0xAB: case 0x300C: return Mark::kOpenDouble;
    case 0x201E: return Mark::kLowDouble;  // „ ... “ (German) or „ ... ” (Polish)
    case 0x201D: case 0xBB: case 0x300D: return Mark::kCloseDouble;
    case '"': return Mark::kStraightDouble;
    case 0x2018: case 0x201A: case 0x201B: case 0x2039: return Mark::kOpenSingle;
    case 0x2019: case 0x203A: return Mark::kCloseSingle;
    case '\'': return Mark::kStraightSingle;
    default: return Mark::kNone;  // ″ and others: not quotation marks here
  }
}

bool is_opening_punct(const Text& text, const Token& t) {
  if (t.kind == TokenKind::kQuote) return true;
  if (t.kind != TokenKind::kPunct) return false;
  int len = 0;
  char32_t c = decode_utf8(text.s, t.b, &len);
  return c == '(' || c == '[' || c == '{' || c == '/' || is_dash(c);
}

bool is_trailing_punct(const Text& text, const Token& t) {
  if (t.kind == TokenKind::kQuote) return true;
  if (t.kind != TokenKind::kPunct) return false;
  int len = 0;
  char32_t c = decode_utf8(text.s, t.b, &len);
  return c == ',' || c == '.' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' ||
         c == ']' || c == 0x2026 || is_dash(c);
}

}  // namespace

std::vector<Quote> pair_quotes(const Text& text, uint32_t begin, uint32_t end) {
  std::vector<Quote> out;
  std::vector<uint32_t> marks;
  const uint32_t stop = end < text.tokens.size() ? end : static_cast<uint32_t>(text.tokens.size());
  for (uint32_t i = begin; i < stop; ++i) {
    if (text.tokens[i].kind == TokenKind::kQuote) marks.push_back(i);
  }
  pair_quotes(text, begin, end, marks.data(), marks.size(), &out);
  return out;
}

void pair_quotes(const Text& text, uint32_t begin, uint32_t end, const uint32_t* marks, size_t n_marks,
                 std::vector<Quote>* out) {
  const std::vector<Token>& tok = text.tokens;
  if (end > tok.size()) end = static_cast<uint32_t>(tok.size());
  int64_t dbl = -1;        // first token of the open double mark, -1 if none
  uint32_t dbl_in = 0;     // first token inside it
  bool dbl_low = false;    // it was „
  bool dbl_straight = false;  // it was " (or '')
  bool nested = false;     // inside it, a quotation in the other style is open:
                           // "... “As you know ...” ..." or “... "no" ...”
  int64_t sgl = -1;        // token of the open single mark (only outside doubles)
  // A quotation holds at least one word or number (not only marks). Quotes
  // do not overlap, so these scans add up to the paragraph's length.
  auto has_word = [&](uint32_t b, uint32_t e) {
    for (uint32_t k = b; k < e; ++k) {
      if (tok[k].kind == TokenKind::kWord || tok[k].kind == TokenKind::kNumber) return true;
    }
    return false;
  };
  auto emit = [&](int64_t open, uint32_t in_b, uint32_t in_e, uint32_t close, bool closed,
                  bool single) {
    if (in_e > in_b && has_word(in_b, in_e)) {
      out->push_back(Quote{static_cast<uint32_t>(open), close, in_b, in_e, closed, single});
    }
  };
  // ‘a betrayal of workers’ rights’: a ’ after a plural, followed by a
  // word, is a possessive when another closing mark follows soon.
  auto possessive_before_closer = [&](uint32_t i) {
    if (i == begin || i + 1 >= end || tok[i + 1].kind != TokenKind::kWord) return false;
    std::string_view prev = text.str(tok[i - 1]);
    if (prev.empty() || (prev.back() != 's' && prev.back() != 'S')) return false;
    for (uint32_t k = i + 1; k < end && k < i + 20; ++k) {
      if (tok[k].kind != TokenKind::kQuote) continue;
      Mark m = mark_of(text, tok[k]);
      bool closes = !tok[k].has(kSpaceBefore) &&
                    (k + 1 >= end || tok[k + 1].has(kSpaceBefore) || is_trailing_punct(text, tok[k + 1]));
      if ((m == Mark::kCloseSingle || m == Mark::kStraightSingle) && closes) return true;
    }
    return false;
  };
  // The next mark at or after token `from` (end if none): the loop jumps
  // from mark to mark where it used to step through every token.
  size_t next_mark = 0;
  auto mark_from = [&](uint32_t from) {
    while (next_mark < n_marks && marks[next_mark] < from) ++next_mark;
    return next_mark < n_marks && marks[next_mark] < end ? marks[next_mark] : end;
  };
  for (uint32_t i = mark_from(begin); i < end; i = mark_from(i + 1)) {
    if (tok[i].kind != TokenKind::kQuote) continue;
    Mark m = mark_of(text, tok[i]);
    if (m == Mark::kNone) continue;
    uint32_t last = i;  // last token of this mark
    // '' (two apostrophes, no space between): one straight double mark.
    if (m == Mark::kStraightSingle && i + 1 < end && tok[i + 1].kind == TokenKind::kQuote &&
        !tok[i + 1].has(kSpaceBefore) && mark_of(text, tok[i + 1]) == Mark::kStraightSingle) {
      m = Mark::kStraightDouble;
      last = i + 1;
    }
    bool space_before = i == begin || tok[i].has(kSpaceBefore);
    bool space_after = last + 1 >= end || tok[last + 1].has(kSpaceBefore);
    bool can_open = !space_after && (space_before || is_opening_punct(text, tok[i - 1]));
    bool can_close = !space_before && (space_after || is_trailing_punct(text, tok[last + 1]));
    auto open_double = [&](bool low) {
      dbl = i;
      dbl_in = last + 1;
      dbl_low = low;
      dbl_straight = m == Mark::kStraightDouble;
      nested = false;
      sgl = -1;
    };
    auto close_double = [&](bool closed) {
      emit(dbl, dbl_in, i, closed ? last : i, closed, false);
      dbl = -1;
      nested = false;
    };
    // A quotation in the other style inside an open one is nested in it.
    if (dbl >= 0 && !dbl_low) {
      bool curly_open = m == Mark::kOpenDouble, curly_close = m == Mark::kCloseDouble;
      if (dbl_straight && (curly_open || (curly_close && nested))) {
        nested = curly_open;
        i = last;
        continue;
      }
      if (!dbl_straight && m == Mark::kStraightDouble && (nested || (can_open && !can_close))) {
        nested = !nested;
        i = last;
        continue;
      }
    }
    switch (m) {
      case Mark::kOpenDouble:
        if (dbl >= 0 && dbl_low) {  // „ ... “
          close_double(true);
          break;
        }
        if (dbl >= 0 && i - dbl_in <= kMaxUnclosedTokens) close_double(false);  // never closed
        open_double(false);
        break;
      case Mark::kLowDouble:
        if (dbl >= 0 && i - dbl_in <= kMaxUnclosedTokens) close_double(false);
        open_double(true);
        break;
      case Mark::kCloseDouble:
        if (dbl >= 0) {
          close_double(true);
        } else if (can_open && !can_close) {  // a ” typeset as an opener
          open_double(false);
        }
        break;
      case Mark::kStraightDouble:
        if (dbl >= 0) {
          close_double(true);
        } else if (can_open || !can_close) {
          open_double(false);
        }
        break;
      case Mark::kOpenSingle:
        if (dbl < 0) sgl = i;
        break;
      case Mark::kCloseSingle:
        if (dbl < 0 && sgl >= 0 && can_close && !possessive_before_closer(i)) {
          emit(sgl, static_cast<uint32_t>(sgl) + 1, i, i, true, true);
          sgl = -1;
        }
        break;
      case Mark::kStraightSingle:
        if (dbl >= 0) break;
        if (sgl >= 0 && can_close && !possessive_before_closer(i)) {
          emit(sgl, static_cast<uint32_t>(sgl) + 1, i, i, true, true);
          sgl = -1;
        } else if (sgl < 0 && can_open && !can_close) {
          sgl = i;
        }
        break;
      case Mark::kNone:
        break;
    }
    i = last;
  }
  if (dbl >= 0 && end - dbl_in <= kMaxUnclosedTokens) emit(dbl, dbl_in, end, end, false, false);
}

}  // namespace newsann::claims
