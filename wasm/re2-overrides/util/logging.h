// RE2's util/logging.h for the WebAssembly build: the same macros, without
// iostreams. cmake/re2-wasm.cmake puts this folder ahead of RE2's sources on
// the include path, so RE2's own header (Debian 20220601) is not used.
//
// Why: RE2's LOG() builds its messages in a std::ostringstream, which links
// libc++'s iostreams and locales (about 90 KB of wasm) into a module whose
// stderr nobody reads (the API discards printErr). Here messages are
// discarded at compile time. Behaviour is otherwise RE2's: CHECK and
// LOG(FATAL) still abort, DCHECK is still assert (off under NDEBUG), and
// nothing RE2 returns depends on its logging.
#ifndef UTIL_LOGGING_H_
#define UTIL_LOGGING_H_

#include <assert.h>
#include <stdlib.h>

#include "util/util.h"

#define DCHECK(condition) assert(condition)
#define DCHECK_EQ(val1, val2) assert((val1) == (val2))
#define DCHECK_NE(val1, val2) assert((val1) != (val2))
#define DCHECK_LE(val1, val2) assert((val1) <= (val2))
#define DCHECK_LT(val1, val2) assert((val1) < (val2))
#define DCHECK_GE(val1, val2) assert((val1) >= (val2))
#define DCHECK_GT(val1, val2) assert((val1) > (val2))

#define CHECK(x) if (x) {} else LogMessageFatal(__FILE__, __LINE__).stream() << "Check failed: " #x
#define CHECK_LT(x, y) CHECK((x) < (y))
#define CHECK_GT(x, y) CHECK((x) > (y))
#define CHECK_LE(x, y) CHECK((x) <= (y))
#define CHECK_GE(x, y) CHECK((x) >= (y))
#define CHECK_EQ(x, y) CHECK((x) == (y))
#define CHECK_NE(x, y) CHECK((x) != (y))

#define LOG_INFO LogMessage(__FILE__, __LINE__)
#define LOG_WARNING LogMessage(__FILE__, __LINE__)
#define LOG_ERROR LogMessage(__FILE__, __LINE__)
#define LOG_FATAL LogMessageFatal(__FILE__, __LINE__)
#define LOG_QFATAL LOG_FATAL

#ifdef NDEBUG
#define LOG_DFATAL LOG_ERROR
#else
#define LOG_DFATAL LOG_FATAL
#endif

#define LOG(severity) LOG_##severity.stream()

#define VLOG(x) if ((x) > 0) {} else LOG_INFO.stream()

// Accepts anything RE2 streams into a message, and drops it.
struct NullLogStream {
  template <typename T>
  NullLogStream& operator<<(const T&) { return *this; }
};

class LogMessage {
 public:
  LogMessage(const char*, int) {}
  NullLogStream& stream() { return stream_; }

 private:
  NullLogStream stream_;
  LogMessage(const LogMessage&) = delete;
  LogMessage& operator=(const LogMessage&) = delete;
};

class LogMessageFatal : public LogMessage {
 public:
  LogMessageFatal(const char* file, int line) : LogMessage(file, line) {}
  ATTRIBUTE_NORETURN ~LogMessageFatal() { abort(); }

 private:
  LogMessageFatal(const LogMessageFatal&) = delete;
  LogMessageFatal& operator=(const LogMessageFatal&) = delete;
};

#endif  // UTIL_LOGGING_H_
