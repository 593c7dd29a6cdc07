#pragma once
// One model's view of the current sentence: its title (score function and
// model name), the translation with its log-probability and mean attention
// entropy, the heatmap (or the alignment-lines view) with the step scores
// beside its rows, and the details of a clicked row, which open over the
// pane so that neither the heatmap nor the window changes size.
//
// "What if" (issue 16): the pane steps through its decoding (StepBar), lets
// the decoder go on from another word, masks a source word or pins a step
// to one (InterventionMenu), shows any hypothesis of the beam tree
// (BeamTreeView), and draws such a branch beside the model's own result
// with their difference (BranchView). WhatIfState keeps what changed; all
// decoding is core's (decoding/BranchDecoding.h). The pane's side of it is
// in ModelPaneWhatIf.cpp.
//
// A pane either follows the sentence, translating it with its model, or
// shows one fixed alignment: a matrix opened from a file that some other
// tool computed (File > Open attention matrix). Both are drawn by the same
// code; what a fixed pane's file lacks (raw scores, decoder probabilities,
// top-5 alternatives) is left out, because every part reads only the
// Alignment and the ModelInfo.

#include "alignment/GoldAlignment.h"
#include "app/WhatIfState.h"
#include "export/ModelAlignment.h"
#include "model/AttentionModel.h"
#include "view/HeatmapPlot.h"

#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QStackedWidget;

namespace attnviz::ui {

class AlignmentLinesView;
class BeamTreeWindow;
class BranchView;
class ElidedLabel;
class HeadsPopup;
class InterventionMenu;
class MapChooser;
class PaneHeader;
class RowDetail;
class StepBar;

// The view options every pane shares (the View menu).
struct PaneOptions {
  HeatmapOptions heatmap;
  bool hide_end_of_sentence = false;  // drop the </s> column, renormalise rows (core)
};

class ModelPane : public QWidget {
  Q_OBJECT

 public:
  // Follows the sentence: the window asks `model` for every new input.
  explicit ModelPane(std::shared_ptr<const AttentionModel> model, QWidget* parent = nullptr);
  // Shows `fixed` for good; model() is null and new sentences pass it by.
  explicit ModelPane(const ModelAlignment& fixed, QWidget* parent = nullptr);

  // Null for a fixed pane.
  const std::shared_ptr<const AttentionModel>& model() const { return model_; }
  bool followsSentence() const { return model_ != nullptr; }
  // The provenance of what the pane shows, for exports and titles.
  const ModelInfo& info() const { return info_; }
  QString modelName() const;
  // Distinct from every model pane's name, for lists and the comparison:
  // a fixed pane is marked as imported.
  QString displayName() const;
  QString title() const;
  // Where a fixed pane's matrix came from; empty when it follows the sentence.
  QString originText() const;

  // `own_translation`: with a forced alignment, the model's own translation
  // of the sentence, shown beside the reference.
  void setAlignment(const Alignment& alignment, const QString& own_translation = {});
  void showError(const QString& message);
  void clear();
  void setOptions(const PaneOptions& options);
  void setGold(std::optional<GoldAlignment> gold);
  void setRawScores(bool raw);
  void setLinesView(bool lines);

