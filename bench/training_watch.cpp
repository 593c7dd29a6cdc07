// Issue 16's goals for training you can watch, measured in the app's own
// dialog (TrainingDialog, offscreen): a 20,000-pair model shows its first
// probe snapshot within 10 seconds of pressing Train, finishes an epoch in
// under a minute, and the GUI stays responsive meanwhile.
//
// Prints the seconds from Train to the first snapshot on screen (corpus
// generation included), each epoch's training time and wall time, how
// late the GUI thread served a 16 ms timer while training ran (the gaps
// between its ticks: median, 99th percentile, largest), and the frame time:
// a full synchronous repaint of the dialog (heatmap, loss curve, timeline)
// at every tick, as the screen would draw it, with the load average before
// and after. No pass or fail: the figures go to the README.
//
//   QT_QPA_PLATFORM=offscreen build/bench/training_watch [PAIRS [EPOCHS [FAMILY]]]
//   FAMILY: general (default), dot, scaled_dot, additive, cosine, local-p, transformer

#include "app/TrainingDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

QString load_average() {
  QFile file("/proc/loadavg");
  if (!file.open(QIODevice::ReadOnly)) return "unknown";
  return QString::fromLatin1(file.readAll()).section(' ', 0, 2);
}

double percentile(std::vector<double> values, double p) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  return values[static_cast<size_t>(p * static_cast<double>(values.size() - 1))];
}

void choose_model(attnviz::ui::TrainingDialog& dialog, const QString& model) {
  if (model == "transformer") return dialog.familyBox()->setCurrentIndex(1);
  if (model.startsWith("local")) {
    dialog.mechanismBox()->setCurrentText(model);
    return;
  }
  dialog.scoreBox()->setCurrentText(model);
}

}  // namespace

int main(int argc, char** argv) {
  QApplication app(argc, argv);
  const int pairs = argc > 1 ? std::atoi(argv[1]) : 20000;
  const int epochs = argc > 2 ? std::atoi(argv[2]) : 1;
  const QString model = argc > 3 ? argv[3] : "general";
  QTemporaryDir folder;
  attnviz::ui::TrainingDialog dialog;
  dialog.pairsBox()->setValue(pairs);
  dialog.epochsBox()->setValue(epochs);
  choose_model(dialog, model);
  dialog.outputField()->setText(folder.filePath("watched.safetensors"));
  dialog.show();

  std::vector<double> gaps, frames;
  QElapsedTimer tick_clock, wall;
  QTimer ticker;
  ticker.setInterval(16);
  QObject::connect(&ticker, &QTimer::timeout, [&] {
    if (tick_clock.isValid()) gaps.push_back(static_cast<double>(tick_clock.nsecsElapsed()) / 1e6);
    tick_clock.start();
    QElapsedTimer frame;
    frame.start();
    dialog.repaint();
    frames.push_back(static_cast<double>(frame.nsecsElapsed()) / 1e6);
  });
  std::vector<double> epoch_walls;
  QObject::connect(&dialog, &QObject::destroyed, &app, &QApplication::quit);
  QTimer poll;
  poll.setInterval(50);
  QObject::connect(&poll, &QTimer::timeout, [&] {
    while (epoch_walls.size() < dialog.epochSeconds().size()) epoch_walls.push_back(static_cast<double>(wall.elapsed()) / 1e3);
    if (!dialog.isTraining()) app.quit();
  });
  const QString load_before = load_average();
  wall.start();
  dialog.trainButton()->click();
  ticker.start();
  poll.start();
  app.exec();

  std::printf("model %s, %d pairs, %d epochs; load average before %s, after %s\n", qPrintable(model), pairs, epochs,
              qPrintable(load_before), qPrintable(load_average()));
  std::printf("first snapshot on screen: %.2f s after Train (corpus generation included); %zu snapshots\n",
              dialog.secondsToFirstSnapshot(), dialog.snapshots().size());
  for (size_t e = 0; e < dialog.epochSeconds().size(); ++e)
    std::printf("epoch %zu: %.1f s of training (validation excluded), finished %.1f s after Train\n", e + 1,
                dialog.epochSeconds()[e], e < epoch_walls.size() ? epoch_walls[e] : -1.0);
  std::printf("GUI thread, 16 ms timer while training: %zu ticks, gap median %.1f ms, p99 %.1f ms, max %.1f ms\n",
              gaps.size(), percentile(gaps, 0.5), percentile(gaps, 0.99), percentile(gaps, 1.0));
  std::printf("frame (the whole dialog repainted) while training: median %.1f ms, p99 %.1f ms, max %.1f ms\n",
              percentile(frames, 0.5), percentile(frames, 0.99), percentile(frames, 1.0));
  std::printf("%s\n", qPrintable(dialog.statusLabel()->text()));
  return 0;
}
