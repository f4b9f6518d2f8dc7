// Scrolling the panels with a finger on the page. SDL turns the first finger into the mouse, so a tap clicks and a
// drag on a slider or the timeline drags it; but an ImGui panel does not scroll when its contents are dragged. This
// turns a mostly vertical finger drag into the mouse wheel over the panel under the finger, as a phone would.
#pragma once
#include <SDL.h>

struct ImGuiIO;

namespace app {

class TouchScroll {
public:
    /// Starts seeing SDL's finger events as they are queued (SDL_AddEventWatch); `this` must stay where it is.
    void watch_events();
    /// Before ImGui's frame (io in drawable pixels, `pixel_ratio` drawable pixels per CSS pixel): decides what a new
    /// finger drag is, and gives a scroll's movement since the last frame to ImGui as its mouse wheel.
    void apply(ImGuiIO& io, int drawable_width_px, int drawable_height_px, float pixel_ratio);

    /// Finger travel (CSS pixels) before a drag counts as a scroll or a drag; vertical by this factor to scroll.
    static constexpr float kDecideAfter_css_px = 8.0f;
    static constexpr float kVerticalRatio = 1.5f;

private:
    enum class Gesture { none, undecided, scroll, drag };
    static int on_event(void* self, SDL_Event* event);
    void on_finger(const SDL_TouchFingerEvent& finger);

    Gesture gesture_ = Gesture::none;
    SDL_FingerID finger_ = 0;  ///< the finger SDL makes the mouse (the first one down)
    float moved_x_ = 0.0f;     ///< since the finger went down, as fractions of the canvas
    float moved_y_ = 0.0f;
    float unscrolled_y_ = 0.0f;  ///< vertical movement not yet given to ImGui, as a fraction of the canvas
};

}  // namespace app
