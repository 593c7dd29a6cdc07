#pragma once
// How a heatmap is drawn. One struct for every pane (the app's View menu)
// and for the exporter, so that a picture on screen and in a file agree.

#include <QString>
#include <QStringList>

#include <optional>

namespace attnviz::ui {

enum class ColorMapName { Viridis, Magma, Cividis, Grayscale };
inline constexpr ColorMapName kAllColorMaps[] = {ColorMapName::Viridis, ColorMapName::Magma,
                                                 ColorMapName::Cividis, ColorMapName::Grayscale};
enum class Quantity { Weights, Scores };  // softmax output, or the energies before it
enum class ColorScaleMode { PerPane, PerRow };

struct HeatmapOptions {
  ColorMapName color_map = ColorMapName::Viridis;  // perceptually uniform, colour-blind safe
  Quantity quantity = Quantity::Weights;
  ColorScaleMode scale = ColorScaleMode::PerPane;  // PerRow stretches every row to the full range
  bool show_values = false;                        // print the number in each cell that fits it
  bool show_argmax = true;                         // outline the hard (argmax) alignment
  bool show_gold = true;                           // outline gold links when a sentence has them
};

QString to_string(ColorMapName name);
// "viridis", "magma", "cividis", "grayscale" (the CLI's --colormap values).
QStringList color_map_names();
std::optional<ColorMapName> parse_color_map(const QString& name);

}  // namespace attnviz::ui
