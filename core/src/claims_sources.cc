#include "claims_sources.h"

#include <algorithm>
#include <optional>
#include <unordered_map>

#include "claims_genders.h"
#include "claims_phrases.h"

namespace newsann::claims {

ByteSpan bytes_of(const Context& c, TokRange r) {
  if (r.empty() || r.e > c.size()) return {};
  return ByteSpan{c.tok(r.b).b, c.tok(r.e - 1).e};
}

MentionIndex::MentionIndex(const std::vector<Mention>& mentions) : mentions_(mentions) {
  by_start_.reserve(mentions.size());
  for (size_t i = 0; i < mentions.size(); ++i) by_start_.push_back(static_cast<int>(i));
  // find_actors returns its mentions in that order already: then the
  // identity is what the stable sort would give.
  auto by_b = [](const Mention& a, const Mention& b) { return a.span.b < b.span.b; };
  if (std::is_sorted(mentions.begin(), mentions.end(), by_b)) return;
  std::stable_sort(by_start_.begin(), by_start_.end(), [&](int a, int b) {
    return by_b(mentions_[a], mentions_[b]);
  });
}

int MentionIndex::named_in(uint32_t b, uint32_t e) const {
  // Mentions starting before e, scanned backwards a bounded number of steps.
  auto it = std::lower_bound(by_start_.begin(), by_start_.end(), e,
                             [&](int m, uint32_t x) { return mentions_[m].span.b < x; });
  int best = -1;
  int steps = 0;
  while (it != by_start_.begin() && steps++ < 32) {
    --it;
    const Mention& m = mentions_[*it];
    if (m.span.e <= b && m.span.b + 400 < b) break;
    if (m.pronoun || m.span.e <= b || m.span.b >= e) continue;
    if (best < 0) {
      best = *it;
      continue;
    }
    const Mention& cur = mentions_[best];
    bool better = m.span.e > cur.span.e ||
                  (m.span.e == cur.span.e && m.type == ActorType::kPerson && cur.type != ActorType::kPerson);
    if (m.type == ActorType::kPerson && cur.type != ActorType::kPerson) better = true;
    if (m.type != ActorType::kPerson && cur.type == ActorType::kPerson) better = false;
    if (better) best = *it;
  }
  return best;
}

int MentionIndex::last_of(uint32_t b, uint32_t e, bool (*accept)(ActorType)) const {
  auto it = std::lower_bound(by_start_.begin(), by_start_.end(), e,
                             [&](int m, uint32_t x) { return mentions_[m].span.b < x; });
  int steps = 0;
  while (it != by_start_.begin() && steps++ < 64) {
    --it;
    const Mention& m = mentions_[*it];
    if (m.span.b < b) break;
    if (!m.pronoun && accept(m.type)) return *it;
  }
  return -1;
}

namespace {

bool is_person(ActorType t) { return t == ActorType::kPerson; }
bool is_plural(ActorType t) { return t == ActorType::kGroup || t == ActorType::kOrganization; }
bool is_thing(ActorType t) { return t == ActorType::kOrganization || t == ActorType::kPlace; }

using Accept = bool (*)(ActorType);

Accept accept_for(Referent r) {
  switch (r) {
    case Referent::kPerson: return is_person;
    case Referent::kPlural: return is_plural;
    case Referent::kThing: return is_thing;
    default: return nullptr;
  }
}

ActorType default_type(Referent r) {
  switch (r) {
    case Referent::kPerson: return ActorType::kPerson;
    case Referent::kPlural: return ActorType::kGroup;
    default: return ActorType::kOrganization;
  }
}

}  // namespace

void link_sources(const Context& c, std::vector<Candidate>& cands, std::vector<Mention>& mentions) {
  MentionIndex index(mentions);  // built before pronouns are appended
  std::vector<size_t> order(cands.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  auto anchor = [&](const Candidate& k) { return k.content.b; };
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return anchor(cands[a]) < anchor(cands[b]); });

