// Applies a script frame to a built scene: camera pose, view fades, label visibility, title and lower-third caption.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "scene/frame.hpp"
#include "scene/rect.hpp"
#include "session/recording/script.hpp"

namespace session {

/// The share of the picture's height kept for the caption band of a captioned script: the picture is framed above
/// it, and a caption's text shrinks (down to min_caption_px) to fit in it.
inline constexpr float kCaptionReserve = 0.25f;
/// The reserve for a picture `height_px` tall: kCaptionReserve, more in a small video (under about 480 lines) so
/// that three caption lines and two source lines fit at the legible size, at most half the height.
float caption_reserve(float height_px);

/// The smallest caption or source text, pixels: below it a caption is not legible in a small video.
inline constexpr float kMinCaptionText_px = 11.0f;

/// Text sizes of the overlay, in pixels, for an output `height_px` tall (so they scale with the resolution), never
/// below kMinCaptionText_px.
struct OverlayMetrics {
    float caption_px;  ///< caption text (shrinks to fit long quotes, down to min_caption_px)
    float min_caption_px;
    float source_px;  ///< the source line under a caption
    float title_px;
};
OverlayMetrics overlay_metrics(int height_px);

/// Changes `frame` as the script says at this moment: the camera pose, world labels hidden when the script
/// turns labels off, and the title and caption as screen-space overlay boxes and labels (pixels, y down).
/// With `transparent`, the background becomes (0,0,0,0) so the renderer leaves premultiplied alpha.
void overlay_script_frame(scene::SceneFrame& frame, const ScriptFrame& state, int width_px, int height_px,
                          bool transparent);

/// As above, with the title and caption sized for, and placed in, `area` of the width_px x height_px image, and
/// the camera zoomed about the area's centre (the window's preview shows the video in the part of the window
/// that the panels leave free, laid out as in a video of that size).
void overlay_script_frame(scene::SceneFrame& frame, const ScriptFrame& state, int width_px, int height_px,
                          const scene::Rect& area, bool transparent);

}  // namespace session
