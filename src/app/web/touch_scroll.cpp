// TouchScroll: finger drags on the canvas become the mouse wheel when they are mostly vertical and not on a scrollbar.
#include "app/web/touch_scroll.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cmath>

namespace app {

void TouchScroll::watch_events() { SDL_AddEventWatch(&TouchScroll::on_event, this); }

int TouchScroll::on_event(void* self, SDL_Event* event) {
    if (event->type == SDL_FINGERDOWN || event->type == SDL_FINGERMOTION || event->type == SDL_FINGERUP)
        static_cast<TouchScroll*>(self)->on_finger(event->tfinger);
    return 0;
}

void TouchScroll::on_finger(const SDL_TouchFingerEvent& finger) {
    if (finger.type == SDL_FINGERDOWN) {
        if (gesture_ != Gesture::none) return;  // a second finger: the first one leads
        gesture_ = Gesture::undecided;
        finger_ = finger.fingerId;
        moved_x_ = moved_y_ = unscrolled_y_ = 0.0f;
        return;
    }
    if (gesture_ == Gesture::none || finger.fingerId != finger_) return;
    if (finger.type == SDL_FINGERUP) {
        gesture_ = Gesture::none;
        return;
    }
    moved_x_ += finger.dx;
    moved_y_ += finger.dy;
    unscrolled_y_ += finger.dy;
}

namespace {

/// An ImGui scrollbar is being dragged (a finger on it moves it as the mouse does).
bool dragging_scrollbar(const ImGuiContext& g) {
    ImGuiWindow* window = g.ActiveIdWindow;
    return window && g.ActiveId != 0 &&
           (g.ActiveId == ImGui::GetWindowScrollbarID(window, ImGuiAxis_Y) ||
            g.ActiveId == ImGui::GetWindowScrollbarID(window, ImGuiAxis_X));
}

}  // namespace

void TouchScroll::apply(ImGuiIO& io, int drawable_width_px, int drawable_height_px, float pixel_ratio) {
    if (gesture_ == Gesture::undecided) {
        const float dx_px = std::abs(moved_x_) * static_cast<float>(drawable_width_px);
        const float dy_px = std::abs(moved_y_) * static_cast<float>(drawable_height_px);
        if (std::max(dx_px, dy_px) < kDecideAfter_css_px * pixel_ratio) return;
        const bool vertical = dy_px > kVerticalRatio * dx_px;
        if (vertical && !dragging_scrollbar(*ImGui::GetCurrentContext())) {
            gesture_ = Gesture::scroll;
            ImGui::ClearActiveID();  // the item under the finger is not clicked nor dragged by a scroll
        } else {
            gesture_ = Gesture::drag;
        }
    }
    if (gesture_ != Gesture::scroll || unscrolled_y_ == 0.0f) return;
    // ImGui scrolls a window by 5 lines of its font per wheel notch: the contents follow the finger.
    const float notch_px = 5.0f * ImGui::GetFontSize();
    io.MouseWheel += unscrolled_y_ * static_cast<float>(drawable_height_px) / notch_px;
    unscrolled_y_ = 0.0f;
}

}  // namespace app
