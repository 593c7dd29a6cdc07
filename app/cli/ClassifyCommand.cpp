// attnviz-cli classify: the class a document classifier gives a document,
// with both levels of its attention: each sentence's weight in the
// document and each word's weight within its sentence (Yang et al. 2016).
// The document is split into sentences after . ! ? as the tokenizer
// splits them; --input reads one document per line.
#include "Commands.h"

#include "classification/ClassificationJson.h"
#include "classification/ClassifierCatalog.h"
#include "classification/HanModel.h"
#include "model/ModelFileError.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>

namespace attnviz::cli {
namespace {

constexpr int kBarWidth = 30;

struct ClassifyOptions {
  std::string model{kDefaultClassifier};
  std::string format = "text";
  std::string input;
  std::string document;
};

std::string bar(double share) {
  std::string out;
  for (int k = 0; k < static_cast<int>(share * kBarWidth + 0.5); ++k) out += "\u2588";
  return out;
}

std::string number(const char* format, double value) {
  char text[32];
  std::snprintf(text, sizeof text, format, value);
  return text;
}

bool any_unknown(const DocumentClassification& result) {
  for (const SentenceAttention& s : result.sentences)
    for (bool unknown : s.unknown)
      if (unknown) return true;
  return false;
}

// ".81" for 0.81, but "1.00" for a weight that rounds to 1.
std::string short_weight(float weight) {
  const std::string text = number("%.2f", weight);
  return text[0] == '0' ? text.substr(1) : text;
}

// "the .02  girls .05  cats* .81": each word with its weight, * marking <unk>.
std::string weighted_words(const SentenceAttention& sentence) {
  std::string line;
  for (size_t w = 0; w < sentence.tokens.size(); ++w)
    line += (w ? "  " : "") + sentence.tokens[w] + (sentence.unknown[w] ? "*" : "") + " " + short_weight(sentence.word_weights[w]);
  return line;
}

void print_text(const HanModel& model, const DocumentClassification& result) {
  const auto& classes = model.classes();
  std::cout << classes[static_cast<size_t>(result.predicted)] << " "
            << number("%.1f%%", 100.0 * result.probabilities[static_cast<size_t>(result.predicted)]) << '\n';
  for (size_t c = 0; c < classes.size(); ++c) {
    std::string name = classes[c];
    name.resize(std::max<size_t>(name.size(), 10), ' ');
    std::cout << "  " << name << number("%.3f", result.probabilities[c]) << "  " << bar(result.probabilities[c]) << '\n';
  }
  std::cout << "sentence weight | each word's weight within its sentence\n";
  for (const SentenceAttention& sentence : result.sentences)
    std::cout << "  " << number("%.3f", sentence.weight) << "  " << weighted_words(sentence) << '\n';
  if (any_unknown(result)) std::cout << "* not in the model's vocabulary, read as <unk>\n";
}

void print_json(const HanModel& model, const std::string& name, const std::string& text,
                const DocumentClassification& result) {
  std::cout << classification_json(name, text, model.classes(), result)
                   .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)
            << '\n';
}

std::vector<std::string> documents_of(const ClassifyOptions& options) {
  if (options.input.empty()) return {options.document};
  std::ifstream in(options.input);
  if (!in) throw std::runtime_error("cannot read " + options.input + ": no such readable file");
  std::vector<std::string> documents;
  for (std::string line; std::getline(in, line);)
    if (line.find_first_not_of(" \t\r") != std::string::npos) documents.push_back(line);
  return documents;
}

void classify(const ClassifyOptions& options) {
  if (options.input.empty() == options.document.empty())
    throw UsageError("give a DOCUMENT or --input FILE (one document per line), not both");
  const std::vector<std::string> documents = documents_of(options);
  const std::filesystem::path path = resolve_classifier(options.model);
  const HanModel model(read_han_file(path));
  for (size_t d = 0; d < documents.size(); ++d) {
    const DocumentClassification result = model.classify_text(documents[d]);
    if (options.format == "json") {
      print_json(model, path.stem().string(), documents[d], result);
    } else {
      if (d > 0) std::cout << '\n';
      print_text(model, result);
    }
  }
}

}  // namespace

void add_classify_command(CLI::App& app) {
  auto options = std::make_shared<ClassifyOptions>();
  CLI::App* command = app.add_subcommand(
      "classify", "Classify a document and show which sentences and words the classifier's attention weighed");
  command->add_option("--model", options->model, "A classifier file or shipped classifier name")->capture_default_str();
  command->add_option("--format", options->format, "Output format")
      ->capture_default_str()->check(CLI::IsMember({"text", "json"}));
  command->add_option("--input", options->input, "A file of documents, one per line");
  command->add_option("DOCUMENT", options->document, "The document; sentences end at . ! ?");
  command->callback([options] { classify(*options); });
}

}  // namespace attnviz::cli
