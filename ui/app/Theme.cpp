#include "app/Theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

namespace attnviz::ui {
namespace {

QPalette dark_palette() {
  QPalette p;
  const QColor window(0x23, 0x26, 0x2e), base(0x1b, 0x1d, 0x23), text(0xe6, 0xe8, 0xee);
  p.setColor(QPalette::Window, window);
  p.setColor(QPalette::WindowText, text);
  p.setColor(QPalette::Base, base);
  p.setColor(QPalette::AlternateBase, window);
  p.setColor(QPalette::ToolTipBase, QColor(0x30, 0x34, 0x3e));
  p.setColor(QPalette::ToolTipText, text);
  p.setColor(QPalette::PlaceholderText, QColor(0x8d, 0x93, 0xa1));
  p.setColor(QPalette::Text, text);
  p.setColor(QPalette::Button, QColor(0x2c, 0x30, 0x3a));
  p.setColor(QPalette::ButtonText, text);
  p.setColor(QPalette::BrightText, Qt::white);
  p.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xd8));
  p.setColor(QPalette::HighlightedText, Qt::white);
  p.setColor(QPalette::Link, QColor(0x5a, 0xb0, 0xf0));
  p.setColor(QPalette::Mid, QColor(0x4a, 0x4f, 0x5c));
  p.setColor(QPalette::Midlight, QColor(0x3a, 0x3e, 0x48));
  p.setColor(QPalette::Dark, QColor(0x15, 0x17, 0x1c));
  p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x6b, 0x70, 0x7c));
  p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x6b, 0x70, 0x7c));
  p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x6b, 0x70, 0x7c));
  return p;
}

// A style sheet resolves palette(...) when it polishes a widget and gives
// the widgets it styles a palette of their own, which an application
// palette no longer reaches: the panes kept the old theme until the next
// start. Set again, each sheet reads the new palette and passes it on.
void restyle() {
  for (QWidget* widget : QApplication::allWidgets()) {
    if (!widget->styleSheet().isEmpty()) widget->setStyleSheet(widget->styleSheet());
  }
}

// QApplication tells only child widgets of a new palette; a window hears of
// it through its native window, which a window never shown yet does not
// have, and its children inherit the old palette from it.
void tell_windows_of_palette() {
  for (QWidget* window : QApplication::topLevelWidgets()) {
    QEvent changed(QEvent::ApplicationPaletteChange);
    QCoreApplication::sendEvent(window, &changed);
  }
}

}  // namespace

void apply_theme(QApplication& app, bool dark) {
  app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
  app.setPalette(dark ? dark_palette() : app.style()->standardPalette());
  tell_windows_of_palette();
  restyle();
}

}  // namespace attnviz::ui
