#include "app/DocumentWindow.h"

#include "classification/ClassifierCatalog.h"
#include "corpus/DocumentClasses.h"
#include "export/DocumentExport.h"
#include "view/DocumentView.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

namespace attnviz::ui {
namespace {

// An example's label names the corpus's classes, whatever the model's are.
QString corpus_class(int label) { return QString::fromStdString(document_class_name(label)); }

}  // namespace

DocumentWindow::DocumentWindow(const QString& model_path, QWidget* parent)
    : QWidget(parent, Qt::Window),
      model_(std::make_unique<HanModel>(read_han_file(model_path.toStdString()))),
      model_name_(QFileInfo(model_path).completeBaseName().toStdString()),
      examples_(example_documents()),
      editor_(new QPlainTextEdit(this)),
      raw_(new QCheckBox(tr("Shade words by their raw weight (not sqrt(sentence) x word)"), this)),
      status_(new QLabel(this)),
      view_(new DocumentView) {
  status_->setObjectName(QStringLiteral("documentStatus"));
  setWindowTitle(tr("Document classification: %1").arg(QString::fromStdString(model_name_)));
  editor_->setPlaceholderText(tr("Type or paste a document; sentences end at . ! ?"));
  editor_->setMaximumHeight(110);
  auto* scroll = new QScrollArea(this);
  scroll->setWidget(view_);
  scroll->setWidgetResizable(true);
  auto* save = new QPushButton(tr("&Export…"), this);
  auto* row = new QHBoxLayout;
  row->addWidget(makeExamplesButton());
  row->addWidget(raw_);
  row->addStretch();
  row->addWidget(save);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(editor_);
  layout->addLayout(row);
  layout->addWidget(status_);
  layout->addWidget(scroll, 1);
  connect(editor_, &QPlainTextEdit::textChanged, this, &DocumentWindow::classify);
  connect(raw_, &QCheckBox::toggled, this,
          [this](bool raw) { view_->setShading(raw ? WordShading::Raw : WordShading::Scaled); });
  connect(save, &QPushButton::clicked, this, &DocumentWindow::chooseExportFile);
  resize(900, 640);
}

// A few hundred words take well under a millisecond, so every keystroke
// classifies at once, as translation does.
void DocumentWindow::classify() {
  const std::string text = editor_->toPlainText().toStdString();
  const auto sentences = document_sentences(text);
  if (sentences.empty()) {
    view_->clear();
    status_->clear();
    return;
  }
  const DocumentClassification result = model_->classify(sentences);
  const std::optional<LabelledDocument> gold = goldFor(sentences);
  view_->setClassification(result, model_->classes());
  view_->setGold(gold);
  const auto class_name = [this](int label) { return QString::fromStdString(model_->classes()[static_cast<size_t>(label)]); };
  const QString truth = gold ? tr("; the corpus says %1, from the evidence outlined in pink").arg(corpus_class(gold->label)) : QString();
  status_->setText(tr("%1 (%2%), the outlined sentence weighed most; hover a word for its numbers%3")
                       .arg(class_name(result.predicted))
                       .arg(100.0 * result.probabilities[static_cast<size_t>(result.predicted)], 0, 'f', 1)
                       .arg(truth));
}

// One validation document per class, named by its class and first words.
QWidget* DocumentWindow::makeExamplesButton() {
  auto* button = new QToolButton(this);
  button->setObjectName(QStringLiteral("examplesButton"));
  button->setText(tr("E&xamples"));
  button->setPopupMode(QToolButton::InstantPopup);
  auto* menu = new QMenu(button);
  for (size_t index = 0; index < examples_.size(); ++index) {
    const ExampleDocument& example = examples_[index];
    const QString label = corpus_class(example.document.label);
    const QString start = fontMetrics().elidedText(QString::fromStdString(example.text), Qt::ElideRight, 320);
    menu->addAction(tr("%1: %2").arg(label, start), this, [this, index] { showExample(index); });
  }
  button->setMenu(menu);
  button->setToolTip(tr("A document of each class from the corpus, with the gold evidence that decided it"));
  return button;
}

void DocumentWindow::showExample(size_t index) {
  if (index < examples_.size()) editor_->setPlainText(QString::fromStdString(examples_[index].text));
}

// The truth is known for an example only while its text is unchanged.
std::optional<LabelledDocument> DocumentWindow::goldFor(const std::vector<std::vector<std::string>>& sentences) const {
  for (const ExampleDocument& example : examples_)
    if (example.document.sentences == sentences) return example.document;
  return std::nullopt;
}

QString DocumentWindow::exportTo(const QString& path) {
  return save_document_view(*view_, model_name_, editor_->toPlainText().toStdString(), path);
}

void DocumentWindow::chooseExportFile() {
  const QString path = QFileDialog::getSaveFileName(this, tr("Export the document view"), QString(),
                                                    tr("Pictures and numbers (*.png *.svg *.pdf *.json)"));
  if (path.isEmpty()) return;
  const QString error = exportTo(path);
  if (!error.isEmpty()) QMessageBox::warning(this, tr("Export"), error);
}

void open_document_window(QWidget* parent) {
  try {
    const auto path = resolve_classifier(kDefaultClassifier);
    auto* window = new DocumentWindow(QString::fromStdString(path.string()), parent);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
  } catch (const std::exception& error) {
    QMessageBox::warning(parent, QObject::tr("Document classification"), QString::fromStdString(error.what()));
  }
}

}  // namespace attnviz::ui
