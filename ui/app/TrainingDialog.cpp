#include "app/TrainingDialog.h"

#include "app/TrainingWorker.h"
#include "export/ExportDialog.h"
#include "view/HeatmapPlot.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include <thread>

namespace attnviz::ui {
namespace {

// The box lists every mechanism by its spec name (to_string), so it parses.
AttentionMechanism chosen_mechanism(const QComboBox& box) {
  return *parse_attention_mechanism(box.currentText().toStdString());
}

// A sentence the generated corpus can say, with its translation, so every
// snapshot is forced onto the same rows and frames compare cell by cell.
const char* const kDefaultProbe = "The red car is on the small table.";
const char* const kDefaultReference = "La voiture rouge est sur la petite table.";

QString default_output(const QString& name) {
  const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + "/trained";
  return QDir(folder).filePath(name + ".safetensors");
}

QString step_text(const TrainingSnapshot& snapshot) {
  return QObject::tr("step %1 · epoch %2 · batch %3/%4 · loss %5")
      .arg(snapshot.step)
      .arg(snapshot.epoch)
      .arg(snapshot.batch)
      .arg(snapshot.batches)
      .arg(snapshot.loss, 0, 'f', 3);
}

}  // namespace

TrainingDialog::TrainingDialog(QWidget* parent) : QDialog(parent), worker_(new TrainingWorker(this)) {
  setWindowTitle(tr("Train a model"));
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(createForm());
  layout->addWidget(createViews(), 1);
  layout->addWidget(createButtons());
  connect(worker_, &TrainingWorker::snapshotTaken, this, &TrainingDialog::addSnapshot);
  connect(worker_, &TrainingWorker::batchTrained, this, &TrainingDialog::showBatch);
  connect(worker_, &TrainingWorker::epochFinished, this, &TrainingDialog::showEpoch);
  connect(worker_, &TrainingWorker::finished, this, &TrainingDialog::showFinished);
  updateFormState();
  resize(1000, 760);
}

TrainingDialog::~TrainingDialog() = default;

QWidget* TrainingDialog::createForm() {
  auto* form_widget = new QWidget(this);
  auto* form = new QFormLayout(form_widget);
  family_ = new QComboBox(form_widget);
  family_->addItems({tr("GRU seq2seq"), tr("Transformer")});
  score_ = new QComboBox(form_widget);
  score_->addItems({"dot", "scaled_dot", "general", "additive", "cosine"});
  score_->setCurrentText("general");
  mechanism_ = new QComboBox(form_widget);
  for (AttentionMechanism mechanism : kAllMechanisms) mechanism_->addItem(to_string(mechanism));
  window_ = new QSpinBox(form_widget);
  window_->setRange(1, kMaxWindow);
  window_->setValue(3);
  window_->setPrefix(tr("window D = "));
  auto* mechanism_row = new QHBoxLayout;
  mechanism_row->addWidget(mechanism_, 1);
  mechanism_row->addWidget(window_);
  pairs_ = new QSpinBox(form_widget);
  pairs_->setRange(100, 150000);
  pairs_->setSingleStep(1000);
  pairs_->setValue(20000);
  pairs_->setGroupSeparatorShown(true);
  epochs_ = new QSpinBox(form_widget);
  epochs_->setRange(1, 50);
  epochs_->setValue(2);
  probe_ = new QLineEdit(tr(kDefaultProbe), form_widget);
  reference_ = new QLineEdit(tr(kDefaultReference), form_widget);
  reference_->setPlaceholderText(tr("empty: the corpus's translation, or the model's own"));
  output_ = new QLineEdit(default_output("general-20000"), form_widget);
  auto* browse = new QPushButton(tr("…"), form_widget);
  connect(browse, &QPushButton::clicked, this, [this] {
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the model as"), output_->text(),
                                                      tr("Models (*.safetensors)"));
    if (!path.isEmpty()) output_->setText(path);
  });
  auto* output_row = new QHBoxLayout;
  output_row->addWidget(output_, 1);
  output_row->addWidget(browse);
  form->addRow(tr("&Model:"), family_);
  form->addRow(tr("&Score function:"), score_);
  form->addRow(tr("Mechanism:"), mechanism_row);
  form->addRow(tr("&Corpus size (training pairs):"), pairs_);
  form->addRow(tr("E&pochs:"), epochs_);
  form->addRow(tr("&Probe sentence:"), probe_);
  form->addRow(tr("&Its translation:"), reference_);
  form->addRow(tr("Save to:"), output_row);
  for (QComboBox* box : {family_, score_, mechanism_})
    connect(box, &QComboBox::currentIndexChanged, this, &TrainingDialog::updateFormState);
  connect(pairs_, &QSpinBox::valueChanged, this, &TrainingDialog::updateFormState);
  return form_widget;
}

