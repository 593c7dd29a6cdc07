// Decoding allocates nothing per step: every buffer is sized when the
// DecoderStep or TransformerSteps (and the search's trace) is built. Counted, not assumed: this
// binary routes malloc through a counter, so an Eigen temporary or a
// growing std::vector inside the step loop would show up here.
//
// Sanitizers bring their own malloc, so under them the counter is not
// installed and the test is skipped.

#include "MechanismCases.h"

#include "decoding/AttentionEdit.h"
#include "decoding/DecodeTrace.h"
#include "model/BidirectionalEncoder.h"
#include "model/DecoderStep.h"
#include "model/Seq2SeqSteps.h"
#include "model/Seq2SeqWeights.h"
#include "model/TransformerEncoder.h"
#include "model/TransformerModel.h"
#include "model/TransformerSteps.h"

#include <gtest/gtest.h>

#include <array>
#include <atomic>
#include <cstdlib>
#include <functional>

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define ATTNVIZ_COUNT_MALLOC 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) || __has_feature(memory_sanitizer)
#define ATTNVIZ_COUNT_MALLOC 0
#endif
#endif
#ifndef ATTNVIZ_COUNT_MALLOC
#define ATTNVIZ_COUNT_MALLOC 1
#endif

namespace {
std::atomic<long> g_mallocs{0};
}  // namespace

#if ATTNVIZ_COUNT_MALLOC
// glibc's own entry points, so the counter can forward to the real allocator.
extern "C" void* __libc_malloc(size_t size);
extern "C" void* __libc_calloc(size_t count, size_t size);
extern "C" void* __libc_realloc(void* pointer, size_t size);

extern "C" void* malloc(size_t size) {
  g_mallocs.fetch_add(1, std::memory_order_relaxed);
  return __libc_malloc(size);
}
extern "C" void* calloc(size_t count, size_t size) {
  g_mallocs.fetch_add(1, std::memory_order_relaxed);
  return __libc_calloc(count, size);
}
extern "C" void* realloc(void* pointer, size_t size) {
  g_mallocs.fetch_add(1, std::memory_order_relaxed);
  return __libc_realloc(pointer, size);
}
#endif

