#pragma once
// What the window tests share: the models they open and how they type.

#include "app/MainWindow.h"
#include "app/ModelPane.h"
#include "app/SentenceBar.h"

#include <QDir>
#include <QLineEdit>
#include <QtTest>

#include <memory>

namespace attnviz::ui::testing {

inline QStringList model_files_in(const QString& folder) {
  QStringList files;
  for (const QString& name : QDir(folder).entryList({"*.safetensors"}, QDir::Files, QDir::Name)) {
    files << QDir(folder).filePath(name);
  }
  return files;
}

// The shipped models, or the parity fixtures in a checkout without them.
inline QStringList test_models() {
  const QStringList shipped = model_files_in(ATTNVIZ_MODELS_DIR);
  return shipped.isEmpty() ? model_files_in(QString(ATTNVIZ_FIXTURES_DIR) + "/parity") : shipped;
}

// Slow runs (a sanitizer build) go to a worker thread: wait for them.
inline void translate(MainWindow& window) {
  window.translateNow();
  QTRY_VERIFY_WITH_TIMEOUT(!window.isTranslating(), 60000);
}

// Enters a whole sentence at once: typing it key by key would open the
// completer's popup, which takes the mouse from the panes.
inline void type_sentence(MainWindow& window, const QString& text) {
  window.sentenceBar()->sentenceField()->setText(text);
  translate(window);
}

// A pane on its own, shown at `size`: wait for it with qWaitForWindowExposed.
inline std::unique_ptr<ModelPane> show_pane(std::shared_ptr<const AttentionModel> model, QSize size = {700, 600}) {
  auto pane = std::make_unique<ModelPane>(std::move(model));
  pane->resize(size);
  pane->show();
  return pane;
}

}  // namespace attnviz::ui::testing
