#pragma once
// The probe sentence's attention at one moment of training: what
// `attnviz-cli train --snapshots` writes and the app's training dialog
// draws. A plain value, so it can cross threads by copy.

#include "export/ModelAlignment.h"

namespace attnviz {

struct TrainingSnapshot {
  long long step = 0;  // updates made before the snapshot; 0 = the untrained model
  int epoch = 1;       // the epoch in progress, 1-based
  int batch = 1;       // the batch of that epoch the next update learns from
  int batches = 0;     // batches in the epoch
  double loss = 0;     // the snapshot's weights' mean loss on that batch (StepReport::loss)
  ModelAlignment probe;
};

}  // namespace attnviz
