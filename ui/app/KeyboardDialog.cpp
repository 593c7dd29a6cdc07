#include "app/KeyboardDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace attnviz::ui {
namespace {

// "&Hide </s> (renormalise rows)" -> "Hide </s> (renormalise rows)".
QString plain(QString text) { return text.remove(QLatin1Char('&')); }

// The actions of `menu` and its submenus that have a key, under `parent`.
void add_menu(QTreeWidgetItem* parent, const QMenu* menu) {
  for (const QAction* action : menu->actions()) {
    if (action->menu()) add_menu(parent, action->menu());
    else if (!action->shortcut().isEmpty())
      new QTreeWidgetItem(parent, {action->shortcut().toString(QKeySequence::NativeText), plain(action->text())});
  }
}

}  // namespace

KeyboardDialog::KeyboardDialog(const QMenuBar* menus, QWidget* parent)
    : QDialog(parent), table_(new QTreeWidget(this)) {
  setWindowTitle(tr("Keyboard"));
  table_->setObjectName(QStringLiteral("keys"));
  table_->setColumnCount(2);
  table_->setHeaderLabels({tr("Key"), tr("Does")});
  table_->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
  table_->setRootIsDecorated(false);
  addMenuKeys(menus);
  addHeatmapKeys();
  table_->expandAll();
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(table_);
  layout->addWidget(buttons);
  resize(560, 680);
}

void KeyboardDialog::addMenuKeys(const QMenuBar* menus) {
  for (const QAction* action : menus->actions()) {
    if (!action->menu()) continue;
    auto* group = new QTreeWidgetItem(table_, {plain(action->text())});
    add_menu(group, action->menu());
  }
}

void KeyboardDialog::addHeatmapKeys() {
  auto* group = new QTreeWidgetItem(table_, {tr("In a heatmap (click it or press F6)")});
  const QList<QPair<QString, QString>> keys = {
      {tr("Arrow keys"), tr("Move between cells")},
      {tr("Home / End"), tr("First / last source word of the row")},
      {tr("Return"), tr("Details of the row: its attention as bars, the decoder's top 5")},
      {tr("+ / − / 0"), tr("Zoom in / out / back")},
      {tr("Ctrl+wheel, drag"), tr("Zoom at the pointer, pan")},
      {tr("[ / ]"), tr("Step back / on through the decoding (the pane's ▸ on)")},
      {tr("Right-click"), tr("Mask a source word or pin a step's attention to it")},
  };
  for (const auto& [key, does] : keys) new QTreeWidgetItem(group, {key, does});
  auto* typing = new QTreeWidgetItem(table_, {tr("In the sentence fields")});
  new QTreeWidgetItem(typing, {tr("Return"), tr("Translate at once, without waiting for the pause")});
  new QTreeWidgetItem(typing, {tr("Up / Down, Return"), tr("Choose a word the completer offers")});
}

}  // namespace attnviz::ui
