#pragma once
// How the panes share the window: a grid of equals, one large pane above a
// strip of the others, or one tab each. Remembered between runs by name.

#include <QString>

#include <optional>

namespace attnviz::ui {

enum class PaneLayout { Grid, Focus, Tabs };
inline constexpr PaneLayout kAllPaneLayouts[] = {PaneLayout::Grid, PaneLayout::Focus, PaneLayout::Tabs};

// "grid", "focus", "tabs": the names settings store.
QString to_string(PaneLayout layout);
std::optional<PaneLayout> parse_pane_layout(const QString& name);

}  // namespace attnviz::ui
