// The OpenGL API the renderer draws with: glad's OpenGL 3.3 core on the desktop, OpenGL ES 3.0 (WebGL 2) on the web.
#pragma once

#ifdef __EMSCRIPTEN__
#include <GLES3/gl3.h>
#else
#include <glad/gl.h>
#endif

namespace render {

/// The version line of the GLSL the renderer's shaders (and ImGui's OpenGL 3 backend) are compiled as here. The
/// web build's shaders are rewritten for it at build time (cmake/GlslEs.cmake).
#ifdef __EMSCRIPTEN__
inline constexpr const char* kGlslVersionLine = "#version 300 es";
#else
inline constexpr const char* kGlslVersionLine = "#version 330 core";
#endif

}  // namespace render
