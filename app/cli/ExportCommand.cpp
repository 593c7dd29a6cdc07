// attnviz-cli export: heatmap pictures and attention matrices as files,
// for one sentence (--out), a file of sentences (--input, --out-dir) or
// matrices computed elsewhere (--matrix); --heads draws every head of one
// kind of a Transformer, a layer a row.
#include "Commands.h"
#include "ImageWriter.h"
#include "ModelSelection.h"
#include "ProgressBar.h"
#include "TranslationStyle.h"

#include "alignment/MapFocus.h"
#include "export/FileError.h"
#include "export/MatrixFiles.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <functional>
#include <iostream>
#include <memory>

namespace attnviz::cli {
namespace {

namespace fs = std::filesystem;

const std::vector<std::string> kImageExtensions = {".png", ".jpg", ".jpeg", ".svg", ".pdf"};

struct ExportOptions {
  std::vector<std::string> models;
  int beam = 1;
  std::string force;
  ImageSettings image;
  bool grid = false;
  std::string out;
  std::string input;
  std::string out_dir;
  std::string format = "png";
  std::vector<std::string> matrices;
  std::string sentence;
  bool plain = false;  // translations without the French space before ? ! ; :
  std::string heads;   // a map kind: every head of it, a layer a row
};

bool is_image(const fs::path& path) {
  std::string extension = path.extension().string();
  for (char& c : extension) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return std::find(kImageExtensions.begin(), kImageExtensions.end(), extension) != kImageExtensions.end();
}

void check_extension(const fs::path& path) {
  if (is_image(path) || matrix_format_of(path)) return;
  throw UsageError(path.string() + ": unknown extension \"" + path.extension().string() +
                   "\"; expected .png, .svg, .pdf, .jpg, .csv, .json or .npy");
}

// Writes pictures and matrices, starting Qt only for the first picture.
class Writer {
 public:
  explicit Writer(ImageSettings settings) : settings_(std::move(settings)) {}

  void write(const fs::path& path, const ModelAlignments& alignments, int columns = 0) {
    if (!is_image(path)) return write_matrix_file(path, alignments);
    if (!images_) images_ = make_image_writer(settings_);
    images_->write(path, alignments, columns);
  }

