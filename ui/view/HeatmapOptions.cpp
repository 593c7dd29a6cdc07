#include "view/HeatmapOptions.h"

namespace attnviz::ui {

QString to_string(ColorMapName name) {
  switch (name) {
    case ColorMapName::Viridis: return QStringLiteral("viridis");
    case ColorMapName::Magma: return QStringLiteral("magma");
    case ColorMapName::Cividis: return QStringLiteral("cividis");
    case ColorMapName::Grayscale: return QStringLiteral("grayscale");
  }
  return QStringLiteral("viridis");
}

QStringList color_map_names() {
  QStringList names;
  for (ColorMapName name : kAllColorMaps) names << to_string(name);
  return names;
}

std::optional<ColorMapName> parse_color_map(const QString& name) {
  for (ColorMapName candidate : kAllColorMaps) {
    if (name.compare(to_string(candidate), Qt::CaseInsensitive) == 0) return candidate;
  }
  return std::nullopt;
}

}  // namespace attnviz::ui
