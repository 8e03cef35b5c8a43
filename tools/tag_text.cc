// Prints the name tagger's tag for every unit of a text file, one sentence per
// line: "Whole/ORG Foods/ORG said/O ...". A debugging aid for the tagger.
//   tag_text FILE
#include <fstream>
#include <iostream>
#include <sstream>

#include "ner_features.h"
#include "ner_tagger.h"

using namespace newsann;

int main(int argc, char** argv) {
  if (argc < 2) return 2;
  std::ifstream f(argv[1]);
  std::stringstream ss;
  ss << f.rdbuf();
  std::string s = ss.str();
  Text text(s);
  DocStats stats(text);
  SentenceView v;
  std::vector<uint8_t> tags;
  std::vector<float> margin;
  for (const Sentence& sent : text.sentences) {
    prepare_sentence(text, sent, stats, &v);
    NerTagger::get().tag(v, &tags, &margin);
    for (size_t i = 0; i < v.units.size(); ++i) {
      std::cout << text.str(v.units[i].b, v.units[i].e);
      if (tags[i]) std::cout << '/' << ner_tag_name(tags[i]) << ':' << static_cast<int>(margin[i]);
      std::cout << ' ';
    }
    std::cout << '\n';
  }
}
