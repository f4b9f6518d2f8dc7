// PanelCache: groups ImGui's draw lists by root window, hashes each group and draws only the changed docked panels.
#include "app/panel_cache.hpp"

#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include <algorithm>
#include <cmath>
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

using scene::Rect;

bool contains(const Rect& outer, const Rect& inner) {
    return inner.x >= outer.x && inner.y >= outer.y && inner.right() <= outer.right() &&
           inner.bottom() <= outer.bottom();
}

bool overlaps(const Rect& a, const Rect& b) {
    constexpr float kSlack_px = 0.5f;  // rectangles that only touch do not overlap
    return a.x < b.right() - kSlack_px && b.x < a.right() - kSlack_px && a.y < b.bottom() - kSlack_px &&
           b.y < a.bottom() - kSlack_px;
}

/// One root window with its child windows: their draw lists, the area they draw in, and a hash of
/// everything they draw.
struct Group {
    std::uint64_t name_hash = 0;
    std::uint64_t content_hash = 0;
    Rect area;
    std::vector<ImDrawList*> lists;
    bool docked = false;  ///< the first group inside a panel's backdrop: opaque, its pixels depend on nothing else
    Rect frame;           ///< a docked group's panel rectangle
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

/// The smallest rectangle holding both (kNothing holds nothing: its right and bottom edges lie below everything).
Rect unite(const Rect& a, const Rect& b) {
    const float x0 = std::min(a.x, b.x), y0 = std::min(a.y, b.y);
    return {x0, y0, std::max(a.right(), b.right()) - x0, std::max(a.bottom(), b.bottom()) - y0};
}

constexpr Rect kNothing{1e30f, 1e30f, -2e30f, -2e30f};
constexpr Rect kEverywhere{-1e30f, -1e30f, 2e30f, 2e30f};

/// An ImGui clip rectangle (corners) as a Rect.
Rect clip_rect(const ImVec4& clip) { return {clip.x, clip.y, clip.z - clip.x, clip.w - clip.y}; }

/// Where a list can draw: for each command, the bounds of its triangles cut by its clip rectangle (a
/// window's frame is drawn with the whole display as its clip, so the clip alone says little).
Rect drawn_area(const ImDrawList& list) {
    Rect area = kNothing;
    for (const ImDrawCmd& cmd : list.CmdBuffer) {
        if (cmd.UserCallback) return kEverywhere;  // unknown drawing: anywhere
        Rect tris = kNothing;
        for (unsigned i = cmd.IdxOffset; i < cmd.IdxOffset + cmd.ElemCount; ++i) {
            const ImVec2 p = list.VtxBuffer[static_cast<int>(cmd.VtxOffset + list.IdxBuffer[static_cast<int>(i)])].pos;
            tris = unite(tris, {p.x, p.y, 0.0f, 0.0f});
        }
        const Rect cut = tris.intersect(clip_rect(cmd.ClipRect));
        if (!cut.empty()) area = unite(area, cut);
    }
    return area;
}

/// The panel backdrop holding `area` (a panel's border's anti-aliased edge may stick out a pixel), if any.
const ui::Backdrop* holder(const ui::Backdrops& backdrops, const Rect& area) {
    constexpr float kEdge_px = 1.5f;
    for (const ui::Backdrop& b : backdrops) {
        const Rect& r = b.rect;
        if (b.panel && contains({r.x - kEdge_px, r.y - kEdge_px, r.w + 2.0f * kEdge_px, r.h + 2.0f * kEdge_px}, area))
            return &b;
    }
    return nullptr;
}

/// Keeps every command of the group inside `r`, so that the group's pixels depend on nothing outside it.
void clip_to(Group& g, const Rect& r) {
    for (ImDrawList* list : g.lists)
        for (ImDrawCmd& cmd : list->CmdBuffer) {
            const Rect clip = clip_rect(cmd.ClipRect).intersect(r);
            cmd.ClipRect = {clip.x, clip.y, clip.right(), clip.bottom()};
        }
    g.area = g.area.intersect(r);
}

std::uint64_t hash_backdrop(const ui::Backdrop& b, std::uint64_t h) {
    for (float v : {b.rect.x, b.rect.y, b.rect.w, b.rect.h, b.r, b.g, b.b}) h = hash_value(v, h);
    return h;
}

/// The frame's draw lists grouped by root window, in draw order (child lists follow their root's). The
/// first group inside a panel's backdrop is that docked panel, clipped to it in every frame, whether it is
/// kept or drawn; anything else (a tooltip, a menu, a dialog) floats.
std::vector<Group> group_lists(ImDrawData& data, const ui::Backdrops& backdrops) {
    std::vector<Group> groups;
    for (int i = 0; i < data.CmdListsCount; ++i) {
        ImDrawList* list = data.CmdLists[i];
        const std::string_view root = root_name(*list);
        const std::uint64_t name_hash = hash_bytes(root.data(), root.size(), kHashSeed);
        if (groups.empty() || groups.back().name_hash != name_hash || root.empty())
            groups.push_back({name_hash, kHashSeed, kNothing, {}, false, kNothing});
        groups.back().lists.push_back(list);
        groups.back().area = unite(groups.back().area, drawn_area(*list));
    }
    std::vector<const ui::Backdrop*> claimed;
    for (Group& g : groups) {
        const ui::Backdrop* b = holder(backdrops, g.area);
        if (b && std::find(claimed.begin(), claimed.end(), b) == claimed.end()) {
            claimed.push_back(b);
            g.docked = true;
            g.frame = b->rect;
            clip_to(g, g.frame);
            for (const ui::Backdrop& inner : backdrops)  // what is cleared under the panel is part of its picture
                if (overlaps(inner.rect, g.frame)) g.content_hash = hash_backdrop(inner, g.content_hash);
        }
        for (const ImDrawList* list : g.lists) g.content_hash = hash_list(*list, g.content_hash);
    }
    return groups;
}

/// Whether each docked panel can be drawn alone: the panels and the scene are disjoint and fill the
/// display (nothing else lies under a floating window), and every floating group comes after them.
bool panels_tile(const std::vector<Group>& groups, const Rect& scene, ImVec2 display) {
    std::vector<Rect> tiles{scene};
    bool floating_seen = false;
    for (const Group& g : groups) {
        if (!g.docked) {
            floating_seen = true;
            continue;
        }
        if (floating_seen) return false;
        tiles.push_back(g.frame);
    }
    double covered = 0.0;
    for (std::size_t i = 0; i < tiles.size(); ++i) {
        covered += static_cast<double>(tiles[i].w) * tiles[i].h;
        for (std::size_t j = i + 1; j < tiles.size(); ++j)
            if (overlaps(tiles[i], tiles[j])) return false;
    }
    return covered >= static_cast<double>(display.x) * display.y - 0.5;
}

/// Clears the backdrops (the panels' opaque backgrounds; scissored clears, cheaper than blended fills on
/// a software renderer) inside `within`, skipping those already of the colour the frame was cleared to.
void clear_backdrops(render::Renderer& target, const ui::Backdrops& rects, const Rect& within, ImVec2 fb_scale,
                     const scene::Rgba* cleared) {
    for (const ui::Backdrop& b : rects) {
        if (cleared && b.r == cleared->r && b.g == cleared->g && b.b == cleared->b) continue;  // already that colour
        const Rect r = b.rect.intersect(within);
        if (r.empty()) continue;
        const float x0 = std::floor(r.x * fb_scale.x), x1 = std::floor(r.right() * fb_scale.x + 0.5f);
        const float y0 = std::floor(r.y * fb_scale.y), y1 = std::floor(r.bottom() * fb_scale.y + 0.5f);
        target.clear_rect({x0, y0, x1 - x0, y1 - y0}, {b.r, b.g, b.b, 1.0f});
    }
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

/// The docked groups, in order, are the panels the target holds.
bool same_panels(const std::vector<Group>& groups, const std::vector<PanelCache::Panel>& panels) {
    std::size_t n = 0;
    for (const Group& g : groups) {
        if (!g.docked) continue;
        if (n >= panels.size() || panels[n].name_hash != g.name_hash) return false;
        ++n;
    }
    return n == panels.size();
}

bool overlaps_any(const Rect& r, const std::vector<Rect>& others) {
    return std::any_of(others.begin(), others.end(), [&](const Rect& o) { return overlaps(r, o); });
}

}  // namespace

void PanelCache::draw(render::Renderer& target, ImDrawData& data, const ui::Backdrops& backdrops,
                      const scene::Rect& scene_area_px, std::uint64_t layout_key, const scene::Rgba* cleared) {
    std::vector<Group> groups = group_lists(data, backdrops);
    const ImVec2 fb = data.FramebufferScale;
    const Rect scene{scene_area_px.x / fb.x, scene_area_px.y / fb.y, scene_area_px.w / fb.x, scene_area_px.h / fb.y};
    const bool tiled = panels_tile(groups, scene, data.DisplaySize);
    std::vector<Rect> floating;
    for (const Group& g : groups)
        if (!g.docked) floating.push_back(g.area);
    const bool keep = keeps(layout_key) && tiled && same_panels(groups, panels_);
    panels_drawn_ = 0;
    if (!keep) {  // everything, as without a cache
        clear_backdrops(target, backdrops, kEverywhere, fb, cleared);
        ImGui_ImplOpenGL3_RenderDrawData(&data);
        panels_drawn_ = static_cast<int>(groups.size() - floating.size());
    } else {
        // A docked panel is drawn again when it changed, or when a floating window lies over it now
        // (drawn over kept pixels it would blend twice) or did last frame (its pixels must go).
        std::size_t n = 0;
        for (Group& g : groups) {
            if (!g.docked) continue;
            const bool dirty = g.content_hash != panels_[n++].content_hash || overlaps_any(g.frame, floating) ||
                               overlaps_any(g.frame, floating_);
            if (!dirty) continue;
            clear_backdrops(target, backdrops, g.frame, fb, nullptr);
            render_lists(data, g.lists);
            ++panels_drawn_;
        }
        for (Group& g : groups)  // floating windows last, over everything
            if (!g.docked) render_lists(data, g.lists);
    }
    valid_ = tiled;
    layout_key_ = layout_key;
    floating_ = std::move(floating);
    panels_.clear();
    for (const Group& g : groups)
        if (g.docked) panels_.push_back({g.name_hash, g.content_hash});
}

}  // namespace app
