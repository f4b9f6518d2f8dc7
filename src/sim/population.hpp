// The virtual population: N people whose parameters vary between subjects, simulated side by side into percentile
// bands.
#pragma once
#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "sim/parameters.hpp"
#include "sim/scenario.hpp"
#include "sim/simulate.hpp"
#include "sim/trajectory.hpp"

namespace sim {

inline constexpr std::size_t kPopulationDefaultPeople = 100;
inline constexpr std::size_t kPopulationMinPeople = 1;
inline constexpr std::size_t kPopulationMaxPeople = 10000;
inline constexpr std::uint64_t kPopulationDefaultSeed = 1;

/// Response and remission on the clinical proxy (a teaching index, not a rating scale; the trials define response
/// as a fall of the MADRS or HDRS by half, remission as a score below a cut-off). Response: index >= 0.30, about
/// where the typical person is 1-4 h after the standard infusion, when the trials' improvement is "large by 2-4 h"
/// [Kishimoto2016] and the MADRS about 19 points down, more than a halving (Murrough 2013). Remission: index >= 0.45,
/// above the typical person's peak (0.41), so the typical person responds but does not remit. Teaching choices:
/// docs/model.md compares the fractions responding with the trials (Zarate 2006: about 71 % at 24 h, a third at
/// one week; Murrough 2013: median relapse 18 days after a course).
inline constexpr double kResponseClinicalIndex = 0.30;
inline constexpr double kRemissionClinicalIndex = 0.45;

/// The percentiles every band reports, in order.
enum class Percentile { p5, p25, p50, p75, p95 };
inline constexpr std::array<Percentile, 5> kPercentiles = {Percentile::p5, Percentile::p25, Percentile::p50,
                                                           Percentile::p75, Percentile::p95};
/// 5, 25, 50, 75 or 95.
int percentile_value(Percentile p);
/// "p5", "p25", "p50", "p75" or "p95" (the CSV column suffix).
std::string_view percentile_name(Percentile p);

/// One between-subject factor: a log-normal multiplier (median 1: the typical person is the median person) on
/// one or more Parameters members.
struct VariabilityFactor {
    std::string_view id;       ///< e.g. "clearance"
    std::string_view applies;  ///< what it multiplies, e.g. "k10 x V1 (k10 = CL / V1)"
    double cv;                 ///< coefficient of variation of the multiplier, fraction (sigma = sqrt(ln(1 + cv^2)))
    std::string_view basis;    ///< where the CV comes from: a citation key with the figure, or "teaching assumption"
};

/// Every factor, in the order they are drawn.
std::span<const VariabilityFactor> population_variability();

/// Person `person`'s parameters for this seed: a function of (seed, person) alone, so person 37 is the same person
/// whatever the population's size, on every machine (own splitmix64 generator and Box-Muller transform; the
/// normal deviates are rounded to 2^-24 so a last-bit difference of a C library's log or cos does not show).
Parameters person_parameters(std::uint64_t seed, std::size_t person);

/// Clearance, mL/min/kg (k10 x V1), e.g. to find a fast or a slow metaboliser.
double clearance_mL_per_min_per_kg(const Parameters& parameters);

struct PopulationSpec {
    std::size_t people = kPopulationDefaultPeople;  ///< clamped to kPopulationMinPeople..kPopulationMaxPeople
    std::uint64_t seed = kPopulationDefaultSeed;
    double step_min = 1.0;        ///< each person's simulation step, min (as SimulateOptions::step_min)
    double band_step_min = 10.0;  ///< the bands' grid, min: rounded to a whole number of steps (at least one)
};

/// What one person did over the whole run (every simulation step, not only the band rows).
struct PersonSummary {
    double peak_plasma_ng_per_ml = 0.0;
    double peak_nmda_block_interneuron = 0.0;  ///< fraction
    double peak_clinical_effect = 0.0;         ///< 0..1
};

/// The virtual population computed incrementally, every person advanced side by side in time, so a UI without
/// threads (the web build) can spread it over frames: start(), then step() until done(). The unit of work is one
/// band row (every person advanced one band step, then the percentiles across them): the model counts rows and
/// reads no clock; how many rows fit in a frame is the caller's business (session::Population). All storage is
/// allocated by the first start() and reused by every later one of the same size.
class PopulationRun {
public:
    /// Starts (or starts over) for this scenario.
    void start(const Scenario& scenario, const PopulationSpec& spec = {});
    /// Computes up to `rows` more band rows; true when done (false before start()).
    bool step(std::size_t rows);
    bool done() const { return rows_done_ == rows_total_ && started_; }
    /// Fraction of the band rows computed, 0..1.
    double progress() const;
    /// Band rows computed so far, and in all (0 before start()).
    std::size_t rows_done() const { return rows_done_; }
    std::size_t rows_total() const { return rows_total_; }

