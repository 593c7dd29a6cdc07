#pragma once
// Which attention map a pane shows, for models with more than one (a
// Transformer has encoder self-attention, decoder self-attention and
// cross-attention, per layer and head, plus its headline). The choice is
// kept as kind, layer and head, so it survives the next sentence.

#include "alignment/Alignment.h"

#include <QComboBox>

#include <optional>

namespace attnviz::ui {

class MapChooser : public QComboBox {
  Q_OBJECT

 public:
  explicit MapChooser(QWidget* parent = nullptr);

  // Lists the maps of `alignment`, keeping the chosen one when it has it,
  // else the headline; hidden when there is only one map.
  void setMaps(const Alignment& alignment);
  // The index into alignment.maps of the chosen map.
  size_t chosenIndex() const;
  void choose(MapKind kind, int layer, int head);

 signals:
  void mapChosen();

 private:
  struct Choice {
    MapKind kind;
    int layer;
    int head;
  };
  void list(const QStringList& labels, std::vector<Choice> choices);

  std::optional<Choice> chosen_;  // none: the headline
  std::vector<Choice> listed_;
  QStringList labels_;  // listed_'s, as shown
};

}  // namespace attnviz::ui
