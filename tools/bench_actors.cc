// Times (in CPU seconds) the actors layer (find_actors + link_entities) apart from text
// analysis, on one large file:  bench_actors FILE
#include <ctime>
#include <fstream>
#include <iostream>
#include <sstream>

#include "actors.h"
#include "entities.h"
#include "text.h"

using namespace newsann;
// Process CPU time: the machine is shared, so wall time says little.
struct Clock {
  static double now() { return static_cast<double>(std::clock()) / CLOCKS_PER_SEC; }
};

int main(int argc, char** argv) {
  if (argc < 2) return 2;
  std::ifstream f(argv[1]);
  std::stringstream ss;
  ss << f.rdbuf();
  std::string s = ss.str();
  find_actors(Text("Warm up the lexicons, Mr Smith."));
  auto t0 = Clock::now();
  Text text(s);
  auto t1 = Clock::now();
  std::vector<Mention> ms = find_actors(text);
  auto t2 = Clock::now();
  std::vector<EntityInfo> es = link_entities(text, ms);
  auto t3 = Clock::now();
  auto sec = [](double a, double b) { return b - a; };
  double mb = s.size() / 1e6;
  std::cout << mb << " MB, " << ms.size() << " mentions, " << es.size() << " entities\n"
            << "text:     " << sec(t0, t1) << " s (" << mb / sec(t0, t1) << " MB/s)\n"
            << "actors:   " << sec(t1, t2) << " s (" << mb / sec(t1, t2) << " MB/s)\n"
            << "entities: " << sec(t2, t3) << " s (" << mb / sec(t2, t3) << " MB/s)\n"
            << "layer:    " << mb / sec(t1, t3) << " MB/s\n";
}
