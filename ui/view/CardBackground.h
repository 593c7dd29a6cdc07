#pragma once
// The look of a pane: a card in the palette's base colour with a thin
// rounded border, on the window background. Painted by the widget itself:
// a style sheet would route the painting of every child widget through
// QStyleSheetStyle, which cost a tenth of drawing the pane grid.

class QWidget;

namespace attnviz::ui {

// Call from `widget`'s paintEvent.
void paint_card(QWidget& widget);

}  // namespace attnviz::ui
