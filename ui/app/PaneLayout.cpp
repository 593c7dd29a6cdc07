#include "app/PaneLayout.h"

namespace attnviz::ui {

QString to_string(PaneLayout layout) {
  switch (layout) {
    case PaneLayout::Grid: return QStringLiteral("grid");
    case PaneLayout::Focus: return QStringLiteral("focus");
    case PaneLayout::Tabs: return QStringLiteral("tabs");
  }
  return {};
}

std::optional<PaneLayout> parse_pane_layout(const QString& name) {
  for (PaneLayout layout : kAllPaneLayouts) {
    if (to_string(layout) == name) return layout;
  }
  return std::nullopt;
}

}  // namespace attnviz::ui
