# RE2 for WebAssembly: compiled from Debian's source package (the same
# version as the native libre2-dev), fetched at build time into
# build/re2-src/ by scripts/re2-wasm-source.sh. Nothing of it is committed.
#
# Defines the static library target re2_wasm, which core/ links under
# emcmake. Single-threaded: no -pthread (a pthread build needs
# SharedArrayBuffer, which pages and content scripts lack); RE2's mutexes
# then compile to Emscripten's no-op pthread stubs.
set(NEWSANN_RE2_SOURCE_DIR "${PROJECT_SOURCE_DIR}/build/re2-src/re2" CACHE PATH
    "RE2 source tree for the WebAssembly build (scripts/re2-wasm-source.sh)")

if(NOT EXISTS "${NEWSANN_RE2_SOURCE_DIR}/.newsann-ready")
  if(NEWSANN_RE2_SOURCE_DIR STREQUAL "${PROJECT_SOURCE_DIR}/build/re2-src/re2")
    message(STATUS "Fetching RE2's Debian source package")
    execute_process(COMMAND bash "${PROJECT_SOURCE_DIR}/scripts/re2-wasm-source.sh"
                    RESULT_VARIABLE re2_fetch_status)
  endif()
  if(NOT EXISTS "${NEWSANN_RE2_SOURCE_DIR}/.newsann-ready")
    message(FATAL_ERROR "RE2 sources missing in ${NEWSANN_RE2_SOURCE_DIR}: run scripts/re2-wasm-source.sh")
  endif()
endif()

# The library sources, as upstream's CMakeLists.txt lists them (no tests,
# no benchmarks, no pcre comparison).
set(NEWSANN_RE2_FILES
    re2/bitstate.cc re2/compile.cc re2/dfa.cc re2/filtered_re2.cc re2/mimics_pcre.cc
    re2/nfa.cc re2/onepass.cc re2/parse.cc re2/perl_groups.cc re2/prefilter.cc
    re2/prefilter_tree.cc re2/prog.cc re2/re2.cc re2/regexp.cc re2/set.cc
    re2/simplify.cc re2/stringpiece.cc re2/tostring.cc re2/unicode_casefold.cc
    util/rune.cc util/strutil.cc)
list(TRANSFORM NEWSANN_RE2_FILES PREPEND "${NEWSANN_RE2_SOURCE_DIR}/")
# re2/unicode_groups.cc (\p{Greek} tables, 13 KB gzip) is replaced by an
# ASCII stand-in: see wasm/re2-overrides/re2/unicode_groups_ascii.cc. It is
# only right while no core pattern uses a Unicode class: checked here.
list(APPEND NEWSANN_RE2_FILES "${PROJECT_SOURCE_DIR}/wasm/re2-overrides/re2/unicode_groups_ascii.cc")
file(GLOB newsann_core_pattern_sources "${PROJECT_SOURCE_DIR}/core/src/*.cc" "${PROJECT_SOURCE_DIR}/core/src/*.h")
foreach(f IN LISTS newsann_core_pattern_sources)
  file(STRINGS "${f}" unicode_class_lines REGEX "\\\\[pP](\\{|[A-Z])")
  if(unicode_class_lines)
    message(FATAL_ERROR "${f} writes a Unicode class (\\p or \\P) in a pattern: the wasm build's RE2 has no "
                        "Unicode tables (wasm/re2-overrides/re2/unicode_groups_ascii.cc). Restore re2/unicode_groups.cc "
                        "in cmake/re2-wasm.cmake, or use an explicit class.")
  endif()
endforeach()

add_library(re2_wasm STATIC ${NEWSANN_RE2_FILES})
# SYSTEM: RE2's own warnings are not ours to fix. wasm/re2-overrides comes
# first: its util/logging.h replaces RE2's, whose iostream-based messages
# would link libc++'s iostreams and locales (~90 KB) for nothing
# (see that header).
target_include_directories(re2_wasm BEFORE PRIVATE "${PROJECT_SOURCE_DIR}/wasm/re2-overrides")
target_include_directories(re2_wasm SYSTEM PUBLIC "${NEWSANN_RE2_SOURCE_DIR}")
target_compile_options(re2_wasm PRIVATE -w)
