#include "app/ModelPane.h"

// The pane's "what if" (issue 16), apart from how it draws: decoding again
// from a chosen word, masks and pins, a node of the beam tree, heads
// switched off, and stepping through the decoding.

#include "alignment/BranchComparison.h"
#include "alignment/EndOfSentence.h"
#include "app/BeamTreeWindow.h"
#include "app/BranchView.h"
#include "app/HeadsPopup.h"
#include "app/PaneHeader.h"
#include "app/StepBar.h"
#include "decoding/HeadImportance.h"
#include "view/RowDetail.h"

#include <QLabel>
#include <QStackedWidget>

#include <numeric>

namespace attnviz::ui {

// Beside a what-if branch on the heatmap: the model's own and the difference.
void ModelPane::updateBranchView() {
  const bool beside = what_if_.active() && views_->currentWidget() == heatmap_;
  branch_view_->setVisible(beside);
  heatmap_->setTitle(beside ? tr("what if") : QString());
  if (!beside) return;
  const Alignment own = prepared(what_if_.own());
  branch_view_->showBranch(own, compare_branch(own, shown_));
}

void ModelPane::updateMarks() {
  CellMarks marks = canIntervene() ? what_if_.interventionMarks(columnPositions()) : CellMarks{};
  if (what_if_.active()) marks.changed_rows = compare_branch(prepared(what_if_.own()), shown_).changed;
  if (stepping_ && shown_.rows() > 0) {
    marks.step_row = step_bar_->step();
    marks.revealed_rows = step_bar_->step() + 1;
  }
  heatmap_->setMarks(std::move(marks));
}

// The source position of each heatmap column: fewer with </s> hidden.
std::vector<Eigen::Index> ModelPane::columnPositions() const {
  if (options_.hide_end_of_sentence) return kept_source_positions(original_);
  std::vector<Eigen::Index> all(static_cast<size_t>(original_.cols()));
  std::iota(all.begin(), all.end(), 0);
  return all;
}

int ModelPane::sourcePosition(int column) const {
  const std::vector<Eigen::Index> positions = columnPositions();
  return column >= 0 && static_cast<size_t>(column) < positions.size() ? static_cast<int>(positions[static_cast<size_t>(column)]) : -1;
}

// Decoding again needs the model and a result whose rows are the target
// steps; a forced result is forced again onto its reference.
bool ModelPane::canSteer() const {
  return followsSentence() && has_alignment_ && (shown_.maps.empty() || shown_.primary().rows == MapAxis::Target);
}

// Another word at a step, or heads switched off, need a free decoding:
// a forced one keeps its words.
bool ModelPane::canDecodeAgain() const { return canSteer() && original_.mode != DecodeMode::Forced; }

// Masks and pins name source columns of target rows: a cross map.
bool ModelPane::canIntervene() const { return canSteer() && !shown_.maps.empty() && showsHeadlineAxes(); }

// Runs one what-if decoding; the engine's refusal is shown, not thrown.
template <typename Decode>
void ModelPane::decodeWhatIf(Decode decode) {
  try {
    original_ = decode();
  } catch (const std::exception& error) {
    statistics_->setText(tr("⚠ %1").arg(QString::fromUtf8(error.what()).toHtmlEscaped()));
    return;
  }
  refresh();
  updateBeamTree();
}

void ModelPane::continueWith(int row, const QString& token) {
  if (!canDecodeAgain() || row < 0 || row >= original_.rows() || token.trimmed().isEmpty()) return;
  if (!stepping_) row_detail_->hide();
  decodeWhatIf([&] { return what_if_.choose(*model_, original_, row, token.trimmed().toStdString()); });
}

void ModelPane::toggleMask(int column) {
  const int position = sourcePosition(column);
  if (!canIntervene() || position < 0 || position >= original_.cols()) return;
  decodeWhatIf([&] { return what_if_.toggleMask(*model_, original_, position); });
}

void ModelPane::togglePin(const Cell& cell) {
  const int position = sourcePosition(cell.col);
  if (!canIntervene() || position < 0 || position >= original_.cols() || cell.row < 0 || cell.row >= original_.rows()) return;
  decodeWhatIf([&] { return what_if_.togglePin(*model_, original_, {cell.row, position}); });
}

void ModelPane::showBeamNode(int node) {
  const Alignment* own = ownResult();
  if (!followsSentence() || !own || !own->beam_tree) return;
  decodeWhatIf([&] { return what_if_.showBeamNode(*model_, original_, node); });
}

void ModelPane::backToOwnTranslation() {
  if (!what_if_.active()) return;
  original_ = what_if_.takeOwn();
  refresh();
  updateBeamTree();
}

// The model's own result (the beam tree's), what-if or not.
const Alignment* ModelPane::ownResult() const {
  if (!has_alignment_) return nullptr;
  return what_if_.active() ? &what_if_.own() : &original_;
}

void ModelPane::showBeamTree() {
  if (!tree_window_) {
    tree_window_ = new BeamTreeWindow(this);
    connect(tree_window_, &BeamTreeWindow::nodeClicked, this, &ModelPane::showBeamNode);
  }
  updateBeamTree();
  // Over the lower half of the pane's cells: the first rows stay in sight.
  tree_window_->open(tr("Beam tree · %1").arg(displayName()), views_->mapToGlobal(QPoint(0, views_->height() / 2)));
}

// The header offers the tree while the model's own result has one; an open
// window follows the newest result.
void ModelPane::updateBeamTree() {
  const Alignment* own = ownResult();
  const bool has_tree = own && own->beam_tree && !own->beam_tree->nodes.empty();
  header_->setBeamTreeAvailable(has_tree);
  if (!tree_window_) return;
  if (!has_tree) return tree_window_->hide();
  tree_window_->setTree(*own->beam_tree);
  tree_window_->setSelected(what_if_.beamNode());
}

void ModelPane::setStepping(bool on) {
  stepping_ = on;
  header_->setStepsChecked(on);
  step_bar_->setVisible(on);
  if (on) step_bar_->setStep(row_detail_->isVisible() ? row_detail_->row() : 0);
  if (on) step_bar_->setFocus();
  else row_detail_->hide();
  showStep();
}

// The step's row in detail; the rows after it veiled.
void ModelPane::showStep() {
  updateMarks();
  if (!stepping_ || !has_alignment_ || shown_.rows() == 0) return;
  row_detail_->showRow(shown_, step_bar_->step());
  placeRowDetail();
  row_detail_->show();
  row_detail_->raise();
}

void ModelPane::switchHeadsOff(const std::vector<HeadRef>& heads) {
  if (!canDecodeAgain()) return;
  decodeWhatIf([&] { return what_if_.switchHeadsOff(*model_, original_, heads); });
  if (heads_popup_->isVisible()) showHeads();
}

void ModelPane::rankHeads() {
  const Alignment* own = ownResult();
  if (!canDecodeAgain() || !own) return;
  try {
    heads_popup_->showRanking(rank_heads(*model_, *own));
  } catch (const std::exception& error) {
    statistics_->setText(tr("⚠ %1").arg(QString::fromUtf8(error.what()).toHtmlEscaped()));
  }
}

}  // namespace attnviz::ui
