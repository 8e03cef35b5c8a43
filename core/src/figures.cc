#include "figures.h"

namespace newsann {

static bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

static int days_in_month(int y, int m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && leap(y) ? 29 : kDays[m - 1];
}

std::optional<Date> parse_iso_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  int v[3] = {0, 0, 0};
  const int pos[3][2] = {{0, 4}, {5, 7}, {8, 10}};
  for (int k = 0; k < 3; ++k) {
    for (int i = pos[k][0]; i < pos[k][1]; ++i) {
      if (s[i] < '0' || s[i] > '9') return std::nullopt;
      v[k] = v[k] * 10 + (s[i] - '0');
    }
  }
  if (v[0] < 1 || v[1] < 1 || v[1] > 12 || v[2] < 1 || v[2] > days_in_month(v[0], v[1])) {
    return std::nullopt;
  }
  return Date{v[0], v[1], v[2]};
}

std::vector<FigureMention> find_figures(const Text&, const std::optional<Date>&) { return {}; }

}  // namespace newsann
