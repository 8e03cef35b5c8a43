// bench_core: the native core's single-thread throughput, for the
// comparison benchmark/bench_js.mjs prints (npm run bench).
//
//   bench_core CORPUS.jsonl [--passes N]
//
// CORPUS: one {"text": ..., "date"?: ...} per line. Times annotate() +
// to_json() on every text, in one thread, N passes (default 1): the same
// work the wasm module's annotateJSON() does. Prints one JSON line:
//   {"texts": T, "bytes": B, "seconds": S, "cpu_seconds": C, "mb_per_s": X, ...}
// cpu_seconds (process CPU time) is the fairer figure on a shared machine.
#include <chrono>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "newsann/newsann.h"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: bench_core CORPUS.jsonl [--passes N]\n";
    return 2;
  }
  int passes = 1;
  for (int i = 2; i + 1 < argc; i += 2) {
    if (std::string(argv[i]) == "--passes") passes = std::max(1, std::atoi(argv[i + 1]));
  }
  std::ifstream in(argv[1], std::ios::binary);
  if (!in) {
    std::cerr << "bench_core: cannot open " << argv[1] << "\n";
    return 1;
  }
  struct Item {
    std::string text;
    newsann::Options options;
  };
  std::vector<Item> items;
  size_t bytes = 0;
  for (std::string line; std::getline(in, line);) {
    nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.is_object() || !j.contains("text") || !j["text"].is_string()) continue;
    Item item;
    item.text = j["text"].get<std::string>();
    if (j.contains("date") && j["date"].is_string()) item.options.date = j["date"].get<std::string>();
    bytes += item.text.size();
    items.push_back(std::move(item));
  }
  size_t out_bytes = 0;  // keeps the work observable
  std::clock_t cpu_start = std::clock();
  auto start = std::chrono::steady_clock::now();
  for (int p = 0; p < passes; ++p) {
    for (const Item& item : items) {
      newsann::Result r = newsann::annotate(item.text, item.options);
      out_bytes += r.ok() ? newsann::to_json(r.doc).size() : 1;
    }
  }
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  double cpu_seconds = static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC;
  double total = static_cast<double>(bytes) * passes;
  std::printf(
      "{\"texts\": %zu, \"bytes\": %.0f, \"seconds\": %.6f, \"cpu_seconds\": %.6f, \"mb_per_s\": %.3f, "
      "\"output_bytes\": %zu}\n",
      items.size() * passes, total, seconds, cpu_seconds, total / 1e6 / seconds, out_bytes);
  return 0;
}
