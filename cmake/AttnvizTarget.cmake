# One place for the flags every attnviz target shares, so that a target's
# own CMakeLists only says what it is made of.
function(attnviz_setup_target target)
  target_compile_features(${target} PUBLIC cxx_std_20)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
  if(ATTNVIZ_NATIVE)
    target_compile_options(${target} PRIVATE -march=native)
  endif()
endfunction()
