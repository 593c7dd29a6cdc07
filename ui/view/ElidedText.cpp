#include "view/ElidedText.h"

#include <QFontMetrics>
#include <QHash>

#include <algorithm>
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

QString elided_in(Remembered& memo, const QString& text) {
  const auto found = memo.labels.constFind(text);
  if (found != memo.labels.constEnd()) return *found;
  if (memo.labels.size() >= kMaxLabels) memo.labels.clear();
  const QString label = QFontMetrics(memo.font).elidedText(text, memo.mode, memo.width);
  memo.labels.insert(text, label);
  return label;
}

}  // namespace

QString elided_text(const QFont& font, const QString& text, Qt::TextElideMode mode, int width) {
  return elided_in(remembered_for(font, mode, width), text);
}

QStringList elided_texts(const QFont& font, const std::vector<QString>& texts, Qt::TextElideMode mode, int width) {
  Remembered& memo = remembered_for(font, mode, width);
  QStringList labels;
  labels.reserve(static_cast<qsizetype>(texts.size()));
  for (const QString& text : texts) labels << elided_in(memo, text);
  return labels;
}

int widest_text(const QFont& font, const QStringList& texts) {
  QHash<QString, int>& widths = remembered_for(font, Qt::ElideNone, 0).widths;
  int widest = 0;
  for (const QString& text : texts) {
    auto found = widths.constFind(text);
    if (found == widths.constEnd()) {
      if (widths.size() >= kMaxLabels) widths.clear();
      found = widths.insert(text, QFontMetrics(font).horizontalAdvance(text));
    }
    widest = std::max(widest, *found);
  }
  return widest;
}

}  // namespace attnviz::ui
