#include "view/ElidedText.h"

#include <QFontMetrics>
#include <QHash>

namespace attnviz::ui {
namespace {

// Far more than the labels of one screen; cleared whole when full, which
// costs one frame of eliding.
constexpr qsizetype kMaxRemembered = 20000;

}  // namespace

QString elided_text(const QFont& font, const QString& text, Qt::TextElideMode mode, int width) {
  static QHash<QString, QString> remembered;
  const QString key = font.key() + QChar(0) + QString::number(int(mode)) + QChar(0) + QString::number(width) +
                      QChar(0) + text;
  const auto found = remembered.constFind(key);
  if (found != remembered.constEnd()) return *found;
  if (remembered.size() >= kMaxRemembered) remembered.clear();
  const QString label = QFontMetrics(font).elidedText(text, mode, width);
  remembered.insert(key, label);
  return label;
}

}  // namespace attnviz::ui
