// Regressions found by fuzzing the options checks (fuzz/, issue 6).
#include <gtest/gtest.h>

#include <string>

#include "newsann/newsann.h"
#include "utf.h"

namespace newsann {
namespace {

// An invalid Options::date is quoted in the error message, cut to its first
// 40 bytes (annotate.cc check_options): the cut could fall inside a code
// point, and line breaks were copied as they are. Error::message is "one
// line, for a person", and goes to JSON and JavaScript: valid UTF-8, no
// line break.
TEST(RegressOptions, InvalidDateMessageIsOneLineOfValidUtf8) {
  for (const std::string& date : {std::string(39, 'x') + "\xC3\xA9tait", std::string(38, 'x') + "\xE2\x80\x9C",
                                  std::string("2021-11-20\nsecond line"), std::string("2021\r\n11-20")}) {
    Result r = annotate("Smith said so.", Options{date, false});
    ASSERT_EQ(r.error.code, Error::Code::kInvalidDate) << date;
    EXPECT_EQ(find_invalid_utf8(r.error.message), std::string::npos) << r.error.message;
    EXPECT_EQ(r.error.message.find_first_of("\r\n"), std::string::npos) << r.error.message;
  }
}

}  // namespace
}  // namespace newsann
