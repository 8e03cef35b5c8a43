#include "figures_para.h"

namespace newsann::fig {

Para::Para(const Text& t, const std::optional<Date>& pub)
    : text(t), lex(FigureLexicon::get()), published(pub) {}

void Para::reset(size_t b, size_t e) {
  begin = b;
  end = e;
  found.clear();
  size_t n = e - b;
  ent_.assign(n, nullptr);
  cats_.assign(n, 0);
}

bool Para::dash(size_t i) const {
  if (!in(i) || tok(i).kind != TokenKind::kPunct) return false;
  int len;
  char32_t c = decode_utf8(text.s, tok(i).b, &len);
  return is_dash(c);
}

void Para::look_up(size_t k) {
  const size_t i = begin + k;
  std::string_view w = low(i);
  ent_[k] = w.size() <= 40 ? lex.find(w, text.key(i)) : nullptr;
  uint32_t cats = kLookedUp;
  if (ent_[k]) {
    for (const Entry& e : *ent_[k]) cats |= cat_bit(e.cat);
  }
  cats_[k] = cats;
}

bool Para::matches(size_t i, const Entry& e, size_t* end_out) {
  size_t j = i + 1;
  for (const std::string& r : e.rest) {
    if (!in(j) || low(j) != r || ((e.flags & kGlued) && !glued(j))) return false;
    ++j;
  }
  if ((e.flags & kCaps) && !(allcaps(i) || (e.rest.empty() && str(i).size() == 1))) return false;
  *end_out = j;
  return true;
}

const Entry* Para::longest(size_t i, Cat cat, size_t* end_out) {
  const std::vector<Entry>* es = entries(i);
  if (!es) return nullptr;
  const Entry* best = nullptr;
  size_t best_end = 0;
  for (const Entry& e : *es) {
    if (e.cat != cat) continue;
    size_t j;
    if (!matches(i, e, &j)) continue;
    if (!best || j > best_end) {
      best = &e;
      best_end = j;
    }
  }
  if (best && end_out) *end_out = best_end;
  return best;
}

const Entry* Para::first_single(size_t i, Cat cat) {
  const std::vector<Entry>* es = entries(i);
  if (!es) return nullptr;
  for (const Entry& e : *es) {
    if (e.cat == cat && e.rest.empty()) {
      if ((e.flags & kCaps) && !allcaps(i)) continue;
      return &e;
    }
  }
  return nullptr;
}

bool Para::house_number(size_t i) {
  if (!number(i)) return false;
  size_t k = i + 1;
  // A compass letter: "1119 E. Main", "22 N Elm", "300 NW Broadway".
  if (word(k) && upper(k) && str(k).size() == 1) {
    ++k;
    if (punct(k, ".") && glued(k)) ++k;
  } else if (word(k) && allcaps(k) && (low(k) == "ne" || low(k) == "nw" || low(k) == "se" || low(k) == "sw")) {
    ++k;
  }
  // One to three capitalised words, then the street type.
  for (size_t n = 0; n < 4 && in(k); ++n, ++k) {
    if (!upper(k) || !word(k)) return false;
    if (n > 0 && single(k, Cat::kStreetType)) return true;
  }
  return false;
}

}  // namespace newsann::fig
