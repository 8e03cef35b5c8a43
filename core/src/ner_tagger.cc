#include "ner_tagger.h"

#include <cstdlib>
#include <string>

#include "lexicon.h"

namespace newsann {

const NerTagger& NerTagger::get() {
  static const NerTagger tagger(lexicon_text("ner_model"));
  return tagger;
}

NerTagger::NerTagger(std::string_view text) {
  // Parse "name<TAB>w0 w1 ..." lines; "scale<TAB>x" sets the scale.
  struct Line {
    std::string_view name, weights;
  };
  std::vector<Line> lines;
  float scale = 1.0f;
  size_t i = 0;
  while (i < text.size()) {
    size_t nl = text.find('\n', i);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(i, nl - i);
    i = nl + 1;
    if (line.empty() || line[0] == '#') continue;
    size_t tab = line.find('\t');
    if (tab == std::string_view::npos) continue;
    std::string_view name = line.substr(0, tab), rest = line.substr(tab + 1);
    if (name == "scale") {
      scale = std::strtof(std::string(rest).c_str(), nullptr);
      continue;
    }
    if (name == "tags") continue;
    lines.push_back({name, rest});
  }
  size_t cap = 16;
  while (cap < lines.size() * 2) cap <<= 1;
  slots_.assign(cap, Slot());
  mask_ = cap - 1;
  for (const Line& l : lines) {
    uint64_t h = feature_hash_of_name(l.name);
    if (h == 0) h = 1;
    size_t p = h & mask_;
    while (slots_[p].key != 0 && slots_[p].key != h) p = (p + 1) & mask_;
    if (slots_[p].key == h) continue;  // duplicate line: first wins
    slots_[p].key = h;
    const char* s = l.weights.data();
    const char* end = s + l.weights.size();
    for (int t = 0; t < kNerTags; ++t) {
      while (s < end && *s == ' ') ++s;
      long v = 0;
      bool neg = false;
      if (s < end && *s == '-') {
        neg = true;
        ++s;
      }
      while (s < end && *s >= '0' && *s <= '9') v = v * 10 + (*s++ - '0');
      slots_[p].w[t] = static_cast<float>(neg ? -v : v) * scale;
    }
    ++count_;
  }
}

void NerTagger::tag(const SentenceView& v, std::vector<uint8_t>* tags,
                    std::vector<float>* margin) const {
  const size_t n = v.units.size();
  tags->assign(n, kTagO);
  if (margin) margin->assign(n, 0.0f);
  int prev = -1, prev2 = -1;  // -1: before the sentence
  for (size_t i = 0; i < n; ++i) {
    int p = prev < 0 ? kTagO : prev;
    // Most units are lowercase words after an O: no candidate (is_candidate).
    if ((!v.units[i].has(kUnitHasUpper) && p == kTagO) || !is_candidate(v, i, p)) {
      prev2 = prev;
      prev = kTagO;
      continue;
    }
    float scores[kNerTags] = {0, 0, 0, 0, 0};
    unit_features(v, i, prev, prev2,
                  [&](const FeatTemplate& t, const FeatPart& a, const FeatPart& b = {},
                      const FeatPart& c = {}) { score(feature_hash(t, a, b, c), scores); });
    int best = 0;
    for (int t = 1; t < kNerTags; ++t) {
      if (scores[t] > scores[best]) best = t;
    }
    float second = -1e30f;
    for (int t = 0; t < kNerTags; ++t) {
      if (t != best && scores[t] > second) second = scores[t];
    }
    (*tags)[i] = static_cast<uint8_t>(best);
    if (margin) (*margin)[i] = scores[best] - second;
    prev2 = prev;
    prev = best;
  }
}

}  // namespace newsann
