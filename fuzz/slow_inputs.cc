// slow_inputs: the search for super-linear time that a fuzzer rarely finds.
//
// Quadratic behaviour hides in long inputs of one repeated shape (a run of
// quotes with no closing one, "said" a thousand times, ten thousand
// distinct capitalised names), which mutation of article-sized inputs seldom
// builds. This tool builds each shape at three sizes, S/16, S/4 and S, times
// annotate() on each (thread CPU time, best of two runs), checks the document (check.h), and
// fails a shape when, confirmed by a second measurement (best of three),
//   - the time grows more than 48x from S/16 to S and more than 8x from S/4
//     to S (linear: 16x and 4x, plus cache effects and noise; quadratic:
//     256x and 16x), once the time at S is long enough to measure (>= 50
//     ms), or
//   - the time at S exceeds the per-byte budget (TimeBudget, check.h).
//
//   slow_inputs [--max-bytes S] [--only SUBSTRING] [--write-seeds DIR [--seed-bytes N]]
//   slow_inputs --time FILE...
//
// --write-seeds writes every shape at N bytes (default 65536) into DIR, as
// seeds for a long-input libFuzzer run (scripts/fuzz-campaign.sh), and exits.
// --time prints the CPU time per byte of annotate() on each FILE and the
// worst (to calibrate TimeBudget for a build).
// Exit status: 0 all linear, 1 some shape failed.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <functional>
#include <string>
#include <vector>

#include "check.h"
#include "newsann/newsann.h"

