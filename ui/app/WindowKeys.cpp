#include "app/WindowKeys.h"

#include <QAction>
#include <QKeyEvent>
#include <QLineEdit>

#include <algorithm>

namespace attnviz::ui {
namespace {

bool is_editing_key(const QKeyEvent* key) {
  const QKeySequence::StandardKey editing[] = {QKeySequence::Copy, QKeySequence::Cut,  QKeySequence::Paste,
                                               QKeySequence::Undo, QKeySequence::Redo, QKeySequence::SelectAll};
  return std::any_of(std::begin(editing), std::end(editing),
                     [key](QKeySequence::StandardKey standard) { return key->matches(standard); });
}

}  // namespace

WindowKeys::WindowKeys(QLineEdit* field, QWidget* window) : QObject(field), window_(window) {}

void WindowKeys::install(QLineEdit* field, QWidget* window) {
  field->installEventFilter(new WindowKeys(field, window));
}

bool WindowKeys::isWindowShortcut(const QKeySequence& keys) const {
  const QList<QAction*> actions = window_->findChildren<QAction*>();
  return std::any_of(actions.begin(), actions.end(), [&keys](const QAction* action) {
    return action->isEnabled() && action->shortcuts().contains(keys);
  });
}

// Ignoring the override hands the key to the shortcut map, i.e. the action.
bool WindowKeys::eventFilter(QObject* watched, QEvent* event) {
  if (event->type() != QEvent::ShortcutOverride) return QObject::eventFilter(watched, event);
  auto* key = static_cast<QKeyEvent*>(event);
  if (is_editing_key(key) || !isWindowShortcut(QKeySequence(key->keyCombination()))) return false;
  event->ignore();
  return true;
}

}  // namespace attnviz::ui
