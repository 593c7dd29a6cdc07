// The heatmap widget on a hand-made alignment, drawn offscreen as the app
// and the exporter draw it.

#include "view/ColorMaps.h"
#include "view/HeatmapPlot.h"
#include "view/StepColumns.h"

#include <QSignalSpy>
#include <QtTest>

using namespace attnviz;
using namespace attnviz::ui;

namespace {

// "the red car </s>" -> "la voiture rouge </s>", with the largest weight
// (0.9) at target "voiture", source "car".
Alignment red_car() {
  Alignment a;
  a.source_tokens = {"the", "red", "car", "</s>"};
  a.source_unknown = {false, true, false, false};
  a.target_tokens = {"la", "voiture", "rouge", "</s>"};
  RowMatrix weights(4, 4);
  weights << 0.7f, 0.1f, 0.1f, 0.1f,
             0.02f, 0.03f, 0.9f, 0.05f,
             0.1f, 0.6f, 0.2f, 0.1f,
             0.1f, 0.1f, 0.1f, 0.7f;
  RowMatrix scores = (weights.array().log() + 2.0f).matrix();
  a.maps.push_back({"attention", weights, scores});
  a.steps.resize(4);
  return a;
}

Alignment long_sentence(int words) {
  Alignment a;
  for (int i = 0; i < words; ++i) a.source_tokens.push_back("anticonstitutionnellement" + std::to_string(i));
  a.source_unknown.assign(words, false);
  a.target_tokens = {"un", "</s>"};
  RowMatrix weights = RowMatrix::Constant(2, words, 1.0f / words);
  a.maps.push_back({"attention", weights, weights});
  a.steps.resize(2);
  return a;
}

// n words on both sides, each label a little taller than the room for it
// at the default font size.
Alignment square_sentence(int words) {
  Alignment a;
  for (int i = 0; i < words; ++i) {
    a.source_tokens.push_back("mot" + std::to_string(i));
    a.target_tokens.push_back("word" + std::to_string(i));
  }
  a.source_unknown.assign(words, false);
  RowMatrix weights = RowMatrix::Identity(words, words);
  a.maps.push_back({"attention", weights, weights});
  a.steps.resize(words);
  return a;
}

// The darkest grey level in `area` of `image`.
int darkest(const QImage& image, const QRect& area) {
  int level = 255;
  for (int y = area.top(); y <= area.bottom(); ++y)
    for (int x = area.left(); x <= area.right(); ++x) level = std::min(level, qGray(image.pixel(x, y)));
  return level;
}

// The smallest rectangle holding every pixel where `a` and `b` differ.
QRect differences(const QImage& a, const QImage& b) {
  QRect area;
  for (int y = 0; y < std::min(a.height(), b.height()); ++y)
    for (int x = 0; x < std::min(a.width(), b.width()); ++x)
      if (a.pixel(x, y) != b.pixel(x, y)) area |= QRect(x, y, 1, 1);
  return area;
}

QColor pixel_at(HeatmapPlot& plot, const Cell& cell) {
  const QImage image = plot.toPixmap(plot.width(), plot.height(), 1.0).toImage();
  return image.pixelColor(plot.cellCenter(cell));
}

}  // namespace

class HeatmapPlotTest : public QObject {
  Q_OBJECT

 private slots:
  void init() {
    plot_ = std::make_unique<HeatmapPlot>();
    plot_->resize(640, 480);
    plot_->setAlignment(red_car());
    plot_->setTitle("additive · test");
    plot_->show();
    QVERIFY(QTest::qWaitForWindowExposed(plot_.get()));
  }

  void cellsAreSquare() {
    const QPoint a = plot_->cellCenter({0, 0});
    const QPoint b = plot_->cellCenter({1, 1});
    QVERIFY(b.x() - a.x() > 20);
    QCOMPARE(b.x() - a.x(), b.y() - a.y());
  }

  // One 0-1 scale in every pane: a weight's colour does not depend on the
  // other weights of its matrix.
  void everyWeightHasItsColourOnTheZeroToOneScale() {
    QCPColorGradient gradient = color_gradient(ColorMapName::Viridis);  // color() is not const
    const RowMatrix& weights = plot_->alignment().primary().weights;
    for (const Cell cell : {Cell{0, 0}, Cell{1, 2}, Cell{3, 1}}) {
      QCOMPARE(pixel_at(*plot_, cell), QColor(gradient.color(weights(cell.row, cell.col), QCPRange(0, 1))));
    }
  }

