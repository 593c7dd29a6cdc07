#include "model/TensorRef.h"

namespace attnviz {

long long TensorRef::size() const {
  long long n = 1;
  for (long long d : shape) n *= d;
  return n;
}

}  // namespace attnviz
