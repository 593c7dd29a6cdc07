#include "export/DocumentExport.h"

#include "classification/ClassificationJson.h"
#include "export/AtomicFile.h"
#include "view/DocumentView.h"

#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

namespace attnviz::ui {
namespace {

QString cannot_write(const QString& path, const QString& why) {
  return QObject::tr("Cannot write %1: %2").arg(path, why);
}

QString save_png(const DocumentView& view, const QString& path) {
  QImage image(view.size() * 2, QImage::Format_RGB32);
  image.setDevicePixelRatio(2);
  QPainter painter(&image);
  view.draw(painter);
  painter.end();
  return image.save(path, "PNG") ? QString() : cannot_write(path, QObject::tr("the image could not be saved"));
}

QString save_svg(const DocumentView& view, const QString& path) {
  QSvgGenerator svg;
  svg.setFileName(path);
  svg.setSize(view.size());
  svg.setViewBox(QRect(QPoint(0, 0), view.size()));
  QPainter painter;
  if (!painter.begin(&svg)) return cannot_write(path, QObject::tr("the file could not be opened"));
  view.draw(painter);
  return painter.end() ? QString() : cannot_write(path, QObject::tr("the drawing failed"));
}

QString save_pdf(const DocumentView& view, const QString& path) {
  QPdfWriter pdf(path);
  pdf.setResolution(96);
  pdf.setPageSize(QPageSize(QSizeF(view.size()), QPageSize::Point));
  pdf.setPageMargins({});
  QPainter painter;
  if (!painter.begin(&pdf)) return cannot_write(path, QObject::tr("the file could not be opened"));
  view.draw(painter);
  return painter.end() ? QString() : cannot_write(path, QObject::tr("the drawing failed"));
}

QString save_json(const DocumentView& view, const std::string& model, const std::string& text, const QString& path) {
  try {
    nlohmann::json json = classification_json(model, text, view.classNames(), view.classification());
    if (view.gold()) json["gold"] = gold_json(*view.gold());
    write_file_atomically(path.toStdString(), json.dump(1) + "\n");
  } catch (const std::exception& error) {
    return QString::fromStdString(error.what());
  }
  return {};
}

}  // namespace

QString save_document_view(const DocumentView& view, const std::string& model, const std::string& text,
                           const QString& path) {
  const QString suffix = QFileInfo(path).suffix().toLower();
  if (suffix == "png") return save_png(view, path);
  if (suffix == "svg") return save_svg(view, path);
  if (suffix == "pdf") return save_pdf(view, path);
  if (suffix == "json") return save_json(view, model, text, path);
  return cannot_write(path, QObject::tr("choose .png, .svg, .pdf or .json"));
}

}  // namespace attnviz::ui