QWidget* TrainingDialog::createViews() {
  auto* views = new QWidget(this);
  auto* layout = new QVBoxLayout(views);
  layout->setContentsMargins(0, 0, 0, 0);
  progress_ = new QProgressBar(views);
  status_ = new QLabel(tr("Choose a model and press Train."), views);
  status_->setWordWrap(true);
  auto* splitter = new QSplitter(Qt::Horizontal, views);
  loss_ = new QCustomPlot(splitter);
  loss_->addGraph()->setName(tr("training loss (each batch)"));
  loss_->addGraph()->setName(tr("valid loss (each epoch)"));
  loss_->graph(1)->setPen(QPen(Qt::red, 2));
  loss_->graph(1)->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 6));
  loss_->xAxis->setLabel(tr("step"));
  loss_->yAxis->setLabel(tr("loss (nats per token)"));
  loss_->legend->setVisible(true);
  loss_->setMinimumWidth(280);
  heatmap_ = new HeatmapPlot(splitter);
  heatmap_->setMinimumSize(320, 260);
  splitter->addWidget(loss_);
  splitter->addWidget(heatmap_);
  splitter->setStretchFactor(1, 2);
  timeline_ = new QSlider(Qt::Horizontal, views);
  timeline_->setEnabled(false);
  timeline_label_ = new QLabel(views);
  connect(timeline_, &QSlider::valueChanged, this, &TrainingDialog::showSnapshot);
  layout->addWidget(progress_);
  layout->addWidget(status_);
  layout->addWidget(splitter, 1);
  layout->addWidget(timeline_);
  layout->addWidget(timeline_label_);
  return views;
}

QWidget* TrainingDialog::createButtons() {
  auto* buttons = new QWidget(this);
  auto* row = new QHBoxLayout(buttons);
  row->setContentsMargins(0, 0, 0, 0);
  train_ = new QPushButton(tr("&Train"), buttons);
  cancel_ = new QPushButton(tr("&Cancel training"), buttons);
  add_ = new QPushButton(tr("&Add as pane"), buttons);
  export_ = new QPushButton(tr("&Export snapshot…"), buttons);
  export_->setEnabled(false);
  connect(export_, &QPushButton::clicked, this, &TrainingDialog::exportSnapshot);
  auto* close = new QPushButton(tr("Close"), buttons);
  train_->setDefault(true);
  connect(train_, &QPushButton::clicked, this, &TrainingDialog::startTraining);
  connect(cancel_, &QPushButton::clicked, this, &TrainingDialog::cancelTraining);
  connect(add_, &QPushButton::clicked, this, [this] { emit modelTrained(trained_path_); });
  connect(close, &QPushButton::clicked, this, &QDialog::close);
  row->addWidget(train_);
  row->addWidget(cancel_);
  row->addStretch(1);
  row->addWidget(export_);
  row->addWidget(add_);
  row->addWidget(close);
  return buttons;
}

// The score function and mechanism are a GRU's; the window a local one's.
// The default file name follows the choice until the user types one.
void TrainingDialog::updateFormState() {
  const bool gru = family_->currentIndex() == 0;
  const bool training = isTraining();
  score_->setEnabled(gru && !training);
  mechanism_->setEnabled(gru && !training);
  window_->setEnabled(gru && is_local(chosen_mechanism(*mechanism_)) && !training);
  for (QWidget* field : std::initializer_list<QWidget*>{family_, pairs_, epochs_, probe_, reference_, output_})
    field->setEnabled(!training);
  train_->setEnabled(!training);
  cancel_->setEnabled(training);
  add_->setEnabled(!training && !trained_path_.isEmpty());
  const QString name = (gru ? score_->currentText() + (mechanism_->currentIndex() > 0 ? "-" + mechanism_->currentText() : "")
                            : QStringLiteral("transformer")) + "-" + QString::number(pairs_->value());
  if (QFileInfo(output_->text()).dir() == QFileInfo(default_output(name)).dir()) output_->setText(default_output(name));
}

SessionOptions TrainingDialog::options() const {
  SessionOptions options;
  options.family = family_->currentIndex() == 0 ? ModelFamily::Seq2Seq : ModelFamily::Transformer;
  options.seq2seq.score = *parse_score_function(score_->currentText().toStdString());
  options.seq2seq.mechanism = chosen_mechanism(*mechanism_);
  options.seq2seq.window = options.seq2seq.is_local() ? window_->value() : 0;
  options.train_pairs = pairs_->value();
  options.training.epochs = epochs_->value();
  options.training.threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  if (options.family == ModelFamily::Transformer) {
    options.training.learning_rate = 2e-3f;  // attnviz-cli train's Transformer defaults (docs/models.md)
    options.training.warmup_steps = 1000;
  }
  options.probe = probe_->text().toStdString();
  options.probe_target = reference_->text().toStdString();
  options.out = output_->text().toStdString();
  return options;
}


