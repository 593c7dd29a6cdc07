#include "decoding/BeamSearch.h"

#include "decoding/DecodeTrace.h"
#include "decoding/TargetPrefix.h"
#include "decoding/TopK.h"

#include <algorithm>
#include <cmath>

namespace attnviz {
namespace {

// A token chosen at some step, with a pointer back to the choice before it.
struct Choice {
  PathStep step;
  int previous = -1;  // index into the choices, -1 for the first token
};

struct Hypothesis {
  int last_choice = -1;  // -1: nothing emitted yet
  double logprob = 0;
  Eigen::Index length = 0;
  bool greedy = true;    // every token so far was its parent's most probable one
  int node = -1;         // its last token's node in the beam tree, when one is recorded
};

struct Candidate {
  double logprob;
  int parent;  // index of the live hypothesis it extends
  int token;
  float token_logprob;
  bool greedy;  // the greedy hypothesis extended by its best token
};

class Beam {
 public:
  explicit Beam(const SearchInput& input);
  Alignment run();

 private:
  void expand(int t);
  void select(int t);
  void keep_greedy_lane(std::ptrdiff_t kept);
  void keep(const Candidate& candidate, int t, int node);
  void record_candidates(int t, std::ptrdiff_t kept);
  void finish_tree(const Hypothesis& best, Alignment& alignment);
  bool live_can_still_win() const;
  double score(const Hypothesis& hypothesis) const;
  const Hypothesis& best() const;
  std::vector<PathStep> path_of(const Hypothesis& hypothesis) const;

