#include "decoding/TextSteering.h"

#include <string>

namespace attnviz {
namespace {

std::string pin_name(const AttentionPin& pin) {
  return "pin " + std::to_string(pin.step) + ":" + std::to_string(pin.source);
}

void require_column(int position, int columns, const std::string& what) {
  if (position < 0 || position >= columns)
    throw SteeringError(what + ": source position " + std::to_string(position) + " is out of range (the source has " +
                        std::to_string(columns) + " positions, 0 to " + std::to_string(columns - 1) +
                        ", each sentence's </s> included)");
}

}  // namespace

TextSteering::TextSteering(const DecodeOptions& options, int columns)
    : options_(options), columns_(columns), pin_applied_(options.pins.size(), false) {
  for (int i : options.mask_source) require_column(i, columns, "mask " + std::to_string(i));
  for (const AttentionPin& pin : options.pins) {
    require_column(pin.source, columns, pin_name(pin));
    if (pin.step < 0) throw SteeringError(pin_name(pin) + ": the step is negative");
  }
}

// Positions in [column_, column_ + columns) and steps from row_ on, made
// the sentence's own. A pin beyond the sentence's last step never fires.
Steering TextSteering::next(int columns, std::vector<Token> prefix) const {
  std::vector<int> masked;
  for (int i : options_.mask_source)
    if (i >= column_ && i < column_ + columns) masked.push_back(i - column_);
  std::vector<AttentionPin> pins;
  for (const AttentionPin& pin : options_.pins)
    if (pin.step >= row_ && pin.source >= column_ && pin.source < column_ + columns)
      pins.push_back({pin.step - row_, pin.source - column_});
  return {std::move(prefix), AttentionEdit(std::move(masked), std::move(pins), columns)};
}

void TextSteering::done(int columns, const Alignment& sentence) {
  const auto rows = static_cast<int>(sentence.rows());
  for (size_t p = 0; p < options_.pins.size(); ++p) {
    const AttentionPin& pin = options_.pins[p];
    if (pin.step < row_ || pin.step >= row_ + rows) continue;
    if (pin.source < column_ || pin.source >= column_ + columns)
      throw SteeringError(pin_name(pin) + ": step " + std::to_string(pin.step) +
                          " translates the sentence of source positions " + std::to_string(column_) + " to " +
                          std::to_string(column_ + columns - 1));
    pin_applied_[p] = true;
  }
  column_ += columns;
  row_ += rows;
}

void TextSteering::check_pins() const {
  for (size_t p = 0; p < options_.pins.size(); ++p)
    if (!pin_applied_[p])
      throw SteeringError(pin_name(options_.pins[p]) + ": the translation has " + std::to_string(row_) +
                          " steps, 0 to " + std::to_string(row_ - 1));
}

}  // namespace attnviz
