#include "view/ColorMaps.h"

#include <array>
#include <map>

namespace attnviz::ui {
namespace {

// 17 evenly spaced samples (0, 1/16, ..., 1) of matplotlib's listed colour
// maps (matplotlib/_cm_listed.py): viridis and magma by Stéfan van der Walt
// and Nathaniel Smith (2015), cividis by Nuñez, Anderton and Renslow (PLOS
// ONE, 2018). They are perceptually uniform, so equal steps in weight look
// like equal steps in colour, and they stay readable for colour-blind
// readers and in greyscale print. Linear RGB interpolation between 17
// samples stays within one 8-bit step of the full 256-entry tables.
using Samples = std::array<QRgb, 17>;

constexpr Samples kViridis = {
    0x440154, 0x48186a, 0x472d7b, 0x424086, 0x3b528b, 0x33638d, 0x2c728e, 0x26828e, 0x21918c,
    0x1fa088, 0x28ae80, 0x3fbc73, 0x5ec962, 0x84d44b, 0xaddc30, 0xd8e219, 0xfde725};
constexpr Samples kMagma = {
    0x000004, 0x0a0822, 0x1d1147, 0x36106b, 0x51127c, 0x6a1c81, 0x832681, 0x9c2e7f, 0xb73779,
    0xd0416f, 0xe75263, 0xf56b5c, 0xfc8961, 0xfea772, 0xfec488, 0xfde2a3, 0xfcfdbf};
constexpr Samples kCividis = {
    0x00224e, 0x002e6a, 0x1a386f, 0x32436d, 0x434e6c, 0x535a6d, 0x61656f, 0x6f7073, 0x7d7c78,
    0x8c8878, 0x9b9476, 0xaba072, 0xbcae6c, 0xcdbb63, 0xdec958, 0xf0d846, 0xfee838};

QCPColorGradient from_samples(const Samples& samples) {
  QMap<double, QColor> stops;
  for (size_t i = 0; i < samples.size(); ++i) {
    stops.insert(static_cast<double>(i) / (samples.size() - 1), QColor(samples[i]));
  }
  QCPColorGradient gradient;
  gradient.setColorStops(stops);
  gradient.setColorInterpolation(QCPColorGradient::ciRGB);
  gradient.setLevelCount(256);
  return gradient;
}

QCPColorGradient build(ColorMapName name) {
  switch (name) {
    case ColorMapName::Viridis: return from_samples(kViridis);
    case ColorMapName::Magma: return from_samples(kMagma);
    case ColorMapName::Cividis: return from_samples(kCividis);
    case ColorMapName::Grayscale: return QCPColorGradient(QCPColorGradient::gpGrayscale);
  }
  return from_samples(kViridis);
}

}  // namespace

// QCP fills a gradient's colour table on first use and copies carry it, so
// every copy handed out here comes with a full table: a pane drawing a
// hundred cells or steps must not rebuild it for each.
QCPColorGradient color_gradient(ColorMapName name) {
  static const std::map<ColorMapName, QCPColorGradient> kPrepared = [] {
    std::map<ColorMapName, QCPColorGradient> prepared;
    for (ColorMapName each : kAllColorMaps) {
      QCPColorGradient gradient = build(each);
      gradient.color(0.0, QCPRange(0, 1));
      prepared.emplace(each, gradient);
    }
    return prepared;
  }();
  return kPrepared.at(name);
}

// ColorBrewer's RdBu (Brewer 2003), colour-blind safe and diverging: white
// where the two panes agree, red where the first attends more, blue where
// the second does. A sequential map would paint "no difference" as a
// colour of its own.
QCPColorGradient diverging_gradient() {
  QCPColorGradient gradient;
  gradient.setColorStops({{0.0, QColor(0x21, 0x66, 0xac)},
                          {0.25, QColor(0x67, 0xa9, 0xcf)},
                          {0.5, QColor(0xf7, 0xf7, 0xf7)},
                          {0.75, QColor(0xef, 0x8a, 0x62)},
                          {1.0, QColor(0xb2, 0x18, 0x2b)}});
  return gradient;
}

// Centres the difference plot's colours on 0: white is "the same weight",
// whatever the larger difference's sign.
void centre_on_zero(QCustomPlot* plot, double largest) {
  const double limit = largest > 0 ? largest : 1.0;
  for (int i = 0; i < plot->plottableCount(); ++i) {
    if (auto* map = qobject_cast<QCPColorMap*>(plot->plottable(i))) {
      map->setGradient(diverging_gradient());
      map->setDataRange(QCPRange(-limit, limit));
    }
  }
  plot->replot();
}

}  // namespace attnviz::ui