namespace attnviz {
namespace {

// Random weights of the benchmark's shape, enough to make every code path
// (softmax, tanh, top-k) do real work.
Seq2SeqWeights random_weights(const ModelConfig& config) {
  Seq2SeqWeights weights = make_weights(config, 50, 70);
  std::srand(7);
  for (const TensorRef& tensor : tensors_of(weights, config)) {
    Eigen::Map<Eigen::VectorXf>(tensor.data, tensor.size()).setRandom();
  }
  return weights;
}

long mallocs_during(const std::function<void()>& work) {
  const long before = g_mallocs.load();
  work();
  return g_mallocs.load() - before;
}

// Every score function under every mechanism: a local window (and local-p's
// position network) must not allocate either.
class DecoderStepAllocationTest
    : public testing::TestWithParam<MechanismCase> {};

TEST_P(DecoderStepAllocationTest, decoderStepsAndTraceRecordAllocateNothingAfterSetup) {
  if (!ATTNVIZ_COUNT_MALLOC) GTEST_SKIP() << "malloc is the sanitizer's here";
  ModelConfig config;
  config.score = std::get<0>(GetParam());
  config.mechanism = std::get<1>(GetParam());
  config.window = config.is_local() ? 2 : 0;
  config.embed = config.hidden = config.attn = 16;
  const Seq2SeqWeights weights = random_weights(config);
  const RowMatrix annotations =
      BidirectionalEncoder(weights, config).encode({5, 9, 2, 17, 3});
  DecoderStep decoder(weights, config, annotations);
  const Vector initial = decoder.initial_state();
  Seq2SeqSteps steps(decoder, initial);  // what the searches drive: two lanes, as a beam would
  steps.start(2);
  DecodeTrace trace(80, steps, 5);
  const std::array<int, 2> swapped = {1, 0};
  // The counter must be able to see an allocation, or zero proves nothing.
  ASSERT_GT(mallocs_during([] {
    Vector grown = Vector::Zero(1000);
    asm volatile("" : : "r"(grown.data()) : "memory");  // keep the allocation
  }), 0);

  const long counted = mallocs_during([&] {
    decoder.run(Vocabulary::kBos, initial, nullptr, 0);
    for (int t = 0; t < 40; ++t) {
      trace.record(t, steps);
      decoder.run(7 + t, decoder.state(), nullptr, t + 1);
    }
    for (int t = 0; t < 40; ++t) {
      steps.run(t % 2, t < 2 ? Vocabulary::kBos : 7 + t);
      trace.record(40 + t, steps);
      if (t % 2 == 1) steps.reorder(swapped);
    }
  });
  EXPECT_EQ(counted, 0);
}

// The Transformer's steps too: a step appends to its lane's key/value
// cache and attends over it, a beam reorders the caches, all in buffers
// sized by start().
TEST(TransformerStepsAllocationTest, runRecordAndReorderAllocateNothingAfterStart) {
  if (!ATTNVIZ_COUNT_MALLOC) GTEST_SKIP() << "malloc is the sanitizer's here";
  const TransformerModel model(read_transformer_file(ATTNVIZ_FIXTURES_DIR "/transformer/transformer.safetensors"), {});
  const EncodedSource encoded = encode_source(model.data(), model.positions(), {5, 11, 7, 15, 3});
  TransformerSteps steps(model.data(), model.positions(), encoded.memory, 40);
  steps.start(2);
  DecodeTrace trace(80, steps, 5);
  const std::array<int, 2> swapped = {1, 0};
  const long counted = mallocs_during([&] {
    for (int t = 0; t < 80; ++t) {
      steps.run(t % 2, t < 2 ? Vocabulary::kBos : 4 + t % 30);
      trace.record(t, steps);
      if (t % 2 == 1) steps.reorder(swapped);
    }
  });
  EXPECT_EQ(counted, 0);
}

// Issue 16's interventions edit each attention row in place (and, in the
// Transformer, recompute each head's context from it): still nothing
// allocated per step, whichever family.
TEST(AttentionEditAllocationTest, maskedAndPinnedStepsAllocateNothingInEitherFamily) {
  if (!ATTNVIZ_COUNT_MALLOC) GTEST_SKIP() << "malloc is the sanitizer's here";
  const AttentionEdit edit({1, 3}, {{2, 0}, {5, 4}}, 5);
  ModelConfig config;
  config.embed = config.hidden = config.attn = 16;
  const Seq2SeqWeights weights = random_weights(config);
  const RowMatrix annotations = BidirectionalEncoder(weights, config).encode({5, 9, 2, 17, 3});
  DecoderStep decoder(weights, config, annotations);
  const Vector initial = decoder.initial_state();
  Seq2SeqSteps gru(decoder, initial);
  const TransformerModel model(read_transformer_file(ATTNVIZ_FIXTURES_DIR "/transformer/transformer.safetensors"), {});
  const EncodedSource encoded = encode_source(model.data(), model.positions(), {5, 11, 7, 15, 3});
  TransformerSteps transformer(model.data(), model.positions(), encoded.memory, 40);
  const std::array<int, 2> swapped = {1, 0};
  for (StepDecoder* steps : std::initializer_list<StepDecoder*>{&gru, &transformer}) {
    steps->start(2);
    steps->set_attention_edit(&edit);
    DecodeTrace trace(80, *steps, 5);
    const long counted = mallocs_during([&] {
      for (int t = 0; t < 60; ++t) {
        steps->run(t % 2, t < 2 ? Vocabulary::kBos : 4 + t % 30);
        trace.record(t, *steps);
        if (t % 2 == 1) steps->reorder(swapped);
      }
    });
    EXPECT_EQ(counted, 0);
  }
}

INSTANTIATE_TEST_SUITE_P(AllScoreFunctionsAndMechanisms, DecoderStepAllocationTest, all_mechanism_cases(), mechanism_case_name);

}  // namespace
}  // namespace attnviz
