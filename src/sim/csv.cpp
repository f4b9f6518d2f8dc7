// CSV export of a trajectory with unit-carrying headers and locale-independent numbers.
#include "sim/csv.hpp"

#include <array>
#include <charconv>
#include <cmath>
#include <stdexcept>

#include "sim/stage.hpp"

namespace sim {
namespace {

struct Column {
    const char* header;
    double State::*field;
};

constexpr std::array<Column, 19> kColumns = {{
    {"time_h", &State::time_h},
    {"plasma_ng_per_ml", &State::plasma_ng_per_ml},
    {"plasma_uM", &State::plasma_uM},
    {"effect_site_uM", &State::effect_site_uM},
    {"nmda_block_interneuron_frac", &State::nmda_block_interneuron},
    {"nmda_block_pyramidal_frac", &State::nmda_block_pyramidal},
    {"nmda_trapped_frac", &State::nmda_trapped},
    {"nmda_mg_blocked_frac", &State::nmda_mg_blocked},
    {"interneuron_rate_rel", &State::interneuron_rate_rel},
    {"pyramidal_rate_rel", &State::pyramidal_rate_rel},
    {"glutamate_rel", &State::glutamate_rel},
    {"ampa_activation_rel", &State::ampa_activation_rel},
    {"bdnf_rel", &State::bdnf_rel},
    {"mtor_phospho_rel", &State::mtor_phospho_rel},
    {"synaptic_protein_rel", &State::synaptic_protein_rel},
    {"spine_density_rel", &State::spine_density_rel},
    {"clinical_effect", &State::clinical_effect},
    {"dissociation_frac", &State::dissociation},
    {"bp_change_mmHg", &State::bp_change_mmHg},
}};

void write_number(std::ostream& out, double v) {
    std::array<char, 32> buf{};
    const auto r = std::to_chars(buf.data(), buf.data() + buf.size(), v, std::chars_format::general, 7);
    out.write(buf.data(), r.ptr - buf.data());
}

}  // namespace

std::string csv_header() {
    std::string h;
    for (const Column& c : kColumns) h += std::string(c.header) + ",";
    return h + "stage";
}

void write_csv(const Trajectory& trajectory, std::ostream& out, double hours, double step_min) {
    if (!std::isfinite(step_min) || step_min <= 0.0) throw std::invalid_argument("step_min must be > 0");
    if (!std::isfinite(hours) || hours < 0.0) throw std::invalid_argument("hours must be >= 0");
    out << csv_header() << '\n';
    const double end_h = std::min(hours, trajectory.duration_h());
    const double step_h = step_min / 60.0;
    const auto rows = static_cast<long long>(std::floor(end_h / step_h + 1e-9)) + 1;
    for (long long i = 0; i < rows; ++i) {
        const State s = trajectory.at(static_cast<double>(i) * step_h);
        for (const Column& c : kColumns) {
            write_number(out, s.*c.field);
            out << ',';
        }
        out << stage_id(s.stage) << '\n';
    }
}

}  // namespace sim
