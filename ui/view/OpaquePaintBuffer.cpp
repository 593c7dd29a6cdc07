#include "view/OpaquePaintBuffer.h"

namespace attnviz::ui {

OpaquePaintBuffer::OpaquePaintBuffer(const QBrush& background, double device_pixel_ratio)
    : QCPPaintBufferPixmap(QSize(1, 1), device_pixel_ratio), background_(background) {}

void OpaquePaintBuffer::clear(const QColor&) { mBuffer.fill(background_.color()); }

}  // namespace attnviz::ui
