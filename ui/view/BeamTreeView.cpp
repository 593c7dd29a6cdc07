#include "view/BeamTreeView.h"

#include "view/LogProbText.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <map>

namespace attnviz::ui {
namespace {

constexpr int kBoxWidth = 104, kBoxHeight = 34;
constexpr int kColumnPitch = 132, kRowPitch = 42;
constexpr int kMargin = 8, kLegendHeight = 22;

}  // namespace

BeamTreeView::BeamTreeView(QWidget* parent) : QWidget(parent) {
  setMouseTracking(true);
  setAttribute(Qt::WA_StyledBackground);
}

void BeamTreeView::setTree(const BeamTree& tree) {
  tree_ = tree;
  selected_.reset();
  placeNodes();
  markReturnedPaths();
  updateGeometry();
  resize(sizeHint());
  update();
}

void BeamTreeView::setSelected(std::optional<int> node) {
  selected_ = node;
  update();
}

// A column per step; within it the candidates grouped under the row of the
// hypothesis they extend, so that every child sits near its parent.
void BeamTreeView::placeNodes() {
  places_.assign(tree_.nodes.size(), QPoint());
  std::map<int, std::vector<int>> by_step;
  for (const BeamNode& node : tree_.nodes) by_step[node.step].push_back(node.id);
  first_step_ = by_step.empty() ? 0 : by_step.begin()->first;
  const auto valid = [this](int id) { return id >= 0 && static_cast<size_t>(id) < places_.size(); };
  for (auto& [step, ids] : by_step) {
    const auto parent_row = [&](int id) {
      const int parent = tree_.nodes[static_cast<size_t>(id)].parent;
      return valid(parent) ? places_[static_cast<size_t>(parent)].y() : -1;
    };
    std::stable_sort(ids.begin(), ids.end(), [&](int a, int b) { return parent_row(a) < parent_row(b); });
    for (size_t row = 0; row < ids.size(); ++row) {
      if (valid(ids[row])) places_[static_cast<size_t>(ids[row])] = QPoint(step - first_step_, static_cast<int>(row));
    }
  }
}

// Every node on the path to a returned hypothesis (one per sentence).
void BeamTreeView::markReturnedPaths() {
  returned_.assign(tree_.nodes.size(), false);
  for (const BeamNode& node : tree_.nodes) {
    if (!node.best) continue;
    for (int id : hypothesis_path(tree_, node.id)) returned_[static_cast<size_t>(id)] = true;
  }
}

QSize BeamTreeView::sizeHint() const {
  int columns = 0, rows = 0;
  for (const QPoint& place : places_) {
    columns = std::max(columns, place.x() + 1);
    rows = std::max(rows, place.y() + 1);
  }
  return {std::max(320, 2 * kMargin + (columns - 1) * kColumnPitch + kBoxWidth),
          2 * kMargin + kLegendHeight + std::max(0, rows - 1) * kRowPitch + kBoxHeight};
}

QRect BeamTreeView::nodeRect(int node) const {
  if (node < 0 || static_cast<size_t>(node) >= places_.size()) return {};
  const QPoint place = places_[static_cast<size_t>(node)];
  return {kMargin + place.x() * kColumnPitch, kMargin + kLegendHeight + place.y() * kRowPitch, kBoxWidth, kBoxHeight};
}

int BeamTreeView::nodeAt(const QPoint& pixel) const {
  for (const BeamNode& node : tree_.nodes)
    if (nodeRect(node.id).contains(pixel)) return node.id;
  return -1;
}

void BeamTreeView::mousePressEvent(QMouseEvent* event) {
  const int node = nodeAt(event->position().toPoint());
  if (event->button() == Qt::LeftButton && node >= 0) emit nodeClicked(node);
}

// The hovered box in words: its token's own log p beside the hypothesis's.
bool BeamTreeView::event(QEvent* event) {
  if (event->type() != QEvent::ToolTip) return QWidget::event(event);
  auto* help = static_cast<QHelpEvent*>(event);
  const int node = nodeAt(help->pos());
  if (node < 0) QToolTip::hideText();
  else QToolTip::showText(help->globalPos(), describe(tree_.nodes[static_cast<size_t>(node)]), this);
  return true;
}

QString BeamTreeView::describe(const BeamNode& node) const {
  QStringList fate{node.kept ? tr("kept") : tr("pruned at this step")};
  if (node.final) fate << tr("final");
  if (node.best) fate << tr("returned");
  return tr("step %1: “%2”\nlog p of the token %3, of the hypothesis %4\n%5")
      .arg(node.step + 1)
      .arg(QString::fromStdString(node.token))
      .arg(format_logprob(node.token_logprob), format_logprob(node.logprob), fate.join(QStringLiteral(", ")));
}

void BeamTreeView::paintEvent(QPaintEvent*) {
  QPainter painter(this);
  painter.setRenderHint(QPainter::Antialiasing);
  drawLegend(painter);
  for (const BeamNode& node : tree_.nodes) drawEdge(painter, node);
  for (const BeamNode& node : tree_.nodes) drawNode(painter, node);
}

void BeamTreeView::drawLegend(QPainter& painter) const {
  painter.setPen(palette().color(QPalette::PlaceholderText));
  painter.drawText(QRect(kMargin, kMargin / 2, width() - 2 * kMargin, kLegendHeight), Qt::AlignLeft | Qt::AlignVCenter,
                   tr("one column per step · log p of the hypothesis · grey, dashed: pruned · thick: final · "
                      "highlighted: the returned translation · click a box to see its attention"));
}

void BeamTreeView::drawEdge(QPainter& painter, const BeamNode& node) const {
  const QRect parent = nodeRect(node.parent), child = nodeRect(node.id);
  if (parent.isEmpty() || child.isEmpty()) return;
  const bool returned = returned_[static_cast<size_t>(node.id)];
  const QColor color = palette().color(returned ? QPalette::Highlight : node.kept ? QPalette::WindowText : QPalette::PlaceholderText);
  painter.setPen(QPen(color, returned ? 2.4 : node.kept ? 1.4 : 1.0, node.kept ? Qt::SolidLine : Qt::DashLine));
  painter.drawLine(QPoint(parent.right(), parent.center().y()), QPoint(child.left(), child.center().y()));
}

void BeamTreeView::drawNode(QPainter& painter, const BeamNode& node) const {
  const QRect box = nodeRect(node.id);
  const QPalette colors = palette();
  const bool selected = selected_ == node.id;
  QColor border = colors.color(node.kept ? QPalette::WindowText : QPalette::PlaceholderText);
  if (returned_[static_cast<size_t>(node.id)]) border = colors.color(QPalette::Highlight);
  painter.setPen(QPen(border, node.final ? 3.0 : 1.0, node.kept ? Qt::SolidLine : Qt::DashLine));
  painter.setBrush(colors.color(selected ? QPalette::Highlight : QPalette::Base));
  painter.drawRoundedRect(box.adjusted(1, 1, -1, -1), 4, 4);
  QFont font = painter.font();
  font.setBold(node.kept);
  painter.setFont(font);
  const QColor text = colors.color(selected ? QPalette::HighlightedText : node.kept ? QPalette::Text : QPalette::PlaceholderText);
  painter.setPen(text);
  const QRect inner = box.adjusted(4, 2, -4, -2);
  const QString token = painter.fontMetrics().elidedText(QString::fromStdString(node.token), Qt::ElideRight, inner.width());
  painter.drawText(inner, Qt::AlignHCenter | Qt::AlignTop, token);
  font.setBold(false);
  painter.setFont(font);
  painter.drawText(inner, Qt::AlignHCenter | Qt::AlignBottom, format_logprob(node.logprob));
}

}  // namespace attnviz::ui
