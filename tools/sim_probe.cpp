// Hand-run probe: prints the key figures of each preset-like scenario and times simulate() (not a test).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>

#include "sim/simulate.hpp"
#include "sim/stage.hpp"

namespace {

void print_row(const sim::State& s) {
    std::printf(
        "%7.2f h  Cp %7.1f  Ce %5.2f uM  bI %.2f bP %.2f trap %.2f  I %.2f P %.2f G %.2f  A %.2f B %.2f M %.2f "
        "S %.3f D %.3f  C %.2f  dis %.2f bp %.1f  %s\n",
        s.time_h, s.plasma_ng_per_ml, s.effect_site_uM, s.nmda_block_interneuron, s.nmda_block_pyramidal,
        s.nmda_trapped, s.interneuron_rate_rel, s.pyramidal_rate_rel, s.glutamate_rel, s.ampa_activation_rel,
        s.bdnf_rel, s.mtor_phospho_rel, s.synaptic_protein_rel, s.spine_density_rel, s.clinical_effect, s.dissociation,
        s.bp_change_mmHg, std::string(sim::stage_id(s.stage)).c_str());
}

void print_scenario(const char* title, const sim::Scenario& sc) {
    const sim::Trajectory t = sim::simulate(sc);
    std::printf("== %s\n", title);
    const double times[] = {0, 0.1, 0.25, 0.5, 0.67, 0.75, 1,   1.5, 2,   3,   4,  6,
                            8, 12,  24,   48,  72,   96,   168, 240, 288, 336, 504};
    for (double h : times) print_row(t.at(h));
    sim::Stage last = sim::Stage::baseline;
    for (const auto& s : t.samples())
        if (s.stage != last) {
            std::printf("  stage -> %s at %.2f h\n", std::string(sim::stage_id(s.stage)).c_str(), s.time_h);
            last = s.stage;
        }
}

struct Peak {
    double value = -1e9;
    double time_h = 0;
};
template <class F>
Peak peak_of(const sim::Trajectory& t, F f, double from_h = 0, double to_h = 1e9) {
    Peak p;
    for (const auto& s : t.samples())
        if (s.time_h >= from_h && s.time_h <= to_h && f(s) > p.value) p = {f(s), s.time_h};
    return p;
}

double bin_max_glutamate(const sim::Trajectory& t) {
    double best = -1e9, worst = 1e9;
    for (double a = 0; a < 6; a += 1.0 / 3) {
        double sum = 0;
        int n = 0;
        for (const auto& s : t.samples())
            if (s.time_h >= a && s.time_h < a + 1.0 / 3) {
                sum += s.glutamate_rel;
                ++n;
            }
        best = std::max(best, sum / n);
        worst = std::min(worst, sum / n);
    }
    std::printf(" [20-min bins max %.2f min %.2f]", best, worst);
    return best;
}

void summary(const char* title, const sim::Scenario& sc) {
    const sim::Trajectory t = sim::simulate(sc);
    auto G = peak_of(t, [](auto& s) { return s.glutamate_rel; });
    auto M = peak_of(t, [](auto& s) { return s.mtor_phospho_rel; });
    auto C = peak_of(t, [](auto& s) { return s.clinical_effect; });
    auto D = peak_of(t, [](auto& s) { return s.spine_density_rel; });
    auto P = peak_of(t, [](auto& s) { return s.plasma_ng_per_ml; });
    std::printf("%-16s Cp %.0f@%.2f | G %.2f@%.2f G2h %.2f G3h %.2f", title, P.value, P.time_h, G.value, G.time_h,
                t.at(2).glutamate_rel, t.at(3).glutamate_rel);
    bin_max_glutamate(t);
    std::printf(
        "\n    M %.2f@%.2f M2h %.2f M2.5h %.2f | S2h %.2f S24 %.2f S72 %.2f | D6h %.3f D24 %.3f D7d %.3f D14d %.3f "
        "peak %.2f@%.0f\n",
        M.value, M.time_h, t.at(2).mtor_phospho_rel, t.at(2.5).mtor_phospho_rel, t.at(2).synaptic_protein_rel,
        t.at(24).synaptic_protein_rel, t.at(72).synaptic_protein_rel, t.at(6).spine_density_rel,
        t.at(24).spine_density_rel, t.at(168).spine_density_rel, t.at(336).spine_density_rel, D.value, D.time_h);
    std::printf("    C %.2f@%.1fh C40m %.3f C4h %.2f C7d %.2f C10d %.2f C12d %.2f C21d %.2f C28d %.2f\n", C.value,
                C.time_h, t.at(0.67).clinical_effect, t.at(4).clinical_effect, t.at(168).clinical_effect,
                t.at(240).clinical_effect, t.at(288).clinical_effect, t.at(504).clinical_effect,
                t.at(672).clinical_effect);
}

double time_ms(const sim::Scenario& sc, int reps) {
    double best = 1e9;
    for (int i = 0; i < reps; ++i) {
        const auto a = std::chrono::steady_clock::now();
        const sim::Trajectory t = sim::simulate(sc);
        const auto b = std::chrono::steady_clock::now();
        best = std::min(best, std::chrono::duration<double, std::milli>(b - a).count());
        if (t.empty()) return -1;
    }
    return best;
}

}  // namespace

