# Install rules (GNUInstallDirs) for the desktop build: the program, its assets, menu entry, icons, AppStream metadata,
# man page, bash completion and Debian docs; the release facts they share. Included at the end of CMakeLists.txt.
include(GNUInstallDirs)

# ---- Release facts: the version is project(VERSION) alone; the rest sits here, read by every file below and by
# cmake/Package.cmake (the Debian package).
set(SYNAPSE_RELEASE_DATE "2026-12-04")  # the date of PROJECT_VERSION: bump the two together
set(SYNAPSE_MAINTAINER "Synapse Lab maintainers <maintainers@users.noreply.h-seed-e5015f1e.example>")
# No licence has been chosen yet: an SPDX expression here (and packaging/copyright) once one is.
set(SYNAPSE_LICENSE "LicenseRef-proprietary")
# Where the project is published: AppStream's homepage, and its screenshots under /images/ (docs/images). A reserved
# .example placeholder until the project has a public home; the AppStream id is its reverse-DNS name.
set(SYNAPSE_PUBLIC_URL "https://synapse-lab.example" CACHE STRING "The project's public address (AppStream)")
set(SYNAPSE_APP_ID "example.synapse_lab.SynapseLab")

# The program looks for ../share/synapse-lab/assets beside its executable (src/app/cli.cpp, find_assets_dir).
set(SYNAPSE_ASSETS_INSTALL_DIR ${CMAKE_INSTALL_DATADIR}/synapse-lab/assets)
set(SYNAPSE_ASSETS_INSTALL_PATH ${CMAKE_INSTALL_FULL_DATADIR}/synapse-lab/assets)
file(RELATIVE_PATH synapse_assets_from_bin ${CMAKE_INSTALL_FULL_BINDIR} ${SYNAPSE_ASSETS_INSTALL_PATH})
if(NOT synapse_assets_from_bin STREQUAL "../share/synapse-lab/assets")
  message(FATAL_ERROR "The installed program would not find its assets: they are at ${synapse_assets_from_bin} from "
    "${CMAKE_INSTALL_BINDIR}, and src/app/cli.cpp looks in ../share/synapse-lab/assets")
endif()

set(synapse_packaging ${PROJECT_SOURCE_DIR}/packaging)
set(synapse_generated ${CMAKE_BINARY_DIR}/packaging)
file(MAKE_DIRECTORY ${synapse_generated})

# ---- The icon: drawn by packaging/make_icon.cpp as SVG and PNGs at build time.
set(SYNAPSE_ICON_SIZES 16 22 24 32 48 64 128 256 512)
add_executable(synapse_make_icon ${synapse_packaging}/make_icon.cpp)
target_link_libraries(synapse_make_icon PRIVATE stb_prebuilt)
synapse_warnings(synapse_make_icon)
set(synapse_icon_files ${synapse_generated}/synapse-lab.svg)
foreach(size ${SYNAPSE_ICON_SIZES})
  list(APPEND synapse_icon_files ${synapse_generated}/synapse-lab-${size}.png)
endforeach()
add_custom_command(OUTPUT ${synapse_icon_files}
  COMMAND synapse_make_icon ${synapse_generated} ${SYNAPSE_ICON_SIZES}
  DEPENDS synapse_make_icon
  COMMENT "Drawing the icon")

# ---- The man page (gzipped, as Debian ships them) and the AppStream metadata, with the version and date filled in.
configure_file(${synapse_packaging}/synapse-lab.1.in ${synapse_generated}/synapse-lab.1 @ONLY)
configure_file(${synapse_packaging}/synapse-lab.metainfo.xml.in ${synapse_generated}/${SYNAPSE_APP_ID}.metainfo.xml
  @ONLY)

# ---- The Debian changelog (/usr/share/doc/synapse-lab/changelog.gz): one entry for this version, dated in RFC 2822.
function(synapse_rfc2822_date iso_date out_var)
  string(REGEX MATCH "^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$" ok "${iso_date}")
  if(NOT ok)
    message(FATAL_ERROR "SYNAPSE_RELEASE_DATE must be YYYY-MM-DD, got '${iso_date}'")
  endif()
  math(EXPR y "${CMAKE_MATCH_1}")
  math(EXPR m "1${CMAKE_MATCH_2} - 100")  # no leading-zero octal
  math(EXPR d "1${CMAKE_MATCH_3} - 100")
  # Sakamoto's day of the week, 0 = Sunday.
  set(offsets 0 3 2 5 0 3 5 1 4 6 2 4)
  math(EXPR i "${m} - 1")
  list(GET offsets ${i} t)
  if(m LESS 3)
    math(EXPR y "${y} - 1")
  endif()
  math(EXPR wd "(${y} + ${y} / 4 - ${y} / 100 + ${y} / 400 + ${t} + ${d}) % 7")
  set(days Sun Mon Tue Wed Thu Fri Sat)
  set(months Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec)
  list(GET days ${wd} day)
  list(GET months ${i} month)
  set(${out_var} "${day}, ${CMAKE_MATCH_3} ${month} ${CMAKE_MATCH_1} 12:00:00 +0000" PARENT_SCOPE)
endfunction()
synapse_rfc2822_date(${SYNAPSE_RELEASE_DATE} synapse_changelog_date)
file(WRITE ${synapse_generated}/changelog.in
  "synapse-lab (${PROJECT_VERSION}) unstable; urgency=medium\n\n"
  "  * Release ${PROJECT_VERSION}: the model, three views, plots, the sources with\n"
  "    fact-checks, guided lessons, headless screenshots, CSV and video export,\n"
  "    and this package.\n\n"
  " -- ${SYNAPSE_MAINTAINER}  ${synapse_changelog_date}\n")
configure_file(${synapse_generated}/changelog.in ${synapse_generated}/changelog COPYONLY)

# gzip -9n: reproducible (no name or time stamp inside), as Debian policy asks of man pages and changelogs.
find_program(SYNAPSE_GZIP gzip REQUIRED)
foreach(doc synapse-lab.1 changelog)
  add_custom_command(OUTPUT ${synapse_generated}/${doc}.gz
    COMMAND ${SYNAPSE_GZIP} -9n -c ${synapse_generated}/${doc} > ${synapse_generated}/${doc}.gz
    DEPENDS ${synapse_generated}/${doc}
    COMMENT "Compressing ${doc}"
    VERBATIM)
endforeach()
add_custom_target(synapse_install_files ALL
  DEPENDS ${synapse_icon_files} ${synapse_generated}/synapse-lab.1.gz ${synapse_generated}/changelog.gz)

# ---- What is installed, and where.
install(TARGETS synapse-lab RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/assets/ DESTINATION ${SYNAPSE_ASSETS_INSTALL_DIR})
install(FILES ${synapse_packaging}/synapse-lab.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications
  RENAME ${SYNAPSE_APP_ID}.desktop)
install(FILES ${synapse_generated}/${SYNAPSE_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${synapse_generated}/synapse-lab.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
foreach(size ${SYNAPSE_ICON_SIZES})
  install(FILES ${synapse_generated}/synapse-lab-${size}.png
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps RENAME synapse-lab.png)
endforeach()
install(FILES ${synapse_generated}/synapse-lab.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${synapse_packaging}/synapse-lab.bash-completion
  DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME synapse-lab)
install(FILES ${synapse_packaging}/copyright ${synapse_generated}/changelog.gz
  DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/synapse-lab)
