// The shipped recording script: every caption plays while the model is in the stage it describes (the HUD's "Now:").
#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <utility>

#include "session/recording/script.hpp"
#include "session/recording/script_source.hpp"
#include "session/session.hpp"
#include "sim/stage.hpp"

namespace {

/// The stage a caption describes, by its opening words; quotes belong to the caption before them.
std::optional<sim::Stage> described_stage(const std::string& caption) {
    static const std::pair<const char*, sim::Stage> kOpenings[] = {{"Dose:", sim::Stage::dose},
                                                                   {"NMDA receptor block", sim::Stage::nmda_block},
                                                                   {"Disinhibition", sim::Stage::disinhibition},
                                                                   {"Glutamate surge", sim::Stage::glutamate_surge},
                                                                   {"AMPA and BDNF", sim::Stage::ampa_bdnf},
                                                                   {"mTOR", sim::Stage::mtor},
                                                                   {"Synaptogenesis", sim::Stage::synaptogenesis},
                                                                   {"Clinical course", sim::Stage::clinical}};
    for (const auto& [opening, stage] : kOpenings)
        if (caption.rfind(opening, 0) == 0) return stage;
    return std::nullopt;
}

}  // namespace

TEST_CASE("The shipped script's captions agree with the model's stage on every frame") {
    const std::string assets = SYNAPSE_SOURCE_DIR "/assets";
    const session::ScriptSource source =
        session::load_script_source(assets + "/scripts/ketamine-mechanism.json", assets);
    session::Session session;
    session.model.scenario = source.base_scenario;
    constexpr int kFps = 30;
    std::optional<sim::Stage> expected;
    int checked = 0;
    for (long i = 0; i < session::frame_count(source.script, kFps); ++i) {
        const session::ScriptFrame f = session::script_state_at(source.script, session::frame_time_s(i, kFps));
        REQUIRE(f.params_version == 0);  // the trajectory above is the one the video shows
        if (!f.caption) continue;
        if (f.caption->quote_id.empty()) expected = described_stage(f.caption->text);
        if (!expected) continue;
        INFO("frame " << i << ", sim time " << f.sim_time_h << " h, caption: " << f.caption->text);
        CHECK(sim::stage_id(trajectory(session).at(f.sim_time_h).stage) == sim::stage_id(*expected));
        ++checked;
    }
    CHECK(checked > 60 * kFps);  // most of the video is checked
}
