// Every letter the scene draws stays whole: no neighbour's halo paints over a glyph, at every size the views use.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "../scene/scene_states.hpp"
#include "render/gl_context.hpp"
#include "render/renderer.hpp"
#include "render/text_pass.hpp"
#include "scene/scene.hpp"

namespace {

/// (bold, pixel size) -> the label texts the scene draws at that size.
using TextsBySize = std::map<std::pair<bool, int>, std::set<std::string>>;

/// The pixel size the text pass bakes a label at (text_pass.cpp's TextPass::draw).
int baked_size_px(const scene::Label& l) { return std::clamp(static_cast<int>(std::lround(l.size_px)), 6, 200); }

/// Every label of every view at the projector's, the full-HD and the 4K size, at UI scales 1 and 1.5 and in
/// presenter type (the scene's texts at each size they are drawn at).
TextsBySize scene_texts() {
    TextsBySize texts;
    const std::pair<int, int> sizes[] = {{1366, 768}, {1920, 1080}, {3840, 2160}};
    const std::pair<float, float> scales[] = {{1.0f, 0.0f}, {1.5f, 0.0f}, {1.0f, 18.0f}};  // text scale, min px (presenter: 18)
    for (const char* id : {"circuit", "synapse", "spine", "receptor", "receptor-split", "signalling"})
        for (const auto& [w, h] : sizes)
            for (const auto& [text_scale, min_px] : scales) {
                scene::ViewOptions o;
                const auto choice = scene::view_choice_from_id(id);
                o.view = choice->view;
                o.receptor_split = choice->receptor_split;
                o.width_px = w;
                o.height_px = h;
                o.text_scale = text_scale;
                o.min_text_px = min_px;
                const scene::SceneFrame f = scene::build(scene_test::peak_state(), 12.5, 1, o);
                for (const auto* list : {&f.labels, &f.backdrop_labels})
                    for (const scene::Label& l : *list)
                        if (!l.text.empty()) texts[{l.bold, baked_size_px(l)}].insert(l.text);
            }
    return texts;
}

/// Pixels of `text`'s glyphs that the atlas marks fully covered but the frame did not draw in the text's colour
/// (white on grey, black halo): each is a glyph painted over by a neighbour. `where` names the first.
int damaged_glyph_pixels(render::Renderer& renderer, const render::FontFile& font, render::Atlas& atlas,
                         scene::Label label, std::string& where) {
    label.screen_space = true;
    label.align = scene::Align::left;
    label.color = {1.0f, 1.0f, 1.0f, 1.0f};
    label.halo = {0.0f, 0.0f, 0.0f, 1.0f};
    std::vector<render::GlyphQuad> quads;
    render::layout_label(font, atlas, label, 0.0f, 0.0f, quads);
    float right = 0.0f, bottom = 0.0f, top = 0.0f;
    for (const auto& q : quads) {
        right = std::max(right, q.rect[2]);
        bottom = std::max(bottom, q.rect[3]);
        top = std::min(top, q.rect[1]);
    }
    const float margin = 8.0f;
    label.anchor = {margin, margin - top};
    quads.clear();  // laid out again where it is drawn (a float's rounding may move a glyph by a pixel)
    render::layout_label(font, atlas, label, label.anchor.x, label.anchor.y, quads);
    const int w = static_cast<int>(right + 2 * margin), h = static_cast<int>(bottom - top + 2 * margin);
    scene::SceneFrame frame;
    frame.background = {0.5f, 0.5f, 0.5f, 1.0f};
    frame.labels.push_back(label);
    renderer.draw(frame, w, h);
    std::vector<std::uint8_t> rgba;
    renderer.read_rgba(rgba);
    int damaged = 0;
    for (std::size_t i = 0; i < quads.size(); ++i) {
        const render::GlyphQuad& q = quads[i];
        const int x0 = static_cast<int>(q.rect[0]), y0 = static_cast<int>(q.rect[1]);
        const int u0 = static_cast<int>(std::lround(q.uv[0] * atlas.width));
        const int v0 = static_cast<int>(std::lround(q.uv[1] * atlas.height));
        const int gw = static_cast<int>(q.rect[2] - q.rect[0]), gh = static_cast<int>(q.rect[3] - q.rect[1]);
        for (int dy = 0; dy < gh; ++dy)
            for (int dx = 0; dx < gw; ++dx) {
                const std::size_t texel = (static_cast<std::size_t>(v0 + dy) * atlas.width + (u0 + dx)) * 2;
                if (atlas.pixels[texel] != 255) continue;
                const std::size_t px = (static_cast<std::size_t>(y0 + dy) * w + (x0 + dx)) * 4;
                if (rgba[px] >= 250 && rgba[px + 1] >= 250 && rgba[px + 2] >= 250) continue;
                if (damaged++ == 0) where = "\"" + label.text + "\", glyph " + std::to_string(i);
            }
    }
    return damaged;
}

}  // namespace

TEST_CASE("Every glyph of the scene's texts is drawn whole at every size used: no neighbour's halo paints over it") {
    std::string error;
    auto context = render::HeadlessContext::create(error);
    REQUIRE(context);
    auto renderer = render::Renderer::create(error);
    REQUIRE(renderer);
    const render::RendererOptions fonts = render::default_renderer_options();
    REQUIRE_FALSE(fonts.font_regular.empty());
    auto regular = render::FontFile::load(fonts.font_regular, error);
    auto bold = fonts.font_bold.empty() ? nullptr : render::FontFile::load(fonts.font_bold, error);
    REQUIRE(regular);
    const TextsBySize texts = scene_texts();
    CHECK(texts.size() >= 6);  // several sizes, regular and bold
    int checked = 0;
    for (const auto& [key, strings] : texts) {
        const render::FontFile& font = key.first && bold ? *bold : *regular;
        render::Atlas atlas = render::bake_atlas(font, key.second);
        for (const std::string& text : strings) {
            scene::Label label;
            label.text = text;
            label.size_px = static_cast<float>(key.second);
            label.bold = key.first;
            std::string where;
            const int damaged = damaged_glyph_pixels(*renderer, font, atlas, label, where);
            INFO((key.first ? "bold " : "regular ") << key.second << " px: " << where);
            CHECK(damaged == 0);
            ++checked;
        }
    }
    CHECK(checked > 100);
}

TEST_CASE("A glyph's halo lies under its neighbours: in \"oc\" the o's right edge is the text's colour") {
    std::string error;
    auto context = render::HeadlessContext::create(error);
    REQUIRE(context);
    auto renderer = render::Renderer::create(error);
    REQUIRE(renderer);
    auto font = render::FontFile::load(render::default_renderer_options().font_regular, error);
    REQUIRE(font);
    for (const int size_px : {12, 18, 28, 40}) {
        render::Atlas atlas = render::bake_atlas(*font, size_px);
        scene::Label label;
        label.text = "block neuron receptor model";
        label.size_px = static_cast<float>(size_px);
        std::string where;
        const int damaged = damaged_glyph_pixels(*renderer, *font, atlas, label, where);
        INFO(size_px << " px: " << where);
        CHECK(damaged == 0);
    }
}
