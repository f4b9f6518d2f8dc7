// The window's virtual population: computed over frames to the same bands as at once, restarted on a change,
// the person picker, and the keys that switch it on in links and recording scripts.
#include <catch2/catch.hpp>

#include "fixture.hpp"
#include "session/history/edits.hpp"
#include "session/link.hpp"
#include "session/population/population_view.hpp"
#include "session/recording/script.hpp"
#include "session/recording/script_preview.hpp"
#include "sim/simulate.hpp"

namespace {

/// Frames of session::advance until the bands are ready (at most `limit`).
int frames_until_ready(session::Session& session, int limit = 100000) {
    int frames = 0;
    while (!session::population_ready(session) && frames < limit) {
        session::advance(session, 1.0 / 60.0);
        ++frames;
    }
    return frames;
}

void check_same_rows(const std::vector<sim::State>& a, const std::vector<sim::State>& b) {
    REQUIRE(a.size() == b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        CHECK(a[i].plasma_uM == b[i].plasma_uM);
        CHECK(a[i].spine_density_rel == b[i].spine_density_rel);
        CHECK(a[i].clinical_effect == b[i].clinical_effect);
    }
}

}  // namespace

TEST_CASE("population: off by default, nothing computed, switched on frames of a few ms give run_population's bands") {
    session::Session session = test::make_app();
    CHECK_FALSE(session.population.shown);
    session::advance(session, 1.0 / 60.0);
    CHECK_FALSE(session::population_ready(session));
    CHECK(session.population.progress() == 0.0);

    session.population.shown = true;
    const int frames = frames_until_ready(session);
    CHECK(frames > 1);  // spread over frames, not at once
    CHECK(frames == static_cast<int>((session.population.run().rows_total() + test::kPopulationRowsPerFrame - 1) /
                                     test::kPopulationRowsPerFrame));
    REQUIRE(session::population_ready(session));
    CHECK(session.population.frames_to_ready() == frames);
    REQUIRE(session.population.ready_after_ms());

    sim::PopulationRun whole;
    sim::run_population(whole, session.model.scenario, session.population.spec);
    for (sim::Percentile p : sim::kPercentiles)
        check_same_rows(session.population.run().band(p).samples(), whole.band(p).samples());
    CHECK(session.population.run().fraction_responding(24.0) == whole.fraction_responding(24.0));
}

TEST_CASE("population: with rows_per_frame set (as in every test), each frame computes exactly that many rows") {
    session::Session session = test::make_app();
    session.population.shown = true;
    session.population.rows_per_frame = 100;
    session::advance(session, 1.0 / 60.0);
    const sim::PopulationRun& run = session.population.run();
    CHECK(run.rows_done() == 100);
    session::update_population(session, 1e9);  // the wall-clock budget does not apply
    CHECK(run.rows_done() == 200);
    const int frames = 2 + frames_until_ready(session);
    CHECK(frames == static_cast<int>((run.rows_total() + 99) / 100));
    CHECK(session.population.frames_to_ready() == frames);

    session.population.rows_per_frame = 0;  // at least one row a frame
    session.model.scenario.doses.front().amount_mg_per_kg = 1.0;
    session::advance(session, 1.0 / 60.0);
    CHECK(session.population.run().rows_done() == 1);
    session::Population copy;
    copy = session.population;  // a copy (session snapshots, the benchmark's) keeps the setting
    CHECK(copy.rows_per_frame == std::size_t{0});
    CHECK(session::Population(session.population).rows_per_frame == std::size_t{0});
}

TEST_CASE("population: without rows_per_frame (the window), a frame spends its wall-clock budget, at least a row") {
    session::Session session = test::make_app();
    session.population.rows_per_frame.reset();
    session.population.shown = true;
    session::update_population(session, 0.0);  // no time at all: still one row
    CHECK(session.population.run().rows_done() == 1);
    CHECK_FALSE(session::population_ready(session));
    session::update_population(session, 1e9);  // time enough: the rest in this frame
    CHECK(session::population_ready(session));
    CHECK(session.population.frames_to_ready() == 2);
}

TEST_CASE("population: a scenario change restarts it, a finished one is not computed again") {
    session::Session session = test::make_app();
    session.population.shown = true;
    session::complete_population(session);
    REQUIRE(session::population_ready(session));
    session::advance(session, 1.0 / 60.0);
    CHECK(session::population_ready(session));  // nothing to do: still the same run

    session.model.scenario.doses.front().amount_mg_per_kg = 1.0;
    CHECK_FALSE(session::population_ready(session));  // the old bands are not the new scenario's
    session::advance(session, 1.0 / 60.0);
    CHECK_FALSE(session::population_ready(session));
    CHECK(session.population.progress() > 0.0);
    CHECK(session.population.progress() < 1.0);
    frames_until_ready(session);
    REQUIRE(session::population_ready(session));
    CHECK(session.population.run().scenario() == session.model.scenario);
    sim::PopulationRun whole;
    sim::run_population(whole, session.model.scenario, session.population.spec);
    check_same_rows(session.population.run().band(sim::Percentile::p95).samples(),
                    whole.band(sim::Percentile::p95).samples());
}

TEST_CASE("population: switching it on and off is not a scenario edit (undo history unchanged)") {
    session::Session session = test::make_app();
    session::note_scenario(session, false);
    const bool could_undo = session::can_undo(session);
    session.population.shown = true;
    session.population.person = {session::PersonKind::fast};
    session::complete_population(session);
    session::note_scenario(session, false);
    CHECK(session::can_undo(session) == could_undo);
    CHECK(session.model.scenario == session.default_scenario);
}

