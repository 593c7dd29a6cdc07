#pragma once
// `train --family han`: trains a hierarchical attention network on the
// document corpus and writes it with its card, rewriting the file after
// every epoch that improves the valid loss, as the translation families do.

#include "classification/HanConfig.h"
#include "training/TrainingOptions.h"

#include <string>

namespace attnviz::cli {

struct ClassifierTrainOptions {
  std::string out;
  std::string corpus;  // a folder from `corpus --task classify`; empty = generate the default documents
  HanConfig config;
  TrainingOptions training;
};

void train_classifier(const ClassifierTrainOptions& options);

}  // namespace attnviz::cli
