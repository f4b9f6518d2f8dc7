# Architecture boundaries: the pure targets may not link SDL, GL, EGL, glad or ImGui, and export links nothing of the
# project (checked at configure time).
function(synapse_collect_links target out_var)
  set(seen "")
  set(queue ${target})
  while(queue)
    list(POP_FRONT queue current)
    if(current IN_LIST seen)
      continue()
    endif()
    list(APPEND seen ${current})
    if(TARGET ${current})
      get_target_property(links ${current} LINK_LIBRARIES)
      get_target_property(ilinks ${current} INTERFACE_LINK_LIBRARIES)
      foreach(l IN LISTS links ilinks)
        if(l AND NOT l MATCHES "-NOTFOUND$")
          list(APPEND queue ${l})
        endif()
      endforeach()
    endif()
  endwhile()
  set(${out_var} ${seen} PARENT_SCOPE)
endfunction()

# What each library target may not reach (design notes: the pure targets use no SDL, GL or ImGui; export is pixels
# in, files out and knows nothing of the project, nor does json, the reader that sim and content share; only render
# touches GL; only the app touches SDL).
set(SYNAPSE_FORBIDDEN_LINKS
  "synapse_json=SDL|glad|imgui|EGL|OpenGL|libGL|synapse_"
  "synapse_sim=SDL|glad|imgui|EGL|OpenGL|libGL"
  "synapse_content=SDL|glad|imgui|EGL|OpenGL|libGL"
  "synapse_scene=SDL|glad|imgui|EGL|OpenGL|libGL"
  "synapse_export=SDL|glad|imgui|EGL|OpenGL|libGL|synapse_"
  "synapse_render=SDL|imgui"
  "synapse_session=SDL|glad|imgui|EGL|OpenGL|libGL"
  "synapse_ui=SDL|glad|EGL|OpenGL|libGL")

# Fails configuration when a target reaches a forbidden library; writes each closure for the test.
function(synapse_check_boundaries)
  set(report "")
  foreach(rule IN LISTS SYNAPSE_FORBIDDEN_LINKS)
    string(REPLACE "=" ";" parts "${rule}")
    list(GET parts 0 target)
    list(GET parts 1 forbidden)
    synapse_collect_links(${target} closure)
    list(REMOVE_ITEM closure ${target})
    foreach(lib IN LISTS closure)
      if(lib MATCHES "${forbidden}")
        message(FATAL_ERROR "Boundary violation: ${target} links ${lib} (forbidden: ${forbidden})")
      endif()
    endforeach()
    string(REPLACE ";" " " closure_line "${closure}")
    string(APPEND report "${target}=${forbidden}=${closure_line}\n")
  endforeach()
  file(WRITE ${CMAKE_BINARY_DIR}/link_closure.txt "${report}")
endfunction()
