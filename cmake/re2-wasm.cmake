# Placeholder until the wasm build lands (issue 3).
message(FATAL_ERROR "the WebAssembly build is not wired yet")
