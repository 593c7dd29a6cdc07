// Pictures exported to real files and read back: PNG and JPG decode at the
// requested size with the top colour in the cell of the highest weight,
// SVG parses and keeps every token as text, PDF has one page per picture,
// and failures leave no file behind.
#include "../core/ExportTestData.h"

#include "export/ImageExporter.h"
#include "view/ColorMaps.h"

#include <QApplication>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QtTest>

#include <fstream>

using namespace attnviz;
using namespace attnviz::ui;

namespace {

QByteArray file_bytes(const std::filesystem::path& path) {
  QFile file(QString::fromStdString(path.string()));
  return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList svg_texts(const QByteArray& svg, QString& title) {
  QStringList texts;
  QXmlStreamReader xml(svg);
  while (!xml.atEnd()) {
    if (xml.readNext() != QXmlStreamReader::StartElement) continue;
    if (xml.name() == QLatin1String("text")) texts << xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
    else if (xml.name() == QLatin1String("title")) title = xml.readElementText();
  }
  if (xml.hasError()) texts << QStringLiteral("XML error: ") + xml.errorString();
  return texts;
}

// Where a cell's centre lands in a picture of one pane at `dpi`: laid out
// by a HeatmapPlot drawn at the pane's size with its title, as the exporter
// draws it (a hidden widget lays out only when drawn).
QPoint cell_pixel(const ModelAlignment& item, Cell cell, int dpi) {
  HeatmapPlot plot;
  plot.resize(HeatmapPicture::kPaneSize);
  plot.setAlignment(item.alignment);
  plot.setTitle(pane_title(item));
  plot.toPixmap(HeatmapPicture::kPaneSize.width(), HeatmapPicture::kPaneSize.height());  // lays out at that size
  return (QPointF(plot.cellCenter(cell)) * dpi / HeatmapPicture::kLogicalDpi).toPoint();
}

// The darkest grey level in the image: how dark its darkest ink is.
int darkest_gray(const QImage& image) {
  int darkest = 255;
  for (int y = 0; y < image.height(); ++y)
    for (int x = 0; x < image.width(); ++x) darkest = std::min(darkest, qGray(image.pixel(x, y)));
  return darkest;
}

}  // namespace

class ImageExportTest : public QObject {
  Q_OBJECT

 private slots:
  void pngHasTheRequestedSizeAndEachWeightsColourOnTheZeroToOneScale() {
    test::ScratchFolder folder;
    HeatmapPicture picture;
    picture.setAlignments({test::sample_alignment()});
    export_image(folder / "m.png", picture, {.dpi = 150});
    const QImage image(QString::fromStdString((folder / "m.png").string()));
    QCOMPARE(image.size(), QSize(1200, 1200));
    const RowMatrix weights = test::sample_alignment().alignment.primary().weights;
    const auto colour_of = [](double weight) { return color_gradient(ColorMapName::Viridis).color(weight, QCPRange(0, 1)); };
    QCOMPARE(image.pixelColor(cell_pixel(test::sample_alignment(), {2, 1}, 150)), colour_of(weights(2, 1)));
    QCOMPARE(image.pixelColor(cell_pixel(test::sample_alignment(), {0, 4}, 150)), colour_of(weights(0, 4)));
    QVERIFY(colour_of(weights(2, 1)) != colour_of(weights(0, 4)));
  }