 private:
  ImageSettings settings_;
  std::unique_ptr<ImageWriter> images_;
};

// One unit of a batch: where it came from ("line 3", "a.json") and what to do.
struct Job {
  std::string where;
  std::function<void()> run;
};

// Runs every job, past failures; lists them at the end and fails if any did.
void run_batch(const std::vector<Job>& jobs) {
  std::vector<std::string> failures;
  {
    ProgressBar bar(static_cast<int>(jobs.size()));
    for (const Job& job : jobs) {
      try {
        job.run();
      } catch (const std::exception& error) {
        failures.push_back(job.where + ": " + error.what());
      }
      bar.advance();
    }
  }
  for (const std::string& failure : failures) std::cerr << "attnviz-cli: " << failure << '\n';
  if (!failures.empty())
    throw std::runtime_error(std::to_string(failures.size()) + " of " + std::to_string(jobs.size()) +
                             " failed (listed above); the others were written");
}

struct Request {
  int line = 0;
  std::string source;
  std::string target;  // forced when not empty
};

Alignment align(const AttentionModel& model, const Request& request, int beam) {
  DecodeOptions decode;
  decode.beam_width = beam;
  if (request.target.empty()) return model.translate(request.source, decode);
  return model.force(request.source, request.target, decode);
}

using Models = std::vector<std::unique_ptr<AttentionModel>>;

ModelAlignments align_all(const Models& models, const Request& request, const ExportOptions& options) {
  ModelAlignments alignments;
  for (const auto& model : models) {
    Alignment alignment = align(*model, request, options.beam);
    if (options.plain) restyle_translation(alignment, kPlainStyle);
    alignments.push_back({model->info(), std::move(alignment)});
  }
  return alignments;
}

// Lines "sentence" or "sentence<TAB>target to force"; blank lines skipped.
std::vector<Request> read_sentences(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read " + path + ": no such readable file");
  std::vector<Request> requests;
  int number = 0;
  for (std::string line; std::getline(in, line);) {
    ++number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    const size_t tab = line.find('\t');
    requests.push_back({number, line.substr(0, tab), tab == std::string::npos ? "" : line.substr(tab + 1)});
  }
  return requests;
}

std::string padded(int number) {
  const std::string digits = std::to_string(number);
  return std::string(digits.size() < 4 ? 4 - digits.size() : 0, '0') + digits;
}

// Per sentence either one file for every model (--grid) or one per model:
// <dir>/0003.png, or <dir>/0003-additive.png.
void write_sentence(Writer& writer, const ExportOptions& options, int line, const ModelAlignments& alignments) {
  const fs::path folder(options.out_dir);
  const std::string extension = "." + options.format;
  if (options.grid) return writer.write(folder / (padded(line) + extension), alignments);
  for (const ModelAlignment& item : alignments)
    writer.write(folder / (padded(line) + "-" + item.model.name + extension), {item});
}

void export_sentences(const ExportOptions& options) {
  const std::vector<Request> requests = read_sentences(options.input);
  const Models models = load_models(options.models, DefaultModels::FirstShipped);
  Writer writer(options.image);
  std::vector<Job> jobs;
  for (const Request& request : requests)
    jobs.push_back({"line " + std::to_string(request.line), [&, request] {
                      write_sentence(writer, options, request.line, align_all(models, request, options));
                    }});
  run_batch(jobs);
}

// Every head of one kind of the sentence's result, as the pane's "Export
// these heads…" draws them.
void export_heads(const ExportOptions& options, const ModelAlignment& result) {
  const MapKind kind = *parse_map_kind(options.heads);
  ModelAlignments heads;
  for (Alignment& head : focus_on_heads(result.alignment, kind)) heads.push_back({result.model, std::move(head)});
  if (heads.empty())
    throw UsageError(result.model.name + " has no " + options.heads + " heads (a GRU model has one cross-attention map)");
  Writer(options.image).write(options.out, heads, map_grid_shape(result.alignment, kind).heads);
}

void export_sentence(const ExportOptions& options) {
  const Models models = load_models(options.models, DefaultModels::FirstShipped);
  const ModelAlignments results = align_all(models, {1, options.sentence, options.force}, options);
  if (!options.heads.empty()) return export_heads(options, results.front());
  Writer(options.image).write(options.out, results);
}

bool has_heads(const ModelAlignments& alignments) {
  return std::any_of(alignments.begin(), alignments.end(),
                     [](const ModelAlignment& item) { return item.alignment.maps.size() > 1; });
}

// A file with layers and heads (a 3-D to 5-D .npy, or JSON with "maps")
// becomes one file per cross-attention head, <stem>.L<layer>.H<head>.csv
// (<stem>.<model>.L... when the file holds several models), except as
// .json, which keeps every map in one file.
void write_matrix_heads(Writer& writer, const ExportOptions& options, const fs::path& matrix,
                        const ModelAlignments& alignments) {
  const std::string extension = "." + options.format;
  const fs::path folder(options.out_dir);
  if (!has_heads(alignments) || matrix_format_of(extension) == MatrixFormat::Json)
    return writer.write(folder / (matrix.stem().string() + extension), alignments);
  for (const ModelAlignment& item : alignments) {
    const std::string stem = matrix.stem().string() + (alignments.size() > 1 ? "." + item.model.name : "");
    for (const AttentionMap& map : item.alignment.maps) {
      if (map.kind != MapKind::Cross || !is_single_head(map)) continue;
      ModelAlignment head = {item.model, item.alignment};
      head.alignment.maps = {map};
      const std::string name = stem + ".L" + std::to_string(map.layer) + ".H" + std::to_string(map.head);
      writer.write(folder / (name + extension), {head});
    }
  }
}

void export_matrices(const ExportOptions& options) {
  Writer writer(options.image);
  if (!options.out.empty()) return writer.write(options.out, read_matrix_file(options.matrices.front()));
  std::vector<Job> jobs;
  for (const fs::path matrix : options.matrices)
    jobs.push_back({matrix.string(), [&, matrix] { write_matrix_heads(writer, options, matrix, read_matrix_file(matrix)); }});
  run_batch(jobs);
}

void check_matrix_mode(const ExportOptions& options) {
  if (!options.models.empty() || !options.sentence.empty() || !options.input.empty() || !options.force.empty() ||
      !options.heads.empty())
    throw UsageError("--matrix takes its tokens from the file; it goes without --model, --force, --input, --heads or a "
                     "SENTENCE");
  if (!options.out.empty() && options.matrices.size() > 1)
    throw UsageError("several --matrix files need --out-dir DIR, not --out");
}

void check_usage(const ExportOptions& options) {
  if (options.out.empty() == options.out_dir.empty()) throw UsageError("give either --out FILE or --out-dir DIR");
  if (!options.out.empty()) check_extension(options.out);
  if (!options.out_dir.empty()) check_extension("x." + options.format);
  if (!options.out_dir.empty() && fs::exists(options.out_dir) && !fs::is_directory(options.out_dir))
    throw UsageError("--out-dir " + options.out_dir + " is a file, not a folder");
  if (!options.matrices.empty()) return check_matrix_mode(options);
  if (options.input.empty() == options.sentence.empty()) throw UsageError("give either a SENTENCE or --input FILE");
  if (!options.heads.empty() && (options.out.empty() || !is_image(options.out) || options.models.size() > 1))
    throw UsageError("--heads draws one model's heads for one SENTENCE: give at most one --model and --out a picture "
                     "(.png .svg .pdf .jpg)");
  if (!options.input.empty() && options.out_dir.empty()) throw UsageError("--input needs --out-dir DIR");
  if (!options.input.empty() && !options.force.empty())
    throw UsageError("--force goes with a SENTENCE; in an --input file write 'sentence<TAB>target'");
}

// A batch's folder is made when missing, parents too, as `mkdir -p` would.
void make_out_dir(const std::string& folder) {
  std::error_code error;
  fs::create_directories(folder, error);
  if (error) throw FileError(folder, "cannot create the folder (" + error.message() + ")");
}

void run_export(const ExportOptions& options) {
  check_usage(options);
  if (!options.out_dir.empty()) make_out_dir(options.out_dir);
  if (!options.matrices.empty()) return export_matrices(options);
  if (!options.input.empty()) return export_sentences(options);
  export_sentence(options);
}

}  // namespace

void add_export_command(CLI::App& app) {
  auto options = std::make_shared<ExportOptions>();
  CLI::App* command = app.add_subcommand("export", "Save heatmap pictures or attention matrices as files");
  add_model_option(*command, options->models,
                   "A model file or shipped model name; repeat for a side-by-side grid (default: the first shipped model)");
  command->add_option("--beam", options->beam, "Beam width (1 = greedy)")->check(CLI::Range(1, 64));
  command->add_option("--force", options->force, "Align the sentence with this target instead of decoding");
  command->add_option("--colormap", options->image.colormap, "viridis, magma, cividis or grayscale")
      ->capture_default_str();
  command->add_option("--dpi", options->image.dpi, "Resolution of PNG and JPG pictures")
      ->check(CLI::Range(10, 1200))->capture_default_str();
  command->add_flag("--grid", options->grid, "With --out-dir: all models of a sentence in one file");
  command->add_option("--out", options->out, "The file to write: .png .svg .pdf .jpg .csv .json .npy");
  command->add_option("--input", options->input, "A file with one sentence a line (or sentence<TAB>target)");
  command->add_option("--out-dir", options->out_dir,
                      "The folder for batch output, one file per sentence and model (with --matrix: per file, or per\n"
                      "layer and head as <stem>.L<layer>.H<head>.<format> when the file has heads)");
  command->add_option("--format", options->format, "With --out-dir: the extension of the files written")
      ->capture_default_str();
  command->add_option("--matrix", options->matrices,
                      "A matrix file (.json, .csv, .npy with <name>.tokens.json) to draw or convert; repeat with --out-dir")
      ->allow_extra_args(false);
  command->add_option("--heads", options->heads,
                      "Draw every head of this kind of a Transformer (cross, encoder_self, decoder_self), a layer a row")
      ->check(CLI::IsMember({"cross", "encoder_self", "decoder_self"}));
  add_plain_flag(*command, options->plain);
  command->add_option("sentence", options->sentence, "The sentence to export");
  command->callback([options] { run_export(*options); });
}

}  // namespace attnviz::cli