void TrainingDialog::startTraining() {
  const SessionOptions options = this->options();
  if (probe_->text().trimmed().isEmpty()) {
    status_->setText(tr("Type a probe sentence: its attention is what you will watch."));
    return;
  }
  if (output_->text().trimmed().isEmpty()) {
    status_->setText(tr("Choose where to save the model."));
    return;
  }
  if (!QDir().mkpath(QFileInfo(output_->text()).absolutePath())) {
    status_->setText(tr("Cannot create the folder %1.").arg(QFileInfo(output_->text()).absolutePath()));
    return;
  }
  resetViews();
  epoch_seconds_.clear();
  total_epochs_ = options.training.epochs;
  trained_path_.clear();
  first_snapshot_seconds_ = -1;
  clock_.start();
  training_ = true;
  worker_->start(options);
  status_->setText(tr("Generating %L1 sentence pairs…").arg(options.train_pairs));
  updateFormState();
}

void TrainingDialog::cancelTraining() {
  worker_->cancel();
  status_->setText(tr("Stopping after this batch…"));
}

void TrainingDialog::resetViews() {
  snapshots_.clear();
  batches_done_ = 0;
  loss_->graph(0)->data()->clear();
  loss_->graph(1)->data()->clear();
  loss_->replot();
  heatmap_->clearAlignment();
  timeline_->setEnabled(false);
  export_->setEnabled(false);
  timeline_->setRange(0, 0);
  timeline_label_->clear();
  progress_->setValue(0);
}

// The slider follows the newest snapshot unless the user has moved it back.
void TrainingDialog::addSnapshot(TrainingSnapshot snapshot) {
  if (snapshots_.empty()) first_snapshot_seconds_ = static_cast<double>(clock_.elapsed()) / 1000.0;
  const bool following = snapshots_.empty() || timeline_->value() == timeline_->maximum();
  snapshots_.push_back(std::move(snapshot));
  timeline_->setEnabled(true);
  export_->setEnabled(true);
  timeline_->setRange(0, static_cast<int>(snapshots_.size()) - 1);
  if (following) timeline_->setValue(timeline_->maximum());
  if (following) showSnapshot(timeline_->maximum());
}

void TrainingDialog::showSnapshot(int index) {
  if (index < 0 || index >= static_cast<int>(snapshots_.size())) return;
  const TrainingSnapshot& snapshot = snapshots_[static_cast<size_t>(index)];
  heatmap_->setAlignment(snapshot.probe.alignment);
  heatmap_->setTitle(step_text(snapshot));
  timeline_label_->setText(tr("Snapshot %1 of %2: %3").arg(index + 1).arg(snapshots_.size()).arg(step_text(snapshot)));
}

// The snapshot on screen, through the panes' own export: a picture, or the
// matrix as CSV, JSON or .npy.
void TrainingDialog::exportSnapshot() {
  const int index = timeline_->value();
  if (index < 0 || index >= static_cast<int>(snapshots_.size())) return;
  ExportDialog::exportPicture(this, {snapshots_[static_cast<size_t>(index)].probe}, heatmap_->options());
}

void TrainingDialog::showBatch(int epoch, int done, int total, double loss) {
  ++batches_done_;
  progress_->setRange(0, total * total_epochs_);
  progress_->setValue((epoch - 1) * total + done);
  loss_->graph(0)->addData(static_cast<double>(batches_done_), loss);
  loss_->rescaleAxes();
  loss_->replot(QCustomPlot::rpQueuedReplot);
  status_->setText(tr("Epoch %1 of %2: batch %3 of %4, loss %5").arg(epoch).arg(total_epochs_).arg(done).arg(total)
                       .arg(loss, 0, 'f', 3));
}

void TrainingDialog::showEpoch(const EpochReport& report) {
  epoch_seconds_.push_back(report.seconds);
  loss_->graph(1)->addData(static_cast<double>(batches_done_), report.valid.mean_loss());
  loss_->rescaleAxes();
  loss_->replot(QCustomPlot::rpQueuedReplot);
}

void TrainingDialog::showFinished(int epochs, bool cancelled, bool written, const QString& error) {
  training_ = false;
  if (written) trained_path_ = output_->text();
  if (!error.isEmpty())
    status_->setText(tr("Training failed: %1").arg(error));
  else if (cancelled && written)
    status_->setText(tr("Cancelled after %1 finished epochs: %2 holds the best of them.").arg(epochs).arg(trained_path_));
  else if (cancelled)
    status_->setText(tr("Cancelled before the first epoch ended: no model was written."));
  else
    status_->setText(tr("Done: %1 epochs, saved to %2.").arg(epochs).arg(trained_path_));
  updateFormState();
}

void TrainingDialog::closeEvent(QCloseEvent* event) {
  worker_->cancel();
  QDialog::closeEvent(event);
}

}  // namespace attnviz::ui
