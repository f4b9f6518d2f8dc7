// OpenGL 3.3 core contexts without a window (EGL surfaceless / pbuffer) and the glad loader.
#pragma once
#include <memory>
#include <string>

namespace render {

/// An OpenGL 3.3 core context with no window and no display server, made current on creation.
class HeadlessContext {
public:
    /// Creates and makes current a context; on failure returns nullptr and sets `error` to one line.
    static std::unique_ptr<HeadlessContext> create(std::string& error);
    ~HeadlessContext();
    HeadlessContext(const HeadlessContext&) = delete;
    HeadlessContext& operator=(const HeadlessContext&) = delete;

private:
    struct Impl;
    explicit HeadlessContext(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

/// Loads GL 3.3 core entry points with glad through `get_proc`; false when the context is below 3.3.
bool load_gl(void* (*get_proc)(const char* name), std::string& error);

/// "OpenGL 4.5 (Core Profile) Mesa 22.3.6 - llvmpipe (LLVM 15.0.6, 256 bits)": for --version and reports.
std::string gl_description();

}  // namespace render
