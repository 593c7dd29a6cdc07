#include "app/AppSettings.h"

#include <QSettings>

namespace attnviz::ui {
namespace {

// A value of the expected type, or the fallback when it is missing or not
// convertible (QSettings hands back whatever the file holds).
bool read_bool(const QSettings& settings, const QString& key, bool fallback) {
  const QVariant value = settings.value(key);
  if (value.typeId() == QMetaType::Bool) return value.toBool();
  const QString text = value.toString();
  if (text == QLatin1String("true")) return true;
  if (text == QLatin1String("false")) return false;
  return fallback;
}

QStringList read_list(const QSettings& settings, const QString& key) {
  const QVariant value = settings.value(key);
  return value.canConvert<QStringList>() ? value.toStringList() : QStringList{};
}

int read_int(const QSettings& settings, const QString& key, int fallback, int low, int high) {
  bool ok = false;
  const int value = settings.value(key).toInt(&ok);
  return ok && value >= low && value <= high ? value : fallback;
}

}  // namespace

SavedState AppSettings::load() const {
  QSettings settings;
  SavedState state;
  state.geometry = settings.value("window/geometry").toByteArray();
  state.window_state = settings.value("window/state").toByteArray();
  state.hidden_panes = read_list(settings, "panes/hidden");
  HeatmapOptions& heatmap = state.options.heatmap;
  heatmap.color_map = parse_color_map(settings.value("view/colorMap").toString()).value_or(heatmap.color_map);
  heatmap.scale = read_bool(settings, "view/perRowScale", false) ? ColorScaleMode::PerRow : ColorScaleMode::PerPane;
  heatmap.show_values = read_bool(settings, "view/values", heatmap.show_values);
  heatmap.show_argmax = read_bool(settings, "view/argmax", heatmap.show_argmax);
  heatmap.show_gold = read_bool(settings, "view/gold", heatmap.show_gold);
  state.options.hide_end_of_sentence = read_bool(settings, "view/hideEndOfSentence", false);
  state.beam_width = read_int(settings, "decoding/beamWidth", 1, 1, kMaxBeamWidth);
  state.sentence = settings.value("input/sentence").toString();
  state.reference = settings.value("input/reference").toString();
  state.recent_models = read_list(settings, "models/recent").mid(0, kMaxRecentModels);
  state.dark_theme = read_bool(settings, "view/darkTheme", state.dark_theme);
  state.pane_layout = parse_pane_layout(settings.value("view/paneLayout").toString()).value_or(state.pane_layout);
  return state;
}

void AppSettings::save(const SavedState& state) const {
  QSettings settings;
  settings.setValue("window/geometry", state.geometry);
  settings.setValue("window/state", state.window_state);
  settings.setValue("panes/hidden", state.hidden_panes);
  const HeatmapOptions& heatmap = state.options.heatmap;
  settings.setValue("view/colorMap", to_string(heatmap.color_map));
  settings.setValue("view/perRowScale", heatmap.scale == ColorScaleMode::PerRow);
  settings.setValue("view/values", heatmap.show_values);
  settings.setValue("view/argmax", heatmap.show_argmax);
  settings.setValue("view/gold", heatmap.show_gold);
  settings.setValue("view/hideEndOfSentence", state.options.hide_end_of_sentence);
  settings.setValue("decoding/beamWidth", state.beam_width);
  settings.setValue("input/sentence", state.sentence);
  settings.setValue("input/reference", state.reference);
  settings.setValue("models/recent", state.recent_models);
  settings.setValue("view/darkTheme", state.dark_theme);
  settings.setValue("view/paneLayout", to_string(state.pane_layout));
}

QStringList AppSettings::addRecent(QStringList recent, const QString& path) {
  recent.removeAll(path);
  recent.prepend(path);
  return recent.mid(0, kMaxRecentModels);
}

}  // namespace attnviz::ui
