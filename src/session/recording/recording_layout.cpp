// The recording's layout: side columns measured from the scene's own overlay, the picture between them.
#include "session/recording/recording_layout.hpp"

#include <algorithm>
#include <stdexcept>

#include "scene/scene.hpp"
#include "session/recording/script_overlay.hpp"
#include "session/words.hpp"
#include "sim/simulate.hpp"
#include "sim/stage.hpp"

namespace session {
namespace {

/// A state whose readout is as wide as any: four-digit plasma levels, "100 %" blocks, two-digit multiples.
sim::State widest_state(sim::Stage stage) {
    sim::State s;
    s.time_h = 23.0;
    s.plasma_ng_per_ml = 8888.0;
    s.plasma_uM = 38.88;
    s.nmda_block_interneuron = s.nmda_block_pyramidal = 1.0;
    s.interneuron_rate_rel = s.pyramidal_rate_rel = s.glutamate_rel = 88.8;
    s.bdnf_rel = s.mtor_phospho_rel = 8.88;
    s.spine_density_rel = s.synaptic_protein_rel = 8.88;
    s.stage = stage;
    return s;
}

/// A view at the output size with no overlay (no title, readout, legend or caption), its picture in `picture`.
scene::ViewOptions bare_view(scene::View view, int w, int h, float text_scale, const scene::Rect& picture) {
    scene::ViewOptions o;
    o.view = view;
    o.width_px = w;
    o.height_px = h;
    o.text_scale = text_scale;
    o.title = o.readout = o.legend = o.caption = false;
    o.picture_rect_px = picture;
    return o;
}

/// The box of the scene's screen-space overlay with only the parts `only` keeps on, over every view and stage.
scene::Rect measure(int w, int h, float text_scale, void (*only)(scene::ViewOptions&)) {
    std::vector<scene::Rect> boxes;
    for (scene::View view : {scene::View::circuit, scene::View::synapse, scene::View::spine}) {
        scene::ViewOptions o =
            bare_view(view, w, h, text_scale, {0.0f, 0.0f, static_cast<float>(w), static_cast<float>(h)});
        o.labels = false;
        only(o);
        for (int stage = 0; stage <= static_cast<int>(sim::Stage::contraindications); ++stage) {
            const scene::SceneFrame f = scene::build(widest_state(static_cast<sim::Stage>(stage)), 0.0, 1, o);
            const auto b = scene::screen_space_boxes(f);
            boxes.insert(boxes.end(), b.begin(), b.end());
            if (!o.title && !o.readout) break;  // only the readout's "Now:" line depends on the stage
        }
    }
    return scene::bounding_box(boxes);
}

/// The picture between the columns, and whether its subject keeps kMinSubjectHeightShare of the height (the band
/// under a captioned picture takes caption_reserve of it).
struct Fit {
    scene::Rect picture;
    bool ok = false;
};

void title_and_readout(scene::ViewOptions& o) { o.title = o.readout = true; }
void title_only(scene::ViewOptions& o) { o.title = true; }
void readout_only(scene::ViewOptions& o) { o.readout = true; }
void legend_only(scene::ViewOptions& o) { o.legend = true; }
void caption_only(scene::ViewOptions& o) { o.caption = true; }

/// States of the standard infusion over its course (labels come and go with the state): simulated once.
const std::vector<sim::State>& sample_states() {
    static const std::vector<sim::State> states = [] {
        const sim::Trajectory run = sim::simulate(sim::Scenario{});
        std::vector<sim::State> s;
        for (double t_h : {0.0, 0.3, 0.7, 1.0, 2.0, 6.0, 24.0, 72.0, 240.0}) s.push_back(run.at(t_h));
        return s;
    }();
    return states;
}

/// The smallest label in the picture (world labels, every view) when the picture fills `picture`: the scene shrinks
/// its labels with the picture, so a narrow picture can make them too small to read.
float smallest_label_px(int w, int h, float text_scale, const scene::Rect& picture) {
    float smallest = 1e9f;
    for (scene::View view : {scene::View::circuit, scene::View::synapse, scene::View::spine}) {
        const scene::ViewOptions o = bare_view(view, w, h, text_scale, picture);
        for (const sim::State& state : sample_states()) {
            const scene::SceneFrame f = scene::build(state, 0.0, 1, o);
            for (const auto* labels : {&f.backdrop_labels, &f.labels})
                for (const scene::Label& l : *labels)
                    if (!l.screen_space && !l.text.empty()) smallest = std::min(smallest, l.size_px);
        }
    }
    return smallest;
}

Fit fit_picture(int w, int h, const ScriptOverlays& shown, bool captioned, float text_scale) {
    const float fw = static_cast<float>(w), fh = static_cast<float>(h), gap = 12.0f * text_scale;
    float left = 0.0f, right = fw, bottom = fh;
    if (shown.title || shown.readout) {
        auto* parts = shown.title && shown.readout ? title_and_readout : shown.title ? title_only : readout_only;
        left = measure(w, h, text_scale, parts).right() + gap;
    }
    if (shown.legend) right = measure(w, h, text_scale, legend_only).x - gap;
    if (shown.caption && !captioned) bottom = measure(w, h, text_scale, caption_only).y - gap;
    Fit fit;
    fit.picture = {left, 0.0f, std::max(0.0f, right - left), std::max(0.0f, bottom)};
    const float band_share = captioned && shown.caption ? caption_reserve(fh) : 0.0f;  // see overlay_script_frame
    const float subject_h = std::min(fit.picture.w * 20.0f / 22.0f, fit.picture.h) * (1.0f - band_share);
    fit.ok = subject_h >= kMinSubjectHeightShare * fh;
    if (fit.ok && shown.labels && !fit.picture.empty())
        fit.ok = smallest_label_px(w, h, text_scale, fit.picture) >= kMinOverlayText_px - 0.01f;
    return fit;
}

std::string names(const std::vector<std::string>& parts) {
    std::string out;
    for (const std::string& p : parts) out += (out.empty() ? "" : ", ") + p;
    return out;
}

}  // namespace

float recording_text_scale(int height_px) {
    return std::max(kMinOverlayText_px / 12.0f, 1.5f * static_cast<float>(height_px) / 1080.0f);
}

RecordingLayout recording_layout(int width_px, int height_px, const ScriptOverlays& overlays, bool overlays_given,
                                 bool captioned) {
    RecordingLayout layout;
    layout.text_scale = recording_text_scale(height_px);
    layout.shown = overlays;
    Fit fit = fit_picture(width_px, height_px, layout.shown, captioned, layout.text_scale);
    if (!fit.ok && overlays_given) {
        std::vector<std::string> asked;
        if (overlays.readout) asked.push_back("readout");
        if (overlays.title) asked.push_back("title");
        if (overlays.legend) asked.push_back("legend");
        if (overlays.labels) asked.push_back("labels");
        throw std::runtime_error(builtin_words("recording.error.too_small",
                                               {{"width", std::to_string(width_px)},
                                                {"height", std::to_string(height_px)},
                                                {"overlays", names(asked)},
                                                {"px", std::to_string(static_cast<int>(kMinOverlayText_px))}}));
    }
    std::vector<std::string> dropped;
    const std::pair<bool ScriptOverlays::*, const char*> order[] = {{&ScriptOverlays::legend, "legend"},
                                                                    {&ScriptOverlays::title, "title"},
                                                                    {&ScriptOverlays::readout, "readout"},
                                                                    {&ScriptOverlays::labels, "labels"}};
    for (const auto& [part, name] : order) {
        if (fit.ok || !(layout.shown.*part)) continue;
        layout.shown.*part = false;
        dropped.push_back(name);
        fit = fit_picture(width_px, height_px, layout.shown, captioned, layout.text_scale);
    }
    // Once the labels are out, an overlay left out before them may fit again (the readout beside a picture whose
    // labels could never be legible at this size): each comes back in the reverse order if it does.
    for (auto it = std::rbegin(order) + 1; it != std::rend(order) && !layout.shown.labels; ++it) {
        const auto& [part, name] = *it;
        if (!(overlays.*part) || layout.shown.*part) continue;
        ScriptOverlays trial = layout.shown;
        trial.*part = true;
        const Fit again = fit_picture(width_px, height_px, trial, captioned, layout.text_scale);
        if (!again.ok) continue;
        layout.shown = trial;
        fit = again;
        dropped.erase(std::find(dropped.begin(), dropped.end(), std::string(name)));
    }
    layout.picture = fit.picture;
    layout.left_out = names(dropped);
    return layout;
}

}  // namespace session
