// Video scripts from files: recording scripts (scenario look-up beside the script, quote captions) and lessons.
#include "session/recording/script_source.hpp"

#include <filesystem>
#include <fstream>
#include <stdexcept>

#include "content/content.hpp"
#include "content/verbatim.hpp"
#include "session/lesson/lesson_script.hpp"
#include "session/recording/narration.hpp"
#include "sim/scenario_io.hpp"

namespace session {
namespace {

namespace fs = std::filesystem;

/// A scenario named in a script: a preset name, or a file (relative paths first beside the script).
sim::Scenario named_scenario(const Script& script, const std::string& script_path, const std::string& assets_dir) {
    std::string name = script.scenario_name;
    const bool is_file = name.find('/') != std::string::npos || fs::path(name).extension() == ".json";
    if (is_file && fs::path(name).is_relative()) {
        const fs::path beside = fs::path(script_path).parent_path() / name;
        if (fs::exists(beside)) name = beside.string();
    }
    try {
        return sim::load_preset(assets_dir, name);
    } catch (const std::exception& e) {
        throw std::runtime_error(script.where + ": scenario: " + e.what());
    }
}

sim::Scenario base_scenario(const Script& script, const std::string& script_path, const std::string& assets_dir) {
    if (script.scenario_name.empty())
        return sim::scenario_from_json(script.scenario_inline, script.where + ": scenario");
    return named_scenario(script, script_path, assets_dir);
}

bool has_quotes(const Script& script) {
    for (const auto& cue : script.captions)
        if (!cue.quote_id.empty()) return true;
    return false;
}

/// Quote captions show the verbatim text in quotation marks and credit the source as the panels do.
void resolve_from_library(Script& script, const std::string& assets_dir) {
    const content::Library library = content::load_library(assets_dir);
    resolve_quotes(script, [&](const std::string& id) -> std::optional<QuoteText> {
        const content::Quote* quote = library.quote(id);
        if (!quote) return std::nullopt;
        return QuoteText{"\u201c" + content::normalize_whitespace(quote->text) + "\u201d",
                         content::describe_source(library.source_of(*quote))};
    });
}

/// The file's JSON, or null when it cannot be read or parsed (the script loader then reports why).
nlohmann::json peek_json(const std::string& path) {
    std::ifstream in(path);
    if (!in) return nullptr;
    return nlohmann::json::parse(in, nullptr, false);
}

ScriptSource lesson_source(const std::string& path, const std::string& assets_dir) {
    const Lesson lesson =
        load_lesson(path, [&](const std::string& name) { return sim::load_preset(assets_dir, name); });
    return ScriptSource{lesson_to_script(lesson), lesson.steps.front().scenario};
}

bool has_quote_narration(const Script& script) {
    for (const auto& s : script.segments)
        if (!s.narration.quote_id.empty()) return true;
    return false;
}

/// Recorded narration files are named relative to the script; "fit" segments take their length (read here, so
/// that the window's preview times them as the recording will).
void resolve_recorded_audio(Script& script, const std::string& script_path) {
    std::vector<double> lengths_s(script.segments.size(), 0.0);
    for (std::size_t i = 0; i < script.segments.size(); ++i) {
        std::string& audio = script.segments[i].narration.audio_path;
        if (audio.empty()) continue;
        if (fs::path(audio).is_relative()) audio = (fs::path(script_path).parent_path() / audio).string();
        lengths_s[i] =
            read_track_audio(audio, script.where + ": segments[" + std::to_string(i) + "].audio").duration_s();
    }
    fit_to_speech(script, lengths_s);
}

ScriptSource script_file_source(const std::string& path, const std::string& assets_dir) {
    ScriptSource source{load_script_file(path), {}};
    source.base_scenario = base_scenario(source.script, path, assets_dir);
    if (has_quotes(source.script) || has_quote_narration(source.script))
        resolve_from_library(source.script, assets_dir);
    resolve_recorded_audio(source.script, path);
    return source;
}

}  // namespace

bool is_lesson_json(const nlohmann::json& root) {
    return root.is_object() && root.contains("steps") && !root.contains("segments");
}

ScriptSource load_script_source(const std::string& path, const std::string& assets_dir) {
    if (is_lesson_json(peek_json(path))) return lesson_source(path, assets_dir);
    return script_file_source(path, assets_dir);
}

}  // namespace session
