# Finds a TrueType/OpenType UI font at configure time (Inter, then DejaVu Sans); empty means ImGui's built-in font.
find_file(SYNAPSE_FONT_REGULAR NAMES Inter-Regular.otf Inter-Regular.ttf DejaVuSans.ttf
  PATHS /usr/share/fonts/opentype/inter /usr/share/fonts/truetype/inter /usr/share/fonts/truetype/dejavu NO_DEFAULT_PATH
  NO_CMAKE_FIND_ROOT_PATH)
find_file(SYNAPSE_FONT_BOLD NAMES Inter-SemiBold.otf Inter-Bold.otf DejaVuSans-Bold.ttf
  PATHS /usr/share/fonts/opentype/inter /usr/share/fonts/truetype/inter /usr/share/fonts/truetype/dejavu NO_DEFAULT_PATH
  NO_CMAKE_FIND_ROOT_PATH)
if(NOT SYNAPSE_FONT_REGULAR)
  set(SYNAPSE_FONT_REGULAR "")
  message(STATUS "No Inter or DejaVu font found: the UI falls back to ImGui's built-in font")
endif()
if(NOT SYNAPSE_FONT_BOLD)
  set(SYNAPSE_FONT_BOLD "")
endif()
message(STATUS "UI font: ${SYNAPSE_FONT_REGULAR}")
