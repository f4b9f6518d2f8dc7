# Script mode helper for EmbedFiles.cmake: writes the embedded-file table as C++ raw strings.
set(entries "")
foreach(f IN LISTS FILES)
  file(READ ${f} content)
  get_filename_component(name ${f} NAME)
  string(APPEND entries "    {\"${name}\", R\"__embed__(${content})__embed__\"},\n")
endforeach()
file(WRITE ${OUT_HPP} "// Generated: files embedded at build time.\n#pragma once\n#include <string_view>\nnamespace ${NAMESPACE} {\n/// The embedded file's text, or an empty view when no file of that name was embedded.\nstd::string_view file(std::string_view name);\n}\n")
file(WRITE ${OUT_CPP} "// Generated: files embedded at build time.\n#include \"${HEADER_NAME}\"\n#include <utility>\nnamespace ${NAMESPACE} {\nnamespace {\nconst std::pair<std::string_view, std::string_view> kFiles[] = {\n${entries}};\n}\nstd::string_view file(std::string_view name) {\n    for (const auto& [n, text] : kFiles)\n        if (n == name) return text;\n    return {};\n}\n}\n")
