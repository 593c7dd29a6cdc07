// The ImageWriter of a CLI built without the UI: matrices still export,
// pictures explain what is missing.
#include "Commands.h"
#include "ImageWriter.h"

namespace attnviz::cli {

std::unique_ptr<ImageWriter> make_image_writer(const ImageSettings&) {
  throw UsageError("this attnviz-cli was built without Qt (ATTNVIZ_BUILD_UI=OFF), so it exports only "
                   ".csv, .json and .npy; rebuild with the UI for .png, .jpg, .svg and .pdf");
}

}  // namespace attnviz::cli
