# The browser build (emcmake cmake): the pure libraries, the model check and, once scripts/web.sh has built SDL2 and
# ImGui, the whole program as a static page (src/app/web) with the web's stand-ins for the desktop's libraries.
#
# Included by the top-level CMakeLists.txt when EMSCRIPTEN is set; that file returns right after, so
# nothing below the include (find_package of the desktop libraries, glad, tests) runs for the web.
# Debian's Emscripten 3.1.6 links with Node modules from /usr/share/nodejs: see docs/web.md.

if(SYNAPSE_SANITIZE)
  message(FATAL_ERROR "SYNAPSE_SANITIZE is for the desktop build, not for Emscripten")
endif()

set(SYNAPSE_WARNINGS -Wall -Wextra -Werror)
# The session and the content report bad files by exceptions: Emscripten catches none without this.
add_compile_options(-fexceptions)
add_link_options(-fexceptions)
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
synapse_web_header_link(STB stb/stb_truetype.h)
add_library(nlohmann_json::nlohmann_json INTERFACE IMPORTED)
target_include_directories(nlohmann_json::nlohmann_json INTERFACE ${CMAKE_BINARY_DIR}/web-include)
add_library(glm::glm INTERFACE IMPORTED)
target_include_directories(glm::glm INTERFACE ${CMAKE_BINARY_DIR}/web-include)

# SDL2 and Dear ImGui, built from Debian's source packages by scripts/web.sh (optional until the app is built).
set(SYNAPSE_WEB_DEPS "${PROJECT_SOURCE_DIR}/build-web/deps" CACHE PATH "SDL2 and ImGui built for Emscripten by scripts/web.sh")
if(EXISTS ${SYNAPSE_WEB_DEPS}/sdl2/lib/cmake/SDL2/SDL2Config.cmake AND EXISTS ${SYNAPSE_WEB_DEPS}/imgui/lib/libimgui.a)
  find_package(SDL2 CONFIG REQUIRED PATHS ${SYNAPSE_WEB_DEPS}/sdl2 NO_DEFAULT_PATH NO_CMAKE_FIND_ROOT_PATH)
  # Include dirs as the desktop's Debian packages lay them out: <imgui.h>, <backends/imgui_impl_sdl.h>.
  add_library(imgui_web STATIC IMPORTED)
  set_target_properties(imgui_web PROPERTIES IMPORTED_LOCATION ${SYNAPSE_WEB_DEPS}/imgui/lib/libimgui.a)
  target_include_directories(imgui_web INTERFACE ${SYNAPSE_WEB_DEPS}/imgui/include/imgui)
  target_compile_definitions(imgui_web INTERFACE IMGUI_IMPL_OPENGL_ES3)
  target_link_libraries(imgui_web INTERFACE SDL2::SDL2-static)
  target_link_options(imgui_web INTERFACE -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2)
  set(SYNAPSE_WEB_HAVE_UI_DEPS ON)
  # The names the desktop's CMake files link by: the desktop's Debian libimgui, SDL2 and libstb. Debian's stb
  # headers are compiled for the web by one file of ours (the desktop links Debian's prebuilt libstb.a).
  add_library(imgui_prebuilt INTERFACE)
  target_link_libraries(imgui_prebuilt INTERFACE imgui_web)
  if(NOT TARGET SDL2::SDL2)
    add_library(SDL2::SDL2 INTERFACE IMPORTED)
    target_link_libraries(SDL2::SDL2 INTERFACE SDL2::SDL2-static)
  endif()
  add_library(stb_prebuilt STATIC ${PROJECT_SOURCE_DIR}/cmake/web/stb.c)
  target_include_directories(stb_prebuilt SYSTEM PUBLIC ${CMAKE_BINARY_DIR}/web-include/stb)
else()
  message(STATUS "SDL2 or ImGui for the web not built yet (run scripts/web.sh): building the pure libraries only")
  set(SYNAPSE_WEB_HAVE_UI_DEPS OFF)
endif()

add_subdirectory(src/json)
add_subdirectory(src/sim)
add_subdirectory(src/content)
add_subdirectory(src/scene)

# Emscripten's libc++ 13 lacks floating-point std::to_chars, which sim's and json's number formatting use.
foreach(target synapse_sim synapse_json)
  target_compile_options(${target} PRIVATE "SHELL:-include ${PROJECT_SOURCE_DIR}/cmake/web/charconv_compat.hpp")
endforeach()

add_subdirectory(tools)

# The page: the same export, render, session, ui and app code as the desktop's, its platform edge in src/app/web.
if(SYNAPSE_WEB_HAVE_UI_DEPS)
  include(cmake/EmbedFiles.cmake)
  include(cmake/GlslEs.cmake)
  include(cmake/Fonts.cmake)
  # The fonts travel in the page's preloaded data as /fonts/NAME: the code sees those paths, the link the host's.
  set(SYNAPSE_WEB_FONT_FILES "")
  foreach(role REGULAR BOLD)
    if(SYNAPSE_FONT_${role})
      get_filename_component(name ${SYNAPSE_FONT_${role}} NAME)
      list(APPEND SYNAPSE_WEB_FONT_FILES "${SYNAPSE_FONT_${role}}@/fonts/${name}")
      set(SYNAPSE_FONT_${role} /fonts/${name})
    endif()
  endforeach()
  add_subdirectory(src/export)
  add_subdirectory(src/render)
  add_subdirectory(src/session)
  add_subdirectory(src/ui)
  add_subdirectory(src/app)
endif()
