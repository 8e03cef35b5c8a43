#include "entities.h"

#include <unordered_map>

namespace newsann {

std::vector<EntityInfo> link_entities(const Text& text, std::vector<Mention>& mentions) {
  std::vector<EntityInfo> out;
  std::unordered_map<std::string, int> by_name;
  for (size_t i = 0; i < mentions.size(); ++i) {
    Mention& m = mentions[i];
    std::string key(text.str(m.span.b, m.span.e));
    auto [it, added] = by_name.emplace(key, static_cast<int>(out.size()));
    if (added) out.push_back(EntityInfo{key, m.type, {}});
    m.entity = it->second;
    out[m.entity].mentions.push_back(static_cast<int>(i));
  }
  return out;
}

}  // namespace newsann
