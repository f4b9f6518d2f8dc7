// Where a recording puts the picture so that the overlays it shows (readout, legend, captions) never cover it, or
// why the output is too small for them.
#pragma once
#include <string>

#include "scene/rect.hpp"
#include "session/recording/script.hpp"

namespace session {

/// The smallest text of an overlay in a recording, pixels (the legend's note is 12 px at scale 1): below it an
/// overlay is not legible, so the recorder's text scale never goes under kMinOverlayText_px / 12.
inline constexpr float kMinOverlayText_px = 11.0f;
/// The subject's box (see scene::content_box_px) must keep at least this share of the video's height.
inline constexpr float kMinSubjectHeightShare = 0.45f;

/// The scale of the scene's labels, readout and legend in a video without panels: 1.5x in proportion to the height
/// (1.5 at 1080 lines), never below the legible minimum.
float recording_text_scale(int height_px);

struct RecordingLayout {
    scene::Rect picture;      ///< the part of the frame the picture is fitted into (ViewOptions::picture_rect_px)
    float text_scale = 1.0f;  ///< the scene's text scale
    ScriptOverlays shown;     ///< the overlays that are drawn (those the script asked for, less any left out)
    std::string left_out;     ///< "legend, readout": overlays left out because the size is too small ("" if none)
};

/// Lays out a width_px x height_px recording of a script: the readout and the view's title in a column on the left,
/// the legend in a column on the right, the picture between them and above the captions (the lower-third band of a
/// `captioned` script, see overlay_script_frame, else the scene's own caption line), measured from the frames the
/// scene draws for every view and stage. The overlays fit when the subject keeps kMinSubjectHeightShare of the
/// height and (with labels shown) the labels in the picture, which shrink with it, stay at least
/// kMinOverlayText_px. When the script lists its overlays (`overlays_given`) and they do not fit, throws one line
/// naming the size; otherwise leaves out the legend, then the title, then the readout, then the labels until they
/// fit, and says so in `left_out`.
RecordingLayout recording_layout(int width_px, int height_px, const ScriptOverlays& overlays, bool overlays_given,
                                 bool captioned);

}  // namespace session
