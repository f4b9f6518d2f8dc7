// The recorder's per-frame session state: the scene's own caption line stays hidden under script captions.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "session/recording/script.hpp"
#include "session/recording/script_preview.hpp"
#include "session/session.hpp"

namespace {

session::ScriptSource source_of(const char* text) {
    return session::ScriptSource{session::parse_script(nlohmann::json::parse(text), "t.json"), sim::Scenario{}};
}

/// The session after the recorder applies the script's frame at `t_s` (the model is not re-run).
session::Session session_at(const session::ScriptSource& source, double t_s) {
    session::Session session;
    session.model.scenario = source.base_scenario;
    const session::ScriptFrame f = session::script_state_at(source.script, t_s);
    int version = f.params_version;
    session::apply_script_state(session, source, f, t_s, version);
    return session;
}

}  // namespace

TEST_CASE("The scene's caption line stays hidden for a whole caption or title segment, faded out or not") {
    const session::ScriptSource source = source_of(R"({"scenario": "x", "segments": [
        {"duration_s": 1, "title": "Title"}, {"duration_s": 1, "caption": "One"}, {"duration_s": 1, "caption": "Two"},
        {"duration_s": 1}]})");
    // Frame 0 (the title at opacity 0), the frames where a caption starts (opacity 0), and mid-caption.
    for (double t_s : {0.0, 0.5, 1.0, 1.5, 2.0, 2.5}) {
        INFO("video time " << t_s);
        CHECK_FALSE(session_at(source, t_s).view.caption);
    }
    CHECK(session_at(source, 3.5).view.caption);  // no caption or title: the scene says what is happening
}
