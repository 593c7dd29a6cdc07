#include "app/MapChooser.h"

#include "alignment/MapFocus.h"

#include <QAbstractItemView>
#include <QScrollBar>

namespace attnviz::ui {
namespace {

QString label_of(const AttentionMap& map, bool headline) {
  const QString name = QString::fromStdString(map.name);
  return headline ? MapChooser::tr("%1 (headline)").arg(name) : name;
}

}  // namespace

MapChooser::MapChooser(QWidget* parent) : QComboBox(parent) {
  setObjectName(QStringLiteral("mapChooser"));
  setToolTip(tr("Which attention to show: the headline (what AER is measured on), or one layer and head of the\n"
                "cross-attention, the encoder's self-attention or the decoder's self-attention"));
  // Sized for a short name, not the longest ("decoder self-attention layer
  // 2 head 4"), so the chooser never widens its pane; the list opens wide.
  setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
  setMinimumContentsLength(14);
  setVisible(false);
  connect(this, &QComboBox::activated, this, [this](int row) {
    const Choice& choice = listed_[static_cast<size_t>(row)];
    chosen_ = row == 0 ? std::nullopt : std::optional<Choice>(choice);
    emit mapChosen();
  });
}

void MapChooser::setMaps(const Alignment& alignment) {
  const QSignalBlocker quiet(this);
  QStringList labels;
  std::vector<Choice> choices;
  for (size_t i = 0; i < alignment.maps.size(); ++i) {
    const AttentionMap& map = alignment.maps[i];
    labels.append(label_of(map, i == 0));
    choices.push_back({map.kind, map.layer, map.head});
  }
  // Every sentence of a model has the same maps: listing them again cost a
  // model-reset of the list and a measure of every label per pane and frame.
  if (labels != labels_) list(labels, std::move(choices));
  setCurrentIndex(static_cast<int>(chosenIndex()));
  setVisible(alignment.maps.size() > 1);
}

void MapChooser::list(const QStringList& labels, std::vector<Choice> choices) {
  clear();
  addItems(labels);
  labels_ = labels;
  listed_ = std::move(choices);
  view()->setMinimumWidth(view()->sizeHintForColumn(0) + view()->verticalScrollBar()->sizeHint().width());
}

size_t MapChooser::chosenIndex() const {
  for (size_t i = 1; chosen_ && i < listed_.size(); ++i) {
    const Choice& listed = listed_[i];
    if (listed.kind == chosen_->kind && listed.layer == chosen_->layer && listed.head == chosen_->head) return i;
  }
  return 0;
}

void MapChooser::choose(MapKind kind, int layer, int head) {
  chosen_ = Choice{kind, layer, head};
  setCurrentIndex(static_cast<int>(chosenIndex()));
  emit mapChosen();
}

}  // namespace attnviz::ui
