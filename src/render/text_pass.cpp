// Text: stb_truetype glyph atlases (coverage + halo), UTF-8 layout, and the instanced glyph-quad pass.
#include "render/text_pass.hpp"

#include <stb_truetype.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <iterator>

#include "render/gl.hpp"
#include "render/shader.hpp"
#include "synapse_shaders.hpp"

namespace render {
namespace {

/// The text shader's two layers (text.frag's u_layer): the halos first, then the glyphs over them, so that a
/// letter's halo, which reaches past its advance, never darkens the letter before it.
constexpr int kHaloLayer = 0;
constexpr int kGlyphLayer = 1;

const stbtt_fontinfo* info_of(const FontFile& font) { return static_cast<const stbtt_fontinfo*>(font.info()); }

/// The characters labels may use: ASCII, Latin-1, and a few symbols (arrows, super/subscripts, Greek).
std::vector<std::uint32_t> baked_codepoints() {
    std::vector<std::uint32_t> cps;
    for (std::uint32_t c = 32; c < 127; ++c) cps.push_back(c);
    for (std::uint32_t c = 160; c < 256; ++c) cps.push_back(c);
    for (std::uint32_t c : {0x2070u, 0x2071u, 0x2074u, 0x2075u, 0x2076u, 0x2077u, 0x2078u, 0x2079u, 0x207Au, 0x207Bu,
                            0x2080u, 0x2081u, 0x2082u, 0x2083u, 0x2013u, 0x2014u, 0x2018u, 0x2019u, 0x201Cu, 0x201Du,
                            0x2022u, 0x2026u, 0x2190u, 0x2191u, 0x2192u, 0x2193u, 0x2194u, 0x2212u, 0x2248u, 0x2264u,
                            0x2265u, 0x25B8u, 0x03B1u, 0x03B2u, 0x03B3u, 0x03B4u, 0x03BAu, 0x03BCu, 0xFFFDu})
        cps.push_back(c);
    return cps;
}

/// The halo's falloff at each offset (dx, dy) within `radius_px`, row by row, and the offsets where it is not 0.
struct HaloKernel {
    int r = 0;
    struct Tap {
        int dx, dy;
        float falloff;
    };
    std::vector<Tap> taps;

    explicit HaloKernel(float radius_px) : r(static_cast<int>(std::ceil(radius_px))) {
        for (int dy = -r; dy <= r; ++dy)
            for (int dx = -r; dx <= r; ++dx) {
                const float d = std::sqrt(static_cast<float>(dx * dx + dy * dy));
                const float falloff = std::clamp(radius_px + 0.5f - d, 0.0f, 1.0f);
                if (falloff > 0.0f) taps.push_back({dx, dy, falloff});  // a 0 tap never raises the maximum
            }
    }
};

/// Dilates the coverage (red) of one padded glyph rectangle into its halo (green) channel: each pixel takes the
/// largest coverage x falloff around it. (The taps are precomputed; the values are those of the direct loop.)
void dilate_halo(Atlas& a, int x0, int y0, int w, int h, const HaloKernel& kernel) {
    for (int y = y0; y < y0 + h; ++y) {
        for (int x = x0; x < x0 + w; ++x) {
            float best = 0.0f;
            for (const HaloKernel::Tap& t : kernel.taps) {
                const int yy = y + t.dy, xx = x + t.dx;
                if (yy < y0 || yy >= y0 + h || xx < x0 || xx >= x0 + w) continue;
                const std::uint8_t coverage = a.pixels[(static_cast<std::size_t>(yy) * a.width + xx) * 2];
                if (coverage == 0) continue;  // 0 x falloff never raises the maximum either
                best = std::max(best, coverage / 255.0f * t.falloff);
            }
            a.pixels[(static_cast<std::size_t>(y) * a.width + x) * 2 + 1] =
                static_cast<std::uint8_t>(best * 255.0f + 0.5f);
        }
    }
}

float kerning(const FontFile& font, Atlas& atlas, const AtlasGlyph& a, const AtlasGlyph& b) {
    const std::uint64_t key =
        (static_cast<std::uint64_t>(a.glyph_index) << 32) | static_cast<std::uint32_t>(b.glyph_index);
    const auto it = atlas.kerning_cache.find(key);
    if (it != atlas.kerning_cache.end()) return it->second;
    const stbtt_fontinfo* info = info_of(font);
    const float scale = stbtt_ScaleForPixelHeight(info, static_cast<float>(atlas.size_px));
    const float k = scale * static_cast<float>(stbtt_GetGlyphKernAdvance(info, a.glyph_index, b.glyph_index));
    atlas.kerning_cache.emplace(key, k);
    return k;
}

const AtlasGlyph* find_glyph(const Atlas& atlas, std::uint32_t cp) {
    auto it = atlas.glyphs.find(cp);
    if (it == atlas.glyphs.end()) it = atlas.glyphs.find(0xFFFDu);
    if (it == atlas.glyphs.end()) it = atlas.glyphs.find('?');
    return it == atlas.glyphs.end() ? nullptr : &it->second;
}

std::vector<std::vector<std::uint32_t>> split_lines(const std::string& text) {
    std::vector<std::vector<std::uint32_t>> lines(1);
    for (std::uint32_t cp : decode_utf8(text)) {
        if (cp == '\n')
            lines.emplace_back();
        else
            lines.back().push_back(cp);
    }
    return lines;
}

float line_width(const FontFile& font, Atlas& atlas, const std::vector<std::uint32_t>& line) {
    float w = 0.0f;
    const AtlasGlyph* prev = nullptr;
    for (std::uint32_t cp : line) {
        const AtlasGlyph* g = find_glyph(atlas, cp);
        if (!g) continue;
        if (prev) w += kerning(font, atlas, *prev, *g);
        w += g->advance_px;
        prev = g;
    }
    return w;
}

}  // namespace

FontFile::~FontFile() = default;

std::unique_ptr<FontFile> FontFile::load(const std::string& path, std::string& error) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        error = path + ": cannot open font";
        return nullptr;
    }
    std::unique_ptr<FontFile> f(new FontFile());
    f->data_.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    auto info = std::make_shared<stbtt_fontinfo>();
    const int offset = stbtt_GetFontOffsetForIndex(f->data_.data(), 0);
    if (offset < 0 || !stbtt_InitFont(info.get(), f->data_.data(), offset)) {
        error = path + ": not a TrueType/OpenType font stb_truetype can read";
        return nullptr;
    }
    f->info_ = info;
    return f;
}

