// File > Train a model… as a user meets it: a tiny model (a few hundred
// generated pairs, one epoch) trains on the worker thread while snapshots
// arrive and change the heatmap, the timeline replays them, Cancel leaves
// no file behind, and a finished run writes a model that loads and can be
// added as a pane.
#include "app/TrainingDialog.h"
#include "export/ExportDialog.h"
#include "export/MatrixFiles.h"
#include "model/ModelFile.h"
#include "view/HeatmapPlot.h"

#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>
#include <qcustomplot.h>

using namespace attnviz;
using namespace attnviz::ui;

namespace {

constexpr int kTrainingTimeoutMs = 300000;

// What a folder holds, temporary files included (".name.tmpN").
QStringList everything_in(const QString& folder) {
  return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

}  // namespace

class TrainingDialogTest : public QObject {
  Q_OBJECT

 private slots:
  void init() {
    QVERIFY(folder_.isValid());
    dialog_ = std::make_unique<TrainingDialog>();
    dialog_->pairsBox()->setValue(300);
    dialog_->epochsBox()->setValue(1);
    dialog_->outputField()->setText(folder_.filePath("tiny.safetensors"));
    dialog_->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog_.get()));
  }

  void cleanup() {
    dialog_.reset();
    for (const QString& name : everything_in(folder_.path())) QFile::remove(folder_.filePath(name));
  }

  void snapshotsArriveAndChangeTheHeatmap() {
    QTest::mouseClick(dialog_->trainButton(), Qt::LeftButton);
    QVERIFY(dialog_->isTraining());
    QVERIFY(!dialog_->trainButton()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog_->snapshots().empty(), kTrainingTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog_->isTraining(), kTrainingTimeoutMs);
    const auto& snapshots = dialog_->snapshots();
    QVERIFY2(snapshots.size() >= 3, qPrintable(QString::number(snapshots.size())));
    QCOMPARE(snapshots.front().step, 0);
    QVERIFY(snapshots.back().step > snapshots.front().step);
    // Forced onto the reference: every frame has the same rows and columns.
    const RowMatrix& first = snapshots.front().probe.alignment.primary().weights;
    const RowMatrix& last = snapshots.back().probe.alignment.primary().weights;
    QCOMPARE(first.rows(), last.rows());
    QVERIFY((first - last).cwiseAbs().maxCoeff() > 1e-3);
    // The heatmap follows the newest snapshot, and the loss curve has every batch.
    QCOMPARE(dialog_->timeline()->value(), dialog_->timeline()->maximum());
    QVERIFY((dialog_->heatmap()->alignment().primary().weights - last).cwiseAbs().maxCoeff() == 0);
    QVERIFY(dialog_->lossPlot()->graph(0)->dataCount() >= static_cast<int>(snapshots.size()));
    QCOMPARE(dialog_->lossPlot()->graph(1)->dataCount(), 1);
  }

  void theTimelineReplaysTheSnapshots() {
    QTest::mouseClick(dialog_->trainButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog_->isTraining(), kTrainingTimeoutMs);
    QSlider* timeline = dialog_->timeline();
    QVERIFY(timeline->isEnabled());
    QCOMPARE(timeline->maximum(), static_cast<int>(dialog_->snapshots().size()) - 1);
    timeline->setFocus();
    QTest::keyClick(timeline, Qt::Key_Home);
    QCOMPARE(timeline->value(), 0);
    const RowMatrix& first = dialog_->snapshots().front().probe.alignment.primary().weights;
    QVERIFY((dialog_->heatmap()->alignment().primary().weights - first).cwiseAbs().maxCoeff() == 0);
    QVERIFY(dialog_->heatmap()->title().startsWith("step 0 "));
    QTest::keyClick(timeline, Qt::Key_Right);
    QCOMPARE(dialog_->heatmap()->title().section(' ', 0, 1),
             QString("step %1").arg(dialog_->snapshots()[1].step));
  }

  // The snapshot on the timeline goes through the panes' export.
  void exportWritesTheSnapshotOnTheTimeline() {
    QVERIFY(!dialog_->exportButton()->isEnabled());
    QTest::mouseClick(dialog_->trainButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog_->isTraining(), kTrainingTimeoutMs);
    dialog_->timeline()->setValue(0);
    const QString path = exports_.filePath("step0.json");
    ExportDialog::setNextFileName(path);
    QTest::mouseClick(dialog_->exportButton(), Qt::LeftButton);
    const ModelAlignments read = read_matrix_file(path.toStdString());
    QCOMPARE(read.size(), size_t{1});
    const RowMatrix& first = dialog_->snapshots().front().probe.alignment.primary().weights;
    QVERIFY((read.front().alignment.primary().weights - first).cwiseAbs().maxCoeff() == 0);
  }

  // 5,000 pairs: the first epoch takes seconds, the cancel lands inside it.
  void cancelLeavesNoFile() {
    dialog_->pairsBox()->setValue(5000);
    dialog_->epochsBox()->setValue(50);
    QTest::mouseClick(dialog_->trainButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog_->snapshots().empty(), kTrainingTimeoutMs);
    QTest::mouseClick(dialog_->cancelButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog_->isTraining(), kTrainingTimeoutMs);
    // Stopped inside the first epoch: no model, and no temporary file either.
    QVERIFY2(everything_in(folder_.path()).isEmpty(), qPrintable(everything_in(folder_.path()).join(", ")));
    QVERIFY(!dialog_->addButton()->isEnabled());
    QVERIFY2(dialog_->statusLabel()->text().contains("no model was written"),
             qPrintable(dialog_->statusLabel()->text()));
    QVERIFY(dialog_->trainButton()->isEnabled());
  }

  void cancelAfterAnEpochKeepsItsModel() {
    dialog_->epochsBox()->setValue(50);
    QTest::mouseClick(dialog_->trainButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog_->epochSeconds().empty(), kTrainingTimeoutMs);
    QTest::mouseClick(dialog_->cancelButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog_->isTraining(), kTrainingTimeoutMs);
    QCOMPARE(everything_in(folder_.path()), QStringList{"tiny.safetensors"});
    QVERIFY(load_model(folder_.filePath("tiny.safetensors").toStdString()) != nullptr);
    QVERIFY(dialog_->addButton()->isEnabled());
    QVERIFY2(dialog_->statusLabel()->text().contains("holds the best of them"), qPrintable(dialog_->statusLabel()->text()));
  }

  void aFinishedRunWritesAModelThatLoadsAndCanBeAdded() {
    QSignalSpy added(dialog_.get(), &TrainingDialog::modelTrained);
    QTest::mouseClick(dialog_->trainButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog_->isTraining(), kTrainingTimeoutMs);
    const QString path = folder_.filePath("tiny.safetensors");
    QCOMPARE(everything_in(folder_.path()), QStringList{"tiny.safetensors"});
    const auto model = load_model(path.toStdString());
    QCOMPARE(QString::fromStdString(model->info().score), QString("general"));
    QVERIFY(!model->translate("the red car .", {}).target_tokens.empty());
    QVERIFY(dialog_->addButton()->isEnabled());
    QTest::mouseClick(dialog_->addButton(), Qt::LeftButton);
    QCOMPARE(added.count(), 1);
    QCOMPARE(added.front().front().toString(), path);
  }

  void aTransformerTrainsToo() {
    dialog_->familyBox()->setCurrentIndex(1);
    QVERIFY(!dialog_->scoreBox()->isEnabled());
    QTest::mouseClick(dialog_->trainButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog_->isTraining(), kTrainingTimeoutMs);
    QVERIFY(dialog_->snapshots().size() >= 2);
    QCOMPARE(QString::fromStdString(load_model(folder_.filePath("tiny.safetensors").toStdString())->info().kind),
             QString("transformer"));
  }

  // Every mechanism the engine has: hard attention takes no window, and
  // the model it writes reads one source word per step.
  void aHardAttentionModelTrainsToo() {
    dialog_->mechanismBox()->setCurrentText("hard");
    QCOMPARE(dialog_->mechanismBox()->currentText(), QString("hard"));
    QCOMPARE(dialog_->options().seq2seq.window, 0);
    QTest::mouseClick(dialog_->trainButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog_->isTraining(), kTrainingTimeoutMs);
    const auto model = load_model(folder_.filePath("tiny.safetensors").toStdString());
    QCOMPARE(QString::fromStdString(model->info().mechanism), QString("hard"));
    const Alignment result = model->translate("the red car .", {});
    const RowMatrix& rows = result.primary().weights;
    QVERIFY(rows.rows() > 0);
    for (Eigen::Index t = 0; t < rows.rows(); ++t) QCOMPARE((rows.row(t).array() == 1.0f).count(), Eigen::Index(1));
  }

  void anEmptyProbeIsRefusedWithAMessage() {
    dialog_->probeField()->setText("   ");
    QTest::mouseClick(dialog_->trainButton(), Qt::LeftButton);
    QVERIFY(!dialog_->isTraining());
    QVERIFY(dialog_->statusLabel()->text().contains("probe sentence"));
    QVERIFY(everything_in(folder_.path()).isEmpty());
  }

 private:
  QTemporaryDir folder_;
  QTemporaryDir exports_;
  std::unique_ptr<TrainingDialog> dialog_;
};

QTEST_MAIN(TrainingDialogTest)
#include "TrainingDialogTest.moc"
