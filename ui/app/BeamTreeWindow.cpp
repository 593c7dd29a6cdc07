#include "app/BeamTreeWindow.h"

#include "view/BeamTreeView.h"

#include <QScreen>

#include <algorithm>

namespace attnviz::ui {
namespace {

bool same_tree(const BeamTree& a, const BeamTree& b) {
  return std::equal(a.nodes.begin(), a.nodes.end(), b.nodes.begin(), b.nodes.end(),
                    [](const BeamNode& x, const BeamNode& y) {
                      return x.parent == y.parent && x.token == y.token && x.logprob == y.logprob;
                    });
}

}  // namespace

BeamTreeWindow::BeamTreeWindow(QWidget* parent) : QScrollArea(parent), view_(new BeamTreeView(this)) {
  setWindowFlag(Qt::Tool);
  setObjectName(QStringLiteral("beamTreeWindow"));
  setWidget(view_);
  connect(view_, &BeamTreeView::nodeClicked, this, &BeamTreeWindow::nodeClicked);
}

void BeamTreeWindow::setTree(const BeamTree& tree) {
  if (!same_tree(view_->tree(), tree)) view_->setTree(tree);
}

void BeamTreeWindow::setSelected(std::optional<int> node) { view_->setSelected(node); }

void BeamTreeWindow::open(const QString& title, const QPoint& anchor) {
  setWindowTitle(title);
  const QSize wanted = view_->sizeHint() + QSize(2 * frameWidth() + 16, 2 * frameWidth() + 16);
  resize(std::min(wanted.width(), 1100), std::min(wanted.height(), 700));
  const QRect screen = parentWidget()->screen()->availableGeometry();
  move(std::clamp(anchor.x(), screen.left(), std::max(screen.left(), screen.right() - width())),
       std::clamp(anchor.y(), screen.top(), std::max(screen.top(), screen.bottom() - height())));
  show();
  raise();
}

}  // namespace attnviz::ui
