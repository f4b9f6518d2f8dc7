// PanelCache: groups ImGui's draw lists by root window, hashes each group and draws only the changed docked panels.
#include "app/panel_cache.hpp"

#include <backends/imgui_impl_opengl3.h>
#include <glad/gl.h>
#include <imgui.h>

#include <algorithm>
#include <cstring>
#include <string_view>

namespace app {
namespace {

/// FNV-1a over 64-bit words (and the tail bytes): fast enough for the ~250 KB of a frame's vertices.
std::uint64_t hash_bytes(const void* data, std::size_t size, std::uint64_t h) {
    constexpr std::uint64_t kPrime = 0x100000001b3ULL;
    const auto* bytes = static_cast<const unsigned char*>(data);
    std::size_t i = 0;
    for (; i + 8 <= size; i += 8) {
        std::uint64_t word;
        std::memcpy(&word, bytes + i, 8);
        h = (h ^ word) * kPrime;
    }
    for (; i < size; ++i) h = (h ^ bytes[i]) * kPrime;
    return h;
}

template <typename T>
std::uint64_t hash_value(const T& value, std::uint64_t h) {
    return hash_bytes(&value, sizeof(value), h);
}

constexpr std::uint64_t kHashSeed = 0xcbf29ce484222325ULL;

struct Rect {
    float x0 = 0.0f, y0 = 0.0f, x1 = 0.0f, y1 = 0.0f;
};

bool contains(const Rect& outer, const Rect& inner) {
    return inner.x0 >= outer.x0 && inner.y0 >= outer.y0 && inner.x1 <= outer.x1 && inner.y1 <= outer.y1;
}

bool overlaps(const Rect& a, const Rect& b) {
    constexpr float kSlack_px = 0.5f;  // rectangles that only touch do not overlap
    return a.x0 < b.x1 - kSlack_px && b.x0 < a.x1 - kSlack_px && a.y0 < b.y1 - kSlack_px && b.y0 < a.y1 - kSlack_px;
}

Rect backdrop_rect(const ui::Backdrop& b) { return {b.x, b.y, b.x + b.w, b.y + b.h}; }

/// One root window with its child windows: their draw lists, the area they draw in, and a
/// hash of everything they draw.
struct Group {
    std::uint64_t name_hash = 0;
    std::uint64_t content_hash = 0;
    Rect area;
    std::vector<ImDrawList*> lists;
    bool docked = false;  ///< inside one backdrop rectangle (opaque, so its pixels depend on nothing else)
};

std::string_view root_name(const ImDrawList& list) {
    const std::string_view name = list._OwnerName ? list._OwnerName : "";
    return name.substr(0, name.find('/'));
}

std::uint64_t hash_list(const ImDrawList& list, std::uint64_t h) {
    h = hash_bytes(list.VtxBuffer.Data, static_cast<std::size_t>(list.VtxBuffer.Size) * sizeof(ImDrawVert), h);
    h = hash_bytes(list.IdxBuffer.Data, static_cast<std::size_t>(list.IdxBuffer.Size) * sizeof(ImDrawIdx), h);
    for (const ImDrawCmd& cmd : list.CmdBuffer) {
        h = hash_value(cmd.ClipRect, h);
        h = hash_value(cmd.TextureId, h);
        h = hash_value(cmd.VtxOffset, h);
        h = hash_value(cmd.IdxOffset, h);
        h = hash_value(cmd.ElemCount, h);
        h = hash_value(reinterpret_cast<std::uintptr_t>(cmd.UserCallback), h);
    }
    return h;
}

Rect unite(const Rect& a, const Rect& b) {
    return {std::min(a.x0, b.x0), std::min(a.y0, b.y0), std::max(a.x1, b.x1), std::max(a.y1, b.y1)};
}

constexpr Rect kNothing{1e30f, 1e30f, -1e30f, -1e30f};

/// Where a list can draw: for each command, the bounds of its triangles cut by its clip rectangle (a
/// window's frame is drawn with the whole display as its clip, so the clip alone says little).
Rect drawn_area(const ImDrawList& list) {
    Rect area = kNothing;
    for (const ImDrawCmd& cmd : list.CmdBuffer) {
        if (cmd.UserCallback) return {-1e30f, -1e30f, 1e30f, 1e30f};  // unknown drawing: anywhere
        Rect tris = kNothing;
        for (unsigned i = cmd.IdxOffset; i < cmd.IdxOffset + cmd.ElemCount; ++i) {
            const ImVec2 p = list.VtxBuffer[static_cast<int>(cmd.VtxOffset + list.IdxBuffer[static_cast<int>(i)])].pos;
            tris = unite(tris, {p.x, p.y, p.x, p.y});
        }
        const Rect clip{cmd.ClipRect.x, cmd.ClipRect.y, cmd.ClipRect.z, cmd.ClipRect.w};
        const Rect cut{std::max(tris.x0, clip.x0), std::max(tris.y0, clip.y0), std::min(tris.x1, clip.x1),
                       std::min(tris.y1, clip.y1)};
        if (cut.x0 < cut.x1 && cut.y0 < cut.y1) area = unite(area, cut);
    }
    return area;
}

/// The largest backdrop holding `area` (a panel's border's anti-aliased edge may stick out a pixel), if any.
const ui::Backdrop* holder(const ui::Backdrops& backdrops, const Rect& area) {
    constexpr float kEdge_px = 1.5f;
    const ui::Backdrop* best = nullptr;
    for (const ui::Backdrop& b : backdrops) {
        const Rect r = backdrop_rect(b);
        const Rect grown{r.x0 - kEdge_px, r.y0 - kEdge_px, r.x1 + kEdge_px, r.y1 + kEdge_px};
        if (contains(grown, area) && (!best || b.w * b.h > best->w * best->h)) best = &b;
    }
    return best;
}

/// Keeps every command of the group inside `r`, so that the group's pixels depend on nothing outside it.
void clip_to(Group& g, const Rect& r) {
    for (ImDrawList* list : g.lists)
        for (ImDrawCmd& cmd : list->CmdBuffer)
            cmd.ClipRect = {std::max(cmd.ClipRect.x, r.x0), std::max(cmd.ClipRect.y, r.y0),
                            std::min(cmd.ClipRect.z, r.x1), std::min(cmd.ClipRect.w, r.y1)};
    g.area = {std::max(g.area.x0, r.x0), std::max(g.area.y0, r.y0), std::min(g.area.x1, r.x1),
              std::min(g.area.y1, r.y1)};
}

/// The frame's draw lists grouped by root window, in draw order (child lists follow their root's). A group
/// inside a backdrop (a docked panel) is clipped to it, in every frame, whether it is kept or drawn.
std::vector<Group> group_lists(ImDrawData& data, const ui::Backdrops& backdrops) {
    std::vector<Group> groups;
    for (int i = 0; i < data.CmdListsCount; ++i) {
        ImDrawList* list = data.CmdLists[i];
        const std::string_view root = root_name(*list);
        const std::uint64_t name_hash = hash_bytes(root.data(), root.size(), kHashSeed);
        if (groups.empty() || groups.back().name_hash != name_hash || root.empty())
            groups.push_back({name_hash, kHashSeed, kNothing, {}, false});
        groups.back().lists.push_back(list);
        groups.back().area = unite(groups.back().area, drawn_area(*list));
    }
    for (Group& g : groups) {
        if (const ui::Backdrop* b = holder(backdrops, g.area)) {
            g.docked = true;
            clip_to(g, backdrop_rect(*b));
        }
        for (const ImDrawList* list : g.lists) g.content_hash = hash_list(*list, g.content_hash);
        for (const ui::Backdrop& b : backdrops)  // what is cleared under the group is part of its picture
            if (overlaps(backdrop_rect(b), g.area)) g.content_hash = hash_value(b, g.content_hash);
    }
    return groups;
}

/// Every group docked, none overlapping another: each can then be drawn alone.
bool all_docked_apart(const std::vector<Group>& groups) {
    for (std::size_t i = 0; i < groups.size(); ++i) {
        if (!groups[i].docked) return false;
        for (std::size_t j = i + 1; j < groups.size(); ++j)
            if (overlaps(groups[i].area, groups[j].area)) return false;
    }
    return true;
}

/// Clears the backdrops (the panels' opaque backgrounds; scissored clears, cheaper than blended fills on
/// a software renderer) inside `within`, skipping those already of the colour the frame was cleared to.
void clear_backdrops(const ui::Backdrops& rects, const Rect& within, int height_px, ImVec2 fb_scale,
                     const scene::Rgba* cleared) {
    glEnable(GL_SCISSOR_TEST);
    for (const ui::Backdrop& b : rects) {
        if (cleared && b.r == cleared->r && b.g == cleared->g && b.b == cleared->b) continue;  // already that colour
        const Rect r = backdrop_rect(b);
        const float x0 = std::max(r.x0, within.x0), x1 = std::min(r.x1, within.x1);
        const float y0 = std::max(r.y0, within.y0), y1 = std::min(r.y1, within.y1);
        if (x1 <= x0 || y1 <= y0) continue;
        const int px0 = static_cast<int>(x0 * fb_scale.x), px1 = static_cast<int>(x1 * fb_scale.x + 0.5f);
        const int py0 = static_cast<int>(y0 * fb_scale.y), py1 = static_cast<int>(y1 * fb_scale.y + 0.5f);
        glScissor(px0, height_px - py1, px1 - px0, py1 - py0);
        glClearColor(b.r, b.g, b.b, 1.0f);
        glClear(GL_COLOR_BUFFER_BIT);
    }
    glDisable(GL_SCISSOR_TEST);
}

void render_lists(const ImDrawData& data, std::vector<ImDrawList*>& lists) {
    ImDrawData part = data;
    part.CmdLists = lists.data();
    part.CmdListsCount = static_cast<int>(lists.size());
    part.TotalVtxCount = part.TotalIdxCount = 0;
    for (const ImDrawList* l : lists) {
        part.TotalVtxCount += l->VtxBuffer.Size;
        part.TotalIdxCount += l->IdxBuffer.Size;
    }
    ImGui_ImplOpenGL3_RenderDrawData(&part);
}

bool same_panels(const std::vector<Group>& groups, const auto& panels) {
    if (groups.size() != panels.size()) return false;
    for (std::size_t i = 0; i < groups.size(); ++i)
        if (groups[i].name_hash != panels[i].name_hash) return false;
    return true;
}

}  // namespace

void PanelCache::draw(ImDrawData& data, const ui::Backdrops& backdrops, std::uint64_t layout_key, int height_px,
                      const scene::Rgba* cleared) {
    std::vector<Group> groups = group_lists(data, backdrops);
    const bool apart = all_docked_apart(groups);
    const bool keep = keeps(layout_key) && apart && same_panels(groups, panels_);
    panels_drawn_ = 0;
    if (!keep) {  // everything, as without a cache
        const Rect all{-1e30f, -1e30f, 1e30f, 1e30f};
        clear_backdrops(backdrops, all, height_px, data.FramebufferScale, cleared);
        ImGui_ImplOpenGL3_RenderDrawData(&data);
        panels_drawn_ = static_cast<int>(groups.size());
    } else {
        for (std::size_t i = 0; i < groups.size(); ++i) {
            if (groups[i].content_hash == panels_[i].content_hash) continue;
            clear_backdrops(backdrops, groups[i].area, height_px, data.FramebufferScale, nullptr);
            render_lists(data, groups[i].lists);
            ++panels_drawn_;
        }
    }
    // Floating windows leave pixels over the panels and the scene's surroundings: the next frame draws all.
    valid_ = apart;
    layout_key_ = layout_key;
    panels_.clear();
    for (const Group& g : groups) panels_.push_back({g.name_hash, g.content_hash});
}

}  // namespace app
