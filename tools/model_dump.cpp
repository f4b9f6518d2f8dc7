// Prints every sample of a preset's trajectory at 17 significant digits: the native vs WebAssembly model check.
// Usage: model_dump ASSETS_DIR OUT_FILE|- [PRESET]   (PRESET defaults to the standard preset, standard-infusion)
#include <array>
#include <cstdio>
#include <exception>
#include <string>

#include "sim/scenario_io.hpp"
#include "sim/simulate.hpp"
#include "sim/stage.hpp"

namespace {

struct Column {
    const char* name;
    double sim::State::*field;
};

// Every double of sim::State, in its declaration order.
constexpr std::array<Column, 19> kColumns = {{
    {"time_h", &sim::State::time_h},
    {"plasma_ng_per_ml", &sim::State::plasma_ng_per_ml},
    {"plasma_uM", &sim::State::plasma_uM},
    {"effect_site_uM", &sim::State::effect_site_uM},
    {"nmda_block_interneuron", &sim::State::nmda_block_interneuron},
    {"nmda_block_pyramidal", &sim::State::nmda_block_pyramidal},
    {"nmda_trapped", &sim::State::nmda_trapped},
    {"nmda_mg_blocked", &sim::State::nmda_mg_blocked},
    {"interneuron_rate_rel", &sim::State::interneuron_rate_rel},
    {"pyramidal_rate_rel", &sim::State::pyramidal_rate_rel},
    {"glutamate_rel", &sim::State::glutamate_rel},
    {"ampa_activation_rel", &sim::State::ampa_activation_rel},
    {"bdnf_rel", &sim::State::bdnf_rel},
    {"mtor_phospho_rel", &sim::State::mtor_phospho_rel},
    {"synaptic_protein_rel", &sim::State::synaptic_protein_rel},
    {"spine_density_rel", &sim::State::spine_density_rel},
    {"clinical_effect", &sim::State::clinical_effect},
    {"dissociation", &sim::State::dissociation},
    {"bp_change_mmHg", &sim::State::bp_change_mmHg},
}};

void dump(const sim::Trajectory& trajectory, std::FILE* out) {
    for (const Column& c : kColumns) std::fprintf(out, "%s ", c.name);
    std::fprintf(out, "stage\n");
    for (const sim::State& s : trajectory.samples()) {
        for (const Column& c : kColumns) std::fprintf(out, "%.17g ", s.*c.field);
        const std::string_view stage = sim::stage_id(s.stage);
        std::fprintf(out, "%.*s\n", static_cast<int>(stage.size()), stage.data());
    }
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 3 || argc > 4) {
        std::fprintf(stderr, "usage: model_dump ASSETS_DIR OUT_FILE|- [PRESET]\n");
        return 2;
    }
    try {
        const sim::Scenario scenario = sim::load_preset(argv[1], argc == 4 ? argv[3] : "standard-infusion");
        const sim::Trajectory trajectory = sim::simulate(scenario);
        const std::string path = argv[2];
        std::FILE* out = path == "-" ? stdout : std::fopen(path.c_str(), "w");
        if (!out) {
            std::fprintf(stderr, "model_dump: cannot write %s\n", path.c_str());
            return 1;
        }
        dump(trajectory, out);
        if (out != stdout && std::fclose(out) != 0) {
            std::fprintf(stderr, "model_dump: cannot write %s\n", path.c_str());
            return 1;
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "model_dump: %s\n", e.what());
        return 1;
    }
    return 0;
}
