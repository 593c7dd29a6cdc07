#pragma once
// The document view's window (issue 15): type or paste a document and see
// the classifier's class probabilities and, in colour, the sentences and
// words its attention weighed, as the text changes. Words are shaded by
// sqrt(p_sentence) * p_word or, switched, by their raw weight; File-like
// export writes the view as PNG, SVG or PDF, or its numbers as JSON.
// Examples opens a corpus document of each class, whose gold evidence the
// view outlines for as long as the text is that document's.

#include "classification/HanModel.h"
#include "corpus/ExampleDocuments.h"

#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

class QCheckBox;
class QLabel;
class QPlainTextEdit;

namespace attnviz::ui {

class DocumentView;

class DocumentWindow : public QWidget {
  Q_OBJECT

 public:
  // Throws what read_han_file throws for a bad file.
  DocumentWindow(const QString& model_path, QWidget* parent = nullptr);

  QPlainTextEdit* editor() const { return editor_; }
  DocumentView* view() const { return view_; }
  QCheckBox* rawWeights() const { return raw_; }
  const std::vector<ExampleDocument>& examples() const { return examples_; }
  void showExample(size_t index);
  // Returns "" on success, otherwise the message the window shows.
  QString exportTo(const QString& path);

 private:
  void classify();
  QWidget* makeExamplesButton();
  std::optional<LabelledDocument> goldFor(const std::vector<std::vector<std::string>>& sentences) const;
  void chooseExportFile();

  std::unique_ptr<HanModel> model_;
  std::string model_name_;
  std::vector<ExampleDocument> examples_;
  QPlainTextEdit* editor_;
  QCheckBox* raw_;
  QLabel* status_;
  DocumentView* view_;
};

// Opens the shipped classifier's window, or says why it cannot.
void open_document_window(QWidget* parent);

}  // namespace attnviz::ui