TEST_CASE("population: the picker's person drives the scene with person_trajectory's run") {
    session::Session session = test::make_app();
    session.population.shown = true;
    session::complete_population(session);
    const sim::PopulationRun& run = session.population.run();
    CHECK(&session::scene_trajectory(session) == &session::trajectory(session));  // the typical person

    session.population.person = {session::PersonKind::numbered, 37};
    REQUIRE(session::shown_person(session) == std::size_t{36});
    const sim::Trajectory expected = run.person_trajectory(36);
    const sim::Trajectory& shown = session::scene_trajectory(session);
    REQUIRE(shown.samples().size() == expected.samples().size());
    for (double t : {0.5, 2.0, 24.0, 240.0}) CHECK(shown.at(t).plasma_uM == expected.at(t).plasma_uM);
    CHECK(session::person_label(session, session.population.person) == "Person 37");
    CHECK(session::person_short_label(session, {session::PersonKind::slow}) ==
          "Person " + std::to_string(*session.population.person_index({session::PersonKind::slow}) + 1) + " (slow)");

    // Fast and slow: the highest and the lowest clearance of the population.
    session.population.person = {session::PersonKind::fast};
    const std::size_t fast = *session::shown_person(session);
    session.population.person = {session::PersonKind::slow};
    const std::size_t slow = *session::shown_person(session);
    for (std::size_t i = 0; i < run.people(); ++i) {
        const double cl = sim::clearance_mL_per_min_per_kg(run.person(i));
        CHECK(cl <= sim::clearance_mL_per_min_per_kg(run.person(fast)));
        CHECK(cl >= sim::clearance_mL_per_min_per_kg(run.person(slow)));
    }
    // The same dose reaches different levels: the slow metaboliser's plasma peak is above the fast one's.
    CHECK(session::scene_trajectory(session).at(0.66).plasma_uM > run.person_trajectory(fast).at(0.66).plasma_uM * 1.1);

    session.population.shown = false;  // hidden: the typical person again
    CHECK(&session::scene_trajectory(session) == &session::trajectory(session));
}

TEST_CASE("population: the HUD line counts the responders at the cursor's time") {
    session::Session session = test::make_app();
    CHECK(session::responders_text(session).empty());
    session.population.shown = true;
    session::complete_population(session);
    session.time_h = 4.0;
    CHECK(session::responders_text(session).ends_with("people respond at 4 h"));
    session.time_h = 24.0;
    const sim::PopulationRun& run = session.population.run();
    const long n = std::lround(run.fraction_responding(24.0) * 100.0);
    CHECK(session::responders_text(session) == std::to_string(n) + " of 100 people respond at 1 d");
    CHECK(session::population_note(session) == "100 people, seed 1, 5-95 % and 25-75 %");
    CHECK(session::response_definition(session).find("0.30") != std::string::npos);
}

TEST_CASE("population: person_from_text reads typical, fast, slow and 1..N, and nothing else") {
    CHECK(session::person_from_text("fast", 100)->kind == session::PersonKind::fast);
    CHECK(session::person_from_text("37", 100)->number == 37);
    CHECK_FALSE(session::person_from_text("0", 100));
    CHECK_FALSE(session::person_from_text("101", 100));
    CHECK_FALSE(session::person_from_text("3x", 100));
    CHECK_FALSE(session::person_from_text("", 100));
    for (const char* text : {"typical", "fast", "slow", "12"})
        CHECK(session::person_text(*session::person_from_text(text, 100)) == text);
}

TEST_CASE("population: links switch the bands on and pick a person, and write them back") {
    session::Session session = test::make_app();
    REQUIRE_FALSE(session::apply_link(session, "people=1&person=slow"));
    CHECK(session.population.shown);
    CHECK(session.population.person.kind == session::PersonKind::slow);
    const std::string query = session::link_query(session);
    CHECK(query.find("people=1&person=slow") != std::string::npos);
    session::Session other = test::make_app();
    REQUIRE_FALSE(session::apply_link(other, query));
    CHECK(other.population.person == session.population.person);

    session::Session bad = test::make_app();
    CHECK(session::apply_link(bad, "people=1&person=500").value_or("").find("'person'") != std::string::npos);
    CHECK(session::apply_link(bad, "person=fast").value_or("").find("people=1") != std::string::npos);
    CHECK_FALSE(bad.population.shown);
}

TEST_CASE("population: recording scripts switch the bands on and pick a person, carried over segments") {
    const nlohmann::json json = {{"scenario", "standard-infusion"},
                                 {"segments",
                                  {{{"duration_s", 1}},
                                   {{"duration_s", 1}, {"population", true}, {"person", "fast"}},
                                   {{"duration_s", 1}},
                                   {{"duration_s", 1}, {"person", 12}}}}};
    const session::Script script = session::parse_script(json, "bands.json");
    CHECK_FALSE(session::script_state_at(script, 0.5).population);
    CHECK(session::script_state_at(script, 1.5).population);
    CHECK(session::script_state_at(script, 2.5).person.kind == session::PersonKind::fast);
    CHECK(session::script_state_at(script, 3.5).person == session::PersonChoice{session::PersonKind::numbered, 12});
    CHECK(session::script_state_at(script, 3.5).population);

    nlohmann::json bad = json;
    bad["segments"][1]["person"] = "quick";
    CHECK_THROWS_WITH(session::parse_script(bad, "bands.json"),
                      Catch::Contains("segments[1].person") && Catch::Contains("typical, fast, slow"));
    bad["segments"][1]["person"] = "fast";
    bad["segments"][1]["population"] = "yes";
    CHECK_THROWS_WITH(session::parse_script(bad, "bands.json"), Catch::Contains("segments[1].population"));
}