namespace {

/// Where a glyph's padded bitmap goes in the atlas.
struct Placed {
    std::uint32_t cp;
    int gi, x, y, w, h, ix0, iy0;
};

/// Shelf-packs every baked glyph (with `pad` pixels around it) into rows `width` wide.
std::vector<Placed> pack_glyphs(const stbtt_fontinfo* info, float scale, int pad, int width, int& height) {
    std::vector<Placed> placed;
    int pen_x = 0, pen_y = 0, row_h = 0;
    for (std::uint32_t cp : baked_codepoints()) {
        const int gi = stbtt_FindGlyphIndex(info, static_cast<int>(cp));
        if (gi == 0 && cp != ' ') continue;
        int ix0 = 0, iy0 = 0, ix1 = 0, iy1 = 0;
        stbtt_GetGlyphBitmapBox(info, gi, scale, scale, &ix0, &iy0, &ix1, &iy1);
        const int w = std::max(0, ix1 - ix0) + 2 * pad, h = std::max(0, iy1 - iy0) + 2 * pad;
        if (pen_x + w > width) {
            pen_x = 0;
            pen_y += row_h;
            row_h = 0;
        }
        placed.push_back({cp, gi, pen_x, pen_y, w, h, ix0, iy0});
        pen_x += w;
        row_h = std::max(row_h, h);
    }
    height = 1;
    while (height < pen_y + row_h) height *= 2;
    return placed;
}

/// Renders one glyph's coverage into the red channel and its halo into the green channel.
void rasterize(const stbtt_fontinfo* info, float scale, int pad, const HaloKernel& halo, const Placed& p, Atlas& a) {
    const int gw = p.w - 2 * pad, gh = p.h - 2 * pad;
    if (gw <= 0 || gh <= 0) return;
    std::vector<unsigned char> bitmap(static_cast<std::size_t>(gw) * gh, 0);
    stbtt_MakeGlyphBitmap(info, bitmap.data(), gw, gh, gw, scale, scale, p.gi);
    for (int y = 0; y < gh; ++y)
        for (int x = 0; x < gw; ++x)
            a.pixels[(static_cast<std::size_t>(p.y + pad + y) * a.width + (p.x + pad + x)) * 2] =
                bitmap[static_cast<std::size_t>(y) * gw + x];
    dilate_halo(a, p.x, p.y, p.w, p.h, halo);
}

AtlasGlyph glyph_entry(const stbtt_fontinfo* info, float scale, int pad, const Placed& p, const Atlas& a) {
    int advance = 0, lsb = 0;
    stbtt_GetGlyphHMetrics(info, p.gi, &advance, &lsb);
    AtlasGlyph g;
    g.glyph_index = p.gi;
    g.advance_px = scale * static_cast<float>(advance);
    g.x0 = static_cast<float>(p.ix0 - pad);
    g.y0 = static_cast<float>(p.iy0 - pad);
    g.x1 = g.x0 + static_cast<float>(p.w);
    g.y1 = g.y0 + static_cast<float>(p.h);
    g.u0 = static_cast<float>(p.x) / static_cast<float>(a.width);
    g.v0 = static_cast<float>(p.y) / static_cast<float>(a.height);
    g.u1 = static_cast<float>(p.x + p.w) / static_cast<float>(a.width);
    g.v1 = static_cast<float>(p.y + p.h) / static_cast<float>(a.height);
    return g;
}

}  // namespace

