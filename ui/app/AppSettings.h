#pragma once
// What the app remembers between runs, read and written in one place.
// Every value is checked on reading: a corrupt or unknown value (an edited
// file, an older version) falls back to its default and never crashes.

#include "app/ModelPane.h"
#include "app/PaneLayout.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace attnviz::ui {

struct SavedState {
  QByteArray geometry;
  QByteArray window_state;
  QStringList hidden_panes;  // model names switched off
  PaneOptions options;
  int beam_width = 1;
  QString sentence;
  QString reference;
  QStringList recent_models;  // most recent first
  bool dark_theme = true;
  PaneLayout pane_layout = PaneLayout::Grid;
};

class AppSettings {
 public:
  static constexpr int kMaxRecentModels = 8;
  static constexpr int kMaxBeamWidth = 16;

  SavedState load() const;
  void save(const SavedState& state) const;
  // Puts `path` first in the recent list, without duplicates.
  static QStringList addRecent(QStringList recent, const QString& path);
};

}  // namespace attnviz::ui
