#include "TerminalHeatmap.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ostream>
#include <string>
#include <vector>

#include <unistd.h>

namespace attnviz::cli {
namespace {

constexpr int kMaxLabelChars = 12;  // longer row labels are cut with an ellipsis
constexpr int kMaxHeaderChars = 8;  // longer column labels likewise

// Nine evenly spaced stops of matplotlib's viridis (van der Walt & Smith),
// perceptually uniform and readable by colour-blind users.
constexpr std::array<std::array<int, 3>, 9> kViridis = {{{68, 1, 84},
                                                        {71, 44, 122},
                                                        {59, 81, 139},
                                                        {44, 113, 142},
                                                        {33, 144, 141},
                                                        {39, 173, 129},
                                                        {92, 200, 99},
                                                        {170, 220, 50},
                                                        {253, 231, 37}}};

// UTF-8 text split into code points, so that labels are cut and stacked
// without breaking a character.
std::vector<std::string> code_points(const std::string& text) {
  std::vector<std::string> points;
  for (char c : text) {
    const bool continuation = (static_cast<unsigned char>(c) & 0xC0) == 0x80;
    if (continuation && !points.empty()) points.back() += c;
    else points.emplace_back(1, c);
  }
  return points;
}

std::vector<std::string> shortened(const std::string& label, int max_chars) {
  std::vector<std::string> points = code_points(label);
  if (static_cast<int>(points.size()) > max_chars) {
    points.resize(static_cast<size_t>(max_chars - 1));
    points.emplace_back("…");
  }
  return points;
}

std::string padded(const std::vector<std::string>& points, int width) {
  std::string text;
  for (const std::string& point : points) text += point;
  return text + std::string(static_cast<size_t>(std::max(0, width - static_cast<int>(points.size()))), ' ');
}

std::string background(float weight) {
  const float position = std::clamp(weight, 0.0f, 1.0f) * (kViridis.size() - 1);
  const size_t low = static_cast<size_t>(position);
  const size_t high = std::min(low + 1, kViridis.size() - 1);
  const float mix = position - static_cast<float>(low);
  std::array<int, 3> rgb{};
  for (size_t k = 0; k < 3; ++k)
    rgb[k] = static_cast<int>(std::lround(kViridis[low][k] * (1 - mix) + kViridis[high][k] * mix));
  const char* ink = weight > 0.6f ? "30" : "97";  // dark text on the bright end
  char code[48];
  std::snprintf(code, sizeof code, "\x1b[%s;48;2;%d;%d;%dm", ink, rgb[0], rgb[1], rgb[2]);
  return code;
}

std::string shade(float weight, int width) {
  static const std::array<const char*, 5> kShades = {" ", "░", "▒", "▓", "█"};
  const int level = std::clamp(static_cast<int>(std::lround(weight * 4)), 0, 4);
  std::string cell;
  for (int i = 0; i < width; ++i) cell += kShades[static_cast<size_t>(level)];
  return cell;
}

// "0.93" -> ".93", 1 -> "1.0": three characters for any weight in [0, 1].
std::string weight_text(float weight) {
  char text[16];
  if (weight >= 0.995f) return "1.0";
  std::snprintf(text, sizeof text, "%.2f", static_cast<double>(weight));
  return text + 1;
}

std::string cell(float weight, const TerminalStyle& style, int width) {
  if (!style.print_weights && !style.colour) return shade(weight, width - 1) + " ";
  std::string body = style.print_weights ? weight_text(weight) : std::string(static_cast<size_t>(width - 1), ' ');
  if (!style.colour) return body + " ";
  return background(weight) + body + "\x1b[0m ";
}

int label_width(const std::vector<std::string>& labels) {
  int width = 1;
  for (const std::string& label : labels)
    width = std::max(width, static_cast<int>(shortened(label, kMaxLabelChars).size()));
  return width;
}

void print_header(std::ostream& out, const std::vector<std::string>& sources, Eigen::Index first,
                  Eigen::Index last, int indent, int cell_width) {
  std::vector<std::vector<std::string>> stacks;
  size_t height = 0;
  for (Eigen::Index c = first; c < last; ++c) {
    stacks.push_back(shortened(sources[static_cast<size_t>(c)], kMaxHeaderChars));
    height = std::max(height, stacks.back().size());
  }
  for (size_t line = 0; line < height; ++line) {
    out << std::string(static_cast<size_t>(indent), ' ');
    for (const std::vector<std::string>& stack : stacks)
      out << padded({line < stack.size() ? stack[line] : " "}, cell_width);
    out << '\n';
  }
}

void print_chunk(std::ostream& out, const Alignment& alignment, Eigen::Index first,
                 Eigen::Index last, const TerminalStyle& style, int cell_width) {
  const int indent = label_width(alignment.target_tokens) + 1;
  print_header(out, alignment.source_tokens, first, last, indent, cell_width);
  const RowMatrix& weights = alignment.primary().weights;
  for (Eigen::Index r = 0; r < weights.rows(); ++r) {
    out << padded(shortened(alignment.target_tokens[static_cast<size_t>(r)], kMaxLabelChars), indent);
    for (Eigen::Index c = first; c < last; ++c) out << cell(weights(r, c), style, cell_width);
    out << '\n';
  }
}

}  // namespace

void print_heatmap(std::ostream& out, const Alignment& alignment, const TerminalStyle& style) {
  const int cell_width = style.print_weights ? 4 : 3;
  const int indent = label_width(alignment.target_tokens) + 1;
  const Eigen::Index per_chunk = std::max(1, (style.width - indent) / cell_width);
  for (Eigen::Index first = 0; first < alignment.cols(); first += per_chunk) {
    if (first > 0) out << '\n';
    print_chunk(out, alignment, first, std::min(alignment.cols(), first + per_chunk), style, cell_width);
  }
}

bool stdout_wants_colour() {
  const char* term = std::getenv("TERM");
  return ::isatty(STDOUT_FILENO) && !std::getenv("NO_COLOR") && !(term && std::strcmp(term, "dumb") == 0);
}

}  // namespace attnviz::cli
