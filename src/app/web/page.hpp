// The C++ side of the page around the canvas (shell.html's window.synapsePage): messages, the screen reader's live
// region, downloads, the loading indicator and the state the browser tests read.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace app::page {

/// A visible message box over the canvas (and console.warn): a bad link, a file that could not be saved.
void show_message(const std::string& text);

/// The off-screen live region (role=status, aria-live=polite) a screen reader announces.
void set_live_text(const std::string& text);

/// Hands `bytes` to the browser as a download named `name` (a Blob and a temporary <a download>).
void offer_download(const std::string& name, const std::vector<std::uint8_t>& bytes, const std::string& mime_type);

/// Puts `text` on the system clipboard (navigator.clipboard; silently nothing where the browser refuses).
void copy_to_clipboard(const std::string& text);

/// Hides the loading indicator and notes the time of the first drawn frame (performance.now(), milliseconds).
void first_frame_drawn();

/// The browser's prefers-reduced-motion setting.
bool prefers_reduced_motion();

/// What the browser tests and the frame-time measurement read each frame (window.synapsePage.state, .frames).
struct FrameReport {
    double time_h = 0.0;  ///< the session's simulated time
    std::string view;     ///< "synapse", "spine", "circuit", "receptor", "signalling"
    bool playing = false;
    bool presenter = false;
    int width_px = 0;  ///< the drawable size
    int height_px = 0;
    float display_scale = 1.0f;  ///< devicePixelRatio as the compositor uses it
    double cpu_ms = 0.0;         ///< this frame's time in C++ (input, model, compose, present), milliseconds
    bool reduced_motion = false;
};
void report_frame(const FrameReport& report);

}  // namespace app::page