namespace {

using Piece = std::function<std::string(size_t)>;

struct Shape {
  const char* name;
  Piece piece;           // the i-th repeated piece
  std::string head = {};  // once, at the start
};

// A distinct capitalised word for each i: "Kab", "Kac", ... (letters only).
std::string name_word(size_t i) {
  std::string w(1, static_cast<char>('A' + i % 26));
  i /= 26;
  do {
    w += static_cast<char>('a' + i % 26);
    i /= 26;
  } while (i);
  return w + "son";
}

Piece unit(std::string s) {
  return [s](size_t) { return s; };
}

Piece cycle(std::vector<std::string> v) {
  return [v](size_t i) { return v[i % v.size()]; };
}

std::vector<Shape> shapes() {
  return {
      // Quotation marks: pairing must not rescan.
      {"quotes-straight", unit("\"")},
      {"quotes-curly-mixed", cycle({"\xE2\x80\x9C", "\"", "\xE2\x80\x9D"})},
      {"quotes-spaced", unit("\" ")},
      {"apostrophes", unit("'")},
      {"guillemets", cycle({"\xC2\xAB ", "\xC2\xBB "})},
      {"unclosed-quote-then-prose", unit("the Minister said that people left. "), "\xE2\x80\x9C"},
      {"unclosed-quote-one-paragraph", unit("the Minister said that people left "), "\""},
      {"quote-said-chain", unit("\"Yes,\" he said. ")},
      {"quote-said-nospace", unit("\"a\" said \"b\" ")},
      {"nested-quotes", cycle({"\xE2\x80\x9C" "a ", "\xE2\x80\x98" "b "})},
      {"quote-continues-paragraphs", unit("\xE2\x80\x9CWe will stay here.\n\n")},
      // Sentence ends and abbreviations.
      {"dots", unit(".")},
      {"dots-spaced", unit(". ")},
      {"ellipsis-words", unit("word... ")},
      {"abbreviations", unit("U.S. Mr. Dr. ")},
      {"initials", unit("A. ")},
      {"question-marks", unit("?!")},
      // Numbers and figures.
      {"digits-one-token", unit("1")},
      {"digit-commas", unit("1,")},
      {"digit-dots", unit("1.")},
      {"numbers-spaced", unit("1 ")},
      {"thousands", unit("1,000 ")},
      {"money", unit("$1.5bn ")},
      {"percent", unit("12.5% ")},
      {"ranges", unit("10-20 ")},
      {"fractions", unit("1/2 ")},
      {"times", unit("9:30 am ")},
      {"number-words", unit("one hundred and ")},
      {"magnitudes", unit("thousand million ")},
      {"dates", unit("November 18 ")},
      {"relative-dates", unit("last Tuesday ")},
      {"between", unit("between 10 and ")},
      {"ages", unit("19-year-old ")},
      {"at-least", unit("at least ")},
      {"tens-of", unit("tens of ")},
      // Names and entities.
      {"same-name", unit("Smith ")},
      {"distinct-names", [](size_t i) { return name_word(i) + " "; }},
      {"distinct-full-names-said",
       [](size_t i) { return "Mr " + name_word(i) + " " + name_word(i * 7 + 3) + " said "; }},
      {"distinct-names-sentences", [](size_t i) { return name_word(i) + " " + name_word(i + 1) + " left. "; }},
      {"organisation-chain", unit("Ministry of Foreign Affairs of the ")},
      {"all-caps", unit("NATO ")},
      {"possessives", unit("Smith's ")},
      {"polish-names", unit("\xC5\x81ukaszenka ")},
      // Attribution cues.
      {"said", unit("said ")},
      {"name-said", unit("Smith said ")},
      {"said-that", unit("said that ")},
      {"according-to", unit("according to ")},
      {"according-to-comma", unit("According to Smith, ")},
      {"he-said", unit("he said ")},
      {"pronoun-chain", unit("He said she told them ")},
      {"cue-soup", cycle({"the ", "Minister ", "said ", "Smith ", "that ", "7 ", "people ", "according ", "to "})},
      {"article-sentence",
       unit("\xE2\x80\x9CWe will not allow it,\xE2\x80\x9D said Prime Minister Jan Kowalski on Tuesday, "
            "adding that 2,000 migrants had crossed. ")},
      {"article-paragraphs",
       unit("Poland's border guard said on Tuesday that about 50 migrants had tried to cross near "
            "Kuznica, according to a spokeswoman.\n\n")},
      // Characters and layout.
      {"dashes", cycle({"-", "\xE2\x80\x93"})},
      {"open-parens", unit("(")},
      {"parens-words", unit("(a) ")},
      {"hyphen-chain", unit("a-")},
      {"one-long-word", unit("a")},
      {"combining-marks", unit("\xCC\x81"), "a"},
      {"emoji", unit("\xF0\x9F\x98\x80 ")},
      {"line-per-word", unit("word\n")},
      {"line-per-sentence", unit("Smith said it was fine\n")},
      {"blank-lines", unit("\n")},
      {"crlf", unit("x\r\n")},
      {"nul-bytes", unit(std::string(1, '\0'))},
      {"nbsp", unit("\xC2\xA0")},
      {"zero-width", unit("\xE2\x80\x8B")},
  };
}

std::string build(const Shape& sh, size_t bytes) {
  std::string s = sh.head;
  for (size_t i = 0; s.size() < bytes; ++i) s += sh.piece(i);
  return s;
}

double time_annotate(const std::string& s, newsann::Result* r, int runs = 2) {
  double best = 1e300;
  for (int k = 0; k < runs; ++k) {
    double t0 = newsann::fuzz::cpu_seconds();
    *r = newsann::annotate(s, newsann::Options{"2021-11-20", false});
    best = std::min(best, newsann::fuzz::cpu_seconds() - t0);
  }
  return best;
}

}  // namespace

