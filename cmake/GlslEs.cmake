# The web build's shaders: GLSL ES 3.00 (WebGL 2) variants of shaders/*, written at build time from the one source.
#
# synapse_glsl_for_platform(OUT_VAR FILES a.vert b.frag): on the desktop OUT_VAR is the files as they are; under
# Emscripten it is their variants in the build tree, each rewritten by this file in script mode (cmake -P):
# "#version 330 core" becomes "#version 300 es" with highp float, int and sampler2D precision; nothing else changes.
if(CMAKE_SCRIPT_MODE_FILE)
  file(READ ${IN} source)
  string(FIND "${source}" "#version 330 core\n" at)
  if(NOT at EQUAL 0)
    message(FATAL_ERROR "${IN}: a shader must open with \"#version 330 core\" to be rewritten for WebGL 2")
  endif()
  string(LENGTH "#version 330 core\n" skip)
  string(SUBSTRING "${source}" ${skip} -1 body)
  file(WRITE ${OUT} "#version 300 es\nprecision highp float;\nprecision highp int;\nprecision highp sampler2D;\n${body}")
  return()
endif()

function(synapse_glsl_for_platform out_var)
  cmake_parse_arguments(ARG "" "" "FILES" ${ARGN})
  if(NOT EMSCRIPTEN)
    set(${out_var} ${ARG_FILES} PARENT_SCOPE)
    return()
  endif()
  set(variants "")
  foreach(f IN LISTS ARG_FILES)
    get_filename_component(name ${f} NAME)
    set(out ${CMAKE_BINARY_DIR}/glsl-es/${name})
    add_custom_command(
      OUTPUT ${out}
      COMMAND ${CMAKE_COMMAND} -DIN=${f} -DOUT=${out} -P ${PROJECT_SOURCE_DIR}/cmake/GlslEs.cmake
      DEPENDS ${f} ${PROJECT_SOURCE_DIR}/cmake/GlslEs.cmake
      COMMENT "Writing ${name} as GLSL ES 3.00"
      VERBATIM)
    list(APPEND variants ${out})
  endforeach()
  set(${out_var} ${variants} PARENT_SCOPE)
endfunction()