  std::unordered_map<uint32_t, int> pronoun_at;  // source token -> appended mention
  struct Recent {
    int referent;  // the named mention a claim's source stands for
    uint32_t paragraph;
    bool name = false;  // the source was written as a name ("Lourimi", not "the ministry")
  };
  std::vector<Recent> recent;  // claims with a resolved source, reading order
  std::optional<MentionGenders> genders;  // read at the first gendered pronoun

  for (size_t oi : order) {
    Candidate& k = cands[oi];
    if (k.source.empty() || k.mention >= 0) {
      if (k.mention >= 0 && static_cast<size_t>(k.mention) < mentions.size()) {
        const Mention& m = mentions[k.mention];
        int ref = m.pronoun ? m.antecedent : k.mention;
        if (ref >= 0) recent.push_back({ref, k.paragraph});
      }
      continue;
    }
    Referent r = pronoun_of(c, k.source);
    Accept accept = accept_for(r);
    if (!accept) {  // a named or described source (or I / we)
      ByteSpan s = bytes_of(c, k.source);
      k.mention = r == Referent::kNone ? index.named_in(s.b, s.e) : -1;
      bool name = c.is_capitalized(k.source.b) && !c.has(k.source.b, kDet);
      if (k.mention >= 0) recent.push_back({k.mention, k.paragraph, name});
      continue;
    }
    auto found = pronoun_at.find(k.source.b);
    if (found != pronoun_at.end()) {
      k.mention = found->second;
      int ante = mentions[found->second].antecedent;
      if (ante >= 0) recent.push_back({ante, k.paragraph, r == Referent::kPerson});
      continue;
    }
    int antecedent = -1;
    // Of "she" or "he": the antecedent's gender must agree (claims_genders.h).
    const Gender gender = r == Referent::kPerson ? c.gender(k.source.b) : Gender::kUnknown;
    if (gender != Gender::kUnknown && !genders) genders.emplace(c.text, mentions);
    auto agrees_with = [&](int m) { return gender == Gender::kUnknown || agrees(gender, genders->of(mentions[m])); };
    // 1. The source of a recent claim, of a compatible kind.
    int looked = 0;
    for (size_t n = recent.size(); n-- > 0 && looked < 6; ++looked) {
      if (recent[n].paragraph + 3 < k.paragraph) break;
      const Mention& m = mentions[recent[n].referent];
      if (accept(m.type) && agrees_with(recent[n].referent)) {
        antecedent = recent[n].referent;
        break;
      }
    }
    // 2. "Lourimi said ... He said ...": the last speaker, written as a name,
    // in this paragraph or the one before, even when the actor recognizer
    // gave it another type (not a place, nor a group: "Experts say ...
    // He said" is not the experts).
    if (antecedent < 0 && r == Referent::kPerson && !recent.empty()) {
      const Recent& last = recent.back();
      const ActorType type = mentions[last.referent].type;
      if (last.name && last.paragraph + 1 >= k.paragraph && type != ActorType::kPlace &&
          type != ActorType::kGroup && agrees_with(last.referent)) {
        antecedent = last.referent;
      }
    }
    // 3. The nearest earlier compatible mention, within three paragraphs.
    if (antecedent < 0) {
      uint32_t par = c.sentence_of(k.source.b).paragraph;
      uint32_t from_par = par >= 3 ? par - 3 : 0;
      uint32_t lo = c.text.paragraphs[from_par].b;
      uint32_t before = c.tok(k.source.b).b;
      for (int tries = 0; tries < 8; ++tries) {  // past those of the other gender
        const int m = index.last_of(lo, before, accept);
        if (m < 0 || agrees_with(m)) {
          antecedent = m;
          break;
        }
        before = mentions[m].span.b;
      }
    }
    Mention pm;
    pm.span = bytes_of(c, k.source);
    pm.pronoun = true;
    pm.antecedent = antecedent;
    pm.type = antecedent >= 0 ? mentions[antecedent].type : default_type(r);
    mentions.push_back(pm);
    k.mention = static_cast<int>(mentions.size()) - 1;
    pronoun_at[k.source.b] = k.mention;
    // "He said ... “...,” he said": the speaker goes on being the last one.
    if (antecedent >= 0) recent.push_back({antecedent, k.paragraph, r == Referent::kPerson});
  }
}

}  // namespace newsann::claims