  void pngCarriesProvenanceAndDpi() {
    test::ScratchFolder folder;
    HeatmapPicture picture;
    picture.setAlignments({test::sample_alignment()});
    export_image(folder / "m.png", picture, {.dpi = 72});
    const QImage image(QString::fromStdString((folder / "m.png").string()));
    QVERIFY(image.text(QStringLiteral("Description")).contains(QStringLiteral("sha256=") + QString(64, 'a')));
    QVERIFY(image.text(QStringLiteral("Description")).contains(QStringLiteral("mode=beam beam=4")));
    QCOMPARE(image.text(QStringLiteral("Title")), QStringLiteral("Attention: the red, \"big\" car é -> la voiture rouge (additive)"));
    QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), 72);
  }

  void aGridIsOnePictureOfAllPanes() {
    test::ScratchFolder folder;
    HeatmapPicture picture;
    picture.setAlignments({test::sample_alignment("additive"), test::sample_alignment("dot")});
    export_image(folder / "grid.jpg", picture, {.dpi = 96});
    QCOMPARE(QImage(QString::fromStdString((folder / "grid.jpg").string())).size(), QSize(1536, 768));
  }

  void fivePanesAreThreeAboveTwoCentredWithoutAnEmptyCell() {
    HeatmapPicture picture(QSize(100, 100));
    ModelAlignments five;
    for (const char* name : {"dot", "scaled_dot", "general", "additive", "cosine"}) five.push_back(test::sample_alignment(name));
    picture.setAlignments(five);
    QCOMPARE(picture.size(), QSize(300, 200));
    QCOMPARE(picture.paneOrigin(2), QPoint(200, 0));
    QCOMPARE(picture.paneOrigin(3), QPoint(50, 100));
    QCOMPARE(picture.paneOrigin(4), QPoint(150, 100));
    picture.setAlignments({five[0], five[1], five[2], five[3]});
    QCOMPARE(picture.size(), QSize(200, 200));
    QCOMPARE(picture.paneOrigin(3), QPoint(100, 100));
  }

  void aFigureIsLightByDefaultWhateverTheAppPalette() {
    const QPalette app = QApplication::palette();
    QPalette dark = app;
    dark.setColor(QPalette::Base, Qt::black);
    dark.setColor(QPalette::Window, Qt::black);
    dark.setColor(QPalette::WindowText, Qt::white);
    QApplication::setPalette(dark);
    HeatmapPicture picture;
    picture.setAlignments({test::sample_alignment()});
    const QImage image = render_image(picture, 48);
    QApplication::setPalette(app);
    QCOMPARE(image.pixelColor(2, 2), QColor(Qt::white));
    QVERIFY2(darkest_gray(image.copy(0, 0, image.width(), image.height() / 12)) < 100,
             "the title above the cells is dark ink on the white page");
  }

  void theDarkAndTransparentBackgroundsAreChosenNotInherited() {
    HeatmapPicture picture;
    picture.setAlignments({test::sample_alignment()});
    picture.setBackground(FigureBackground::Dark);
    QVERIFY(qGray(render_image(picture, 48).pixel(2, 2)) < 60);
    picture.setBackground(FigureBackground::Transparent);
    test::ScratchFolder folder;
    export_image(folder / "t.png", picture, {.dpi = 48});
    const QImage read(QString::fromStdString((folder / "t.png").string()));
    QVERIFY(read.hasAlphaChannel());
    QCOMPARE(qAlpha(read.pixel(2, 2)), 0);
  }

  void svgIsXmlWithEveryTokenAsText() {
    test::ScratchFolder folder;
    HeatmapPicture picture;
    const ModelAlignment item = test::sample_alignment();
    picture.setAlignments({item});
    export_image(folder / "m.svg", picture);
    QString title;
    const QStringList texts = svg_texts(file_bytes(folder / "m.svg"), title);
    for (const std::string& token : item.alignment.source_tokens) QVERIFY2(texts.contains(QString::fromStdString(token)), token.c_str());
    for (const std::string& token : item.alignment.target_tokens) QVERIFY2(texts.contains(QString::fromStdString(token)), token.c_str());
    QCOMPARE(title, picture.title());
  }

  void pdfHasOnePagePerPicture() {
    test::ScratchFolder folder;
    HeatmapPicture picture;
    picture.setAlignments({test::sample_alignment("additive"), test::sample_alignment("dot"), test::sample_alignment("cosine")});
    export_image(folder / "grid.pdf", picture);
    const QByteArray pdf = file_bytes(folder / "grid.pdf");
    QVERIFY(pdf.startsWith("%PDF"));
    QCOMPARE(QString::fromLatin1(pdf).count(QRegularExpression(QStringLiteral("/Type\\s*/Page\\b"))), 1);
  }

  void anUnwritableFolderIsNamedAndLeavesNothing() {
    test::ScratchFolder folder;
    std::ofstream(folder / "plain-file") << "x";
    HeatmapPicture picture;
    picture.setAlignments({test::sample_alignment()});
    try {
      export_image(folder / "plain-file" / "m.png", picture);
      QFAIL("no error");
    } catch (const std::runtime_error& error) {
      QVERIFY2(QString(error.what()).startsWith(QString::fromStdString("cannot write " + (folder / "plain-file" / "m.png").string())), error.what());
    }
    QCOMPARE(folder.file_count(), size_t{1});
  }

  void anUnknownExtensionListsTheKnownOnes() {
    test::ScratchFolder folder;
    HeatmapPicture picture;
    picture.setAlignments({test::sample_alignment()});
    try {
      export_image(folder / "m.gif", picture);
      QFAIL("no error");
    } catch (const std::runtime_error& error) {
      QVERIFY2(QString(error.what()).contains(QStringLiteral("unknown extension \".gif\"; an image is .png, .jpg, .svg or .pdf")), error.what());
    }
    QCOMPARE(folder.file_count(), size_t{0});
  }
};

QTEST_MAIN(ImageExportTest)
#include "ImageExportTest.moc"