  void perRowScaleGivesEveryRowMaximumTheTopColour() {
    HeatmapOptions options;
    options.scale = ColorScaleMode::PerRow;
    options.show_argmax = false;
    plot_->setOptions(options);
    const QColor top(color_gradient(ColorMapName::Viridis).color(1, QCPRange(0, 1)));
    QCOMPARE(pixel_at(*plot_, {2, 1}), top);
    QCOMPARE(pixel_at(*plot_, {3, 3}), top);
  }

  void tooltipNamesBothWordsWeightAndScore() {
    const QString text = plot_->cellToolTip({1, 2});
    QVERIFY2(text.contains("source: car"), qPrintable(text));
    QVERIFY2(text.contains("target: voiture"), qPrintable(text));
    QVERIFY2(text.contains("weight: 0.9000"), qPrintable(text));
    QVERIFY2(text.contains(QString("raw score: %1").arg(std::log(0.9f) + 2.0f, 0, 'f', 4)), qPrintable(text));
  }

  void tooltipSaysWhenAWordIsUnknown() {
    QVERIFY(plot_->cellToolTip({0, 1}).contains("not in the vocabulary"));
    QVERIFY(!plot_->cellToolTip({0, 2}).contains("not in the vocabulary"));
  }

  void hoveringACellReportsIt() {
    QSignalSpy hovered(plot_.get(), &HeatmapPlot::cellHovered);
    QTest::mouseMove(plot_.get(), plot_->cellCenter({2, 1}));
    QVERIFY(!hovered.isEmpty());
    QCOMPARE(hovered.last().at(0).value<Cell>(), (Cell{2, 1}));
    QCOMPARE(plot_->highlight(), (Cell{2, 1}));
  }

  // A hover repaints the widget from its buffer with the marks drawn over
  // it: the mark is on screen, over the cells only, and no replot ran.
  void aHoverMarksTheCellsWithoutAReplot() {
    QSignalSpy drawn(plot_.get(), &QCustomPlot::afterReplot);
    const QImage before = plot_->grab().toImage();
    plot_->hoverCell({2, 0});
    const QRect marked = differences(before, plot_->grab().toImage());
    QVERIFY(marked.contains(plot_->cellCenter({2, 0})));
    QVERIFY(plot_->axisRect()->rect().adjusted(-3, -3, 3, 3).contains(marked));
    plot_->hoverCell({});
    QCOMPARE(plot_->grab().toImage(), before);
    QCOMPARE(drawn.count(), 0);
  }

  // An export draws the marks too (the argmax outlines), not only the screen.
  void anExportDrawsTheMarks() {
    const QImage outlined = plot_->toPixmap(640, 480, 1.0).toImage();
    HeatmapOptions options = plot_->options();
    options.show_argmax = false;
    plot_->setOptions(options);
    const QRect outlines = differences(outlined, plot_->toPixmap(640, 480, 1.0).toImage());
    QVERIFY(!outlines.isEmpty());
    QVERIFY(plot_->axisRect()->rect().adjusted(-3, -3, 3, 3).contains(outlines));
  }

  void clickingACellReportsItsRow() {
    QSignalSpy clicked(plot_.get(), &HeatmapPlot::cellClicked);
    QTest::mouseClick(plot_.get(), Qt::LeftButton, {}, plot_->cellCenter({3, 0}));
    QCOMPARE(clicked.size(), 1);
    QCOMPARE(clicked.first().at(0).value<Cell>().row, 3);
  }

  void arrowKeysWalkTheCellsWithinBounds() {
    plot_->setCurrentCell({0, 0});
    QTest::keyClick(plot_.get(), Qt::Key_Right);
    QTest::keyClick(plot_.get(), Qt::Key_Down);
    QCOMPARE(plot_->currentCell(), (Cell{1, 1}));
    for (int i = 0; i < 10; ++i) QTest::keyClick(plot_.get(), Qt::Key_Up);
    QCOMPARE(plot_->currentCell(), (Cell{0, 1}));
  }

  void pointOutsideTheCellsIsNoCell() {
    QVERIFY(!plot_->cellAt(QPointF(2, 2)).valid());
  }

