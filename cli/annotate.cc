// annotate: the native command-line tool over the newsann core.
//
//   annotate [--date YYYY-MM-DD] [--format json|jsonl|text] [--lenient] FILE...|-
//
// json   (default) the document for one article, as one JSON object
// jsonl  FILEs are JSONL corpora, one {"id", "text", "date"?} per line; prints
//        one result per line, in input order, annotating on all cores
// text   the article with its actors and figures marked inline, then its
//        entities and claims, for a person to read
//
// Exit status: 0 all done; 1 an input could not be read or annotated; 2 bad
// usage; 3 some JSONL lines were skipped (each reported on stderr and as an
// {"line", "error"} record in the output).
#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <thread>
#include <unistd.h>
#include <vector>

#include "batch.h"
#include "newsann/newsann.h"

namespace {

const char kUsage[] =
    "usage: annotate [--date YYYY-MM-DD] [--format json|jsonl|text] [--lenient] FILE...|-\n"
    "  --date     publication date, to resolve relative dates (\"last Tuesday\")\n"
    "  --format   json: one document (default); jsonl: a corpus of {\"id\",\"text\",\"date\"?}\n"
    "             lines, one result per line; text: a readable view\n"
    "  --lenient  replace invalid UTF-8 (as a browser would) instead of failing\n"
    "  -          read standard input\n";

struct Args {
  std::string date;
  std::string format = "json";
  bool lenient = false;
  std::vector<std::string> files;
};

bool read_all(const std::string& path, std::string* out, std::string* err) {
  if (path == "-") {
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    *out = ss.str();
    return true;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *err = path + ": cannot open: " + std::strerror(errno);
    return false;
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) {
    *err = path + ": read error";
    return false;
  }
  *out = ss.str();
  return true;
}

// ---- text view ---------------------------------------------------------------

std::string fmt_number(double x) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.15g", x);
  return buf;
}

std::string value_text(const newsann::FigureValue& v) {
  std::string s;
  if (v.approx) s += "~";
  if (v.number) s += fmt_number(*v.number);
  if (v.min || v.max) {
    if (!s.empty() && s != "~") s += " ";
    s += v.min ? (v.max ? fmt_number(*v.min) + ".." + fmt_number(*v.max) : "≥" + fmt_number(*v.min))
               : "≤" + fmt_number(*v.max);
  }
  if (!v.unit.empty()) s += (s.empty() ? "" : " ") + v.unit;
  if (!v.iso.empty()) s += (s.empty() ? "" : " ") + v.iso;
  return s;
}

std::string slice(const std::string& text, const newsann::Span& s) {
  return text.substr(s.byte_start, s.byte_end - s.byte_start);
}

void print_text_view(const std::string& path, const std::string& text, const newsann::Document& doc,
                     bool color) {
  auto paint = [&](const char* code, const std::string& s) {
    return color ? std::string("\x1b[") + code + "m" + s + "\x1b[0m" : s;
  };
  // Inline marks: actors as [text]type:id, figures as ⟨text = value⟩.
  struct Mark {
    uint32_t pos;
    int order;  // closing before opening at one position
    std::string s;
  };
  std::vector<Mark> marks;
  for (const newsann::Actor& a : doc.actors) {
    marks.push_back({a.span.byte_start, 1, color ? "\x1b[1;36m[" : "["});
    std::string tag = std::string("]") + std::string(newsann::name(a.type)).substr(0, 3) + ":" +
                      doc.entities[a.entity].id;
    marks.push_back({a.span.byte_end, 0, color ? tag + "\x1b[0m" : tag});
  }
  for (const newsann::Figure& f : doc.figures) {
    marks.push_back({f.span.byte_start, 1, color ? "\x1b[1;33m⟨" : "⟨"});
    std::string tag = " = " + std::string(newsann::name(f.kind)) + " " + value_text(f.value) + "⟩";
    marks.push_back({f.span.byte_end, 0, color ? tag + "\x1b[0m" : tag});
  }
  std::stable_sort(marks.begin(), marks.end(), [](const Mark& a, const Mark& b) {
    return a.pos != b.pos ? a.pos < b.pos : a.order < b.order;
  });
  std::string out;
  uint32_t at = 0;
  for (const Mark& m : marks) {
    out.append(text, at, m.pos - at);
    out += m.s;
    at = m.pos;
  }
  out.append(text, at, std::string::npos);
  std::cout << paint("1", "== " + path) << "\n\n" << out;
  if (!out.empty() && out.back() != '\n') std::cout << "\n";

  std::cout << "\n" << paint("1", "Entities") << " (" << doc.entities.size() << ")\n";
  for (const newsann::Entity& e : doc.entities) {
    std::cout << "  " << e.id << "  " << e.name << " (" << newsann::name(e.type) << ", "
              << e.mentions.size() << (e.mentions.size() == 1 ? " mention)\n" : " mentions)\n");
  }
  size_t unsourced = 0;
  for (const newsann::Claim& c : doc.claims) unsourced += !c.source;
  std::cout << "\n" << paint("1", "Claims") << " (" << doc.claims.size() << ", " << unsourced
            << " unsourced)\n";
  for (const newsann::Claim& c : doc.claims) {
    std::string who = c.source ? slice(text, *c.source) : "(no source)";
    if (c.source_entity) who += " [" + doc.entities[*c.source_entity].id + "]";
    std::string cue = c.cue ? slice(text, *c.cue) : "-";
    std::cout << "  " << paint("35", who) << " " << paint("2", cue) << " ("
              << newsann::name(c.kind) << "): \"" << slice(text, c.content) << "\"\n";
  }
  std::cout << "\n" << paint("1", "Figures") << " (" << doc.figures.size() << ")\n";
}

