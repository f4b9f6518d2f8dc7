// Scene labels as text: glyph atlases baked with stb_truetype at the exact pixel size, with a halo channel.
#pragma once
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "scene/frame.hpp"

namespace render {

/// A TrueType/OpenType font file in memory.
class FontFile {
public:
    /// Loads and parses `path`; nullptr and one line in `error` on failure.
    static std::unique_ptr<FontFile> load(const std::string& path, std::string& error);
    ~FontFile();
    const void* info() const { return info_.get(); }

private:
    FontFile() = default;
    std::vector<unsigned char> data_;
    std::shared_ptr<void> info_;  ///< stbtt_fontinfo (kept opaque so callers need no stb header)
};

/// Where one glyph lies in the atlas and how to place it (pixels, y down, relative to the pen on the baseline).
struct AtlasGlyph {
    float x0 = 0, y0 = 0, x1 = 0, y1 = 0;  ///< quad, including the halo margin
    float u0 = 0, v0 = 0, u1 = 0, v1 = 0;  ///< texture coordinates
    float advance_px = 0;
    int glyph_index = 0;
};

/// One font at one pixel size: red = coverage, green = halo (coverage dilated by halo_px).
struct Atlas {
    int size_px = 0;
    int width = 0, height = 0;
    float ascent_px = 0, descent_px = 0, line_px = 0;
    std::vector<std::uint8_t> pixels;  ///< RG8
    std::unordered_map<std::uint32_t, AtlasGlyph> glyphs;
    std::unordered_map<std::uint64_t, float> kerning_cache;
    unsigned texture = 0;  ///< GL texture, created by the text pass
};

/// Bakes the atlas (CPU only; no GL).
Atlas bake_atlas(const FontFile& font, int size_px);

/// One glyph quad to draw (what the text shader's instance buffer holds).
struct GlyphQuad {
    float rect[4];  ///< x0, y0, x1, y1 in pixels, y down
    float uv[4];
    float color[4];
    float halo[4];
};

/// Decodes UTF-8 into code points (invalid bytes become U+FFFD).
std::vector<std::uint32_t> decode_utf8(const std::string& text);

/// Lays a label out into quads: `anchor_px` is the label's anchor in pixels (y down).
void layout_label(const FontFile& font, Atlas& atlas, const scene::Label& label, float anchor_x_px, float anchor_y_px,
                  std::vector<GlyphQuad>& out);

/// The GL side: atlases per (font, size) as textures, one instanced draw per atlas.
class TextPass {
public:
    /// Needs a current GL context. Fonts may be empty paths (then labels are skipped).
    static std::unique_ptr<TextPass> create(const std::string& regular_path, const std::string& bold_path,
                                            std::string& error);
    ~TextPass();
    TextPass(const TextPass&) = delete;
    TextPass& operator=(const TextPass&) = delete;

    /// Draws `labels` (world anchors through `camera`) into the bound framebuffer.
    void draw(const std::vector<scene::Label>& labels, const scene::Camera& camera, int width_px, int height_px);

private:
    TextPass() = default;
    Atlas& atlas_for(bool bold, int size_px);

    std::unique_ptr<FontFile> regular_, bold_;
    std::map<std::pair<bool, int>, Atlas> atlases_;
    std::map<std::pair<bool, int>, std::vector<GlyphQuad>> batches_;
    struct Gl;
    std::unique_ptr<Gl> gl_;
};

}  // namespace render
