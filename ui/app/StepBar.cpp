#include "app/StepBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QShortcut>
#include <QSlider>
#include <QToolButton>

namespace attnviz::ui {

StepBar::StepBar(QWidget* keys_scope) : QWidget(keys_scope), slider_(new QSlider(Qt::Horizontal, this)), label_(new QLabel(this)) {
  slider_->setObjectName(QStringLiteral("stepSlider"));
  slider_->setPageStep(1);
  slider_->setToolTip(tr("Step through the decoding: [ back, ] on"));
  auto* back = new QToolButton(this);
  auto* on = new QToolButton(this);
  back->setText(QStringLiteral("◀"));
  on->setText(QStringLiteral("▶"));
  back->setToolTip(tr("The step before ([)"));
  on->setToolTip(tr("The next step (])"));
  connect(back, &QToolButton::clicked, this, [this] { stepBy(-1); });
  connect(on, &QToolButton::clicked, this, [this] { stepBy(1); });
  connect(slider_, &QSlider::valueChanged, this, [this](int step) {
    updateLabel();
    emit stepChanged(step);
  });
  for (const auto& [key, delta] : {std::pair{Qt::Key_BracketLeft, -1}, std::pair{Qt::Key_BracketRight, 1}}) {
    auto* shortcut = new QShortcut(QKeySequence(key), keys_scope);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, [this, delta] {
      if (isVisible()) stepBy(delta);
    });
  }
  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(back);
  layout->addWidget(slider_, 1);
  layout->addWidget(on);
  layout->addWidget(label_);
}

void StepBar::setSteps(const std::vector<std::string>& tokens) {
  tokens_ = tokens;
  const QSignalBlocker quiet(slider_);
  slider_->setRange(0, std::max(0, static_cast<int>(tokens_.size()) - 1));
  slider_->setEnabled(!tokens_.empty());
  updateLabel();
}

int StepBar::step() const { return slider_->value(); }
void StepBar::setStep(int step) { slider_->setValue(step); }
void StepBar::stepBy(int delta) { slider_->setValue(slider_->value() + delta); }
QString StepBar::text() const { return label_->text(); }

void StepBar::updateLabel() {
  if (tokens_.empty()) {
    label_->setText(tr("no steps"));
    return;
  }
  const auto token = QString::fromStdString(tokens_[static_cast<size_t>(step())]);
  label_->setText(tr("step %1 of %2 · “%3”").arg(step() + 1).arg(tokens_.size()).arg(token));
}

}  // namespace attnviz::ui
