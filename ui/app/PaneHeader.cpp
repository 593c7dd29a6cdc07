#include "app/PaneHeader.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace attnviz::ui {

PaneHeader::PaneHeader(QWidget* chooser, bool closable, QWidget* parent)
    : QWidget(parent), title_(new QLabel(this)) {
  heads_ = makeButton(tr("▦"), tr("Every head of every layer at a glance; click one to show it"),
                      QStringLiteral("headsButton"), false);
  tree_ = makeButton(tr("⋔"), tr("The beam search as a tree: click a hypothesis to see its attention"),
                     QStringLiteral("beamTreeButton"), false);
  steps_ = makeButton(tr("▸"), tr("Step through the decoding one target word at a time ([ and ])"),
                      QStringLiteral("stepsButton"), true);
  raw_ = makeButton(tr("e"), {}, QStringLiteral("rawButton"), true);
  lines_ = makeButton(tr("⋈"), tr("Show alignment lines instead of the heatmap"), QStringLiteral("linesButton"), true);
  heads_->setVisible(false);
  tree_->setVisible(false);
  connect(heads_, &QToolButton::clicked, this, &PaneHeader::headsClicked);
  connect(tree_, &QToolButton::clicked, this, &PaneHeader::beamTreeClicked);
  connect(steps_, &QToolButton::toggled, this, &PaneHeader::stepsToggled);
  connect(raw_, &QToolButton::toggled, this, &PaneHeader::rawToggled);
  connect(lines_, &QToolButton::toggled, this, &PaneHeader::linesToggled);
  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  // A long title is clipped rather than widening the pane: six panes side
  // by side must still fit the window the user chose (its tooltip has it).
  title_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
  layout->addWidget(title_, 1);
  layout->addWidget(chooser);
  for (QToolButton* button : {heads_, tree_, steps_, raw_, lines_}) layout->addWidget(button);
  if (!closable) return;
  // Only a file's matrix can be closed: a model pane is hidden from the
  // View menu instead, and comes back without reloading.
  QToolButton* close = makeButton(QStringLiteral("✕"), tr("Close this matrix"), QStringLiteral("closePane"), false);
  connect(close, &QToolButton::clicked, this, &PaneHeader::closeClicked);
  layout->addWidget(close);
}

QToolButton* PaneHeader::makeButton(const QString& text, const QString& tip, const QString& name, bool checkable) {
  auto* button = new QToolButton(this);
  button->setText(text);
  button->setToolTip(tip);
  button->setObjectName(name);
  button->setCheckable(checkable);
  button->setAutoRaise(true);
  return button;
}

void PaneHeader::setTitle(const QString& html, const QString& tip) {
  title_->setText(html);
  title_->setToolTip(tip);
}

void PaneHeader::setHeadsAvailable(bool available) { heads_->setVisible(available); }
void PaneHeader::setBeamTreeAvailable(bool available) { tree_->setVisible(available); }
void PaneHeader::setLinesChecked(bool lines) { lines_->setChecked(lines); }
void PaneHeader::setStepsChecked(bool steps) { steps_->setChecked(steps); }
void PaneHeader::setRawChecked(bool raw) { raw_->setChecked(raw); }

// Says why the toggle is off when the matrix has no scores.
void PaneHeader::setRawAvailable(bool available) {
  raw_->setEnabled(available);
  raw_->setToolTip(available ? tr("Show raw scores e (energies before the softmax) instead of weights α")
                             : tr("This matrix has no raw scores, only weights α"));
}

}  // namespace attnviz::ui