    std::size_t people() const { return people_.size(); }
    std::uint64_t seed() const { return spec_.seed; }
    const PopulationSpec& spec() const { return spec_; }
    const Scenario& scenario() const { return scenario_; }

    /// The band of one percentile: each State field with bands (sim::kStateFields) is that percentile, across
    /// people, of the field at that time (the others keep State's defaults but the time; stage: always baseline).
    /// Rows so far while !done(); a Trajectory (interpolation with at()) once done.
    const Trajectory& band(Percentile p) const { return bands_[static_cast<std::size_t>(p)]; }
    /// Rows computed so far (valid while !done(), where band() is still empty) for one percentile.
    const std::vector<State>& rows(Percentile p) const { return rows_[static_cast<std::size_t>(p)]; }
    /// Band grid step, hours.
    double band_step_h() const { return band_step_h_; }

    /// Fraction of people (0..1) at or above kResponseClinicalIndex / kRemissionClinicalIndex at t_h, linearly
    /// interpolated between band rows and clamped to the rows computed so far (0 before the first).
    double fraction_responding(double t_h) const { return fraction_at(responding_, t_h); }
    double fraction_remitting(double t_h) const { return fraction_at(remitting_, t_h); }
    /// The same fractions per band row computed so far.
    const std::vector<float>& responding_rows() const { return responding_; }
    const std::vector<float>& remitting_rows() const { return remitting_; }

    /// Person `person`'s parameters (0-based, < people()).
    const Parameters& person(std::size_t person) const { return parameters_[person]; }
    /// Person `person`'s summary (complete once done()).
    const PersonSummary& summary(std::size_t person) const { return summaries_[person]; }
    /// Person `person`'s whole trajectory at the spec's step, simulated now (about a millisecond for 21 days), into
    /// the storage of `previous`.
    Trajectory person_trajectory(std::size_t person, Trajectory&& previous = {}) const;

private:
    double fraction_at(const std::vector<float>& rows, double t_h) const;
    void compute_row();
    void sort_from_last_order(std::vector<std::uint32_t>& order, double State::*field);

    Scenario scenario_;
    PopulationSpec spec_;
    bool started_ = false;
    std::size_t steps_per_row_ = 1;
    double band_step_h_ = 0.0;
    std::size_t rows_total_ = 0;
    std::size_t rows_done_ = 0;
    std::vector<Stepper> people_;
    std::vector<Parameters> parameters_;
    std::vector<PersonSummary> summaries_;
    std::vector<State> row_states_;  ///< this row's state of every person
    std::vector<double> scratch_;    ///< one quantity across people, sorted
    /// Per row of kStateFields with bands (empty for the others), the people in the order of their values at the
    /// last row: values move little from one row to the next, so an insertion sort from that order is nearly linear.
    std::vector<std::vector<std::uint32_t>> order_;
    std::array<std::vector<State>, kPercentiles.size()> rows_;
    std::array<Trajectory, kPercentiles.size()> bands_;
    std::vector<float> responding_;
    std::vector<float> remitting_;
};

/// A member of the population worth showing on its own, for a person picker.
struct NotablePerson {
    std::string_view label;  ///< e.g. "a fast metaboliser (highest clearance)"
    std::size_t person = 0;  ///< index into the population
};

/// The fastest and slowest metaboliser (clearance), the highest and lowest peak plasma, and the strongest and
/// weakest clinical response (peak index), in that order; the lowest index wins a tie. Needs a done() run.
std::vector<NotablePerson> notable_people(const PopulationRun& run);

/// The whole population at once (start() and step() to the end).
void run_population(PopulationRun& run, const Scenario& scenario, const PopulationSpec& spec = {});

}  // namespace sim
