#include "actors_propagate.h"

#include <algorithm>

#include "hash_slots.h"
#include "ner_gazetteer.h"

namespace newsann {

namespace {

constexpr size_t kMaxNameUnits = 6;
constexpr float kMinVotes = 3.0f;  // summed tagger margins a name needs to be propagated

bool edge_word(std::string_view w) { return w == "the" || w == "of" || w == "and" || w == "'s"; }

}  // namespace

std::vector<NameRun> name_runs(const SentenceView& v, const std::vector<uint8_t>& tags,
                               const std::vector<float>& margin) {
  std::vector<NameRun> out;
  name_runs(v, tags, margin, &out);
  return out;
}

void name_runs(const SentenceView& v, const std::vector<uint8_t>& tags,
               const std::vector<float>& margin, std::vector<NameRun>* runs) {
  (void)v;
  std::vector<NameRun>& out = *runs;
  out.clear();
  const size_t n = tags.size();
  const uint8_t* tg = tags.data();
  static_assert(kTagO == 0, "the O runs are skipped as zero bytes");
  for (size_t i = 0; i < n;) {
    if (tg[i] == kTagO) {
      // Most units are O: eight at a time while all eight are.
      ++i;
      while (i + 8 <= n && load_bytes<uint64_t>(reinterpret_cast<const char*>(tg + i)) == 0) i += 8;
      continue;
    }
    size_t b = i + 1;
    while (b < n && tags[b] != kTagO && !(tags[b - 1] == kTagMisc && tags[b] == kTagPer) &&
           !(tags[b - 1] == kTagPer && tags[b] == kTagMisc)) {
      ++b;
    }
    std::array<float, kNerTags> votes{};
    float conf = margin[i];
    for (size_t k = i; k < b; ++k) {
      votes[tags[k]] += 1.0f + std::min(margin[k], 30.0f);
      conf = std::min(conf, margin[k]);
    }
    int best = tags[b - 1];
    for (int t = kTagPer; t < kNerTags; ++t) {
      if (t == kTagMisc) continue;  // a name with a MISC part is MISC only if nothing else
      if (votes[t] > votes[best] || (best == kTagMisc && votes[t] > 0)) best = t;
    }
    out.push_back(NameRun{i, b, best, conf});
    i = b;
  }
}

const NameMemory::Entry* NameMemory::find(uint64_t key) const {
  if (slots_.empty()) return nullptr;
  const size_t mask = slots_.size() - 1;
  for (size_t p = slot_mix(key) & mask;; p = (p + 1) & mask) {
    const Slot& s = slots_[p];
    if (!s.used) return nullptr;
    if (s.key == key) return &s.entry;
  }
}

NameMemory::Entry& NameMemory::get(uint64_t key) {
  if ((size_ + 1) * 2 > slots_.size()) {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 64 : old.size() * 2, Slot());
    const size_t mask = slots_.size() - 1;
    for (const Slot& s : old) {
      if (!s.used) continue;
      size_t p = slot_mix(s.key) & mask;
      while (slots_[p].used) p = (p + 1) & mask;
      slots_[p] = s;
    }
  }
  const size_t mask = slots_.size() - 1;
  size_t p = slot_mix(key) & mask;
  for (; slots_[p].used; p = (p + 1) & mask) {
    if (slots_[p].key == key) return slots_[p].entry;
  }
  slots_[p].used = true;
  slots_[p].key = key;
  ++size_;
  return slots_[p].entry;
}

void NameMemory::add(uint64_t key, int tag, float weight) {
  Entry& e = get(key);
  e.complete = true;
  e.votes[tag] += weight;
}

int NameMemory::best(const Entry& e) const {
  int b = kTagPer;
  for (int t = kTagOrg; t < kNerTags; ++t) {
    if (e.votes[t] > e.votes[b]) b = t;
  }
  return b;
}

void NameMemory::record(const SentenceView& v, const std::vector<uint8_t>& tags,
                        const std::vector<float>& margin) {
  const Gazetteer& gz = Gazetteer::get();
  name_runs(v, tags, margin, &runs_);
  for (const NameRun& r : runs_) {
    size_t a = r.a, b = r.b;
    while (a < b && (edge_word(v.info[a].low) || !v.units[a].has(kUnitWord) ||
                     (r.tag == kTagPer && (gz.word_hash(v.info[a].key) & kGazTitle)))) {
      ++a;
    }
    while (b > a && (edge_word(v.info[b - 1].low) || !v.units[b - 1].has(kUnitWord))) --b;
    if (a >= b || b - a > kMaxNameUnits) continue;
    // "the Obama administration": the tagger's organisation is the
    // government; the name before it is a person's ("President Obama" is no
    // organisation), unless the lexicons know it ("the North Korean regime").
    int tag = r.tag;
    if (tag == kTagOrg && b == r.b && heads_a_government(v, b)) {
      constexpr uint32_t kKnown = kGazPlace | kGazCountry | kGazDemonym | kGazOrg;
      bool known = false;
      for (size_t k = a; k < b; ++k) known = known || (v.info[k].gaz & kKnown) || v.info[k].phrase;
      if (!known) tag = kTagPer;
    }
    uint64_t key = 0;
    for (size_t k = a; k < b; ++k) {
      key = extend(key, v.info[k].key);
      if (k + 1 < b) get(key);  // prefix
    }
    float w = std::min(r.confidence, 20.0f);
    add(key, tag, w);
    if (tag == kTagPer && b - a >= 2) add(extend(0, v.info[b - 1].key), kTagPer, w * 0.5f);  // the surname
  }
}

bool NameMemory::apply(const UnitKey* units, size_t n, uint8_t* tags) const {
  if (size_ == 0) return false;
  bool changed = false;
  auto retag = [&](size_t a, size_t b, int type) {
    for (size_t k = a; k < b; ++k) {
      if (tags[k] != type) changed = true;
      tags[k] = static_cast<uint8_t>(type);
    }
  };
  for (size_t i = 0; i < n;) {
    if (!(units[i].flags & kKeyUpper) || !(units[i].flags & kKeyWord)) {
      ++i;
      continue;
    }
    // The longest known name starting here.
    size_t best_len = 0;
    const Entry* best_entry = nullptr;
    uint64_t key = 0;
    for (size_t k = i; k < n && k - i < kMaxNameUnits; ++k) {
      key = extend(key, units[k].key);
      const Entry* e = find(key);
      if (!e) break;
      if (e->complete && (units[k].flags & kKeyUpper)) {
        best_len = k - i + 1;
        best_entry = e;
      }
    }
    if (!best_entry) {
      ++i;
      continue;
    }
    float total = 0;
    for (int t = 1; t < kNerTags; ++t) total += best_entry->votes[t];
    int type = best(*best_entry);
    size_t end = i + best_len;
    bool untagged = true, all_tagged = true;
    for (size_t k = i; k < end; ++k) {
      if (tags[k] != kTagO) untagged = false;
      if (tags[k] == kTagO) all_tagged = false;
    }
    bool whole_run = all_tagged && (i == 0 || tags[i - 1] == kTagO) && (end == n || tags[end] == kTagO);
    // A one-word name the document also writes in lowercase is a common word.
    bool common = best_len == 1 && (units[i].flags & kKeySeenLower);
    bool next_is_name = end < n && (units[end].flags & kKeyUpper) && (units[end].flags & kKeyWord);
    if (total >= kMinVotes && ((untagged && !common && !next_is_name) || whole_run)) {
      retag(i, end, type);
    }
    i = end;
  }
  return changed;
}

}  // namespace newsann
