#include "view/VectorUnitState.h"

namespace attnviz::ui {

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
namespace {

// Compiled for AVX whatever the build's -march, and run only where the CPU
// has it.
__attribute__((target("avx"))) void zero_upper() { __builtin_ia32_vzeroupper(); }
const bool kCpuHasAvx = __builtin_cpu_supports("avx");

}  // namespace

void clear_upper_vector_state() {
  if (kCpuHasAvx) zero_upper();
}
#else
void clear_upper_vector_state() {}
#endif

}  // namespace attnviz::ui