  // What the pane shows, after hiding </s> if asked and focused on the
  // chosen map: what comparisons and copies use.
  const Alignment& shownAlignment() const { return shown_; }
  bool hasAlignment() const { return has_alignment_; }
  HeatmapPlot* heatmap() const { return heatmap_; }
  // Models with several maps (a Transformer): which one the pane shows.
  MapChooser* mapChooser() const { return map_chooser_; }
  // What if the decoder had chosen `token` at step `row`? Decodes again
  // with the rows before it and `token` forced, then freely; the pane shows
  // that branch beside the model's own translation until the next sentence
  // or backToOwnTranslation().
  void continueWith(int row, const QString& token);
  // Masks (or unmasks) the source word of heatmap column `column`; pins (or
  // unpins) step cell.row to the word of cell.col; decodes again with every
  // intervention so far.
  void toggleMask(int column);
  void togglePin(const Cell& cell);
  // Decodes the hypothesis of node `node` of the model's own beam tree.
  void showBeamNode(int node);
  void backToOwnTranslation();
  bool showsWhatIf() const { return what_if_.active(); }
  const WhatIfState& whatIf() const { return what_if_; }
  // Step through the decoding: the heatmap reveals the rows up to the
  // step and the details show it.
  void setStepping(bool on);
  bool stepping() const { return stepping_; }
  StepBar* stepBar() const { return step_bar_; }
  // The beam tree of the model's own result, in a window of its own.
  void showBeamTree();
  // Null until showBeamTree().
  BeamTreeWindow* beamTreeWindow() const { return tree_window_; }
  BranchView* branchView() const { return branch_view_; }
  InterventionMenu* interventionMenu() const { return interventions_; }
  // Every head of every layer as thumbnails; a click shows that head.
  void showHeads();
  // A Transformer decoded again with exactly `heads` switched off (a
  // what-if, beside the model's own translation).
  void switchHeadsOff(const std::vector<HeadRef>& heads);
  // Each head of the model's own result switched off in turn, listed in the
  // heads popup, the most needed first.
  void rankHeads();
  // Every head of one kind as one figure, a layer a row (File > Export's dialog).
  void exportHeads(MapKind kind);
  HeadsPopup* headsPopup() const { return heads_popup_; }
  RowDetail* rowDetail() const { return row_detail_; }
  QString translationText() const;
  QString statisticsText() const;
  std::optional<double> aer() const { return aer_; }

 signals:
  void cellHovered(attnviz::ui::Cell cell);
  // The ✕ of a fixed pane was pressed; the window removes the pane.
  void closeRequested();
  // A double-click: show this pane alone, or all of them again.
  void maximizeRequested();

 protected:
  void mouseDoubleClickEvent(QMouseEvent* event) override;
  void resizeEvent(QResizeEvent* event) override;
  void paintEvent(QPaintEvent* event) override;

 private:
  ModelPane(ModelInfo info, std::shared_ptr<const AttentionModel> model, QWidget* parent);
  PaneHeader* makeHeader();
  QWidget* makeContent();
  QString fileName() const;
  void refresh();
  void updateViews();
  Alignment prepared(const Alignment& alignment) const;
  void updateBranchView();
  void updateMarks();
  std::vector<Eigen::Index> columnPositions() const;
  int sourcePosition(int column) const;
  bool canSteer() const;
  bool canIntervene() const;
  template <typename Decode>
  void decodeWhatIf(Decode decode);
  const Alignment* ownResult() const;
  void updateBeamTree();
  void showStep();
  void updateStatistics();
  bool showsHeadlineAxes() const;
  bool canDecodeAgain() const;
  void updateEquation();
  void updateQuantity();
  bool hasScores() const;
  Quantity quantity() const;
  void openRow(const Cell& cell);
  void placeRowDetail();

  ModelInfo info_;
  std::shared_ptr<const AttentionModel> model_;
  Alignment original_;  // what the pane shows before the options: the result, or a what-if branch
  QString own_translation_;  // forced: the model's own translation, or empty
  Alignment visible_;  // original_ after the options (hidden </s>), every map
  Alignment shown_;    // visible_ focused on the chosen map
  bool has_alignment_ = false;
  PaneOptions options_;
  bool raw_requested_ = false;  // raw scores asked for; shown where the alignment has them
  std::optional<GoldAlignment> gold_;
  std::optional<double> aer_;
  double mean_entropy_ = 0;  // of shown_'s rows
  PaneHeader* header_ = nullptr;
  QLabel* origin_;
  ElidedLabel* translation_;
  QLabel* statistics_;
  QLabel* equation_;
  QStackedWidget* views_;
  HeatmapPlot* heatmap_;
  AlignmentLinesView* lines_;
  RowDetail* row_detail_;
  MapChooser* map_chooser_;
  HeadsPopup* heads_popup_;
  BranchView* branch_view_;
  StepBar* step_bar_;
  InterventionMenu* interventions_;
  BeamTreeWindow* tree_window_ = nullptr;  // made when first asked for
  WhatIfState what_if_;
  bool stepping_ = false;
};

}  // namespace attnviz::ui
