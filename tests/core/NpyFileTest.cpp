// The .npy writer checked by a reader written here from the NPY spec (it
// shares no code with NpyFile.cpp), by numpy itself, and the reader fed
// arrays in the layouts numpy can produce.
#include "ExportTestData.h"

#include "export/MatrixFileError.h"
#include "export/MatrixFiles.h"
#include "export/NpyFile.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstdio>
#include <cstring>
#include <memory>
#include <sstream>

namespace attnviz {
namespace {

using test::sample_alignment;
using test::ScratchFolder;
using ::testing::HasSubstr;
using ::testing::ThrowsMessage;

// The spec's layout, read byte by byte: magic, version, little-endian
// uint16 header length, the dict, then float32 data.
struct SpecReading {
  int major = 0, minor = 0;
  size_t header_end = 0;
  std::string dict;
  std::vector<float> data;
};

SpecReading read_by_spec(const std::string& bytes) {
  SpecReading out;
  EXPECT_EQ(bytes.substr(0, 6), "\x93NUMPY");
  out.major = bytes[6];
  out.minor = bytes[7];
  const size_t length = static_cast<unsigned char>(bytes[8]) + 256 * static_cast<unsigned char>(bytes[9]);
  out.header_end = 10 + length;
  out.dict = bytes.substr(10, length);
  out.data.resize((bytes.size() - out.header_end) / 4);
  std::memcpy(out.data.data(), bytes.data() + out.header_end, out.data.size() * 4);
  return out;
}

TEST(NpyFile, writesVersion1Float32CArrayOfShapeTargetBySource) {
  ScratchFolder folder;
  const ModelAlignment item = sample_alignment();
  write_matrix_file(folder / "m.npy", {item});
  const SpecReading npy = read_by_spec(read_file_bytes(folder / "m.npy"));
  EXPECT_EQ(npy.major, 1);
  EXPECT_EQ(npy.minor, 0);
  EXPECT_EQ(npy.header_end % 64, 0u) << "data must start aligned";
  EXPECT_EQ(npy.dict.back(), '\n');
  EXPECT_THAT(npy.dict, HasSubstr("'descr': '<f4'"));
  EXPECT_THAT(npy.dict, HasSubstr("'fortran_order': False"));
  EXPECT_THAT(npy.dict, HasSubstr("'shape': (4, 5)"));
  const RowMatrix& weights = item.alignment.primary().weights;
  ASSERT_EQ(npy.data.size(), 20u);
  for (size_t i = 0; i < 20; ++i) EXPECT_EQ(npy.data[i], weights(static_cast<Eigen::Index>(i / 5), static_cast<Eigen::Index>(i % 5)));
}

std::string numpy_output(const std::filesystem::path& npy) {
  const std::string tools = std::string(ATTNVIZ_FIXTURES_DIR) + "/../../tools";
  const std::string command = "/usr/bin/python3 " + tools + "/read_npy.py " + npy.string() + " 2>/dev/null";
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(::popen(command.c_str(), "r"), ::pclose);
  std::string output;
  char buffer[4096];
  while (pipe && std::fgets(buffer, sizeof buffer, pipe.get())) output += buffer;
  return output;
}

TEST(NpyFile, numpyLoadsTheSameMatrix) {
  if (std::system("/usr/bin/python3 -c 'import numpy' 2>/dev/null") != 0) GTEST_SKIP() << "no numpy";
  ScratchFolder folder;
  const ModelAlignment item = sample_alignment();
  write_matrix_file(folder / "m.npy", {item});
  std::istringstream numpy(numpy_output(folder / "m.npy"));
  std::string dtype;
  int rows = 0, cols = 0;
  numpy >> dtype >> rows >> cols;
  ASSERT_EQ(dtype, "float32");
  ASSERT_EQ(rows, 4);
  ASSERT_EQ(cols, 5);
  for (int r = 0; r < rows; ++r)
    for (int c = 0; c < cols; ++c) {
      double value = 0;
      numpy >> value;
      EXPECT_EQ(static_cast<float>(value), item.alignment.primary().weights(r, c));
    }
}

// An array as numpy would save it in another layout: version `major`,
// dtype `descr`, values given in file order.
template <typename T>
std::string npy_bytes(int major, const std::string& dict, const std::vector<T>& values) {
  std::string bytes = "\x93NUMPY";
  bytes += static_cast<char>(major);
  bytes += '\0';
  const size_t width = major == 1 ? 2 : 4;
  for (size_t i = 0; i < width; ++i) bytes += static_cast<char>((dict.size() >> (8 * i)) & 0xff);
  bytes += dict;
  bytes.append(reinterpret_cast<const char*>(values.data()), values.size() * sizeof(T));
  return bytes;
}

TEST(NpyFile, readsFortranOrderFloat64Version2) {
  const std::string dict = "{'descr': '<f8', 'fortran_order': True, 'shape': (2, 3), }\n";
  const RowMatrix m = parse_npy(npy_bytes<double>(2, dict, {1, 4, 2, 5, 3, 6}), "f.npy");
  ASSERT_EQ(m.rows(), 2);
  ASSERT_EQ(m.cols(), 3);
  EXPECT_EQ(m(0, 1), 2.0f);
  EXPECT_EQ(m(1, 0), 4.0f);
  EXPECT_EQ(m(1, 2), 6.0f);
}

struct BadNpy {
  std::string label;
  std::string bytes;
  std::string message;
};

class RejectedNpy : public ::testing::TestWithParam<BadNpy> {};

TEST_P(RejectedNpy, namesTheProblem) {
  EXPECT_THAT([&] { parse_npy(GetParam().bytes, "bad.npy"); },
              ThrowsMessage<MatrixFileError>(AllOf(HasSubstr("bad.npy"), HasSubstr(GetParam().message))));
}

INSTANTIATE_TEST_SUITE_P(
    Catalogue, RejectedNpy,
    ::testing::Values(
        BadNpy{"magic", "PK\x03\x04 not numpy", "no \\x93NUMPY magic"},
        BadNpy{"integers", npy_bytes<long long>(1, "{'descr': '<i8', 'fortran_order': False, 'shape': (1, 1), }", {1}),
               "dtype '<i8' is not supported"},
        BadNpy{"vector", npy_bytes<float>(1, "{'descr': '<f4', 'fortran_order': False, 'shape': (3,), }", {1, 2, 3}),
               "expected 2 to 5 dimensions"},
        BadNpy{"truncated", npy_bytes<float>(1, "{'descr': '<f4', 'fortran_order': False, 'shape': (2, 2), }", {1, 2, 3}),
               "holds 12 data bytes; shape (2, 2) and dtype '<f4' say 16"},
        BadNpy{"huge", npy_bytes<float>(1, "{'descr': '<f4', 'fortran_order': False, 'shape': (99999, 99999), }", {}),
               "larger than 4096"},
        BadNpy{"version", npy_bytes<float>(9, "{}", {}), "version 9 is not supported"}),
    [](const auto& info) { return info.param.label; });

}  // namespace
}  // namespace attnviz
