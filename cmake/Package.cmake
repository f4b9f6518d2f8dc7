# The Debian package (CPack's DEB generator, run by scripts/package.sh): synapse-lab_VERSION_ARCH.deb of the install
# rules in cmake/Install.cmake, with the libraries' packages found by dpkg-shlibdeps.

# The font packages: the program opens the fonts found at configure time by their paths (cmake/Fonts.cmake).
set(SYNAPSE_FONT_PACKAGES "")
foreach(font ${SYNAPSE_FONT_REGULAR} ${SYNAPSE_FONT_BOLD})
  execute_process(COMMAND dpkg-query -S ${font} OUTPUT_VARIABLE owner RESULT_VARIABLE failed ERROR_QUIET)
  if(failed)
    message(STATUS "Package: no Debian package owns ${font}; the package will not depend on it")
    continue()
  endif()
  string(REGEX REPLACE ":.*" "" owner "${owner}")
  list(APPEND SYNAPSE_FONT_PACKAGES ${owner})
endforeach()
list(REMOVE_DUPLICATES SYNAPSE_FONT_PACKAGES)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME synapse-lab)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "The Synapse Lab developers")
set(CPACK_PACKAGE_CONTACT ${SYNAPSE_MAINTAINER})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "interactive teaching simulation of how ketamine acts in the brain")
string(CONCAT CPACK_PACKAGE_DESCRIPTION
  "Synapse Lab shows how ketamine acts as a fast antidepressant: NMDA receptor\n"
  "blockade, the glutamate surge that follows through disinhibition of\n"
  "pyramidal neurons, AMPA activation, BDNF release and mTOR signalling, and\n"
  "the growth of new dendritic spines over the following hours and days.\n"
  "\n"
  "A pharmacokinetic and signalling model computes a whole scenario over\n"
  "weeks; animated views of the circuit, the synapse and a dendrite show it,\n"
  "with plots, a timeline, quotes from five public texts with fact-checks,\n"
  "a glossary and guided lessons. For teachers on a projector (presenter\n"
  "mode), students exploring alone, and people recording explainer videos\n"
  "(headless screenshots and frame-exact video export). A teaching model,\n"
  "not medical or dosing advice.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # synapse-lab_VERSION_ARCH.deb
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)  # libSDL2, libEGL, libstb, libstdc++, ... with their versions
# Beyond what the binary links: libGL.so.1, which Dear ImGui's OpenGL backend opens at run time, and the fonts.
string(REPLACE ";" ", " synapse_font_depends "${SYNAPSE_FONT_PACKAGES}")
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libgl1")
if(synapse_font_depends)
  string(APPEND CPACK_DEBIAN_PACKAGE_DEPENDS ", ${synapse_font_depends}")
endif()
# ffmpeg for --record to video (PNG sequences need nothing); Mesa's drivers, software renderer included.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "ffmpeg, libgl1-mesa-dri")
# A speech engine for --voice (draft narration of a script's "say" lines).
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "flite | festival")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
  OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(CPACK_OUTPUT_FILE_PREFIX ${CMAKE_BINARY_DIR})
include(CPack)
