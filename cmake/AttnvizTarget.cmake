# One place for the flags every attnviz target shares, so that a target's
# own CMakeLists only says what it is made of.
function(attnviz_setup_target target)
  target_compile_features(${target} PUBLIC cxx_std_20)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
  # GCC 12 warns inside libstdc++ on `"literal" + std::string&&` at -O2 and
  # above, a memcpy of 2^63 bytes that cannot happen (GCC bugs 105329 and
  # 105651): four pages of noise about sound code. GCC 13 keeps it on.
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
    target_compile_options(${target} PRIVATE -Wno-restrict)
  endif()
  if(ATTNVIZ_NATIVE)
    target_compile_options(${target} PRIVATE -march=native)
    # GCC 12's own avx512fintrin.h trips its uninitialized-value warnings
    # wherever Eigen's AVX-512 code is inlined (GCC bug 105593, fixed in 13):
    # thousands of lines about a header, none about our code. The sanitizer
    # build (not native) keeps both warnings on.
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
      target_compile_options(${target} PRIVATE -Wno-maybe-uninitialized -Wno-uninitialized)
    endif()
  endif()
endfunction()
