#pragma once
// Elided token labels and their widths, remembered: both shape the whole
// text, and every pane draws the same source tokens (and mostly the same
// target tokens) on every keystroke, so most labels were already measured
// for the last frame.

#include <QFont>
#include <QString>
#include <QStringList>

#include <vector>

namespace attnviz::ui {

QString elided_text(const QFont& font, const QString& text, Qt::TextElideMode mode, int width);
// elided_text of each text, with one look for the font's memory (finding it
// compares fonts: a sentence's worth of tokens looked it up once a token).
QStringList elided_texts(const QFont& font, const std::vector<QString>& texts, Qt::TextElideMode mode, int width);
// The largest QFontMetrics(font).horizontalAdvance of the texts.
int widest_text(const QFont& font, const QStringList& texts);

}  // namespace attnviz::ui
