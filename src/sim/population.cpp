// The virtual population: seeded per-person parameters, people stepped side by side, percentiles per band row.
#include "sim/population.hpp"

#include <algorithm>
#include <cmath>

#include "sim/state_fields.hpp"

namespace sim {
namespace {

// Between-subject variability. Only clearance has a published between-subject spread the model can use directly;
// the rest are teaching assumptions of the size population models of ketamine and other drugs commonly report.
constexpr std::array<VariabilityFactor, 16> kFactors = {{
    {"clearance", "k10 x V1 (k10 = CL / V1)", 0.18,
     "Wang2019: esketamine clearance 18.1 +- 3.2 and 18.4 +- 3.4 mL/min/kg (CV 18 %); mean as Kamp2020"},
    {"central_volume", "V1 (and so k10, k12)", 0.25, "teaching assumption"},
    {"intercompartmental_clearance", "k12 x V1 = k21 x V2", 0.25, "teaching assumption"},
    {"peripheral_volume", "V2 (k21 = Q / V2)", 0.25, "teaching assumption"},
    {"ke0", "ke0 (plasma to effect site)", 0.30, "teaching assumption"},
    {"bioavailability", "F of every non-IV route (at most 1)", 0.30,
     "teaching assumption (intranasal F 0.11-0.5 by device, Yanagihara2003)"},
    {"absorption_rate", "ka of every non-IV route", 0.40, "teaching assumption"},
    {"kd", "Kd of both enantiomers", 0.20, "teaching assumption"},
    {"disinhibition", "largest disinhibition", 0.30, "teaching assumption"},
    {"bdnf_release", "BDNF per AMPA", 0.30, "teaching assumption"},
    {"rest_translation", "blockade-at-rest BDNF gain", 0.30, "teaching assumption"},
    {"mtor", "mTORC1 per BDNF", 0.30, "teaching assumption"},
    {"protein_synthesis", "synaptic protein synthesis", 0.30, "teaching assumption"},
    {"spine_formation", "spine formation rate", 0.30, "teaching assumption"},
    {"spine_lifetime", "extra-spine lifetime", 0.30, "teaching assumption"},
    {"responsiveness", "clinical responsiveness (the index's drive)", 0.35,
     "teaching assumption, sized so that about a third still respond at one week (Zarate2006)"},
}};
enum Factor {
    kClearance,
    kCentralVolume,
    kIntercompartmental,
    kPeripheralVolume,
    kKe0,
    kBioavailability,
    kAbsorption,
    kKd,
    kDisinhibition,
    kBdnfRelease,
    kRestTranslation,
    kMtor,
    kProteinSynthesis,
    kSpineFormation,
    kSpineLifetime,
    kResponsiveness,
    kFactorCount
};
static_assert(kFactorCount == kFactors.size());

/// splitmix64 (Steele, Lea & Flood 2014): a small generator with the same output on every machine.
struct SplitMix64 {
    std::uint64_t state;
    std::uint64_t next() {
        std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    /// Uniform in (0, 1]: 53 random bits.
    double uniform_open0() { return (static_cast<double>(next() >> 11) + 1.0) * 0x1.0p-53; }
};

/// Standard normal deviates by Box-Muller, both of each pair used, rounded to 2^-24.
class Normals {
public:
    explicit Normals(std::uint64_t seed) : rng_{seed} {}
    double next() {
        if (has_spare_) {
            has_spare_ = false;
            return spare_;
        }
        constexpr double kTwoPi = 6.283185307179586;
        const double radius = std::sqrt(-2.0 * std::log(rng_.uniform_open0()));
        const double angle = kTwoPi * rng_.uniform_open0();
        spare_ = rounded(radius * std::sin(angle));
        has_spare_ = true;
        return rounded(radius * std::cos(angle));
    }

private:
    static double rounded(double z) { return std::round(z * 0x1.0p24) * 0x1.0p-24; }
    SplitMix64 rng_;
    double spare_ = 0.0;
    bool has_spare_ = false;
};

/// The person's own stream: the seed and the index mixed through one splitmix64 step each.
std::uint64_t person_stream(std::uint64_t seed, std::size_t person) {
    SplitMix64 mix{seed ^ 0x5851F42D4C957F2Dull};
    const std::uint64_t a = mix.next();
    SplitMix64 mix2{a + static_cast<std::uint64_t>(person) * 0xD1342543DE82EF95ull};
    return mix2.next();
}

double lognormal_multiplier(double z, double cv) { return std::exp(std::sqrt(std::log1p(cv * cv)) * z); }

/// Linear interpolation between order statistics (the definition of numpy's default and R's type 7).
double percentile_of_sorted(const std::vector<double>& sorted, int percent) {
    const double h = static_cast<double>(sorted.size() - 1) * (percent / 100.0);
    const auto lo = static_cast<std::size_t>(h);
    const std::size_t hi = std::min(lo + 1, sorted.size() - 1);
    return sorted[lo] + (h - static_cast<double>(lo)) * (sorted[hi] - sorted[lo]);
}

}  // namespace

int percentile_value(Percentile p) {
    switch (p) {
        case Percentile::p5: return 5;
        case Percentile::p25: return 25;
        case Percentile::p50: return 50;
        case Percentile::p75: return 75;
        case Percentile::p95: return 95;
    }
    return 50;
}

std::string_view percentile_name(Percentile p) {
    switch (p) {
        case Percentile::p5: return "p5";
        case Percentile::p25: return "p25";
        case Percentile::p50: return "p50";
        case Percentile::p75: return "p75";
        case Percentile::p95: return "p95";
    }
    return "p50";
}

std::span<const VariabilityFactor> population_variability() { return kFactors; }

Parameters person_parameters(std::uint64_t seed, std::size_t person) {
    Normals normals(person_stream(seed, person));
    std::array<double, kFactorCount> m{};
    for (std::size_t i = 0; i < kFactorCount; ++i) m[i] = lognormal_multiplier(normals.next(), kFactors[i].cv);
    Parameters p;
    const Parameters typical;
    p.v1_L_per_kg = typical.v1_L_per_kg * m[kCentralVolume];
    p.k10_per_min = typical.k10_per_min * m[kClearance] / m[kCentralVolume];
    p.k12_per_min = typical.k12_per_min * m[kIntercompartmental] / m[kCentralVolume];
    p.k21_per_min = typical.k21_per_min * m[kIntercompartmental] / m[kPeripheralVolume];
    p.ke0_per_min = typical.ke0_per_min * m[kKe0];
    for (double Parameters::*f :
         {&Parameters::f_intramuscular, &Parameters::f_intranasal_racemic, &Parameters::f_intranasal_esketamine,
          &Parameters::f_sublingual, &Parameters::f_oral_racemic, &Parameters::f_oral_esketamine})
        p.*f = std::min(1.0, typical.*f * m[kBioavailability]);
    for (double Parameters::*ka : {&Parameters::ka_intramuscular_per_min, &Parameters::ka_intranasal_per_min,
                                   &Parameters::ka_sublingual_per_min, &Parameters::ka_oral_per_min})
        p.*ka = typical.*ka * m[kAbsorption];
    p.kd_esketamine_uM = typical.kd_esketamine_uM * m[kKd];
    p.kd_arketamine_uM = typical.kd_arketamine_uM * m[kKd];
    p.disinhibition_max = typical.disinhibition_max * m[kDisinhibition];
    p.bdnf_per_ampa = typical.bdnf_per_ampa * m[kBdnfRelease];
    p.rest_translation_gain = typical.rest_translation_gain * m[kRestTranslation];
    p.mtor_per_bdnf = typical.mtor_per_bdnf * m[kMtor];
    p.protein_synthesis_per_h = typical.protein_synthesis_per_h * m[kProteinSynthesis];
    p.spine_formation_per_h = typical.spine_formation_per_h * m[kSpineFormation];
    p.tau_spine_decay_h = typical.tau_spine_decay_h * m[kSpineLifetime];
    p.clinical_responsiveness = typical.clinical_responsiveness * m[kResponsiveness];
    return p;
}

double clearance_mL_per_min_per_kg(const Parameters& p) { return 1000.0 * p.k10_per_min * p.v1_L_per_kg; }

void PopulationRun::start(const Scenario& scenario, const PopulationSpec& spec) {
    scenario_ = scenario;
    spec_ = spec;
    spec_.people = std::clamp(spec.people, kPopulationMinPeople, kPopulationMaxPeople);
    const std::size_t n = spec_.people;
    people_.resize(n);
    parameters_.resize(n);
    summaries_.assign(n, PersonSummary{});
    row_states_.resize(n);
    scratch_.resize(n);
    order_.resize(kStateFields.size());
    for (std::size_t f = 0; f < kStateFields.size(); ++f) {
        std::vector<std::uint32_t>& order = order_[f];
        order.resize(kStateFields[f].bands ? n : 0);
        for (std::size_t i = 0; i < order.size(); ++i) order[i] = static_cast<std::uint32_t>(i);
    }
    SimulateOptions options;
    options.step_min = spec_.step_min;
    for (std::size_t i = 0; i < n; ++i) {
        parameters_[i] = person_parameters(spec_.seed, i);
        options.parameters = parameters_[i];
        people_[i].start(scenario_, options);
    }
    const double step_h = people_[0].step_h();
    const double band_ratio = std::isfinite(spec.band_step_min) ? spec.band_step_min / (step_h * 60.0) : 1.0;
    steps_per_row_ = static_cast<std::size_t>(std::clamp(std::round(band_ratio), 1.0, 1e6));
    band_step_h_ = step_h * static_cast<double>(steps_per_row_);
    const std::size_t samples = people_[0].sample_count();
    rows_total_ = (samples + steps_per_row_ - 1) / steps_per_row_;
    rows_done_ = 0;
    for (std::size_t p = 0; p < kPercentiles.size(); ++p) {
        if (rows_[p].empty() && !bands_[p].empty()) rows_[p] = std::move(bands_[p]).take_storage();
        bands_[p] = Trajectory{};
        rows_[p].clear();
        rows_[p].reserve(rows_total_);
    }
    responding_.clear();
    remitting_.clear();
    responding_.reserve(rows_total_);
    remitting_.reserve(rows_total_);
    started_ = true;
}

void PopulationRun::sort_from_last_order(std::vector<std::uint32_t>& order, double State::*field) {
    // Insertion sort of the people, starting from their order at the last row; scratch_ gets the sorted values.
    const std::size_t n = order.size();
    for (std::size_t k = 0; k < n; ++k) scratch_[k] = row_states_[order[k]].*field;
    for (std::size_t k = 1; k < n; ++k) {
        const double v = scratch_[k];
        const std::uint32_t who = order[k];
        std::size_t j = k;
        for (; j > 0 && scratch_[j - 1] > v; --j) {
            scratch_[j] = scratch_[j - 1];
            order[j] = order[j - 1];
        }
        scratch_[j] = v;
        order[j] = who;
    }
}

void PopulationRun::compute_row() {
    const std::size_t n = people_.size();
    for (std::size_t i = 0; i < n; ++i) {
        Stepper& person = people_[i];
        PersonSummary& summary = summaries_[i];
        for (std::size_t s = 0; s < steps_per_row_ && !person.done(); ++s) {
            const State state = person.next();
            if (s == 0) row_states_[i] = state;
            summary.peak_plasma_ng_per_ml = std::max(summary.peak_plasma_ng_per_ml, state.plasma_ng_per_ml);
            summary.peak_nmda_block_interneuron =
                std::max(summary.peak_nmda_block_interneuron, state.nmda_block_interneuron);
            summary.peak_clinical_effect = std::max(summary.peak_clinical_effect, state.clinical_effect);
        }
    }
    std::array<State, kPercentiles.size()> out{};
    for (State& s : out) s.time_h = row_states_[0].time_h;
    for (std::size_t f = 0; f < kStateFields.size(); ++f) {
        if (!kStateFields[f].bands) continue;
        double State::*field = kStateFields[f].member;
        double lo = row_states_[0].*field, hi = lo;
        for (std::size_t i = 0; i < n; ++i) {
            const double v = row_states_[i].*field;
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
        if (lo == hi) {  // everyone the same (drug-free stretches): no sort
            for (State& s : out) s.*field = lo;
            continue;
        }
        sort_from_last_order(order_[f], field);
        for (std::size_t p = 0; p < kPercentiles.size(); ++p)
            out[p].*field = percentile_of_sorted(scratch_, percentile_value(kPercentiles[p]));
    }
    for (std::size_t p = 0; p < kPercentiles.size(); ++p) rows_[p].push_back(out[p]);
    std::size_t responding = 0, remitting = 0;
    for (const State& s : row_states_) {
        responding += s.clinical_effect >= kResponseClinicalIndex ? 1 : 0;
        remitting += s.clinical_effect >= kRemissionClinicalIndex ? 1 : 0;
    }
    responding_.push_back(static_cast<float>(static_cast<double>(responding) / static_cast<double>(n)));
    remitting_.push_back(static_cast<float>(static_cast<double>(remitting) / static_cast<double>(n)));
    ++rows_done_;
}

bool PopulationRun::step(std::size_t rows) {
    if (!started_) return false;
    for (std::size_t r = 0; r < rows && rows_done_ < rows_total_; ++r) compute_row();
    if (rows_done_ == rows_total_ && bands_[0].empty() && rows_total_ > 0)
        for (std::size_t p = 0; p < kPercentiles.size(); ++p) bands_[p] = Trajectory(band_step_h_, std::move(rows_[p]));
    return done();
}

double PopulationRun::progress() const {
    return rows_total_ == 0 ? 0.0 : static_cast<double>(rows_done_) / static_cast<double>(rows_total_);
}

double PopulationRun::fraction_at(const std::vector<float>& rows, double t_h) const {
    if (rows.empty()) return 0.0;
    if (!(t_h > 0.0)) return rows.front();
    const double pos = t_h / band_step_h_;
    if (pos >= static_cast<double>(rows.size() - 1)) return rows.back();
    const auto i = static_cast<std::size_t>(pos);
    const double f = pos - static_cast<double>(i);
    return rows[i] + f * (rows[i + 1] - rows[i]);
}

Trajectory PopulationRun::person_trajectory(std::size_t person, Trajectory&& previous) const {
    SimulateOptions options;
    options.step_min = spec_.step_min;
    options.parameters = parameters_.at(person);
    return simulate(scenario_, std::move(previous), options);
}

std::vector<NotablePerson> notable_people(const PopulationRun& run) {
    std::vector<NotablePerson> out;
    if (run.people() == 0) return out;
    const auto pick = [&](std::string_view label, auto&& key, bool highest) {
        std::size_t best = 0;
        for (std::size_t i = 1; i < run.people(); ++i) {
            const double a = key(i), b = key(best);
            if (highest ? a > b : a < b) best = i;
        }
        out.push_back({label, best});
    };
    const auto clearance = [&](std::size_t i) { return clearance_mL_per_min_per_kg(run.person(i)); };
    const auto plasma = [&](std::size_t i) { return run.summary(i).peak_plasma_ng_per_ml; };
    const auto clinical = [&](std::size_t i) { return run.summary(i).peak_clinical_effect; };
    pick("a fast metaboliser (highest clearance)", clearance, true);
    pick("a slow metaboliser (lowest clearance)", clearance, false);
    pick("the highest peak plasma level", plasma, true);
    pick("the lowest peak plasma level", plasma, false);
    pick("the strongest response (highest clinical index)", clinical, true);
    pick("the weakest response (lowest clinical index)", clinical, false);
    return out;
}

void run_population(PopulationRun& run, const Scenario& scenario, const PopulationSpec& spec) {
    run.start(scenario, spec);
    while (!run.step(256)) {
    }
}

}  // namespace sim
