// How the panes use the window, on the real main window offscreen: cells
// large enough to read, maximising a pane, layouts kept across a restart,
// zoom and pan with labels on the cells in view, row details that resize
// nothing.

#include "app/MainWindow.h"
#include "app/PaneGrid.h"
#include "app/SentenceBar.h"
#include "app/UserDialogs.h"
#include "view/RowDetail.h"
#include "WindowTesting.h"

#include <QAction>
#include <QDir>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QtTest>

#include <cmath>

using namespace attnviz;
using namespace attnviz::ui;
using namespace attnviz::ui::testing;

namespace {

// 30 words, all in the shipped vocabulary.
const QString kThirtyWords = QStringLiteral(
    "the old farmer saw the red car near the house the old farmer saw the red car near the house "
    "the old farmer saw the red car near the house");

std::unique_ptr<MainWindow> open_window() {
  auto window = std::make_unique<MainWindow>();
  window->openModels(test_models());
  window->show();
  return window;
}

// The token labels the axis has on the cells in `range`, by cell index.
QMap<double, QString> labels_in_view(const QCPAxis* axis) {
  const auto ticker = axis->ticker().dynamicCast<QCPAxisTickerText>();
  QMap<double, QString> shown;
  for (auto it = ticker->ticks().cbegin(); it != ticker->ticks().cend(); ++it) {
    if (axis->range().contains(it.key())) shown.insert(it.key(), it.value());
  }
  return shown;
}

// Every cell whose centre is in view has its own label, at a readable size,
// naming its token (whole, or elided with "…").
void verify_every_cell_in_view_is_labelled(const QCPAxis* axis, const std::vector<std::string>& tokens) {
  const QMap<double, QString> shown = labels_in_view(axis);
  const int first = static_cast<int>(std::ceil(axis->range().lower)), last = static_cast<int>(std::floor(axis->range().upper));
  QVERIFY(last >= first);
  for (int cell = first; cell <= last; ++cell) {
    QVERIFY2(shown.contains(cell), qPrintable(QString("no label on cell %1").arg(cell)));
    const QString token = QString::fromStdString(tokens[static_cast<size_t>(cell)]);
    const QString label = shown.value(cell);
    QVERIFY2(label == token || (label.contains(QChar(0x2026)) && label.size() > 1), qPrintable(label + " for " + token));
  }
  QVERIFY(axis->tickLabelFont().pointSizeF() >= TokenAxis::kSmallestPointSize);
}

void send_wheel(QWidget* widget, const QPointF& at, int delta, Qt::KeyboardModifiers modifiers) {
  QWheelEvent wheel(at, widget->mapToGlobal(at), {}, {0, delta}, Qt::NoButton, modifiers, Qt::NoScrollPhase, false);
  QApplication::sendEvent(widget, &wheel);
}

void send_mouse(QWidget* widget, QEvent::Type type, const QPointF& at, Qt::MouseButtons buttons) {
  QMouseEvent event(type, at, widget->mapToGlobal(at), Qt::LeftButton, buttons, {});
  QApplication::sendEvent(widget, &event);
}

}  // namespace

