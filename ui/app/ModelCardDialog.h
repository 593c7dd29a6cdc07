#pragma once
// The model cards of the loaded models, one tab each: what the file is
// (score function, languages, parameters, SHA-256) and what its card says
// about how it was trained and how it scored (corpus, sizes, epochs, BLEU,
// AER).

#include "model/AttentionModel.h"

#include <QDialog>

#include <memory>
#include <vector>

class QTreeWidget;
class QTreeWidgetItem;

namespace attnviz::ui {

class ModelCardDialog : public QDialog {
  Q_OBJECT

 public:
  ModelCardDialog(const std::vector<std::shared_ptr<const AttentionModel>>& models, QWidget* parent = nullptr);

 private:
  static QTreeWidget* cardTree(const ModelInfo& info);
};

}  // namespace attnviz::ui
