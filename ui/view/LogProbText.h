#pragma once
// How every view prints a log-probability.

#include <QString>

#include <cmath>

namespace attnviz::ui {

// Two decimals read well, but a small real value would then print as
// "-0.00", which reads as certainty: below 0.01, three significant digits
// ("-0.00123", "-1.2e-05").
inline QString format_logprob(double value) {
  if (value == 0 || std::abs(value) >= 0.01) return QString::number(value, 'f', 2);
  return QString::number(value, 'g', 3);
}

}  // namespace attnviz::ui
