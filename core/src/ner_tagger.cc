#include "ner_tagger.h"

#include <cstdlib>
#include <string>

#include "lexicon.h"
#include "ner_model_codec.h"

namespace newsann {

const NerTagger& NerTagger::get() {
  static const NerTagger tagger(lexicon_text("ner_model"));
  return tagger;
}

NerTagger::NerTagger(std::string_view text) {
  // The format: ner_model_codec.h. Feature names are the lines without a
  // tab; "scale", "tags", "names" and "weights" lines have one. Each name is
  // kept as its hash only.
  std::vector<uint64_t> hashes;
  std::vector<int> quantised;
  float scale = 1.0f;
  bool prefix_coded = false, malformed = false;
  std::string name;  // the name decoded last (prefix-coded names build on it)
  for_each_entry_line(text, [&](std::string_view line) {
    size_t tab = line.find('\t');
    if (tab == std::string_view::npos) {
      if (!prefix_coded) {
        name.assign(line);
      } else if (!ner_model::decode_name(line, &name)) {
        malformed = true;
      }
      hashes.push_back(feature_hash_of_name(name));
      return;
    }
    std::string_view key = line.substr(0, tab), rest = line.substr(tab + 1);
    if (key == "scale") {
      scale = std::strtof(std::string(rest).c_str(), nullptr);
    } else if (key == "names") {
      prefix_coded = rest == "prefix-coded";
    } else if (key == "weights") {
      quantised.clear();
      if (!ner_model::decode_weights(rest, &quantised)) quantised.clear();
    }
  });
  // A model whose weights do not match its names is no model: the tagger
  // then tags nothing (the tests catch it long before a reader could).
  if (malformed || quantised.size() != hashes.size() * kNerTags) hashes.clear();
  size_t cap = 16;
  while (cap < hashes.size() * 2) cap <<= 1;
  slots_.assign(cap, Slot());
  mask_ = cap - 1;
  for (size_t f = 0; f < hashes.size(); ++f) {
    uint64_t h = hashes[f];
    if (h == 0) h = 1;
    size_t p = h & mask_;
    while (slots_[p].key != 0 && slots_[p].key != h) p = (p + 1) & mask_;
    if (slots_[p].key == h) continue;  // duplicate name: first wins
    slots_[p].key = h;
    for (int t = 0; t < kNerTags; ++t) {
      slots_[p].w[t] = static_cast<float>(quantised[f * kNerTags + t]) * scale;
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
