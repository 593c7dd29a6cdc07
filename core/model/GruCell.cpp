#include "model/GruCell.h"

namespace attnviz {

void gru_update(const Eigen::Ref<const Vector>& gates_x, Eigen::Ref<Vector> gates_h,
                Eigen::Ref<Vector> state) {
  const Eigen::Index h = state.size();
  // r and z first, in place: the candidate n needs r, and h' needs z and n.
  gates_h.head(2 * h) = (gates_x.head(2 * h) + gates_h.head(2 * h)).array().logistic().matrix();
  gates_h.tail(h) = (gates_x.tail(h).array() +
                     gates_h.head(h).array() * gates_h.tail(h).array()).tanh().matrix();
  state = ((1.0f - gates_h.segment(h, h).array()) * gates_h.tail(h).array() +
           gates_h.segment(h, h).array() * state.array()).matrix();
}

}  // namespace attnviz
