# The fuzzing build (-DSYNAPSE_FUZZ=ON with clang, driven by scripts/fuzz.sh): the pure layers instrumented for
# libFuzzer with ASan and UBSan, and one fuzzer executable per parser of tests/fuzz/targets.cpp.
if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
  message(FATAL_ERROR "SYNAPSE_FUZZ needs clang (CC=clang CXX=clang++): libFuzzer is clang's")
endif()
set(SYNAPSE_WARNINGS -Wall -Wextra -Werror)
add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
add_link_options(-fsanitize=address,undefined)

find_package(nlohmann_json 3 REQUIRED)
find_package(glm REQUIRED)
find_path(STB_INCLUDE_DIR stb_image_write.h PATH_SUFFIXES stb REQUIRED)
find_library(STB_LIBRARY NAMES stb REQUIRED)
add_library(stb_prebuilt INTERFACE)
target_include_directories(stb_prebuilt SYSTEM INTERFACE ${STB_INCLUDE_DIR})
target_link_libraries(stb_prebuilt INTERFACE ${STB_LIBRARY})

function(synapse_warnings target)
  target_compile_options(${target} PRIVATE ${SYNAPSE_WARNINGS})
endfunction()

include(cmake/EmbedFiles.cmake)
add_subdirectory(src/json)
add_subdirectory(src/sim)
add_subdirectory(src/content)
add_subdirectory(src/scene)
add_subdirectory(src/export)
add_subdirectory(src/session)

# The parsers, with the command line's value parsers (src/app/cli.cpp: sizes) compiled in alone.
add_library(synapse_fuzz_targets STATIC tests/fuzz/targets.cpp src/app/cli.cpp)
target_include_directories(synapse_fuzz_targets PUBLIC ${PROJECT_SOURCE_DIR}/src ${PROJECT_SOURCE_DIR}/tests/fuzz)
target_compile_definitions(synapse_fuzz_targets PRIVATE SYNAPSE_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
  SYNAPSE_SOURCE_ASSETS_DIR="${PROJECT_SOURCE_DIR}/assets")
target_link_libraries(synapse_fuzz_targets PUBLIC synapse_session)
synapse_warnings(synapse_fuzz_targets)

foreach(name scenario lesson script content duration size link)
  add_executable(fuzz_${name} tests/fuzz/fuzz_main.cpp)
  target_compile_definitions(fuzz_${name} PRIVATE SYNAPSE_FUZZ_TARGET="${name}")
  target_link_libraries(fuzz_${name} PRIVATE synapse_fuzz_targets)
  target_link_options(fuzz_${name} PRIVATE -fsanitize=fuzzer)
  synapse_warnings(fuzz_${name})
endforeach()
