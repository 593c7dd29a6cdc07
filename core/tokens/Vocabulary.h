#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace attnviz {

// Token strings <-> ids. The four specials sit at fixed ids in every
// vocabulary (MODEL_SPEC.md, "Tokens").
class Vocabulary {
 public:
  static constexpr int kPad = 0, kUnk = 1, kBos = 2, kEos = 3;
  static constexpr size_t kMaxTokenBytes = 1024;

  Vocabulary() = default;
  // Throws std::invalid_argument naming the problem when `tokens` has a
  // duplicate, an empty token or one over kMaxTokenBytes, or lacks a
  // special at its id.
  explicit Vocabulary(std::vector<std::string> tokens);

  int size() const { return static_cast<int>(tokens_.size()); }
  // The id of `token`, or kUnk when the vocabulary does not have it.
  int id(std::string_view token) const;
  bool contains(std::string_view token) const;
  const std::string& token(int id) const { return tokens_.at(static_cast<size_t>(id)); }
  const std::vector<std::string>& tokens() const { return tokens_; }

 private:
  std::vector<std::string> tokens_;
  std::unordered_map<std::string, int> ids_;
};

}  // namespace attnviz