  const SearchInput& input_;
  int width_;
  DecodeTrace trace_;  // node t * width + j: live hypothesis j expanded at step t
  std::vector<Choice> choices_;
  std::vector<Hypothesis> live_, next_live_, finished_;
  std::vector<int> parents_;  // lane of the decoder each new live hypothesis continues
  std::vector<Candidate> candidates_;
  TopK best_tokens_;
  TargetPrefix prefix_;  // forced on the one live hypothesis before the beam opens
  bool record_tree_;
  BeamTree tree_;        // tokens named at the end: the step loop allocates nothing
};

Beam::Beam(const SearchInput& input)
    : input_(input),
      width_(static_cast<int>(std::min<Eigen::Index>(input.options.beam_width,
                                                      input.decoder.vocabulary_size()))),
      trace_(static_cast<Eigen::Index>(input.max_steps) * width_, input.decoder,
             input.options.top_k),
      best_tokens_(width_), prefix_(make_target_prefix(input.steering.prefix, input.target_vocab)),
      record_tree_(input.options.record_beam_tree) {
  input.decoder.start(width_);
  input.decoder.set_attention_edit(input.steering.edit.empty() ? nullptr : &input.steering.edit);
  parents_.reserve(static_cast<size_t>(width_));
  choices_.reserve(static_cast<size_t>(input.max_steps) * static_cast<size_t>(width_));
  live_.reserve(static_cast<size_t>(width_));
  next_live_.reserve(static_cast<size_t>(width_));
  finished_.reserve(choices_.capacity());
  candidates_.reserve(static_cast<size_t>(width_) * static_cast<size_t>(width_));
  if (record_tree_) tree_.nodes.reserve(choices_.capacity() * static_cast<size_t>(width_));
  live_.push_back({});
}

Alignment Beam::run() {
  for (int t = 0; t < input_.max_steps && !live_.empty() && live_can_still_win(); ++t) {
    expand(t);
    select(t);
  }
  const std::vector<PathStep> path = path_of(best());
  Alignment alignment = trace_.to_alignment(path, prefixed_labels(path, prefix_, input_.target_vocab),
                                            input_.source, input_.target_vocab);
  mark_forced_prefix(alignment, prefix_);
  alignment.mode = DecodeMode::Beam;
  alignment.beam_width = width_;
  if (record_tree_) finish_tree(best(), alignment);
  return alignment;
}

// Runs the decoder once per live hypothesis and collects its best tokens.
void Beam::expand(int t) {
  candidates_.clear();
  for (int j = 0; j < static_cast<int>(live_.size()); ++j) {
    const Hypothesis& hypothesis = live_[static_cast<size_t>(j)];
    const int previous = hypothesis.last_choice < 0
                             ? Vocabulary::kBos
                             : choices_[static_cast<size_t>(hypothesis.last_choice)].step.token;
    input_.decoder.run(j, previous);  // lane j holds live hypothesis j
    const int best_token = trace_.record(static_cast<Eigen::Index>(t) * width_ + j, input_.decoder);
    if (t < prefix_.size()) {
      // Within the prefix the one candidate is the forced token; the lane
      // stays "greedy", so that greedy search from the prefix keeps its lane.
      const int token = prefix_.token(t, best_token);
      const float token_logprob = input_.decoder.log_probs()(token);
      candidates_.push_back({hypothesis.logprob + token_logprob, j, token, token_logprob, hypothesis.greedy});
      continue;
    }
    bool first = true;
    for (int token : best_tokens_.select(input_.decoder.log_probs(), width_)) {
      const float token_logprob = input_.decoder.log_probs()(token);
      candidates_.push_back({hypothesis.logprob + token_logprob, j, token, token_logprob,
                             hypothesis.greedy && first});
      first = false;
    }
  }
}

// Keeps the k best candidates: the finished ones leave the beam.
void Beam::select(int t) {
  const auto kept = std::min(static_cast<std::ptrdiff_t>(width_),
                             static_cast<std::ptrdiff_t>(candidates_.size()));
  // Ties go to the earlier candidate, i.e. the better parent and lower token id.
  std::partial_sort(candidates_.begin(), candidates_.begin() + kept, candidates_.end(),
                    [](const Candidate& a, const Candidate& b) {
                      return a.logprob > b.logprob ||
                             (a.logprob == b.logprob &&
                              (a.parent < b.parent || (a.parent == b.parent && a.token < b.token)));
                    });
  keep_greedy_lane(kept);
  const auto first_node = static_cast<int>(tree_.nodes.size());
  if (record_tree_) record_candidates(t, kept);
  next_live_.clear();
  parents_.clear();
  for (std::ptrdiff_t c = 0; c < kept; ++c)
    keep(candidates_[static_cast<size_t>(c)], t, record_tree_ ? first_node + static_cast<int>(c) : -1);
  std::swap(live_, next_live_);
  input_.decoder.reorder(parents_);
}

// One lane always follows greedy search: a plain beam can prune the greedy
// path and then return something greedy search would have beaten, while
// with this lane beam search never scores worse than greedy by its own
// length-normalised criterion.
void Beam::keep_greedy_lane(std::ptrdiff_t kept) {
  const auto is_greedy = [](const Candidate& c) { return c.greedy; };
  const auto top_end = candidates_.begin() + kept;
  if (kept == 0 || std::any_of(candidates_.begin(), top_end, is_greedy)) return;
  const auto greedy = std::find_if(top_end, candidates_.end(), is_greedy);
  if (greedy != candidates_.end()) std::iter_swap(top_end - 1, greedy);
}

// One node per candidate, kept ones first (the order select() left them in).
void Beam::record_candidates(int t, std::ptrdiff_t kept) {
  for (size_t c = 0; c < candidates_.size(); ++c) {
    const Candidate& candidate = candidates_[c];
    BeamNode node;
    node.id = static_cast<int>(tree_.nodes.size());
    node.parent = live_[static_cast<size_t>(candidate.parent)].node;
    node.step = t;
    node.token_id = candidate.token;
    node.logprob = candidate.logprob;
    node.token_logprob = candidate.token_logprob;
    node.kept = static_cast<std::ptrdiff_t>(c) < kept;
    tree_.nodes.push_back(node);  // reserved: allocates nothing
  }
}

// Names the tokens and marks the hypotheses the search ended with.
void Beam::finish_tree(const Hypothesis& best, Alignment& alignment) {
  for (BeamNode& node : tree_.nodes) node.token = input_.target_vocab.token(node.token_id);
  for (const std::vector<Hypothesis>* group : {&finished_, &live_})
    for (const Hypothesis& hypothesis : *group)
      if (hypothesis.node >= 0) tree_.nodes[static_cast<size_t>(hypothesis.node)].final = true;
  if (best.node >= 0) tree_.nodes[static_cast<size_t>(best.node)].best = true;
  alignment.beam_tree = std::move(tree_);
}

void Beam::keep(const Candidate& candidate, int t, int node) {
  const Hypothesis& parent = live_[static_cast<size_t>(candidate.parent)];
  choices_.push_back({{static_cast<Eigen::Index>(t) * width_ + candidate.parent, candidate.token,
                       candidate.token_logprob},
                      parent.last_choice});
  const Hypothesis extended{static_cast<int>(choices_.size()) - 1, candidate.logprob,
                            parent.length + 1, candidate.greedy, node};
  if (candidate.token == Vocabulary::kEos) {
    finished_.push_back(extended);
    return;
  }
  parents_.push_back(candidate.parent);
  next_live_.push_back(extended);
}

bool Beam::live_can_still_win() const {
  if (finished_.empty()) return true;
  double best_finished = score(finished_.front());
  for (const Hypothesis& hypothesis : finished_) best_finished = std::max(best_finished, score(hypothesis));
  for (const Hypothesis& hypothesis : live_) {
    const double reachable = length_normalised_score(hypothesis.logprob, input_.max_steps,
                                                     input_.options.length_penalty);
    if (reachable > best_finished) return true;
  }
  return false;
}

double Beam::score(const Hypothesis& hypothesis) const {
  return length_normalised_score(hypothesis.logprob, hypothesis.length,
                                 input_.options.length_penalty);
}

// The finished hypothesis, or one still live at the length limit, with the
// best length-normalised score.
const Hypothesis& Beam::best() const {
  const Hypothesis* best = nullptr;
  for (const std::vector<Hypothesis>* group : {&finished_, &live_}) {
    for (const Hypothesis& hypothesis : *group) {
      if (best == nullptr || score(hypothesis) > score(*best)) best = &hypothesis;
    }
  }
  return *best;
}

std::vector<PathStep> Beam::path_of(const Hypothesis& hypothesis) const {
  std::vector<PathStep> path;
  for (int c = hypothesis.last_choice; c >= 0; c = choices_[static_cast<size_t>(c)].previous) {
    path.push_back(choices_[static_cast<size_t>(c)].step);
  }
  std::reverse(path.begin(), path.end());
  return path;
}

}  // namespace

double length_normalised_score(double logprob, Eigen::Index length, float length_penalty) {
  return logprob / std::pow(static_cast<double>(std::max<Eigen::Index>(length, 1)), length_penalty);
}

Alignment beam_search(const SearchInput& input) { return Beam(input).run(); }

}  // namespace attnviz
