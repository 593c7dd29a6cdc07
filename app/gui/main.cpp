// attnviz: the desktop app. Opens the shipped models (or the model files
// given as arguments, after them), then any attention matrices given as
// arguments, and restores the last session.
//
//   attnviz [--sentence TEXT] [--reference TEXT] [MODEL.safetensors | MATRIX.json|.csv|.npy ...]

#include "app/AppSettings.h"
#include "app/MainWindow.h"
#include "app/SentenceBar.h"
#include "app/Theme.h"
#include "export/MatrixFiles.h"
#include "model/ModelCatalog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

namespace {

QStringList shipped_models() {
  QStringList paths;
  for (const auto& path : attnviz::shipped_model_paths()) paths << QString::fromStdString(path.string());
  return paths;
}

bool is_matrix_file(const QString& path) { return attnviz::matrix_format_of(path.toStdString()).has_value(); }

}  // namespace

int main(int argc, char** argv) {
  QApplication app(argc, argv);
  QApplication::setApplicationName(QStringLiteral("attnviz"));
  QApplication::setOrganizationName(QStringLiteral("attnviz"));
  QApplication::setApplicationVersion(QStringLiteral(ATTNVIZ_VERSION));
  QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/attnviz.svg")));
  QApplication::setDesktopFileName(QStringLiteral("attnviz"));

  QCommandLineParser parser;
  parser.setApplicationDescription(QApplication::translate("main", "See what an attention model attends to."));
  parser.addHelpOption();
  parser.addVersionOption();
  parser.addPositionalArgument(QStringLiteral("files"),
                               QApplication::translate("main", "Model files to open besides the shipped ones, and "
                                                               "attention matrices (.json .csv .npy) to show."),
                               QStringLiteral("[MODEL.safetensors | MATRIX...]"));
  const QCommandLineOption sentence(QStringLiteral("sentence"),
                                    QApplication::translate("main", "Start on this sentence."),
                                    QStringLiteral("text"));
  const QCommandLineOption reference(QStringLiteral("reference"),
                                     QApplication::translate("main", "Force every model onto this translation."),
                                     QStringLiteral("text"));
  parser.addOptions({sentence, reference});
  parser.process(app);

  attnviz::ui::apply_theme(app, attnviz::ui::AppSettings().load().dark_theme);
  attnviz::ui::MainWindow window;
  QStringList models = shipped_models();
  QStringList matrices;
  for (const QString& path : parser.positionalArguments()) (is_matrix_file(path) ? matrices : models) << path;
  window.openModels(models);
  window.openMatrices(matrices);
  window.restoreSession();
  if (parser.isSet(reference)) window.sentenceBar()->setReference(parser.value(reference));
  if (parser.isSet(sentence)) window.sentenceBar()->setSentence(parser.value(sentence));
  window.translateNow();
  window.show();
  return app.exec();
}