class PaneLayoutTest : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    UserDialogs::instance().setRecordOnly(true);
    QVERIFY2(test_models().size() >= 2, "no models to test with");
  }

  void init() {
    QSettings().clear();
    window_ = open_window();
    QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
  }

  void cleanup() { window_.reset(); }

  void thirtyWordsAtTheDefaultWindowGetReadableLabelledCells() {
    type_sentence(*window_, kThirtyWords);
    for (ModelPane* pane : window_->paneGrid()->visiblePanes()) {
      HeatmapPlot* plot = pane->heatmap();
      QCOMPARE(plot->alignment().cols(), Eigen::Index{31});
      const double cell = plot->axisRect()->width() / plot->xAxis2->range().size();
      QVERIFY2(cell >= HeatmapPlot::kReadableCell - 0.5, qPrintable(QString::number(cell)));
      QVERIFY(std::abs(cell - plot->axisRect()->height() / plot->yAxis->range().size()) < 1.0);  // square
      verify_every_cell_in_view_is_labelled(plot->xAxis2, plot->alignment().source_tokens);
      verify_every_cell_in_view_is_labelled(plot->yAxis, plot->alignment().target_tokens);
    }
  }

  // Nine shipped models in a 900x600 window: the panes scroll instead of
  // shrinking to a sliver of cells, and the window keeps its size.
  void aSmallWindowScrollsThePanesAndKeepsRowsOfCells() {
    window_->resize(900, 600);
    type_sentence(*window_, "the old farmer saw the red car near the house");
    QTest::qWait(100);
    QCOMPARE(window_->size(), QSize(900, 600));
    const auto panes = window_->paneGrid()->visiblePanes();
    if (panes.size() < 7) QSKIP("needs more panes than a 900x600 window holds at full height");
    for (ModelPane* pane : panes) {
      HeatmapPlot* plot = pane->heatmap();
      QVERIFY2(plot->yAxis->range().size() >= 4, qPrintable(QString("%1: %2 rows in view").arg(pane->title()).arg(plot->yAxis->range().size())));
      QVERIFY(plot->viewport().cellPixels() >= HeatmapPlot::kReadableCell - 0.5);
    }
    QVERIFY2(panes.back()->visibleRegion().isEmpty(), "the last row of panes is below the fold, reached by scrolling");
  }

  void doubleClickingAPaneShowsItAloneAndAgainShowsAll() {
    type_sentence(*window_, "the red car");
    PaneGrid* grid = window_->paneGrid();
    ModelPane* pane = grid->visiblePanes().at(1);
    const int cell_before = pane->heatmap()->axisRect()->width();
    QTest::mouseDClick(pane->heatmap(), Qt::LeftButton, {}, pane->heatmap()->cellCenter({0, 0}));
    QCOMPARE(grid->maximized(), pane);
    QVERIFY2(!pane->rowDetail()->isVisible(), "the double-click's first click does not leave a row open");
    QVERIFY2(window_->statusText().endsWith("1 pane visible"), qPrintable(window_->statusText()));
    QTRY_VERIFY(pane->isVisible());
    for (ModelPane* other : grid->panes()) QCOMPARE(other->isVisible(), other == pane);
    QTRY_VERIFY(pane->heatmap()->axisRect()->width() > cell_before);
    window_->findChild<QAction*>("maximizePane")->trigger();  // Ctrl+M
    QVERIFY(!grid->maximized());
    for (ModelPane* other : grid->panes()) QVERIFY(other->isVisible());
  }

  void theChosenLayoutSurvivesARestart() {
    window_->findChild<QAction*>("paneLayout-tabs")->trigger();
    auto* tabs = window_->paneGrid()->findChild<QTabWidget*>();
    QVERIFY(tabs);
    QCOMPARE(tabs->count(), int(test_models().size()));
    window_->close();
    window_ = open_window();
    window_->restoreSession();
    QCOMPARE(window_->paneGrid()->paneLayout(), PaneLayout::Tabs);
    QVERIFY(window_->findChild<QAction*>("paneLayout-tabs")->isChecked());
    QCOMPARE(window_->paneGrid()->findChild<QTabWidget*>()->count(), int(test_models().size()));
    window_->findChild<QAction*>("paneLayout-focus")->trigger();
    QVERIFY(!window_->paneGrid()->findChild<QTabWidget*>());
    const auto panes = window_->paneGrid()->visiblePanes();
    QVERIFY(panes[0]->height() > 2 * panes[1]->height());  // one large pane above the strip
  }

  void zoomAndPanKeepALabelOnEveryCellInView() {
    window_->paneGrid()->setMaximized(window_->paneGrid()->visiblePanes().front());
    type_sentence(*window_, kThirtyWords);
    HeatmapPlot* plot = window_->paneGrid()->maximized()->heatmap();
    QTRY_VERIFY(plot->isVisible());
    const double cell = plot->viewport().cellPixels();
    QVERIFY(plot->overviewFrame().isEmpty());
    // Zoom about cell (10, 10) until columns too leave the view.
    const QPointF pointer = plot->cellCenter({10, 10});
    send_wheel(plot, pointer, 3 * 120, Qt::ControlModifier);
    QVERIFY(plot->viewport().cellPixels() > 1.8 * cell);
    for (int notch = 0; notch < 20 && plot->xAxis2->range().size() > 27; ++notch) {
      send_wheel(plot, pointer, 120, Qt::ControlModifier);
    }
    QVERIFY(plot->viewport().isPartial());
    QVERIFY(plot->xAxis2->range().size() <= 27);
    // Away from the matrix's edges, zooming keeps the cell under the pointer.
    const Cell pointed = plot->cellAt(pointer);
    send_wheel(plot, pointer, 120, Qt::ControlModifier);
    QCOMPARE(plot->cellAt(pointer), pointed);
    QVERIFY(!plot->overviewFrame().isEmpty());
    verify_every_cell_in_view_is_labelled(plot->xAxis2, plot->alignment().source_tokens);
    verify_every_cell_in_view_is_labelled(plot->yAxis, plot->alignment().target_tokens);

    plot->scrollCells(-31, 0);  // to the first column: room to pan 3 to the right
    const double left_before = plot->xAxis2->range().lower;
    QCOMPARE(left_before, -0.5);
    const QPointF from = plot->cellCenter({10, 10});
    send_mouse(plot, QEvent::MouseButtonPress, from, Qt::LeftButton);
    send_mouse(plot, QEvent::MouseMove, from + QPointF(-3 * plot->viewport().cellPixels(), 0), Qt::LeftButton);
    send_mouse(plot, QEvent::MouseButtonRelease, from + QPointF(-3 * plot->viewport().cellPixels(), 0), Qt::NoButton);
    QVERIFY2(std::abs(plot->xAxis2->range().lower - (left_before + 3)) < 0.05,
             qPrintable(QString("%1 -> %2").arg(left_before).arg(plot->xAxis2->range().lower)));
    verify_every_cell_in_view_is_labelled(plot->xAxis2, plot->alignment().source_tokens);
    QVERIFY2(!window_->paneGrid()->maximized()->rowDetail()->isVisible(), "a drag is not a click");

    QTest::keyClick(plot, Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(plot->viewport().zoom(), 1.0);
    QVERIFY(std::abs(plot->viewport().cellPixels() - cell) < 0.5);
    QVERIFY(plot->overviewFrame().isEmpty());
  }

  void rowDetailsOpenOverThePaneAndResizeNothing() {
    window_->resize(900, 600);
    type_sentence(*window_, "the old farmer saw the red car near the house");
    QTest::qWait(100);  // six panes relayout once their results are in; measure after that
    const QSize window_size = window_->size();
    std::vector<QSize> heatmaps;
    for (ModelPane* pane : window_->paneGrid()->visiblePanes()) heatmaps.push_back(pane->heatmap()->size());
    ModelPane* pane = window_->paneGrid()->visiblePanes().front();
    const int last_row = static_cast<int>(pane->heatmap()->alignment().rows()) - 1;
    pane->heatmap()->setCurrentCell({last_row, 1});  // scrolls it into view, as the keyboard does
    QTest::mouseClick(pane->heatmap(), Qt::LeftButton, {}, pane->heatmap()->cellCenter({last_row, 1}));
    QVERIFY(pane->rowDetail()->isVisible());
    QCOMPARE(pane->rowDetail()->row(), last_row);
    QApplication::processEvents();
    QCOMPARE(window_->size(), window_size);
    for (size_t i = 0; i < heatmaps.size(); ++i) QCOMPARE(window_->paneGrid()->visiblePanes()[i]->heatmap()->size(), heatmaps[i]);
    QVERIFY(pane->rect().contains(pane->rowDetail()->geometry()));
    // The clicked row stays in sight: the details open over the other half.
    const int row_y = pane->heatmap()->mapTo(pane, pane->heatmap()->cellCenter({last_row, 1})).y();
    QVERIFY(!pane->rowDetail()->geometry().contains(QPoint(pane->rowDetail()->x() + 1, row_y)));
  }

 private:
  std::unique_ptr<MainWindow> window_;
};

QTEST_MAIN(PaneLayoutTest)
#include "PaneLayoutTest.moc"
