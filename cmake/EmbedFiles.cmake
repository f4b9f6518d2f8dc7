# Embeds text files (shaders) into a generated C++ source as string constants, at build time.
# synapse_embed(TARGET name NAMESPACE ns FILES a.vert b.frag) -> header <name.hpp> with
#   std::string_view ns::file("a.vert")  returning the file's text, or an empty view if unknown.
function(synapse_embed)
  cmake_parse_arguments(ARG "" "TARGET;NAMESPACE" "FILES" ${ARGN})
  set(out_dir ${CMAKE_BINARY_DIR}/embedded/${ARG_TARGET})
  set(out_cpp ${out_dir}/${ARG_TARGET}.cpp)
  set(out_hpp ${out_dir}/${ARG_TARGET}.hpp)
  add_custom_command(
    OUTPUT ${out_cpp} ${out_hpp}
    COMMAND ${CMAKE_COMMAND} -DOUT_CPP=${out_cpp} -DOUT_HPP=${out_hpp} -DNAMESPACE=${ARG_NAMESPACE}
            -DHEADER_NAME=${ARG_TARGET}.hpp "-DFILES=${ARG_FILES}" -P ${PROJECT_SOURCE_DIR}/cmake/EmbedScript.cmake
    DEPENDS ${ARG_FILES} ${PROJECT_SOURCE_DIR}/cmake/EmbedScript.cmake
    COMMENT "Embedding ${ARG_TARGET}"
    VERBATIM)
  add_library(${ARG_TARGET} STATIC ${out_cpp})
  target_include_directories(${ARG_TARGET} PUBLIC ${out_dir})
endfunction()