// ---- jsonl -------------------------------------------------------------------

// Streams one corpus: reads a batch of lines, annotates it on all cores,
// writes it in order. Memory stays bounded by the batch size.
int run_jsonl(std::istream& in, const std::string& name, const Args& args) {
  const size_t threads = std::max(1u, std::thread::hardware_concurrency());
  const size_t kBatchLines = 64 * threads;
  const size_t kBatchBytes = size_t{64} << 20;
  std::vector<std::string> lines, outs;
  std::vector<char> bad;
  const newsann::BatchOptions batch{args.date, args.lenient};
  size_t lineno = 0, skipped = 0;
  bool eof = false;
  while (!eof) {
    lines.clear();
    size_t bytes = 0;
    std::string line;
    while (lines.size() < kBatchLines && bytes < kBatchBytes) {
      if (!std::getline(in, line)) {
        eof = true;
        break;
      }
      bytes += line.size();
      lines.push_back(std::move(line));
    }
    outs.assign(lines.size(), std::string());
    bad.assign(lines.size(), 0);
    std::atomic<size_t> next{0};
    auto work = [&] {
      for (size_t i; (i = next.fetch_add(1)) < lines.size();) {
        if (lines[i].find_first_not_of(" \t\r") == std::string::npos) continue;  // blank line
        bool b = false;
        outs[i] = newsann::annotate_jsonl_line(lines[i], lineno + i + 1, batch, &b);
        bad[i] = b;
      }
    };
    std::vector<std::thread> pool;
    for (size_t t = 1; t < std::min(threads, lines.size()); ++t) pool.emplace_back(work);
    work();
    for (std::thread& t : pool) t.join();
    for (size_t i = 0; i < lines.size(); ++i) {
      if (outs[i].empty()) continue;
      std::cout << outs[i] << '\n';
      if (bad[i]) {
        ++skipped;
        std::cerr << name << ":" << (lineno + i + 1) << ": skipped: "
                  << nlohmann::json::parse(outs[i], nullptr, false).value("error", "error") << "\n";
      }
    }
    lineno += lines.size();
  }
  std::cout.flush();
  if (in.bad()) {
    std::cerr << name << ": read error\n";
    return 1;
  }
  return skipped ? 3 : 0;
}

}  // namespace

int main(int argc, char** argv) {
  Args args;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto value = [&](const char* flag) -> std::string {
      if (i + 1 >= argc) {
        std::cerr << "annotate: " << flag << " needs a value\n" << kUsage;
        std::exit(2);
      }
      return argv[++i];
    };
    if (a == "--help" || a == "-h") {
      std::cout << kUsage;
      return 0;
    } else if (a == "--date") {
      args.date = value("--date");
    } else if (a.rfind("--date=", 0) == 0) {
      args.date = a.substr(7);
    } else if (a == "--format") {
      args.format = value("--format");
    } else if (a.rfind("--format=", 0) == 0) {
      args.format = a.substr(9);
    } else if (a == "--lenient") {
      args.lenient = true;
    } else if (a.size() > 1 && a[0] == '-' && a != "-") {
      std::cerr << "annotate: unknown option " << a << "\n" << kUsage;
      return 2;
    } else {
      args.files.push_back(a);
    }
  }
  if (args.format != "json" && args.format != "jsonl" && args.format != "text") {
    std::cerr << "annotate: unknown format \"" << args.format << "\" (json, jsonl or text)\n";
    return 2;
  }
  if (args.files.empty()) {
    std::cerr << "annotate: no input\n" << kUsage;
    return 2;
  }
  if (args.format == "json" && args.files.size() > 1) {
    std::cerr << "annotate: --format json annotates one input; use --format jsonl for a corpus\n";
    return 2;
  }
  std::ios::sync_with_stdio(false);
  int status = 0;
  if (args.format == "jsonl") {
    for (const std::string& f : args.files) {
      int s;
      if (f == "-") {
        s = run_jsonl(std::cin, "<stdin>", args);
      } else {
        std::ifstream in(f, std::ios::binary);
        if (!in) {
          std::cerr << f << ": cannot open: " << std::strerror(errno) << "\n";
          status = 1;
          continue;
        }
        s = run_jsonl(in, f, args);
      }
      if (s == 1 || status == 0) status = s;
    }
    return status;
  }
  newsann::Options options;
  options.date = args.date;
  options.replace_invalid = args.lenient;
  for (const std::string& f : args.files) {
    std::string text, err;
    if (!read_all(f, &text, &err)) {
      std::cerr << "annotate: " << err << "\n";
      status = 1;
      continue;
    }
    newsann::Result r = newsann::annotate(text, options);
    if (!r.ok()) {
      std::cerr << "annotate: " << (f == "-" ? "<stdin>" : f) << ": " << r.error.message << "\n";
      status = 1;
      continue;
    }
    if (args.format == "json") {
      std::cout << newsann::to_json(r.doc) << "\n";
    } else {
      // With --lenient, offsets index the repaired text.
      if (options.replace_invalid) text = newsann::replace_invalid_utf8(text);
      print_text_view(f, text, r.doc, isatty(fileno(stdout)));
    }
  }
  return status;
}