  void crowdedLabelsTurnAndThinOut() {
    plot_->setAlignment(long_sentence(120));
    plot_->replot();
    auto ticker = plot_->xAxis2->ticker().dynamicCast<QCPAxisTickerText>();
    QVERIFY(ticker);
    QVERIFY(ticker->ticks().size() < 120);
    QVERIFY(ticker->ticks().size() > 5);
    QCOMPARE(plot_->xAxis2->tickLabelRotation(), -90.0);
  }

  void roomyLabelsStayHorizontalAndComplete() {
    auto ticker = plot_->xAxis2->ticker().dynamicCast<QCPAxisTickerText>();
    QCOMPARE(ticker->ticks().size(), 4);
    QCOMPARE(plot_->xAxis2->tickLabelRotation(), 0.0);
  }

  void snugLabelsShrinkBeforeTheyThinOut() {
    plot_->resize(480, 480);
    plot_->setAlignment(square_sentence(28));
    plot_->replot();
    for (QCPAxis* axis : {plot_->xAxis2, plot_->yAxis}) {
      auto ticker = axis->ticker().dynamicCast<QCPAxisTickerText>();
      QCOMPARE(ticker->ticks().size(), 28);
      QVERIFY(axis->tickLabelFont().pointSizeF() < plot_->font().pointSizeF());
      const double cell = plot_->cellCenter({1, 1}).y() - plot_->cellCenter({0, 0}).y();
      QVERIFY2(QFontMetrics(axis->tickLabelFont()).height() <= cell, "labels overlap");
    }
  }

  void emptyTitleTakesNoRoom() {
    plot_->setTitle("additive · test");
    plot_->replot();
    const int titled_top = plot_->axisRect()->outerRect().top();
    plot_->setTitle("");
    plot_->replot();
    QVERIFY(titled_top > 10);
    QCOMPARE(plot_->axisRect()->outerRect().top(), 0);
  }

  // A batch draws once when it closes, with everything set inside it; an
  // inner batch waits for the outer one. Without one, each setter draws.
  void aBatchDrawsOnceWhenItCloses() {
    QSignalSpy drawn(plot_.get(), &QCustomPlot::afterReplot);
    {
      HeatmapPlot::Batch outer(*plot_);
      plot_->setGold(std::nullopt);
      {
        HeatmapPlot::Batch inner(*plot_);
        plot_->setAlignment(red_car());
      }
      plot_->setTitle("after");
      QCOMPARE(drawn.count(), 0);
    }
    QCOMPARE(drawn.count(), 1);
    QCOMPARE(plot_->title(), QString("after"));
    plot_->setTitle("again");
    plot_->setOptions(plot_->options());
    QCOMPARE(drawn.count(), 3);
  }

  // A value is laid out once and drawn in the pen its cell needs each time:
  // "0.99" first drawn white on a dark entropy cell is then black on a
  // white probability cell.
  void aValueTakesTheTextColourOfEachCell() {
    QCustomPlot plot;
    auto* steps = new StepColumns(&plot, plot.yAxis);
    plot.plotLayout()->addElement(0, 1, steps);
    plot.yAxis->setRange(-0.5, 0.5);
    plot.yAxis->setRangeReversed(true);  // row 0 at the top, as in a heatmap
    steps->setGradient(QCPColorGradient(QCPColorGradient::gpGrayscale));
    plot.resize(400, 200);
    steps->setMetrics({{0.02}, {0.99}, 10.0});
    plot.replot();
    steps->setMetrics({{0.99}, {0.02}, 10.0});
    plot.replot();
    const QImage image = plot.toPixmap(400, 200, 1.0).toImage();
    const QRect probability_cell(steps->rect().left() + 2, steps->rect().top() + 2, 26, steps->rect().height() - 4);
    QVERIFY2(qGray(image.pixel(probability_cell.topLeft())) > 200, "p = 0.99 is the light end of the scale");
    QVERIFY2(darkest(image, probability_cell) < 80, "its value is printed in black");
  }

  void emptyAlignmentShowsNoCells() {
    plot_->clearAlignment();
    QVERIFY(plot_->isEmpty());
    QVERIFY(!plot_->cellAt(QPointF(320, 240)).valid());
    QVERIFY(!plot_->toPixmap(320, 240).isNull());
  }

 private:
  std::unique_ptr<HeatmapPlot> plot_;
};

QTEST_MAIN(HeatmapPlotTest)
#include "HeatmapPlotTest.moc"
