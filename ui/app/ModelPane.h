#pragma once
// One model's view of the current sentence: its title (score function and
// model name), the translation with its log-probability and mean attention
// entropy, the heatmap (or the alignment-lines view), the step scores, and
// the details of a clicked row.

#include "alignment/GoldAlignment.h"
#include "model/AttentionModel.h"
#include "view/HeatmapPlot.h"

#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QStackedWidget;
class QToolButton;

namespace attnviz::ui {

class AlignmentLinesView;
class RowDetail;
class StepStrip;

// The view options every pane shares (the View menu).
struct PaneOptions {
  HeatmapOptions heatmap;
  bool hide_end_of_sentence = false;  // drop the </s> column, renormalise rows (core)
};

class ModelPane : public QWidget {
  Q_OBJECT

 public:
  explicit ModelPane(std::shared_ptr<const AttentionModel> model, QWidget* parent = nullptr);

  const std::shared_ptr<const AttentionModel>& model() const { return model_; }
  QString modelName() const;
  QString title() const;

  void setAlignment(const Alignment& alignment);
  void showError(const QString& message);
  void clear();
  void setOptions(const PaneOptions& options);
  void setGold(std::optional<GoldAlignment> gold);
  void setRawScores(bool raw);
  void setLinesView(bool lines);

  // What the pane shows, after hiding </s> if asked: what comparisons and
  // copies use.
  const Alignment& shownAlignment() const { return shown_; }
  bool hasAlignment() const { return has_alignment_; }
  HeatmapPlot* heatmap() const { return heatmap_; }
  RowDetail* rowDetail() const { return row_detail_; }
  QString translationText() const;
  QString statisticsText() const;
  std::optional<double> aer() const { return aer_; }

 signals:
  void cellHovered(attnviz::ui::Cell cell);

 private:
  QWidget* makeHeader();
  QToolButton* makeToggle(const QString& text, const QString& tip);
  void refresh();
  void updateStatistics();
  void updateEquation();
  void openRow(const Cell& cell);

  std::shared_ptr<const AttentionModel> model_;
  Alignment original_;
  Alignment shown_;
  bool has_alignment_ = false;
  PaneOptions options_;
  std::optional<GoldAlignment> gold_;
  std::optional<double> aer_;
  QLabel* title_;
  QLabel* translation_;
  QLabel* statistics_;
  QLabel* equation_;
  QToolButton* raw_toggle_;
  QToolButton* lines_toggle_;
  QStackedWidget* views_;
  HeatmapPlot* heatmap_;
  AlignmentLinesView* lines_;
  StepStrip* steps_;
  RowDetail* row_detail_;
};

}  // namespace attnviz::ui