int main(int argc, char** argv) {
    sim::Scenario standard;
    if (argc > 1 && std::strcmp(argv[1], "--time") == 0) {
        std::printf("simulate 21 d @ 1 min: best %.3f ms\n", time_ms(standard, 200));
        return 0;
    }
    if (argc > 1 && std::strcmp(argv[1], "--summary") == 0) {
        summary("standard", standard);
        for (double mgkg : {0.1, 0.25, 0.5, 1.0, 2.0, 4.0}) {
            sim::Scenario b;
            b.doses = {sim::Dose{0.0, sim::Route::iv_bolus, mgkg, 0.0, 1.0}};
            char title[64];
            std::snprintf(title, sizeof title, "bolus %.2f", mgkg);
            summary(title, b);
        }
        sim::Scenario x = standard;
        x.experiments.rapamycin = true;
        summary("rapamycin", x);
        x = standard;
        x.experiments.nbqx = true;
        summary("nbqx", x);
        x = standard;
        x.experiments.val66met = true;
        summary("val66met", x);
        x = standard;
        x.experiments.mglur23_agonist = true;
        summary("mglur", x);
        x = standard;
        x.experiments.chronic_stress = true;
        summary("stress", x);
        x = standard;
        x.hypotheses.disinhibition = false;
        summary("rest-only", x);
        x = standard;
        x.hypotheses.blockade_at_rest = false;
        summary("disinh-only", x);
        x = standard;
        x.duration_days = 35;
        x.doses.clear();
        for (double d : {0, 2, 4, 7, 9, 11})
            x.doses.push_back(sim::Dose{d * 24.0, sim::Route::iv_infusion, 0.5, 0, 40});
        summary("six", x);
        return 0;
    }
    print_scenario("standard", standard);
    sim::Scenario bolus;
    bolus.doses = {sim::Dose{0.0, sim::Route::iv_bolus, 2.0, 0.0, 1.0}};
    print_scenario("bolus 2 mg/kg", bolus);
    sim::Scenario b1 = bolus;
    b1.doses[0].amount_mg_per_kg = 1.0;
    print_scenario("bolus 1 mg/kg", b1);
    sim::Scenario b05 = bolus;
    b05.doses[0].amount_mg_per_kg = 0.5;
    print_scenario("bolus 0.5 mg/kg", b05);
    sim::Scenario six;
    six.duration_days = 35;
    six.doses.clear();
    for (double d : {0, 2, 4, 7, 9, 11}) six.doses.push_back(sim::Dose{d * 24.0, sim::Route::iv_infusion, 0.5, 0, 40});
    print_scenario("six", six);
    return 0;
}
