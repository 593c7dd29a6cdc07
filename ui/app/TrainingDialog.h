#pragma once
// File > Train a model…: trains a small model on a generated corpus while
// the user watches (issue 16). The form picks the model (a GRU with one of
// the five score functions and a global or local mechanism, or a
// Transformer), the corpus size, the epochs and the probe sentence; Train
// runs a TrainingSession on a worker thread (TrainingWorker.h) while a
// progress bar, the loss curve and the probe's attention heatmap follow it,
// snapshot by snapshot. The timeline slider replays the snapshots; Cancel
// stops between two batches and keeps the last finished epoch's model
// (none before the first). "Add as pane" hands the model to the window.

#include "training/TrainingSession.h"

#include <QDialog>
#include <QElapsedTimer>

#include <vector>

class QComboBox;
class QCustomPlot;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSlider;
class QSpinBox;

namespace attnviz::ui {

class HeatmapPlot;
class TrainingWorker;

class TrainingDialog : public QDialog {
  Q_OBJECT

 public:
  explicit TrainingDialog(QWidget* parent = nullptr);
  ~TrainingDialog() override;

  // The options the form describes.
  SessionOptions options() const;

  QComboBox* familyBox() const { return family_; }
  QComboBox* scoreBox() const { return score_; }
  QComboBox* mechanismBox() const { return mechanism_; }
  QSpinBox* pairsBox() const { return pairs_; }
  QSpinBox* epochsBox() const { return epochs_; }
  QLineEdit* probeField() const { return probe_; }
  QLineEdit* referenceField() const { return reference_; }
  QLineEdit* outputField() const { return output_; }
  QPushButton* trainButton() const { return train_; }
  QPushButton* cancelButton() const { return cancel_; }
  QPushButton* addButton() const { return add_; }
  QPushButton* exportButton() const { return export_; }
  QProgressBar* progressBar() const { return progress_; }
  QLabel* statusLabel() const { return status_; }
  HeatmapPlot* heatmap() const { return heatmap_; }
  QCustomPlot* lossPlot() const { return loss_; }
  QSlider* timeline() const { return timeline_; }
  const std::vector<TrainingSnapshot>& snapshots() const { return snapshots_; }
  // From Train until the run's end has been shown (its file, if any, is complete).
  bool isTraining() const { return training_; }
  // From Train to the first snapshot on screen (corpus generation included),
  // -1 before one arrived; and each finished epoch's training time.
  double secondsToFirstSnapshot() const { return first_snapshot_seconds_; }
  const std::vector<double>& epochSeconds() const { return epoch_seconds_; }

 signals:
  // "Add as pane": the model file the run wrote.
  void modelTrained(QString path);

 protected:
  void closeEvent(QCloseEvent* event) override;

 private:
  QWidget* createForm();
  QWidget* createViews();
  QWidget* createButtons();
  void updateFormState();
  void startTraining();
  void cancelTraining();
  void addSnapshot(TrainingSnapshot snapshot);
  void showBatch(int epoch, int done, int total, double loss);
  void showEpoch(const EpochReport& report);
  void showFinished(int epochs, bool cancelled, bool written, const QString& error);
  void showSnapshot(int index);
  void exportSnapshot();
  void resetViews();

  TrainingWorker* worker_;
  std::vector<TrainingSnapshot> snapshots_;
  long long batches_done_ = 0;
  int total_epochs_ = 1;
  bool training_ = false;
  QString trained_path_;
  QElapsedTimer clock_;
  double first_snapshot_seconds_ = -1;
  std::vector<double> epoch_seconds_;

  QComboBox* family_;
  QComboBox* score_;
  QComboBox* mechanism_;
  QSpinBox* window_;
  QSpinBox* pairs_;
  QSpinBox* epochs_;
  QLineEdit* probe_;
  QLineEdit* reference_;
  QLineEdit* output_;
  QPushButton* train_;
  QPushButton* cancel_;
  QPushButton* add_;
  QPushButton* export_;
  QProgressBar* progress_;
  QLabel* status_;
  QCustomPlot* loss_;
  HeatmapPlot* heatmap_;
  QSlider* timeline_;
  QLabel* timeline_label_;
};

}  // namespace attnviz::ui
