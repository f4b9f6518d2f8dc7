// The C++ side of the page around the canvas (shell.html's window.synapsePage): messages, the screen reader's live
// region, downloads, the loading indicator and the state the browser tests read.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "session/accessible_layer.hpp"
#include "session/session.hpp"

namespace app::page {

/// A visible message box over the canvas (and console.warn): a bad link, a file that could not be saved.
void show_message(const std::string& text);
/// Hides the message box (a later action succeeded).
void hide_message();

/// Opens the browser's file picker (JSON files) for a file to be opened as `use`. Browsers show it only shortly
/// after a click or a key press, which is when the panels ask for it.
void pick_file(session::FileUse use);

/// The folder of the in-memory file system where chosen files are written before they are opened.
inline constexpr const char* kPickedFilesFolder = "/opened/";

/// A file chosen in the picker and read by the page, now at `path` (in kPickedFilesFolder, under its own name).
struct PickedFile {
    session::FileUse use = session::FileUse::none;
    std::string path;
};
/// The next file chosen and read since the last call, if any.
std::optional<PickedFile> take_picked_file();

/// The off-screen live region (role=status, aria-live=polite) a screen reader announces.
void set_live_text(const std::string& text);

/// Sends the accessible layer's update (session::update_json) to the page: it builds or updates its HTML elements
/// and announces the summary in the live region.
void update_accessible_layer(const std::string& update_json);
/// The next element the viewer operated in the page's accessible layer since the last call, if any.
std::optional<session::ElementInput> take_accessible_input();

/// Hands `bytes` to the browser as a download named `name` (a Blob and a temporary <a download>).
void offer_download(const std::string& name, const std::vector<std::uint8_t>& bytes, const std::string& mime_type);

/// Puts `text` on the system clipboard (navigator.clipboard; silently nothing where the browser refuses).
void copy_to_clipboard(const std::string& text);

/// Hides the loading indicator and notes the time of the first drawn frame (performance.now(), milliseconds).
void first_frame_drawn();

/// The browser's prefers-reduced-motion setting.
bool prefers_reduced_motion();
/// The setting as it changed since the last call (the viewer changed it while the page is open), if it did.
std::optional<bool> prefers_reduced_motion_change();

/// What the browser tests and the frame-time measurement read each frame (window.synapsePage.state, .frames).
struct FrameReport {
    double time_h = 0.0;   ///< the session's simulated time
    std::string view;      ///< "synapse", "spine", "circuit", "receptor", "signalling"
    std::string scenario;  ///< the scenario's name
    bool playing = false;
    bool presenter = false;
    int width_px = 0;  ///< the drawable size
    int height_px = 0;
    float display_scale = 1.0f;  ///< devicePixelRatio as the compositor uses it
    double cpu_ms = 0.0;         ///< this frame's time in C++ (input, model, compose, present), milliseconds
    bool reduced_motion = false;
    bool camera_moving = false;  ///< the scene is drawn mid-way through a camera move between views
};
void report_frame(const FrameReport& report);

}  // namespace app::page