Atlas bake_atlas(const FontFile& font, int size_px) {
    const stbtt_fontinfo* info = info_of(font);
    Atlas a;
    a.size_px = size_px;
    const float scale = stbtt_ScaleForPixelHeight(info, static_cast<float>(size_px));
    int ascent = 0, descent = 0, gap = 0;
    stbtt_GetFontVMetrics(info, &ascent, &descent, &gap);
    a.ascent_px = scale * static_cast<float>(ascent);
    a.descent_px = scale * static_cast<float>(descent);
    a.line_px = scale * static_cast<float>(ascent - descent + gap);
    const float halo_px = std::max(1.6f, 0.14f * static_cast<float>(size_px));
    const int pad = static_cast<int>(std::ceil(halo_px)) + 1;  // room for the halo; keeps glyphs apart
    a.width = size_px <= 20 ? 512 : size_px <= 44 ? 1024 : 2048;
    const std::vector<Placed> placed = pack_glyphs(info, scale, pad, a.width, a.height);
    a.pixels.assign(static_cast<std::size_t>(a.width) * a.height * 2, 0);
    const HaloKernel halo(halo_px);
    for (const Placed& p : placed) {
        rasterize(info, scale, pad, halo, p, a);
        a.glyphs.emplace(p.cp, glyph_entry(info, scale, pad, p, a));
    }
    return a;
}

std::vector<std::uint32_t> decode_utf8(const std::string& text) {
    std::vector<std::uint32_t> out;
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    for (std::size_t i = 0; i < n;) {
        const unsigned char c = s[i];
        const int len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
        if (len == 0 || i + static_cast<std::size_t>(len) > n) {
            out.push_back(0xFFFDu);
            ++i;
            continue;
        }
        std::uint32_t cp = len == 1 ? c : len == 2 ? (c & 0x1fu) : len == 3 ? (c & 0x0fu) : (c & 0x07u);
        bool ok = true;
        for (int k = 1; k < len; ++k) {
            const unsigned char cc = s[i + static_cast<std::size_t>(k)];
            ok = ok && (cc & 0xc0) == 0x80;
            cp = (cp << 6) | (cc & 0x3fu);
        }
        out.push_back(ok ? cp : 0xFFFDu);
        i += ok ? static_cast<std::size_t>(len) : 1;
    }
    return out;
}

void layout_label(const FontFile& font, Atlas& atlas, const scene::Label& label, float anchor_x_px, float anchor_y_px,
                  std::vector<GlyphQuad>& out) {
    const auto lines = split_lines(label.text);
    const float block_h = atlas.line_px * static_cast<float>(lines.size());
    const float cap_centre = 0.5f * (atlas.ascent_px + atlas.descent_px);  // baseline to the middle of the text
    float baseline = std::round(anchor_y_px - 0.5f * block_h + 0.5f * atlas.line_px + cap_centre);
    for (const auto& line : lines) {
        const float w = line_width(font, atlas, line);
        float pen = anchor_x_px;
        if (label.align == scene::Align::center) pen -= 0.5f * w;
        if (label.align == scene::Align::right) pen -= w;
        pen = std::round(pen);
        const AtlasGlyph* prev = nullptr;
        for (std::uint32_t cp : line) {
            const AtlasGlyph* g = find_glyph(atlas, cp);
            if (!g) continue;
            if (prev) pen += kerning(font, atlas, *prev, *g);
            if (g->x1 > g->x0 && cp != ' ') {
                const float x = std::round(pen) + g->x0, y = baseline + g->y0;
                out.push_back(GlyphQuad{{x, y, x + (g->x1 - g->x0), y + (g->y1 - g->y0)},
                                        {g->u0, g->v0, g->u1, g->v1},
                                        {label.color.r, label.color.g, label.color.b, label.color.a},
                                        {label.halo.r, label.halo.g, label.halo.b, label.halo.a}});
            }
            pen += g->advance_px;
            prev = g;
        }
        baseline += std::round(atlas.line_px);
    }
}

struct TextPass::Gl {
    Program program;
    GLuint vao = 0, quad_vbo = 0, instance_vbo = 0;
};

