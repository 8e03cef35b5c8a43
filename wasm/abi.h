// The C ABI of the WebAssembly module: the only functions the JavaScript
// API (web/annotator/api.js) calls. It wraps newsann.h unchanged and adds
// nothing but buffer handling; sql.js is the model: plain C functions over
// the module's linear memory, every buffer's owner stated.
//
// Ownership
//   Inputs are allocated by the caller in the module's heap with
//   newsann_alloc() and stay the caller's: the functions read them and
//   never keep a pointer past the call, so the caller frees them
//   (newsann_free) whenever it likes after the call returns.
//   Outputs are allocated by the module and handed over: the caller owns
//   the returned buffer and must release it with newsann_free().
//
// Output
//   A NUL-terminated UTF-8 JSON document: docs/schema.md, byte for byte
//   what newsann::to_json() and the CLI produce; or, when the input is
//   rejected, newsann::error_json(): {"schema":1,"error":{"code":...}}.
//   JSON never contains a raw NUL (the writer escapes it), so the first NUL
//   ends it. With NEWSANN_COMPACT, a document that is no error comes as a
//   compact result instead (compact.h; its header gives every length).
//   NULL means the module could not allocate the output.
//
// Strings are (pointer, byte length) pairs, not NUL-terminated: inputs may
// contain NUL characters. A length of 0 with any pointer is the empty
// string.
//
// Nothing here throws or aborts on any input. Running out of memory is the
// one failure the core cannot report (operator new aborts); the JavaScript
// API catches that trap and replaces the instance.
#ifndef NEWSANN_WASM_ABI_H_
#define NEWSANN_WASM_ABI_H_

#include <cstdint>

extern "C" {

// Flags for the flags arguments.
enum : uint32_t {
  // Options::replace_invalid: repair invalid UTF-8 (as TextDecoder would)
  // instead of rejecting it. Text from a JavaScript string is always valid
  // (TextEncoder already replaced lone surrogates), so the API leaves it
  // off.
  NEWSANN_LENIENT = 1u << 0,
  // The result as a compact document (compact.h) instead of JSON, unless
  // it is an error document (still JSON: the first byte tells, '{').
  // The JavaScript API asks for it where it returns objects.
  NEWSANN_COMPACT = 1u << 1,
};

// The schema version of the JSON documents (newsann::kSchemaVersion).
int newsann_schema_version(void);

// The largest input accepted, in bytes (newsann::kMaxInputBytes).
uint32_t newsann_max_input_bytes(void);

// malloc/free of the module's heap, for inputs and outputs.
void* newsann_alloc(uint32_t size);
void newsann_free(void* p);

// newsann::annotate(text, {date, flags}) as JSON. date_len 0: no date.
char* newsann_annotate(const char* text, uint32_t text_len, const char* date, uint32_t date_len,
                       uint32_t flags);

// newsann::annotate_blocks() as JSON. The count blocks lie back to back in
// `texts`; lengths[i] is block i's byte length.
char* newsann_annotate_blocks(const char* texts, const uint32_t* lengths, uint32_t count,
                              const char* date, uint32_t date_len, uint32_t flags);

}  // extern "C"

#endif  // NEWSANN_WASM_ABI_H_
