// The workaround for Qt 6.4's AVX2 fill: after it the upper halves of the
// ymm registers are in use, and clear_upper_vector_state() frees them.
// XGETBV with ECX = 1 reads which register states are in use (bit 2: the
// upper halves of ymm0-15).

#include "view/VectorUnitState.h"

#include <QImage>
#include <QtTest>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <cpuid.h>
#define ATTNVIZ_CAN_READ_XINUSE 1
#endif

using namespace attnviz::ui;

namespace {

#ifdef ATTNVIZ_CAN_READ_XINUSE
bool cpu_reports_states_in_use() {
  unsigned eax = 0, ebx = 0, ecx = 0, edx = 0;
  if (!__builtin_cpu_supports("avx") || !__get_cpuid_count(0xD, 1, &eax, &ebx, &ecx, &edx)) return false;
  return (eax & (1u << 2)) != 0;  // XGETBV with ECX = 1
}

bool upper_halves_in_use() {
  unsigned low = 0, high = 0;
  asm volatile("xgetbv" : "=a"(low), "=d"(high) : "c"(1));
  return (low & (1u << 2)) != 0;
}
#endif

}  // namespace

class VectorUnitStateTest : public QObject {
  Q_OBJECT

 private slots:
  void clearingAfterQtsFillFreesTheUpperHalves() {
#ifdef ATTNVIZ_CAN_READ_XINUSE
    if (!cpu_reports_states_in_use()) QSKIP("this CPU does not say which register states are in use");
    QImage image(256, 256, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    const bool after_fill = upper_halves_in_use();
    clear_upper_vector_state();
    const bool after_clear = upper_halves_in_use();
    QVERIFY(!after_clear);
    if (!after_fill) QSKIP("this Qt's fill leaves the upper halves free: the workaround costs one instruction and helps nothing");
#else
    QSKIP("not an x86-64 build");
#endif
  }
};

QTEST_MAIN(VectorUnitStateTest)
#include "VectorUnitStateTest.moc"
