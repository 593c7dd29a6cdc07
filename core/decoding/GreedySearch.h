#pragma once
// Greedy decoding: at each step emit the most probable token, until </s>
// or the length limit.

#include "alignment/Alignment.h"
#include "decoding/SearchInput.h"

namespace attnviz {

Alignment greedy_search(const SearchInput& input);

}  // namespace attnviz
