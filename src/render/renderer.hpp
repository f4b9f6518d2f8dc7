// Draws a SceneFrame into an offscreen framebuffer with instanced SDF shapes: the only GL drawing code.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "scene/frame.hpp"

namespace render {

/// Owns the GL objects; needs a current OpenGL 3.3 core context with glad loaded.
class Renderer {
public:
    /// Compiles the embedded shaders; nullptr and a one-line `error` on failure.
    static std::unique_ptr<Renderer> create(std::string& error);
    ~Renderer();
    Renderer(const Renderer&) = delete;
    Renderer& operator=(const Renderer&) = delete;

    /// Draws the frame into the offscreen target, resized to width_px x height_px when needed.
    void draw(const scene::SceneFrame& frame, int width_px, int height_px);

    /// The offscreen target, left bound as GL_FRAMEBUFFER by draw() so overlays (ImGui) can draw on it.
    unsigned framebuffer() const;
    unsigned color_texture() const;
    int width_px() const;
    int height_px() const;

    /// Reads the target back as RGBA8, rows top to bottom.
    void read_rgba(std::vector<std::uint8_t>& rgba) const;

private:
    struct Impl;
    explicit Renderer(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

}  // namespace render
