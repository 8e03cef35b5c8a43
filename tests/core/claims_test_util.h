// Helpers for the claims tests: run the recognizer on a text and read its
// claims back as strings.
#ifndef NEWSANN_TESTS_CLAIMS_TEST_UTIL_H_
#define NEWSANN_TESTS_CLAIMS_TEST_UTIL_H_

#include <optional>
#include <string>
#include <vector>

#include "annotation.h"
#include "claims.h"
#include "text.h"

namespace newsann::testing {

struct ReadClaim {
  ClaimKind kind = ClaimKind::kIndirect;
  std::optional<std::string> source, cue;
  std::string content;
  int source_mention = -1;
};

inline std::string slice(std::string_view s, ByteSpan b) { return std::string(s.substr(b.b, b.e - b.b)); }

// The claims of `s`, given the actor mentions (which find_claims may extend).
inline std::vector<ReadClaim> read_claims(const std::string& s, std::vector<Mention>& mentions) {
  Text text(s);
  std::vector<ReadClaim> out;
  for (const ClaimMention& c : find_claims(text, mentions)) {
    ReadClaim r;
    r.kind = c.kind;
    if (c.source) r.source = slice(s, *c.source);
    if (c.cue) r.cue = slice(s, *c.cue);
    r.content = slice(s, c.content);
    r.source_mention = c.source_mention;
    out.push_back(r);
  }
  return out;
}

inline std::vector<ReadClaim> read_claims(const std::string& s) {
  std::vector<Mention> none;
  return read_claims(s, none);
}

// A mention of the first occurrence of `name` in `s`.
inline Mention mention_of(const std::string& s, const std::string& name, ActorType type,
                          size_t from = 0) {
  size_t at = s.find(name, from);
  Mention m;
  m.span = ByteSpan{static_cast<uint32_t>(at), static_cast<uint32_t>(at + name.size())};
  m.type = type;
  return m;
}

}  // namespace newsann::testing

#endif  // NEWSANN_TESTS_CLAIMS_TEST_UTIL_H_
