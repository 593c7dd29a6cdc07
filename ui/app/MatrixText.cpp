#include "app/MatrixText.h"

#include <QStringList>

namespace attnviz::ui {
namespace {

constexpr int kDecimals = 4;

QString header(const Alignment& alignment) {
  QStringList cells{QString()};
  for (const std::string& token : alignment.source_tokens) cells << QString::fromStdString(token);
  return cells.join(QLatin1Char('\t'));
}

QString values_line(const Alignment& alignment, const RowMatrix& values, int row) {
  QStringList cells{QString::fromStdString(alignment.target_tokens[row])};
  for (Eigen::Index col = 0; col < values.cols(); ++col) cells << QString::number(values(row, col), 'f', kDecimals);
  return cells.join(QLatin1Char('\t'));
}

}  // namespace

QString cell_text(const Alignment& alignment, const RowMatrix& values, const Cell& cell) {
  return QStringLiteral("%1 → %2\t%3")
      .arg(QString::fromStdString(alignment.source_tokens[cell.col]),
           QString::fromStdString(alignment.target_tokens[cell.row]))
      .arg(values(cell.row, cell.col), 0, 'f', kDecimals);
}

QString row_text(const Alignment& alignment, const RowMatrix& values, int row) {
  return header(alignment) + QLatin1Char('\n') + values_line(alignment, values, row) + QLatin1Char('\n');
}

QString matrix_text(const Alignment& alignment, const RowMatrix& values) {
  QString text = header(alignment) + QLatin1Char('\n');
  for (int row = 0; row < values.rows(); ++row) text += values_line(alignment, values, row) + QLatin1Char('\n');
  return text;
}

}  // namespace attnviz::ui
