#include "view/ElidedText.h"

#include <QFontMetrics>
#include <QHash>

#include <vector>

namespace attnviz::ui {
namespace {

// The labels elided for one font, elide mode and width; under
// Qt::ElideNone and width 0, the widths of texts in that font.
struct Remembered {
  QFont font;
  Qt::TextElideMode mode;
  int width;
  QHash<QString, QString> labels;
  QHash<QString, int> widths;
};

// A screen uses a handful of (font, width) pairs and a few hundred tokens;
// past these bounds everything is forgotten, which costs one frame of
// eliding.
constexpr size_t kMaxFonts = 32;
constexpr qsizetype kMaxLabels = 5000;

Remembered& remembered_for(const QFont& font, Qt::TextElideMode mode, int width) {
  static std::vector<Remembered> all;
  for (Remembered& each : all) {
    if (each.width == width && each.mode == mode && each.font == font) return each;
  }
  if (all.size() >= kMaxFonts) all.clear();
  all.push_back({font, mode, width, {}, {}});
  return all.back();
}

}  // namespace

QString elided_text(const QFont& font, const QString& text, Qt::TextElideMode mode, int width) {
  Remembered& memo = remembered_for(font, mode, width);
  const auto found = memo.labels.constFind(text);
  if (found != memo.labels.constEnd()) return *found;
  if (memo.labels.size() >= kMaxLabels) memo.labels.clear();
  const QString label = QFontMetrics(font).elidedText(text, mode, width);
  memo.labels.insert(text, label);
  return label;
}

int text_width(const QFont& font, const QString& text) {
  QHash<QString, int>& widths = remembered_for(font, Qt::ElideNone, 0).widths;
  const auto found = widths.constFind(text);
  if (found != widths.constEnd()) return *found;
  if (widths.size() >= kMaxLabels) widths.clear();
  return *widths.insert(text, QFontMetrics(font).horizontalAdvance(text));
}

}  // namespace attnviz::ui
