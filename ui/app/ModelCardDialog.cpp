#include "app/ModelCardDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <nlohmann/json.hpp>

#include <charconv>

namespace attnviz::ui {
namespace {

// A number as its writer meant it: a float option stored through a double
// (0.0010000000474974513, in cards of older models) shows as the float's
// shortest decimal, 0.001.
// Other numbers print as JSON does, in the shortest decimal of the double.
QString number_text(const nlohmann::json& number) {
  const auto value = number.get<double>();
  const auto single = static_cast<float>(value);
  if (static_cast<double>(single) != value) return QString::fromStdString(number.dump());
  char text[32];
  const char* end = std::to_chars(text, text + sizeof text, single).ptr;
  return QString::fromLatin1(text, static_cast<int>(end - text));
}

QString scalar_text(const nlohmann::json& value) {
  if (value.is_number_float()) return number_text(value);
  return QString::fromStdString(value.is_string() ? value.get<std::string>() : value.dump());
}

// A JSON value as tree rows: objects and arrays open into children.
void add_json(QTreeWidgetItem* parent, const QString& key, const nlohmann::json& value) {
  auto* item = new QTreeWidgetItem(parent, {key});
  if (!value.is_structured()) {
    item->setText(1, scalar_text(value));
    return;
  }
  int index = 0;
  for (auto it = value.begin(); it != value.end(); ++it, ++index) {
    add_json(item, value.is_object() ? QString::fromStdString(it.key()) : QString::number(index), *it);
  }
  item->setExpanded(true);
}

void add_row(QTreeWidget* tree, const QString& key, const QString& value) {
  new QTreeWidgetItem(tree, {key, value});
}

}  // namespace

ModelCardDialog::ModelCardDialog(const std::vector<std::shared_ptr<const AttentionModel>>& models,
                                 QWidget* parent)
    : QDialog(parent) {
  setWindowTitle(tr("Model cards"));
  auto* tabs = new QTabWidget(this);
  for (const auto& model : models) {
    tabs->addTab(cardTree(model->info()), QString::fromStdString(model->info().name));
  }
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(tabs);
  layout->addWidget(buttons);
  resize(640, 560);
}

QTreeWidget* ModelCardDialog::cardTree(const ModelInfo& info) {
  auto* tree = new QTreeWidget;
  tree->setColumnCount(2);
  tree->setHeaderLabels({tr("Field"), tr("Value")});
  tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
  add_row(tree, tr("score function"), QString::fromStdString(info.score));
  add_row(tree, tr("languages"), QString::fromStdString(info.src_lang + " → " + info.tgt_lang));
  add_row(tree, tr("parameters"), QLocale().toString(info.parameters));
  add_row(tree, tr("file"), QString::fromStdString(info.path));
  add_row(tree, tr("SHA-256"), QString::fromStdString(info.sha256));
  const auto card = nlohmann::json::parse(info.card_json, nullptr, false);
  if (info.card_json.empty() || card.is_discarded()) {
    add_row(tree, tr("card"), tr("this file has no card"));
    return tree;
  }
  add_json(tree->invisibleRootItem(), tr("card"), card);
  return tree;
}

}  // namespace attnviz::ui
