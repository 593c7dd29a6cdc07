#include "app/HeadsPopup.h"

#include "alignment/MapFocus.h"
#include "view/HeadGrid.h"

#include "model/HeadMask.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTabBar>
#include <QTreeWidget>
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

QTreeWidgetItem* ranking_row(const HeadEffect& effect) {
  auto* item = new QTreeWidgetItem(
      {QString::fromStdString(to_string(effect.head)), QString::number(effect.logprob_change, 'f', 3),
       effect.translation_changed ? QString::fromStdString(effect.translation) : HeadsPopup::tr("(unchanged)")});
  item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
  item->setToolTip(2, QString::fromStdString(effect.translation));
  return item;
}

}  // namespace

HeadsPopup::HeadsPopup(QWidget* parent)
    : QFrame(parent, Qt::Popup), kinds_(new QTabBar(this)), grid_(new HeadGrid(this)), ranking_(new QTreeWidget(this)) {
  setObjectName(QStringLiteral("headsPopup"));
  setFrameShape(QFrame::StyledPanel);
  ranking_->setObjectName(QStringLiteral("headRanking"));
  ranking_->setHeaderLabels({tr("head"), tr("Δ log p"), tr("translation without it")});
  ranking_->setRootIsDecorated(false);
  ranking_->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
  ranking_->setToolTip(tr("Each head switched off on its own: how much less likely the model's own translation "
                          "became (Δ log p, most needed first) and what the model says without it"));
  ranking_->hide();
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(kinds_);
  layout->addWidget(grid_);
  layout->addWidget(makeButtons());
  layout->addWidget(ranking_);
  connect(kinds_, &QTabBar::currentChanged, this, &HeadsPopup::showKind);
  connect(grid_, &HeadGrid::headSwitched, this, &HeadsPopup::switchHead);
  connect(grid_, &HeadGrid::mapClicked, this, [this](size_t index) {
    emit mapClicked(index);
    hide();
  });
}

void HeadsPopup::setMaps(const Alignment& alignment, size_t shown, const QCPColorGradient& gradient,
                         const std::optional<GoldAlignment>& gold) {
  // A ranking belongs to one sentence (switching heads off keeps it).
  if (alignment.source_tokens != alignment_.source_tokens) {
    ranking_->clear();
    ranking_->hide();
  }
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

QWidget* HeadsPopup::makeButtons() {
  auto* buttons = new QWidget(this);
  auto* row = new QHBoxLayout(buttons);
  row->setContentsMargins(0, 0, 0, 0);
  rank_button_ = new QPushButton(tr("Rank heads"), buttons);
  rank_button_->setToolTip(tr("Switch each head off in turn and list how much the translation needed it"));
  export_button_ = new QPushButton(tr("Export these heads…"), buttons);
  export_button_->setToolTip(tr("Every head of this tab as one figure, a layer per row (PNG, SVG, PDF) or their "
                                "matrices (CSV, JSON, NPY)"));
  row->addWidget(rank_button_);
  row->addStretch();
  row->addWidget(export_button_);
  connect(rank_button_, &QPushButton::clicked, this, &HeadsPopup::rankRequested);
  connect(export_button_, &QPushButton::clicked, this, [this] {
    hide();  // the popup would close under the file dialog anyway
    emit exportRequested(openKind());
  });
  return buttons;
}

void HeadsPopup::setCanSwitchHeads(bool can) {
  rank_button_->setVisible(can);
  if (!can) ranking_->hide();
}

MapKind HeadsPopup::openKind() const {
  const int tab = kinds_->currentIndex();
  return tab >= 0 && tab < int(listed_kinds_.size()) ? listed_kinds_[size_t(tab)] : MapKind::Cross;
}

void HeadsPopup::setSwitchedOff(const std::vector<HeadRef>& heads) {
  switched_off_ = heads;
  grid_->setSwitchedOff(heads);
}

void HeadsPopup::switchHead(const HeadRef& head, bool off) {
  std::vector<HeadRef> heads = switched_off_;
  std::erase(heads, head);
  if (off) heads.push_back(head);
  emit switchedOffChanged(heads);
}

void HeadsPopup::showRanking(const std::vector<HeadEffect>& effects) {
  ranking_->clear();
  for (const HeadEffect& effect : effects) ranking_->addTopLevelItem(ranking_row(effect));
  ranking_->setVisible(!effects.empty());
  adjustSize();
}

void HeadsPopup::showKind(int tab) {
  if (tab < 0 || tab >= int(listed_kinds_.size())) return;
  grid_->setMaps(alignment_, listed_kinds_[size_t(tab)], gold_);
  adjustSize();
}

}  // namespace attnviz::ui
