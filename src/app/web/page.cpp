// The page's side of the web edge through EM_JS: each function calls one method of shell.html's window.synapsePage.
#include "app/web/page.hpp"

#include <emscripten.h>

// clang-format off
EM_JS(void, synapse_show_message, (const char* text), { synapsePage.showMessage(UTF8ToString(text)); });
EM_JS(void, synapse_hide_message, (), { synapsePage.hideMessage(); });
EM_JS(void, synapse_pick_file, (int use), { synapsePage.pickFile(use); });
// Writes the next chosen file (shell.html has read its bytes and made its name safe for a path) into `folder` under
// that name, and returns how it is to be opened (0: no file waiting).
EM_JS(int, synapse_take_picked_file, (const char* folder, char* name, int name_size), {
    const file = synapsePage.pickedFiles.shift();
    if (!file) return 0;
    const dir = UTF8ToString(folder);
    FS.mkdirTree(dir);
    FS.writeFile(dir + file.name, file.bytes);
    stringToUTF8(file.name, name, name_size);
    return file.use;
});
EM_JS(void, synapse_set_live_text, (const char* text), { synapsePage.setLiveText(UTF8ToString(text)); });
EM_JS(void, synapse_update_accessible_layer, (const char* json), {
    synapsePage.a11y.update(JSON.parse(UTF8ToString(json)));
});
// Writes the next operated element's id into `id` and its value into `value`; returns 0 when none is waiting.
EM_JS(int, synapse_take_accessible_input, (char* id, int id_size, double* value), {
    const input = synapsePage.a11y.inputs.shift();
    if (!input) return 0;
    stringToUTF8(input.id, id, id_size);
    HEAPF64[value >> 3] = input.value;
    return 1;
});
EM_JS(void, synapse_offer_download, (const char* name, const std::uint8_t* bytes, int size, const char* mime), {
    synapsePage.download(UTF8ToString(name), HEAPU8.slice(bytes, bytes + size), UTF8ToString(mime));
});
EM_JS(void, synapse_copy_to_clipboard, (const char* text), { synapsePage.copyToClipboard(UTF8ToString(text)); });
EM_JS(void, synapse_first_frame_drawn, (), { synapsePage.firstFrameDrawn(); });
EM_JS(int, synapse_prefers_reduced_motion, (), {
    return window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 1 : 0;
});
EM_JS(int, synapse_take_reduced_motion_change, (), {
    const change = synapsePage.reducedMotionChange;
    synapsePage.reducedMotionChange = null;
    return change === null ? -1 : change ? 1 : 0;
});
EM_JS(void, synapse_report_frame, (double time_h, const char* view, const char* scenario, int playing, int presenter,
                                   int width_px, int height_px, double display_scale, double cpu_ms,
                                   int reduced_motion, int camera_moving), {
    synapsePage.reportFrame({time_h: time_h, view: UTF8ToString(view), scenario: UTF8ToString(scenario),
                             playing: !!playing, presenter: !!presenter, width_px: width_px, height_px: height_px,
                             display_scale: display_scale, cpu_ms: cpu_ms, reduced_motion: !!reduced_motion,
                             camera_moving: !!camera_moving});
});
// clang-format on

namespace app::page {

void show_message(const std::string& text) { synapse_show_message(text.c_str()); }

void hide_message() { synapse_hide_message(); }

void pick_file(session::FileUse use) { synapse_pick_file(static_cast<int>(use)); }

std::optional<PickedFile> take_picked_file() {
    char name[512] = {};
    const int use = synapse_take_picked_file(kPickedFilesFolder, name, static_cast<int>(sizeof name));
    if (use <= 0 || use > static_cast<int>(session::FileUse::script)) return std::nullopt;
    return PickedFile{static_cast<session::FileUse>(use), std::string(kPickedFilesFolder) + name};
}

void set_live_text(const std::string& text) { synapse_set_live_text(text.c_str()); }

void update_accessible_layer(const std::string& update_json) { synapse_update_accessible_layer(update_json.c_str()); }

std::optional<session::ElementInput> take_accessible_input() {
    char id[128] = {};
    double value = 0.0;
    if (synapse_take_accessible_input(id, static_cast<int>(sizeof id), &value) == 0) return std::nullopt;
    return session::ElementInput{id, value};
}

void offer_download(const std::string& name, const std::vector<std::uint8_t>& bytes, const std::string& mime_type) {
    synapse_offer_download(name.c_str(), bytes.data(), static_cast<int>(bytes.size()), mime_type.c_str());
}

void copy_to_clipboard(const std::string& text) { synapse_copy_to_clipboard(text.c_str()); }

void first_frame_drawn() { synapse_first_frame_drawn(); }

bool prefers_reduced_motion() { return synapse_prefers_reduced_motion() != 0; }

std::optional<bool> prefers_reduced_motion_change() {
    const int change = synapse_take_reduced_motion_change();
    if (change < 0) return std::nullopt;
    return change == 1;
}

void report_frame(const FrameReport& r) {
    synapse_report_frame(r.time_h, r.view.c_str(), r.scenario.c_str(), r.playing, r.presenter, r.width_px, r.height_px,
                         r.display_scale, r.cpu_ms, r.reduced_motion, r.camera_moving);
}

}  // namespace app::page
