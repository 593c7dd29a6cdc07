// One sentence through every pane's model: each result reaches the caller
// as its model finishes, in model order and before the run returns, so the
// window draws a pane while the next models decode; a run on the GUI
// thread hands them over one by one before the whole result.

#include "app/Inference.h"
#include "app/InferenceRunner.h"
#include "model/ModelFile.h"

#include <QSemaphore>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <QtTest>

#include <stdexcept>

using namespace attnviz;
using namespace attnviz::ui;

namespace {

InferenceRequest three_models(const std::string& sentence) {
  InferenceRequest request;
  for (const char* score : {"dot", "general", "additive"}) {
    request.models.push_back(load_model(std::string(ATTNVIZ_FIXTURES_DIR "/parity/") + score + ".safetensors"));
  }
  request.sentence = sentence;
  return request;
}

}  // namespace

class InferenceTest : public QObject {
  Q_OBJECT

 private slots:
  void eachResultComesInModelOrderBeforeTheRunReturns() {
    const InferenceRequest request = three_models("the red car .");
    std::vector<size_t> order;
    std::vector<std::string> translations;
    const InferenceResult result = run_inference(request, [&](size_t model, const ModelResult& ready) {
      order.push_back(model);
      QVERIFY(ready.alignment.has_value());
      translations.push_back(ready.alignment->translation);
    });
    QCOMPARE(order, (std::vector<size_t>{0, 1, 2}));
    QCOMPARE(result.results.size(), size_t{3});
    for (size_t i = 0; i < 3; ++i) {
      QCOMPARE(result.results[i].alignment->translation, translations[i]);
      QCOMPARE(translations[i], request.models[i]->translate(request.sentence, {}).translation);
    }
  }

  void aBlankSentenceGivesEveryModelAnEmptyResult() {
    int calls = 0;
    const InferenceResult result = run_inference(three_models("   "), [&](size_t, const ModelResult& ready) {
      ++calls;
      QVERIFY(!ready.alignment && ready.error.isEmpty());
    });
    QCOMPARE(calls, 3);
    QCOMPARE(result.results.size(), size_t{3});
  }

  // The inline budget (InferenceRunner) is about inference: a caller
  // drawing a pane in `ready` must not make the next run go to a worker.
  void timeSpentInReadyIsNotCountedAsInference() {
    constexpr int kDrawingMs = 100;
    const InferenceResult result = run_inference(three_models("the red car ."), [](size_t model, const ModelResult&) {
      if (model == 0) QThread::msleep(kDrawingMs);
    });
    QVERIFY2(result.milliseconds < kDrawingMs, qPrintable(QString::number(result.milliseconds)));
  }

  // The decodes still running read the request: they finish before the
  // exception leaves, not after the request is gone (a read after free
  // that the sanitizer build can catch).
  void aThrowingCallerLeavesNoDecodeBehind() {
    const InferenceRequest request = three_models("the red car .");
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, run_inference(request, [](size_t, const ModelResult&) {
      throw std::runtime_error("the pane could not be drawn");
    }));
  }

  // The caller decodes whatever no helper has taken: with every pool thread
  // busy (a training run, say) the run still ends, on the caller alone.
  void aRunEndsWhileEveryPoolThreadIsBusy() {
    QThreadPool* pool = QThreadPool::globalInstance();
    QSemaphore release;
    std::vector<QFuture<void>> busy;
    for (int i = 0; i < pool->maxThreadCount(); ++i) busy.push_back(QtConcurrent::run([&release] { release.acquire(); }));
    const InferenceRequest request = three_models("the red car .");
    const InferenceResult result = run_inference(request);
    release.release(pool->maxThreadCount());
    for (QFuture<void>& task : busy) task.waitForFinished();
    QCOMPARE(result.results.size(), size_t{3});
    for (size_t i = 0; i < 3; ++i)
      QCOMPARE(result.results[i].alignment->translation, request.models[i]->translate(request.sentence, {}).translation);
  }

  void aRunOnTheGuiThreadHandsOverEachModelBeforeTheWhole() {
    InferenceRunner runner;
    std::vector<QString> events;
    connect(&runner, &InferenceRunner::modelReady, this,
            [&](quint64 generation, int model, const ModelResult&) { events.push_back(QString("model %1 of run %2").arg(model).arg(generation)); });
    connect(&runner, &InferenceRunner::finished, this,
            [&](const InferenceResult& result) { events.push_back(QString("run %1").arg(result.generation)); });
    runner.submit(three_models("the red car ."));
    QCOMPARE(events, (std::vector<QString>{"model 0 of run 1", "model 1 of run 1", "model 2 of run 1", "run 1"}));
  }
};

QTEST_MAIN(InferenceTest)
#include "InferenceTest.moc"