std::unique_ptr<TextPass> TextPass::create(const std::string& regular_path, const std::string& bold_path,
                                           std::string& error) {
    std::unique_ptr<TextPass> t(new TextPass());
    t->gl_ = std::make_unique<Gl>();
    if (!t->gl_->program.build(shaders::file("text.vert"), shaders::file("text.frag"), error)) return nullptr;
    std::string font_error;
    if (!regular_path.empty()) t->regular_ = FontFile::load(regular_path, font_error);
    if (!bold_path.empty()) t->bold_ = FontFile::load(bold_path, font_error);
    Gl& g = *t->gl_;
    const float corners[] = {0, 0, 1, 0, 0, 1, 1, 1};
    glGenVertexArrays(1, &g.vao);
    glBindVertexArray(g.vao);
    glGenBuffers(1, &g.quad_vbo);
    glBindBuffer(GL_ARRAY_BUFFER, g.quad_vbo);
    glBufferData(GL_ARRAY_BUFFER, sizeof(corners), corners, GL_STATIC_DRAW);
    glEnableVertexAttribArray(0);
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, 2 * sizeof(float), nullptr);
    glGenBuffers(1, &g.instance_vbo);
    glBindBuffer(GL_ARRAY_BUFFER, g.instance_vbo);
    for (int k = 0; k < 4; ++k) {
        glEnableVertexAttribArray(static_cast<GLuint>(1 + k));
        glVertexAttribPointer(static_cast<GLuint>(1 + k), 4, GL_FLOAT, GL_FALSE, sizeof(GlyphQuad),
                              reinterpret_cast<void*>(static_cast<std::size_t>(k) * 4 * sizeof(float)));
        glVertexAttribDivisor(static_cast<GLuint>(1 + k), 1);
    }
    glBindVertexArray(0);
    return t;
}

TextPass::~TextPass() {
    for (auto& [key, atlas] : atlases_)
        if (atlas.texture) glDeleteTextures(1, &atlas.texture);
    glDeleteBuffers(1, &gl_->quad_vbo);
    glDeleteBuffers(1, &gl_->instance_vbo);
    glDeleteVertexArrays(1, &gl_->vao);
}

Atlas& TextPass::atlas_for(bool bold, int size_px) {
    const bool use_bold = bold && bold_;
    const auto key = std::make_pair(use_bold, size_px);
    auto it = atlases_.find(key);
    if (it != atlases_.end()) return it->second;
    Atlas atlas = bake_atlas(use_bold ? *bold_ : *regular_, size_px);
    glGenTextures(1, &atlas.texture);
    glBindTexture(GL_TEXTURE_2D, atlas.texture);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RG8, atlas.width, atlas.height, 0, GL_RG, GL_UNSIGNED_BYTE, atlas.pixels.data());
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    return atlases_.emplace(key, std::move(atlas)).first->second;
}

void TextPass::draw(const std::vector<scene::Label>& labels, const scene::Camera& camera, int width_px, int height_px) {
    if (!regular_ || labels.empty()) return;
    for (auto& [key, batch] : batches_) batch.clear();
    const float w = static_cast<float>(width_px), h = static_cast<float>(height_px);
    const float px_per_world = h / (2.0f * camera.half_height);
    for (const scene::Label& label : labels) {
        if (label.text.empty() || label.color.a <= 0.0f) continue;
        const int size = std::clamp(static_cast<int>(std::lround(label.size_px)), 6, 200);
        const bool use_bold = label.bold && bold_;
        Atlas& atlas = atlas_for(use_bold, size);
        float x = label.anchor.x, y = label.anchor.y;
        if (!label.screen_space) {
            x = 0.5f * w + (label.anchor.x - camera.center.x) * px_per_world;
            y = 0.5f * h - (label.anchor.y - camera.center.y) * px_per_world;
        }
        layout_label(use_bold ? *bold_ : *regular_, atlas, label, x, y, batches_[{use_bold, size}]);
    }
    Gl& g = *gl_;
    g.program.use();
    g.program.set("u_viewport", w, h);
    g.program.set("u_atlas", 0);
    glActiveTexture(GL_TEXTURE0);
    glBindVertexArray(g.vao);
    glBindBuffer(GL_ARRAY_BUFFER, g.instance_vbo);
    for (auto& [key, batch] : batches_) {
        if (batch.empty()) continue;
        glBindTexture(GL_TEXTURE_2D, atlases_.at(key).texture);
        glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(batch.size() * sizeof(GlyphQuad)), batch.data(),
                     GL_STREAM_DRAW);
        for (const int layer : {kHaloLayer, kGlyphLayer}) {  // every halo under every glyph of the batch
            g.program.set("u_layer", layer);
            glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, static_cast<GLsizei>(batch.size()));
        }
    }
    glBindVertexArray(0);
}

}  // namespace render
