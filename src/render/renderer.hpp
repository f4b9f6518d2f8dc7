// Draws a SceneFrame into an offscreen framebuffer with instanced SDF shapes: the only GL drawing code.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "scene/frame.hpp"
#include "scene/rect.hpp"

namespace render {

/// Fonts for the scene's labels (TrueType/OpenType paths; empty = the build's default font).
struct RendererOptions {
    std::string font_regular;
    std::string font_bold;
};

/// The fonts found at configure time (Inter, else DejaVu Sans); empty strings when none was found.
RendererOptions default_renderer_options();

/// Where a frame may draw when panels cover the rest of the target: pixels from the top left. Outside it
/// the target is cleared to `outside` (one full clear, cheap even on a software renderer), or left as it
/// is when `clear_outside` is false (the panels kept from the last frame), and the scene touches no pixel there.
struct PictureClip {
    scene::Rect area_px;  ///< whole pixels
    scene::Rgba outside;
    bool clear_outside = true;
};

/// Owns the GL objects; needs a current OpenGL 3.3 core context with glad loaded.
class Renderer {
public:
    /// Compiles the embedded shaders and opens the fonts; nullptr and a one-line `error` on failure.
    /// A missing font is not an error: labels are then skipped.
    static std::unique_ptr<Renderer> create(const RendererOptions& options, std::string& error);
    /// The same with default_renderer_options().
    static std::unique_ptr<Renderer> create(std::string& error);
    ~Renderer();
    Renderer(const Renderer&) = delete;
    Renderer& operator=(const Renderer&) = delete;

    /// Draws the frame into the offscreen target, resized to width_px x height_px when needed; with a
    /// clip, only inside it.
    void draw(const scene::SceneFrame& frame, int width_px, int height_px, const PictureClip* clip = nullptr);

    /// Clears `rect_px` of the target (pixels from the top left) to `color`: a scissored clear, cheap on a
    /// software renderer (the panels' opaque backgrounds).
    void clear_rect(const scene::Rect& rect_px, const scene::Rgba& color);

    /// The offscreen target, left bound as GL_FRAMEBUFFER by draw() so overlays (ImGui) can draw on it.
    unsigned framebuffer() const;
    int width_px() const;
    int height_px() const;

    /// Copies the target to the default framebuffer (the window's back buffer).
    void present() const;
    /// Waits until every GL command has finished (benchmarks).
    void finish() const;

    /// Uploads an 8-bit coverage image (ImGui's font atlas, rows top to bottom) as a texture that samples as white
    /// with that alpha, as the RGBA copy ImGui's OpenGL backend makes does: on the desktop in a quarter of its memory
    /// (one byte a texel, swizzled), on the web (no swizzles in WebGL 2) as that copy. Replaces the one uploaded
    /// before (the renderer owns it); returns its GL name.
    unsigned upload_coverage_texture(int width_px, int height_px, const std::uint8_t* alpha);

    /// Reads the target back as RGBA8, rows top to bottom (straight alpha: a frame drawn on a
    /// transparent background is un-premultiplied).
    void read_rgba(std::vector<std::uint8_t>& rgba) const;
    /// Reads the target back as GL leaves it: rows bottom to top, alpha premultiplied (the recorder's frame sink
    /// converts where it is cheapest, on its own thread).
    void read_raw_rgba(std::vector<std::uint8_t>& rgba) const;

private:
    struct Impl;
    explicit Renderer(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

}  // namespace render
