// The window's virtual population: the "Show differences between people" switch, the population computed a few
// milliseconds a frame (no threads: the web build has none), and the person whose run drives the scene.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "sim/population.hpp"
#include "sim/scenario.hpp"
#include "sim/trajectory.hpp"

namespace session {

struct Session;

/// Whose run the scene shows while the differences between people are shown.
enum class PersonKind {
    typical,   ///< the typical person (every factor at its median): the model's own run
    fast,      ///< the population's highest clearance (mL/min/kg)
    slow,      ///< its lowest clearance
    numbered,  ///< "person N" (PersonChoice::number, from 1)
};

struct PersonChoice {
    PersonKind kind = PersonKind::typical;
    std::size_t number = 1;  ///< 1..people, for PersonKind::numbered
    bool operator==(const PersonChoice&) const = default;
};

/// Per frame, the window spends at most about this much wall time on the population (the 100 people of a 21-day
/// run take about 100 ms of CPU: under 20 frames, about 0.3 s at 60 frames a second). The session measures it;
/// the model (sim::PopulationRun) only counts band rows.
inline constexpr double kPopulationFrameBudget_ms = 6.0;

/// The population's part of the session. The run restarts whenever the scenario (or the spec) differs from the
/// one it was started for; undo/redo and the scenario's history know nothing of it.
class Population {
public:
    Population() = default;
    /// A copy takes the switch, the person, the spec and rows_per_frame; its run starts over (people's steppers
    /// are not copied).
    Population(const Population& other);
    Population& operator=(const Population& other);
    Population(Population&&) = default;
    Population& operator=(Population&&) = default;

    bool shown = false;  ///< "Show differences between people" (off: nothing is computed)
    PersonChoice person;
    sim::PopulationSpec spec;  ///< people, seed, band step
    /// The work one update() does. nullopt (the window): band rows one at a time until the frame's budget of wall
    /// time is spent, at least one. A number (the tests, or anything that must not depend on the machine's speed):
    /// that many band rows (at least one), whatever the budget, and no clock is read for it.
    std::optional<std::size_t> rows_per_frame;

    /// Starts over when `scenario` or the spec changed, then computes one frame's work (rows_per_frame, else about
    /// `budget_ms` of wall time); nothing when hidden.
    void update(const sim::Scenario& scenario, double budget_ms);
    /// As update, but to the end: headless screenshots and recordings draw the finished bands.
    void complete(const sim::Scenario& scenario);
    /// The bands of `scenario` are complete.
    bool ready(const sim::Scenario& scenario) const;
    /// 0..1 of the current run (0 before it started).
    double progress() const { return started_ ? run_.progress() : 0.0; }
    const sim::PopulationRun& run() const { return run_; }
    /// Wall time from the run's (re)start to its end, over the frames it took, ms (a measurement for --benchmark,
    /// never a test's verdict); nullopt while computing.
    std::optional<double> ready_after_ms() const { return ready_after_ms_; }
    /// Frames (update calls) the last complete run took.
    int frames_to_ready() const { return frames_to_ready_; }

    /// The 0-based person `choice` names (fast and slow: by clearance across the spec's people); nullopt for the
    /// typical person.
    std::optional<std::size_t> person_index(const PersonChoice& choice) const;
    /// The run of that person (0-based) for `scenario` (simulated on the first call, about 1 ms; then kept).
    const sim::Trajectory& person_trajectory(const sim::Scenario& scenario, std::size_t index) const;

private:
    bool needs_start(const sim::Scenario& scenario) const;
    void start(const sim::Scenario& scenario);
    void note_progress();

    sim::PopulationRun run_;
    bool started_ = false;
    double started_at_ms_ = 0.0;
    int frames_ = 0;
    std::optional<double> ready_after_ms_;
    int frames_to_ready_ = 0;

    struct PersonKey {
        sim::Scenario scenario;
        std::size_t index;
        std::uint64_t seed;
        double step_min;
    };
    mutable std::optional<PersonKey> person_for_;
    mutable sim::Trajectory person_run_;
};

/// Advances the session's population by one frame's budget (session::advance calls it).
void update_population(Session& session, double budget_ms = kPopulationFrameBudget_ms);
/// Completes it (headless screenshots and recordings, before drawing), when shown.
void complete_population(Session& session);
/// The bands for the current scenario are ready to draw.
bool population_ready(const Session& session);

/// The person chosen in the picker, when the differences are shown and someone other than the typical person is
/// picked; nullopt otherwise.
std::optional<std::size_t> shown_person(const Session& session);
/// The run the scene, its readout and the HUD show: the chosen person's, else the typical person's.
const sim::Trajectory& scene_trajectory(const Session& session);

/// "Typical person", "Fast metaboliser (person 12)", "Slow metaboliser (person 80)", "Person 37".
std::string person_label(const Session& session, const PersonChoice& choice);
/// The same, short (a plot's legend): "Person 12 (fast)", "Person 37".
std::string person_short_label(const Session& session, const PersonChoice& choice);
/// The picker's choices: typical, fast, slow, then every person.
std::vector<PersonChoice> person_choices(const Session& session);
/// Parses "typical", "fast", "slow" or a number 1..people (links, scripts); nullopt when it is none of them.
std::optional<PersonChoice> person_from_text(const std::string& text, std::size_t people);
/// The inverse of person_from_text.
std::string person_text(const PersonChoice& choice);

/// "62 of 100 people respond at 24 h" (respond: clinical index at or above sim::kResponseClinicalIndex); empty
/// while the bands are not ready.
std::string responders_text(const Session& session);
/// The response threshold, for a tooltip.
std::string response_definition(const Session& session);
/// "100 people, seed 1, 5-95 % and 25-75 %" (the plots' note), or "computing 100 people: 40 %".
std::string population_note(const Session& session);

/// What the picker's tooltip says: which differences are published and which are teaching assumptions.
std::string variability_basis_text(const Session& session);

}  // namespace session
