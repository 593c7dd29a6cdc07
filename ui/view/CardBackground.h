#pragma once
// The look of a pane: a card in the palette's base colour with a thin
// rounded border, on the window background. Painted by the widget itself:
// a style sheet on the grid routed the polishing and painting of every
// child widget (labels, buttons, the heatmaps) through QStyleSheetStyle.

class QWidget;

namespace attnviz::ui {

// Call from `widget`'s paintEvent.
void paint_card(QWidget& widget);

}  // namespace attnviz::ui
