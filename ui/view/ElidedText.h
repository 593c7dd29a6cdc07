#pragma once
// Elided token labels, remembered: eliding shapes the whole text, and every
// pane draws the same source tokens (and mostly the same target tokens) on
// every keystroke, so most labels were already elided for the last frame.

#include <QFont>
#include <QString>

namespace attnviz::ui {

QString elided_text(const QFont& font, const QString& text, Qt::TextElideMode mode, int width);

}  // namespace attnviz::ui
