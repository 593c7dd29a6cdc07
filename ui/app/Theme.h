#pragma once
// The app's look: Qt's Fusion style with a dark palette (heatmaps read best
// on a dark background), or the system's own palette.

class QApplication;

namespace attnviz::ui {

void apply_theme(QApplication& app, bool dark);

}  // namespace attnviz::ui
