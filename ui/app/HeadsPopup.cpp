#include "app/HeadsPopup.h"

#include "alignment/MapFocus.h"
#include "view/HeadGrid.h"

#include <QTabBar>
#include <QVBoxLayout>

namespace attnviz::ui {
namespace {

QString kind_title(MapKind kind) {
  switch (kind) {
    case MapKind::Cross: return HeadsPopup::tr("Cross");
    case MapKind::EncoderSelf: return HeadsPopup::tr("Encoder self");
    case MapKind::DecoderSelf: return HeadsPopup::tr("Decoder self");
  }
  return {};
}

QString kind_tip(MapKind kind) {
  switch (kind) {
    case MapKind::Cross: return HeadsPopup::tr("Each target step attending to the source words");
    case MapKind::EncoderSelf: return HeadsPopup::tr("Each source word attending to the source words");
    case MapKind::DecoderSelf: return HeadsPopup::tr("Each target step attending to the target tokens before it");
  }
  return {};
}

}  // namespace

HeadsPopup::HeadsPopup(QWidget* parent) : QFrame(parent, Qt::Popup), kinds_(new QTabBar(this)), grid_(new HeadGrid(this)) {
  setObjectName(QStringLiteral("headsPopup"));
  setFrameShape(QFrame::StyledPanel);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(kinds_);
  layout->addWidget(grid_);
  connect(kinds_, &QTabBar::currentChanged, this, &HeadsPopup::showKind);
  connect(grid_, &HeadGrid::mapClicked, this, [this](size_t index) {
    emit mapClicked(index);
    hide();
  });
}

void HeadsPopup::setMaps(const Alignment& alignment, size_t shown, const QCPColorGradient& gradient,
                         const std::optional<GoldAlignment>& gold) {
  alignment_ = alignment;
  gold_ = gold;
  grid_->setGradient(gradient);
  grid_->setCurrent(shown);
  const QSignalBlocker quiet(kinds_);
  while (kinds_->count() > 0) kinds_->removeTab(0);
  listed_kinds_.clear();
  for (MapKind kind : {MapKind::Cross, MapKind::EncoderSelf, MapKind::DecoderSelf}) {
    if (map_grid_shape(alignment, kind).layers == 0) continue;
    kinds_->setTabToolTip(kinds_->addTab(kind_title(kind)), kind_tip(kind));
    listed_kinds_.push_back(kind);
  }
  const auto open = std::find(listed_kinds_.begin(), listed_kinds_.end(), alignment.maps[shown].kind);
  const int tab = open == listed_kinds_.end() ? 0 : int(open - listed_kinds_.begin());
  kinds_->setCurrentIndex(tab);
  showKind(tab);
}

void HeadsPopup::showKind(int tab) {
  if (tab < 0 || tab >= int(listed_kinds_.size())) return;
  grid_->setMaps(alignment_, listed_kinds_[size_t(tab)], gold_);
  adjustSize();
}

}  // namespace attnviz::ui
