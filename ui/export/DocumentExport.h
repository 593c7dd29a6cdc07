#pragma once
// A document view saved as a picture (PNG at twice the screen's pixels,
// SVG and PDF with the words as text) or as its numbers (JSON, as
// `classify --format json` prints them), chosen by the extension.

#include <QString>

#include <string>

namespace attnviz::ui {

class DocumentView;

// Returns "" on success, otherwise why the file could not be written
// (unknown extension, unwritable folder), naming the file.
QString save_document_view(const DocumentView& view, const std::string& model, const std::string& text,
                           const QString& path);

}  // namespace attnviz::ui
