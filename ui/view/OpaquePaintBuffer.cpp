#include "view/OpaquePaintBuffer.h"

#include "view/VectorUnitState.h"

namespace attnviz::ui {

OpaquePaintBuffer::OpaquePaintBuffer(const QBrush& background, double device_pixel_ratio)
    : QCPPaintBufferPixmap(QSize(1, 1), device_pixel_ratio), background_(background) {}

void OpaquePaintBuffer::clear(const QColor&) {
  mBuffer.fill(background_.color());
  clear_upper_vector_state();  // the fill left it in use; the layers are drawn next
}

}  // namespace attnviz::ui
