#include "app/WhatIfState.h"

#include "alignment/BeamTree.h"
#include "model/HeadMask.h"
#include "tokens/Tokenizer.h"

#include <QObject>

#include <algorithm>

namespace attnviz::ui {
namespace {

QString quoted(const std::string& text) { return QObject::tr("“%1”").arg(QString::fromStdString(text)); }

// Toggles `value` in `values`.
template <typename T>
void toggle(std::vector<T>& values, const T& value) {
  const auto found = std::find(values.begin(), values.end(), value);
  if (found == values.end()) values.push_back(value);
  else values.erase(found);
}

}  // namespace

// Decodes first and changes the state only once the engine agreed.
// A request that changes nothing anymore (the last mask taken back) is the
// model's own result again.
Alignment WhatIfState::decode(const AttentionModel& model, const Alignment& shown, const BranchRequest& request) {
  if (own_ && request == BranchRequest{}) return takeOwn();
  const Alignment& own = own_ ? *own_ : shown;
  Alignment branch = decode_what_if(model, own, request);
  if (!own_) own_ = shown;
  request_ = request;
  node_.reset();
  return branch;
}

Alignment WhatIfState::choose(const AttentionModel& model, const Alignment& shown, int row, const std::string& token) {
  BranchRequest request = request_;
  request.prefix = branch_prefix(shown, row, token);
  Choice choice{row, token, shown.target_tokens.at(static_cast<size_t>(row))};
  Alignment branch = decode(model, shown, request);
  choice_ = std::move(choice);
  return branch;
}

Alignment WhatIfState::toggleMask(const AttentionModel& model, const Alignment& shown, int source) {
  BranchRequest request = request_;
  toggle(request.mask_source, source);
  return decode(model, shown, request);
}

Alignment WhatIfState::togglePin(const AttentionModel& model, const Alignment& shown, AttentionPin pin) {
  BranchRequest request = request_;
  const auto same_step = std::find_if(request.pins.begin(), request.pins.end(),
                                      [&pin](const AttentionPin& other) { return other.step == pin.step; });
  if (same_step == request.pins.end()) request.pins.push_back(pin);
  else if (*same_step == pin) request.pins.erase(same_step);
  else *same_step = pin;
  return decode(model, shown, request);
}

Alignment WhatIfState::switchHeadsOff(const AttentionModel& model, const Alignment& shown, std::vector<HeadRef> heads) {
  BranchRequest request = request_;
  request.masked_heads = std::move(heads);
  return decode(model, shown, request);
}

// A node of the model's own tree: the masks, pins and chosen words of an
// earlier what-if do not apply to it.
Alignment WhatIfState::showBeamNode(const AttentionModel& model, const Alignment& shown, int node) {
  const Alignment& own = own_ ? *own_ : shown;
  Alignment hypothesis = decode_beam_node(model, own, node);
  if (!own_) own_ = shown;
  request_ = {};
  choice_.reset();
  node_ = node;
  return hypothesis;
}

Alignment WhatIfState::takeOwn() {
  Alignment own = std::move(*own_);
  reset();
  return own;
}

void WhatIfState::reset() {
  own_.reset();
  request_ = {};
  choice_.reset();
  node_.reset();
}

CellMarks WhatIfState::interventionMarks(const std::vector<Eigen::Index>& positions) const {
  const auto column_of = [&positions](int position) {
    const auto found = std::find(positions.begin(), positions.end(), position);
    return found == positions.end() ? -1 : static_cast<int>(found - positions.begin());
  };
  CellMarks marks;
  for (int position : request_.mask_source) {
    if (const int column = column_of(position); column >= 0) marks.hatched_columns.push_back(column);
  }
  for (const AttentionPin& pin : request_.pins) {
    if (const int column = column_of(pin.source); column >= 0) marks.pinned.push_back({pin.step, column});
  }
  return marks;
}

QString WhatIfState::sourceWord(int source) const {
  const auto& tokens = own_->source_tokens;
  return source >= 0 && static_cast<size_t>(source) < tokens.size() ? quoted(tokens[static_cast<size_t>(source)])
                                                                   : QObject::tr("position %1").arg(source);
}

QStringList WhatIfState::interventionNotes() const {
  QStringList notes;
  for (int source : request_.mask_source) notes << QObject::tr("%1 masked").arg(sourceWord(source));
  for (const AttentionPin& pin : request_.pins) {
    notes << QObject::tr("step %1 pinned to %2").arg(pin.step + 1).arg(sourceWord(pin.source));
  }
  if (!request_.masked_heads.empty()) {
    QStringList heads;
    for (const HeadRef& head : request_.masked_heads) heads << QString::fromStdString(to_string(head));
    notes << QObject::tr("heads off: %1").arg(heads.join(QStringLiteral(", ")));
  }
  return notes;
}

QString WhatIfState::description() const {
  if (!own_) return {};
  QStringList parts;
  if (node_) {
    const BeamTree& tree = *own_->beam_tree;
    parts << QObject::tr("beam hypothesis “%1”").arg(QString::fromStdString(join_tokens(hypothesis_tokens(tree, *node_))));
  }
  if (choice_ && !request_.prefix.empty()) {
    parts << QObject::tr("%1 at step %2 (was %3)").arg(quoted(choice_->chosen)).arg(choice_->row + 1).arg(quoted(choice_->was));
  }
  parts << interventionNotes();
  return parts.join(QStringLiteral(" · "));
}

}  // namespace attnviz::ui