int main(int argc, char** argv) {
  size_t max_bytes = 256 << 10, seed_bytes = 64 << 10;
  std::string only, seeds_dir;
  if (argc > 2 && std::string(argv[1]) == "--time") {
    newsann::annotate("warm up the lexicons");
    double worst = 0, total_s = 0, total_b = 0;
    for (int i = 2; i < argc; ++i) {
      std::ifstream in(argv[i], std::ios::binary);
      std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
      newsann::Result r;
      double t = time_annotate(text, &r, 1);
      double us = t * 1e6 / std::max<size_t>(text.size(), 1);
      worst = std::max(worst, us);
      total_s += t;
      total_b += static_cast<double>(text.size());
      std::printf("%8.2f ms %8zu bytes %8.2f us/byte  %s\n", t * 1e3, text.size(), us, argv[i]);
    }
    std::printf("files: %d, mean %.2f us/byte, worst %.2f us/byte\n", argc - 2, total_s * 1e6 / std::max(total_b, 1.0),
                worst);
    return 0;
  }
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto next = [&]() -> std::string {
      if (i + 1 >= argc) {
        std::fprintf(stderr, "slow_inputs: %s needs a value\n", a.c_str());
        std::exit(2);
      }
      return argv[++i];
    };
    if (a == "--max-bytes") max_bytes = std::stoul(next());
    else if (a == "--only") only = next();
    else if (a == "--write-seeds") seeds_dir = next();
    else if (a == "--seed-bytes") seed_bytes = std::stoul(next());
    else {
      std::fprintf(stderr, "usage: slow_inputs [--max-bytes S] [--only SUBSTRING] [--write-seeds DIR [--seed-bytes N]]\n");
      return 2;
    }
  }
  if (!seeds_dir.empty()) {
    for (const Shape& sh : shapes()) {
      std::ofstream(seeds_dir + "/slow-" + sh.name, std::ios::binary) << build(sh, seed_bytes);
    }
    return 0;
  }

  newsann::fuzz::TimeBudget budget;
  const size_t sizes[3] = {max_bytes / 16, max_bytes / 4, max_bytes};
  std::printf("%-30s %10s %10s %10s %9s %7s  %s\n", "shape", "ms@S/16", "ms@S/4", "ms@S", "us/byte", "x16",
              "verdict");
  int failed = 0, run = 0;
  auto t_all = std::chrono::steady_clock::now();
  for (const Shape& sh : shapes()) {
    if (!only.empty() && std::string(sh.name).find(only) == std::string::npos) continue;
    ++run;
    double t[3];
    std::string s;
    newsann::Result r;
    auto measure = [&](int runs) {
      for (int k = 0; k < 3; ++k) {
        s = build(sh, sizes[k]);
        t[k] = time_annotate(s, &r, runs);
        // Over budget already: the larger sizes would only take longer.
        if (t[k] > budget.limit_seconds(s.size())) {
          for (int m = k + 1; m < 3; ++m) t[m] = t[k];
          break;
        }
      }
    };
    auto judge = [&]() -> const char* {
      if (t[2] > budget.limit_seconds(s.size())) return "OVER BUDGET";
      if (t[2] >= 0.05 && t[2] / std::max(t[0], 1e-6) > 48.0 && t[2] / std::max(t[1], 1e-6) > 8.0) {
        return "SUPER-LINEAR";
      }
      return "ok";
    };
    measure(2);
    const char* verdict = judge();
    if (std::strcmp(verdict, "ok") != 0) {  // one slow run can be another process's fault
      measure(3);
      verdict = judge();
    }
    // The largest document must be a correct one too.
    if (!r.ok()) {
      std::printf("%-30s annotate failed: %s\n", sh.name, r.error.message.c_str());
      ++failed;
      continue;
    }
    newsann::fuzz::check_document(r.doc, {newsann::fuzz::TextInfo(s)});
    double growth = t[2] / std::max(t[0], 1e-6);
    double us_per_byte = t[2] * 1e6 / static_cast<double>(s.size());
    if (std::strcmp(verdict, "ok") != 0) ++failed;
    std::printf("%-30s %10.1f %10.1f %10.1f %9.3f %6.1fx  %s\n", sh.name, t[0] * 1e3, t[1] * 1e3, t[2] * 1e3,
                us_per_byte, growth, verdict);
    std::fflush(stdout);
  }
  double total = std::chrono::duration<double>(std::chrono::steady_clock::now() - t_all).count();
  std::printf("slow_inputs: %d shapes up to %zu bytes, %d failed, %.1f s\n", run, max_bytes, failed, total);
  return failed ? 1 : 0;
}
