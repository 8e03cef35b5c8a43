// The JSON form of a document: docs/schema.md.
#include <cmath>
#include <nlohmann/json.hpp>

#include "newsann/newsann.h"

namespace newsann {

namespace {

using nlohmann::json;

json span_json(const Span& s, const Document& doc) {
  json j = json::object();
  if (doc.blocks > 1) j["block"] = s.block;
  j["start"] = s.start;
  j["end"] = s.end;
  return j;
}

json number_json(double x) {
  // Integers print as integers; others with the shortest round-trip form.
  if (std::isfinite(x) && std::fabs(x) < 9e15 && x == std::floor(x)) {
    return static_cast<int64_t>(x);
  }
  if (!std::isfinite(x)) return nullptr;
  return x;
}

json value_json(const FigureValue& v) {
  json j = json::object();
  if (v.number) j["number"] = number_json(*v.number);
  if (v.min) j["min"] = number_json(*v.min);
  if (v.max) j["max"] = number_json(*v.max);
  if (v.approx) j["approx"] = true;
  if (!v.unit.empty()) j["unit"] = v.unit;
  if (!v.iso.empty()) j["iso"] = v.iso;
  return j;
}

std::string_view error_code(Error::Code c) {
  switch (c) {
    case Error::Code::kNone: return "none";
    case Error::Code::kInvalidUtf8: return "invalid_utf8";
    case Error::Code::kInvalidDate: return "invalid_date";
    case Error::Code::kTooLarge: return "too_large";
  }
  return "none";
}

}  // namespace

std::string to_json(const Document& doc, int indent) {
  json out = json::object();
  out["schema"] = kSchemaVersion;
  if (doc.blocks > 1) out["blocks"] = doc.blocks;
  json entities = json::array();
  for (const Entity& e : doc.entities) {
    entities.push_back({{"id", e.id}, {"name", e.name}, {"type", name(e.type)},
                        {"mentions", e.mentions}});
  }
  out["entities"] = std::move(entities);
  json actors = json::array();
  for (const Actor& a : doc.actors) {
    json j = span_json(a.span, doc);
    j["type"] = name(a.type);
    j["entity"] = doc.entities[a.entity].id;
    if (a.pronoun) j["pronoun"] = true;
    actors.push_back(std::move(j));
  }
  out["actors"] = std::move(actors);
  json figures = json::array();
  for (const Figure& f : doc.figures) {
    json j = span_json(f.span, doc);
    j["kind"] = name(f.kind);
    j["value"] = value_json(f.value);
    figures.push_back(std::move(j));
  }
  out["figures"] = std::move(figures);
  json claims = json::array();
  for (const Claim& c : doc.claims) {
    json j = json::object();
    j["kind"] = name(c.kind);
    if (c.source) {
      json s = span_json(*c.source, doc);
      s["entity"] = c.source_entity ? json(doc.entities[*c.source_entity].id) : json(nullptr);
      j["source"] = std::move(s);
    } else {
      j["source"] = nullptr;
    }
    j["cue"] = c.cue ? span_json(*c.cue, doc) : json(nullptr);
    j["content"] = span_json(c.content, doc);
    claims.push_back(std::move(j));
  }
  out["claims"] = std::move(claims);
  // error_handler_t::replace: the library never holds invalid UTF-8 here,
  // but dump() must not throw (in wasm a throw aborts the module).
  return out.dump(indent, ' ', false, json::error_handler_t::replace);
}

std::string error_json(const Error& error) {
  json out = {{"schema", kSchemaVersion},
              {"error",
               {{"code", error_code(error.code)},
                {"message", error.message},
                {"byte_offset", error.byte_offset}}}};
  return out.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace newsann
