#pragma once
// Elided token labels and their widths, remembered: both shape the whole
// text, and every pane draws the same source tokens (and mostly the same
// target tokens) on every keystroke, so most labels were already measured
// for the last frame.

#include <QFont>
#include <QString>

namespace attnviz::ui {

QString elided_text(const QFont& font, const QString& text, Qt::TextElideMode mode, int width);
// QFontMetrics(font).horizontalAdvance(text).
int text_width(const QFont& font, const QString& text);

}  // namespace attnviz::ui
