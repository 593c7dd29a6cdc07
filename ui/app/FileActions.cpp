#include "app/FileActions.h"

#include "app/AppSettings.h"
#include "app/PaneGrid.h"
#include "app/UserDialogs.h"
#include "export/ExportDialog.h"
#include "export/MatrixFiles.h"
#include "model/ModelFile.h"

#include <QFileInfo>
#include <QMenu>
#include <QStatusBar>
#include <QStyle>

#include <algorithm>
#include <filesystem>

namespace attnviz::ui {
namespace {

bool is_model_file(const QUrl& url) {
  return url.isLocalFile() && url.toLocalFile().endsWith(QStringLiteral(".safetensors"), Qt::CaseInsensitive);
}

bool is_matrix_file(const QUrl& url) {
  return url.isLocalFile() && matrix_format_of(url.toLocalFile().toStdString()).has_value();
}

// A .npy's token labels chosen or dropped along with it are read with it,
// not as a matrix of their own.
bool is_labels_of_another(const QString& path, const QStringList& paths) {
  return std::any_of(paths.begin(), paths.end(), [&path](const QString& other) {
    const std::filesystem::path npy = other.toStdString();
    return matrix_format_of(npy) == MatrixFormat::Npy &&
           QFileInfo(QString::fromStdString(npy_labels_path(npy).string())) == QFileInfo(path);
  });
}

}  // namespace

FileActions::FileActions(QWidget* window, PaneGrid* grid, SavedState& state, QStatusBar* status)
    : QObject(window), window_(window), grid_(grid), state_(state), status_(status) {}

void FileActions::addOpenActions(QMenu* file) {
  const QIcon icon = QIcon::fromTheme("document-open", window_->style()->standardIcon(QStyle::SP_DialogOpenButton));
  QAction* open = file->addAction(icon, tr("&Open model…"), this, &FileActions::chooseModelFiles);
  open->setShortcut(QKeySequence::Open);
  open->setObjectName(QStringLiteral("openModel"));
  QAction* open_matrix = file->addAction(tr("Open attention &matrix…"), this, &FileActions::chooseMatrixFiles);
  open_matrix->setShortcut(tr("Ctrl+Shift+O"));
  open_matrix->setObjectName(QStringLiteral("openMatrix"));
  open_matrix->setStatusTip(tr("Show a matrix from a .json, .csv or .npy file that another tool computed"));
  recent_menu_ = file->addMenu(tr("Open &recent"));
  rebuildRecentMenu();
}

int FileActions::openModels(const QStringList& paths) {
  int opened = 0;
  for (const QString& path : paths) opened += openModel(path) ? 1 : 0;
  if (opened > 0) emit modelsOpened();
  return opened;
}

// Loads first and touches nothing until the file is accepted.
bool FileActions::openModel(const QString& path) {
  std::shared_ptr<const AttentionModel> model;
  try {
    model = load_model(path.toStdString());
  } catch (const std::exception& error) {
    const QFileInfo file(path);
    const QString what = file.isFile() && file.isReadable() ? tr("%1 is not a valid attnviz model.")
                                                            : tr("%1 could not be read.");
    reportUnopened(tr("Cannot open model"), what.arg(file.fileName()), error);
    return false;
  }
  ModelPane* pane = grid_->addPane(std::move(model));
  emit paneOpened(pane, !state_.hidden_panes.contains(pane->modelName()));
  state_.recent_models = AppSettings::addRecent(state_.recent_models, QFileInfo(path).absoluteFilePath());
  rebuildRecentMenu();
  return true;
}

int FileActions::openMatrices(const QStringList& paths) {
  int opened = 0;
  for (const QString& path : paths) {
    if (!is_labels_of_another(path, paths)) opened += openMatrix(path);
  }
  if (opened > 0) status_->showMessage(tr("Opened %n attention matrix(es)", nullptr, opened), 5000);
  return opened;
}

// Reads the whole file first: one bad matrix in it opens none.
int FileActions::openMatrix(const QString& path) {
  ModelAlignments matrices;
  try {
    matrices = read_matrix_file(path.toStdString());
  } catch (const std::exception& error) {
    reportUnopened(tr("Cannot open attention matrix"),
                   tr("%1 is not an attention matrix attnviz can read.").arg(QFileInfo(path).fileName()), error);
    return 0;
  }
  for (const ModelAlignment& matrix : matrices) emit paneOpened(grid_->addPane(matrix), true);
  return static_cast<int>(matrices.size());
}

// Plain words first, then the reader's detail for whoever made the file.
void FileActions::reportUnopened(const QString& title, const QString& what, const std::exception& error) {
  UserDialogs::instance().showError(
      window_, title, tr("%1 Nothing was opened.\n\nDetail: %2").arg(what, QString::fromUtf8(error.what())));
}

void FileActions::chooseModelFiles() {
  const QString folder = state_.recent_models.isEmpty() ? QString() : QFileInfo(state_.recent_models.first()).path();
  openModels(UserDialogs::instance().openModelFiles(window_, folder));
}

void FileActions::chooseMatrixFiles() { openMatrices(ExportDialog::askMatrixFiles(window_)); }

void FileActions::rebuildRecentMenu() {
  recent_menu_->clear();
  for (const QString& path : state_.recent_models) {
    recent_menu_->addAction(path, this, [this, path] { openModels({path}); });
  }
  recent_menu_->setEnabled(!state_.recent_models.isEmpty());
}

bool FileActions::canOpen(const QList<QUrl>& urls) {
  return std::any_of(urls.begin(), urls.end(), [](const QUrl& url) { return is_model_file(url) || is_matrix_file(url); });
}

void FileActions::openUrls(const QList<QUrl>& urls) {
  QStringList models;
  QStringList matrices;
  for (const QUrl& url : urls) {
    if (is_model_file(url)) models << url.toLocalFile();
    else if (is_matrix_file(url)) matrices << url.toLocalFile();
  }
  openModels(models);
  openMatrices(matrices);
}

}  // namespace attnviz::ui
