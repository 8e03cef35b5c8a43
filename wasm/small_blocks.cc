// operator new and delete for the wasm module: blocks of up to 4 KiB come
// from free lists, one per size class, so that the core's many small,
// short-lived allocations (a document's vectors, names and mention lists:
// about 350 a document) cost a pop and a push instead of a call into the
// general allocator (emmalloc, about 3.5% of annotate()'s time in V8's
// profile). Larger blocks, malloc() and the JavaScript side's buffers
// (newsann_alloc) stay with emmalloc.
//
// Small blocks are carved from 64 KiB chunks, each chunk holding one size
// class; a table with one byte per 64 KiB of the 4 GiB address space (64 KiB
// of zeroed memory, not in the .wasm) gives the class of the chunk a pointer
// lies in, 0 for memory that is not a chunk. So delete needs no size and no
// header before each block. A freed block goes back to its class's list and
// is never returned to emmalloc: the module's memory cannot shrink anyway,
// and what a class holds is bounded by the most blocks of that size a
// document had alive at once.
//
// wasm is single-threaded here (no -pthread): the lists need no lock.
// Allocation failure behaves as the default operator new does with
// exceptions off: abort(), which the JavaScript API recovers from.
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <new>

namespace {

constexpr size_t kGranule = 8;  // __STDCPP_DEFAULT_NEW_ALIGNMENT__ on wasm32
constexpr size_t kFine = 256;   // classes of 8, 16, ... 256 bytes
constexpr size_t kFineClasses = kFine / kGranule;
constexpr size_t kLargest = 4096;  // then quarter steps: 320, 384, 448, 512, 640, ... 4096
constexpr size_t kClasses = kFineClasses + 4 * 4;
constexpr unsigned kChunkBits = 16;
constexpr size_t kChunk = size_t{1} << kChunkBits;
static_assert(sizeof(void*) == 4, "the chunk table covers a 32-bit address space");
static_assert(__STDCPP_DEFAULT_NEW_ALIGNMENT__ <= kGranule, "blocks keep new's alignment");

// Class c (1 to kClasses) and its block size.
size_t class_of_size(size_t n) {
  if (n <= kFine) return n == 0 ? 1 : (n + kGranule - 1) / kGranule;
  const unsigned k = std::bit_width(n - 1);  // 2^(k-1) < n <= 2^k, k = 9 ... 12
  return kFineClasses + (k - 9) * 4 + (((n - 1) >> (k - 3)) & 3) + 1;
}
constexpr size_t class_size(size_t c) {
  if (c <= kFineClasses) return c * kGranule;
  const size_t i = c - kFineClasses - 1, k = 9 + i / 4;
  return (4 + i % 4 + 1) << (k - 3);
}
static_assert(class_size(kFineClasses + 1) == 320 && class_size(kFineClasses + 4) == 512 &&
              class_size(kFineClasses + 5) == 640 && class_size(kClasses) == kLargest);

struct FreeBlock {
  FreeBlock* next;
};

uint8_t chunk_class[size_t{1} << (32 - kChunkBits)];  // by address >> kChunkBits
FreeBlock* free_list[kClasses + 1];
// The chunk each class is being carved from: its next block and end.
char* carve_at[kClasses + 1];
char* carve_end[kClasses + 1];

// A block of class c from a fresh chunk; nullptr when memory is out.
void* carve(size_t c) {
  const size_t size = class_size(c);
  if (carve_at[c] == nullptr || static_cast<size_t>(carve_end[c] - carve_at[c]) < size) {
    char* chunk = static_cast<char*>(std::aligned_alloc(kChunk, kChunk));
    if (chunk == nullptr) return nullptr;
    chunk_class[reinterpret_cast<uintptr_t>(chunk) >> kChunkBits] = static_cast<uint8_t>(c);
    carve_at[c] = chunk;
    carve_end[c] = chunk + kChunk;
  }
  void* p = carve_at[c];
  carve_at[c] += size;
  return p;
}

void* allocate(size_t n) noexcept {
  if (n > kLargest) return std::malloc(n);
  const size_t c = class_of_size(n);
  if (FreeBlock* b = free_list[c]) {
    free_list[c] = b->next;
    return b;
  }
  return carve(c);
}

void release(void* p) noexcept {
  if (p == nullptr) return;
  const uint8_t c = chunk_class[reinterpret_cast<uintptr_t>(p) >> kChunkBits];
  if (c == 0) {
    std::free(p);
    return;
  }
  FreeBlock* b = static_cast<FreeBlock*>(p);
  b->next = free_list[c];
  free_list[c] = b;
}

}  // namespace

// Not inlined: under LTO each of the core's hundreds of call sites took a
// copy of the fast path (+25 KB raw, +5 KB gzip) for no measurable gain.
__attribute__((noinline)) void* operator new(size_t n) {
  void* p = allocate(n);
  if (p == nullptr) std::abort();
  return p;
}
void* operator new[](size_t n) { return operator new(n); }
void* operator new(size_t n, const std::nothrow_t&) noexcept { return allocate(n); }
void* operator new[](size_t n, const std::nothrow_t&) noexcept { return allocate(n); }
__attribute__((noinline)) void operator delete(void* p) noexcept { release(p); }
void operator delete[](void* p) noexcept { operator delete(p); }
void operator delete(void* p, size_t) noexcept { operator delete(p); }
void operator delete[](void* p, size_t) noexcept { operator delete(p); }
void operator delete(void* p, const std::nothrow_t&) noexcept { operator delete(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { operator delete(p); }
