// wasm/small_blocks.cc, the wasm module's operator new and delete, tested
// inside wasm (this file is built into the wasm GoogleTest binary only, so
// the whole core suite there runs on the allocator as well).
#include <gtest/gtest.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <new>
#include <vector>

namespace {

uint8_t pattern(size_t size, size_t i) { return static_cast<uint8_t>(size * 31 + i * 7 + 1); }

void fill(void* p, size_t size) {
  for (size_t i = 0; i < size; ++i) static_cast<uint8_t*>(p)[i] = pattern(size, i);
}

bool intact(const void* p, size_t size) {
  for (size_t i = 0; i < size; ++i) {
    if (static_cast<const uint8_t*>(p)[i] != pattern(size, i)) return false;
  }
  return true;
}

// Every size from 0 past the largest class (4 KiB), three blocks each, all
// alive at once: each keeps new's alignment and its bytes (no two blocks
// overlap, whatever their class), and each goes back on delete.
TEST(SmallBlocks, EverySizeGetsItsOwnAlignedBytes) {
  struct Block {
    void* p;
    size_t size;
  };
  std::vector<Block> blocks;
  for (size_t size = 0; size <= 4200; ++size) {
    for (int k = 0; k < 3; ++k) {
      void* p = ::operator new(size);
      ASSERT_NE(p, nullptr);
      ASSERT_EQ(reinterpret_cast<uintptr_t>(p) % __STDCPP_DEFAULT_NEW_ALIGNMENT__, 0u) << size;
      fill(p, size);
      blocks.push_back({p, size});
    }
  }
  for (const Block& b : blocks) ASSERT_TRUE(intact(b.p, b.size)) << b.size;
  for (const Block& b : blocks) ::operator delete(b.p);
}

// A freed block is the next one given for a size of its class, and only of
// its class: 97 to 104 bytes share one (8-byte steps), 105 does not; above
// 256 bytes the steps are quarters (257 to 320 share one).
TEST(SmallBlocks, AFreedBlockServesItsClassAgain) {
  void* p = ::operator new(100);
  ::operator delete(p);
  void* q = ::operator new(97);
  EXPECT_EQ(q, p);
  void* r = ::operator new(105);
  EXPECT_NE(r, p);
  ::operator delete(q);
  void* s = ::operator new(104);
  EXPECT_EQ(s, p);
  ::operator delete(s);
  ::operator delete(r);

  void* big = ::operator new(257);
  ::operator delete(big);
  void* same = ::operator new(320);
  EXPECT_EQ(same, big);
  void* next = ::operator new(321);
  EXPECT_NE(next, big);
  ::operator delete(same);
  ::operator delete(next);
}

// A class runs over several chunks (64 KiB each: 16 blocks of 4 KiB), and
// blocks past the largest class come from malloc; both kinds free by plain
// delete, the nothrow forms too.
TEST(SmallBlocks, ManyChunksAndLargeBlocksFreeAlike) {
  std::vector<void*> blocks;
  for (int k = 0; k < 40; ++k) {
    void* p = ::operator new(4096);
    fill(p, 4096);
    blocks.push_back(p);
  }
  void* large = ::operator new(100000);
  fill(large, 100000);
  void* nothrow = ::operator new(24, std::nothrow);
  ASSERT_NE(nothrow, nullptr);
  fill(nothrow, 24);
  for (void* p : blocks) EXPECT_TRUE(intact(p, 4096));
  EXPECT_TRUE(intact(large, 100000));
  EXPECT_TRUE(intact(nothrow, 24));
  for (void* p : blocks) ::operator delete(p);
  ::operator delete(large);
  ::operator delete(nothrow, std::nothrow);
  // The 40 blocks are free again: 40 more of that size reuse them all.
  std::vector<void*> again;
  for (int k = 0; k < 40; ++k) again.push_back(::operator new(4000));
  for (void* p : again) EXPECT_NE(std::find(blocks.begin(), blocks.end(), p), blocks.end());
  for (void* p : again) ::operator delete(p);
}

}  // namespace
