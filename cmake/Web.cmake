# The browser build (emcmake cmake): the pure libraries and the model check; scripts/web.sh builds SDL2 + ImGui beside them.
#
# Included by the top-level CMakeLists.txt when EMSCRIPTEN is set; that file returns right after, so
# nothing below the include (find_package of the desktop libraries, glad, tests) runs for the web.
# Debian's Emscripten 3.1.6 links with Node modules from /usr/share/nodejs: see docs/web.md.

if(SYNAPSE_SANITIZE)
  message(FATAL_ERROR "SYNAPSE_SANITIZE is for the desktop build, not for Emscripten")
endif()

set(SYNAPSE_WARNINGS -Wall -Wextra -Werror)
function(synapse_warnings target)
  target_compile_options(${target} PRIVATE ${SYNAPSE_WARNINGS})
endfunction()

# Emscripten's em++ writes JavaScript through Node modules (acorn) that Debian keeps in /usr/share/nodejs;
# a node that does not look there by itself (here: nodesource's v20) needs NODE_PATH at link time.
if(NOT "$ENV{NODE_PATH}" MATCHES "/usr/share/nodejs")
  set(CMAKE_CXX_LINKER_LAUNCHER ${CMAKE_COMMAND} -E env NODE_PATH=/usr/share/nodejs)
endif()

# Header-only libraries from Debian (nlohmann-json, GLM), seen through a folder of their own: adding
# all of /usr/include would mix glibc's headers into Emscripten's musl sysroot.
function(synapse_web_header_link name header)
  find_path(SYNAPSE_WEB_${name}_ROOT ${header} PATHS /usr/include NO_DEFAULT_PATH NO_CMAKE_FIND_ROOT_PATH REQUIRED)
  get_filename_component(folder ${header} DIRECTORY)
  file(MAKE_DIRECTORY ${CMAKE_BINARY_DIR}/web-include)
  file(CREATE_LINK ${SYNAPSE_WEB_${name}_ROOT}/${folder} ${CMAKE_BINARY_DIR}/web-include/${folder} SYMBOLIC)
endfunction()
synapse_web_header_link(JSON nlohmann/json.hpp)
synapse_web_header_link(GLM glm/glm.hpp)
add_library(nlohmann_json::nlohmann_json INTERFACE IMPORTED)
target_include_directories(nlohmann_json::nlohmann_json INTERFACE ${CMAKE_BINARY_DIR}/web-include)
add_library(glm::glm INTERFACE IMPORTED)
target_include_directories(glm::glm INTERFACE ${CMAKE_BINARY_DIR}/web-include)

add_subdirectory(src/sim)
add_subdirectory(src/content)
add_subdirectory(src/scene)

# Emscripten's libc++ 13 lacks floating-point std::to_chars, which sim's number formatting uses.
target_compile_options(synapse_sim PRIVATE "SHELL:-include ${PROJECT_SOURCE_DIR}/cmake/web/charconv_compat.hpp")

add_subdirectory(tools)
