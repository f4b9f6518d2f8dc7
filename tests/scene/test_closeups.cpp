// The two close-ups follow the model: the single channel's time fractions, ion flow, trapping, flux and cuts.
#include <catch2/catch.hpp>

#include <array>
#include <cmath>

#include "scene/channel.hpp"
#include "scene/signalling.hpp"
#include "scene/views.hpp"
#include "scene_states.hpp"
#include "sim/constants.hpp"
#include "sim/simulate.hpp"

using namespace scene;
using scene_test::count_tag;
using scene_test::options;

namespace {

const sim::Trajectory& standard_run() {
    static const sim::Trajectory run = sim::simulate(sim::Scenario{});
    return run;
}

using channel::Population;

/// The pyramidal neuron's channel at the scenario's 1 mM Mg2+ (the single receptor close-up).
std::array<double, channel::kStates> pyramidal(const sim::State& s) {
    return channel::model_fractions(s, Population::pyramidal, 1.0);
}

channel::Moment pyramidal_at(const sim::State& s, std::uint64_t seed, double t) {
    return channel::channel_at(pyramidal(s), seed, t);
}

/// The fraction of animation time the channel spends in each state, sampled every `dt_s`.
std::array<double, channel::kStates> time_fractions(const std::array<double, channel::kStates>& model,
                                                    std::uint64_t seed, double span_s, double dt_s) {
    std::array<double, channel::kStates> f{};
    int n = 0;
    for (double t = 0.0; t < span_s; t += dt_s, ++n)
        f[channel::index_of(channel::channel_at(model, seed, t).state)] += 1.0;
    for (double& x : f) x /= n;
    return f;
}

ViewOptions split_options(sim::Drug drug = sim::Drug::racemic) {
    ViewOptions o = options(View::receptor);
    o.receptor_split = true;
    o.drug = drug;
    return o;
}

bool has_label(const SceneFrame& f, const std::string& text) {
    for (const auto* labels : {&f.backdrop_labels, &f.labels})
        for (const Label& l : *labels)
            if (l.text.find(text) != std::string::npos) return true;
    return false;
}

const signalling::StepFlux& step(const std::vector<signalling::StepFlux>& all, signalling::Step s) {
    for (const auto& f : all)
        if (f.step == s) return f;
    FAIL("no such step");
    return all.front();
}

}  // namespace

TEST_CASE("Receptor close-up: each side's channel's long-run time fractions match its model fractions within 0.03") {
    // 20 000 s of animation (about 670 restarts of the chain), sampled every 0.25 s; the standard error of
    // each fraction is below 0.012 there, so 0.03 is about 2.5 standard errors at worst. Both populations: the
    // single close-up's pyramidal neuron and the split view's interneuron beside it.
    const char* names[] = {"closed", "open", "Mg2+-blocked", "ketamine in open pore", "trapped"};
    for (Population population : {Population::pyramidal, Population::interneuron}) {
        for (double t_h : {0.0, 0.25, 0.42, 0.67, 2.0, 24.0}) {
            const sim::State s = standard_run().at(t_h);
            const auto model = channel::model_fractions(s, population, 1.0);
            double sum = 0.0;
            for (double x : model) sum += x;
            CHECK(sum == Approx(1.0).margin(1e-9));
            const auto seen = time_fractions(model, population == Population::pyramidal ? 7 : 8, 20000.0, 0.25);
            for (int k = 0; k < channel::kStates; ++k) {
                INFO((population == Population::pyramidal ? "pyramidal" : "interneuron")
                     << ", t = " << t_h << " h, " << names[k] << ": model " << model[static_cast<std::size_t>(k)]
                     << ", seen " << seen[static_cast<std::size_t>(k)]);
                CHECK(std::abs(seen[static_cast<std::size_t>(k)] - model[static_cast<std::size_t>(k)]) < 0.03);
            }
        }
    }
}

TEST_CASE("Receptor close-up: the fractions follow each population's block, trapping and Mg2+") {
    const sim::State peak = standard_run().at(0.67);
    REQUIRE(peak.nmda_block_pyramidal > 0.05);  // the test means something: the drug is on board
    const auto pyr = channel::model_fractions(peak, Population::pyramidal, 1.0);
    const auto in = channel::model_fractions(peak, Population::interneuron, 1.0);
    const auto blocked = [](const auto& f) {
        return f[channel::index_of(NmdaState::ketamine_open)] + f[channel::index_of(NmdaState::trapped)];
    };
    CHECK(blocked(pyr) == Approx(peak.nmda_block_pyramidal).margin(1e-9));
    CHECK(blocked(in) == Approx(peak.nmda_block_interneuron).margin(1e-9));
    CHECK(pyr[channel::index_of(NmdaState::trapped)] > 0.0);
    // Each side's Mg2+ share is its population's, and the two average to the model's mean.
    const double mg_pyr = pyr[channel::index_of(NmdaState::mg_blocked)];
    const double mg_in = in[channel::index_of(NmdaState::mg_blocked)];
    CHECK(mg_pyr == Approx((1.0 - peak.nmda_block_pyramidal) * 1.0 / (1.0 + sim::k::kKMg_pyramidal_mM)));
    CHECK(0.5 * (mg_pyr + mg_in) == Approx(peak.nmda_mg_blocked).margin(1e-9));
    // The teaching assumption: the interneuron's free receptors are open more often and Mg2+-blocked less.
    for (double t_h : {0.0, 0.67, 24.0}) {
        const sim::State s = standard_run().at(t_h);
        const auto p = channel::model_fractions(s, Population::pyramidal, 1.0);
        const auto i = channel::model_fractions(s, Population::interneuron, 1.0);
        const auto share = [](const auto& f, NmdaState st) {
            const double free =
                1.0 - f[channel::index_of(NmdaState::ketamine_open)] - f[channel::index_of(NmdaState::trapped)];
            return f[channel::index_of(st)] / free;
        };
        INFO("t = " << t_h << " h");
        CHECK(share(i, NmdaState::open) > share(p, NmdaState::open));
        CHECK(share(i, NmdaState::mg_blocked) < share(p, NmdaState::mg_blocked));
    }
    // No Mg2+ in the bath, none in the pore.
    CHECK(channel::model_fractions(peak, Population::pyramidal, 0.0)[channel::index_of(NmdaState::mg_blocked)] == 0.0);
}

TEST_CASE("Receptor close-up: with no drug the channel is never ketamine-blocked") {
    for (double t_h : {0.0, 24.0, 72.0}) {
        sim::State s = standard_run().at(t_h);
        if (t_h == 0.0) s = sim::State{};
        s.nmda_block_pyramidal = s.nmda_block_interneuron = s.nmda_trapped = s.effect_site_uM = 0.0;
        for (double t = 0.0; t < 3000.0; t += 0.1) {
            for (Population population : {Population::pyramidal, Population::interneuron}) {
                const channel::Moment m = channel::channel_at(channel::model_fractions(s, population, 1.0), 11, t);
                REQUIRE(!channel::ketamine_inside(m.state));
            }
        }
        CHECK(count_tag(build(s, 12.0, 3, split_options()), Tag::bound_ketamine) == 0);
        CHECK(count_tag(build(s, 12.0, 3, options(View::receptor)), Tag::bound_ketamine) == 0);
        CHECK(count_tag(build(s, 12.0, 3, options(View::receptor)), Tag::ketamine) == 0);
    }
}

TEST_CASE("Receptor close-up: ketamine enters and leaves only the open pore, and is trapped only by closing") {
    const sim::State s = standard_run().at(0.67);
    channel::Moment before = pyramidal_at(s, 5, 0.0);
    int entries = 0, trappings = 0;
    for (double t = 0.01; t < 4000.0; t += 0.01) {
        const channel::Moment m = pyramidal_at(s, 5, t);
        // A step inside the sampling interval (epoch restarts draw afresh and report no step).
        if (m.state != before.state && m.since_s < 0.01 + 1e-9) {
            const NmdaState from = m.previous;  // the state just before this step
            if (m.state == NmdaState::ketamine_open) {
                CHECK((from == NmdaState::open || from == NmdaState::trapped));
                entries += from == NmdaState::open;
            }
            if (m.state == NmdaState::trapped) {
                CHECK(from == NmdaState::ketamine_open);
                ++trappings;
            }
            if (from == NmdaState::ketamine_open) CHECK((m.state == NmdaState::open || m.state == NmdaState::trapped));
        }
        before = m;
    }
    CHECK(entries > 10);
    CHECK(trappings > 10);
}

TEST_CASE("Receptor close-up: ions flow only through the open, unblocked channel") {
    const sim::State s = standard_run().at(0.67);
    int open_frames = 0, closed_frames = 0;
    for (double t = 0.0; t < 600.0; t += 0.37) {
        const channel::Moment m = pyramidal_at(s, 3, t);
        const int ions = count_tag(build(s, t, 3, options(View::receptor)), Tag::ion);
        if (channel::conducts(m.state)) {
            if (m.since_s > 0.5) CHECK(ions > 0);
            ++open_frames;
        } else {
            CHECK(ions == 0);
            ++closed_frames;
        }
        const int mg = count_tag(build(s, t, 3, options(View::receptor)), Tag::magnesium);
        if (m.state == NmdaState::mg_blocked) CHECK(mg == 1);
    }
    CHECK(open_frames > 0);
    CHECK(closed_frames > 0);
}

TEST_CASE("Receptor close-up: deterministic from the seed and the animation clock") {
    const sim::State s = standard_run().at(0.5);
    for (double t : {0.0, 13.7, 61.2, 1234.5}) {
        CHECK(frame_hash(build(s, t, 9, options(View::receptor))) ==
              frame_hash(build(s, t, 9, options(View::receptor))));
        CHECK(pyramidal_at(s, 9, t).state == pyramidal_at(s, 9, t).state);
    }
}

TEST_CASE("Receptor close-up split: an interneuron's receptor beside a pyramidal neuron's, each with its block") {
    const sim::State s = standard_run().at(0.67);
    const SceneFrame f = build(s, 12.5, 3, split_options());
    CHECK(has_label(f, "GABA interneuron"));
    CHECK(has_label(f, "Pyramidal neuron"));
    const auto percent = [](double x) { return std::to_string(static_cast<int>(std::lround(100.0 * x))) + " %"; };
    CHECK(has_label(f, "NMDA receptors blocked " + percent(s.nmda_block_interneuron)));
    CHECK(has_label(f, "NMDA receptors blocked " + percent(s.nmda_block_pyramidal)));
    CHECK(has_label(f, "Teaching assumption"));
    // Two receptors, each with its own glycine; the single view has one of each and its voltage gauge.
    CHECK(count_tag(f, Tag::glycine) == 2);
    CHECK(count_tag(f, Tag::voltage_marker) == 0);
    CHECK(count_tag(build(s, 12.5, 3, options(View::receptor)), Tag::glycine) == 1);
    // The two channels are independent: over a minute they are not always in the same state.
    int differ = 0;
    for (double t = 0.0; t < 60.0; t += 0.5) {
        const auto in = channel::channel_at(channel::model_fractions(s, Population::interneuron, 1.0), 1, t);
        const auto pyr = channel::channel_at(channel::model_fractions(s, Population::pyramidal, 1.0), 2, t);
        differ += in.state != pyr.state;
    }
    CHECK(differ > 10);
    // Ions flow in the split view only through a side whose channel conducts: over many frames, the interneuron
    // (open more often) carries ions in more of them.
    int frames_with_ions = 0;
    for (double t = 0.0; t < 120.0; t += 0.7)
        frames_with_ions += count_tag(build(s, t, 3, split_options()), Tag::ion) > 0;
    CHECK(frames_with_ions > 0);
    // The ids.
    CHECK(view_choice_from_id("receptor-split") == ViewChoice{View::receptor, true});
    CHECK(view_choice_from_id("receptor") == ViewChoice{View::receptor, false});
    CHECK(!view_choice_from_id("receptor-splitt"));
    CHECK(view_choice_id(View::receptor, true) == "receptor-split");
    CHECK(view_choice_id(View::synapse, true) == "synapse");
}

TEST_CASE("Receptor close-up: the ketamine reaching the pore is the scenario's enantiomer") {
    const sim::State s = standard_run().at(0.67);
    const auto marks = [&](sim::Drug drug, bool split, double t) {
        ViewOptions o = split ? split_options(drug) : options(View::receptor);
        o.drug = drug;
        const SceneFrame f = build(s, t, 3, o);
        return std::pair{count_tag(f, Tag::enantiomer_s), count_tag(f, Tag::enantiomer_r)};
    };
    int s_bound = 0, r_bound = 0;
    for (bool split : {false, true}) {
        for (double t = 0.0; t < 400.0; t += 1.3) {
            const auto [es, er] = marks(sim::Drug::esketamine, split, t);
            CHECK(er == 0);
            CHECK(es > 0);
            const auto [as, ar] = marks(sim::Drug::arketamine, split, t);
            CHECK(as == 0);
            CHECK(ar > 0);
            const auto [rs, rr] = marks(sim::Drug::racemic, split, t);
            CHECK(rs > 0);  // the racemate: both in the cleft
            CHECK(rr > 0);
        }
    }
    // The molecule in the pore of a racemic run: S about 82 % of the bindings (S binds about 5x more tightly).
    for (double t = 0.0; t < 20000.0; t += 3.1) {
        const SceneFrame f = build(s, t, 3, options(View::receptor));
        for (const Instance& i : f.instances) {
            if (i.tag != Tag::enantiomer_s && i.tag != Tag::enantiomer_r) continue;
            // The bound molecule is drawn at the pore's centre line (x = 0), free ones at |x| >= 5.
            if (std::abs(i.center.x) > 1.5f) continue;
            (i.tag == Tag::enantiomer_s ? s_bound : r_bound) += 1;
        }
    }
    INFO("S " << s_bound << ", R " << r_bound);
    REQUIRE(s_bound + r_bound > 200);
    CHECK(static_cast<double>(s_bound) / (s_bound + r_bound) == Approx(0.82).margin(0.08));
    // The legend names both.
    bool legend_s = false, legend_r = false;
    for (const LegendEntry& e : legend_entries(View::receptor)) {
        legend_s = legend_s || e.text.find("S-ketamine") != std::string::npos;
        legend_r = legend_r || e.text.find("R-ketamine") != std::string::npos;
    }
    CHECK(legend_s);
    CHECK(legend_r);
}

TEST_CASE("Receptor close-up: labels and molecules keep clear of the top corners, where the readout and legend go") {
    // At 1366x768 with the panels the readout window covers the picture left of x = -5 down to about y = 2.5 and
    // the collapsed legend window the band above y = 8.7 right of x = 2.7 (world units of the content box).
    const auto in_readout = [](glm::vec2 p) { return p.x < -5.0f && p.y > 2.5f; };
    const auto in_legend_bar = [](glm::vec2 p) { return p.x > 2.7f && p.y > 8.7f; };
    const sim::State s = standard_run().at(0.67);
    for (bool split : {false, true}) {
        for (double t = 0.0; t < 120.0; t += 2.9) {
            const SceneFrame f = build(s, t, 4, split ? split_options() : options(View::receptor));
            for (const auto* labels : {&f.backdrop_labels, &f.labels})
                for (const Label& l : *labels) {
                    if (l.screen_space || l.text == "S" || l.text == "R") continue;  // molecules' letters drift
                    INFO((split ? "split" : "single") << ": " << l.text);
                    CHECK_FALSE(in_readout(l.anchor));
                    CHECK_FALSE(in_legend_bar(l.anchor));
                }
            for (const Instance& i : f.instances)
                if (i.tag == Tag::ketamine) CHECK(i.center.y + i.half_size.y < 8.7f);  // below the top edge
        }
    }
}

TEST_CASE("Signalling close-up: each arrow's flux is its model quantity") {
    const sim::State s = scene_test::peak_state();
    const auto all = signalling::steps(s, {}, {});
    using signalling::Step;
    CHECK(step(all, Step::release_to_ampa).flux_rel == s.glutamate_rel);
    CHECK(step(all, Step::ampa_to_depolarisation).flux_rel == s.ampa_activation_rel);
    CHECK(step(all, Step::bdnf_to_trkb).flux_rel == s.bdnf_rel);
    CHECK(step(all, Step::mtor_to_translation).flux_rel == s.mtor_phospho_rel);
    CHECK(step(all, Step::translation_to_synapse).flux_rel == s.synaptic_protein_rel);
    CHECK(step(all, Step::rest_blockade_to_trkb).contested);
    CHECK(step(all, Step::rest_blockade_to_trkb).flux_rel == Approx(1.0 + s.nmda_block_pyramidal));
    for (const auto& f : all) CHECK(f.cut_by.empty());
    // More flux, more particles; none without flux.
    CHECK(signalling::flux_particles(1.0) == 3);
    CHECK(signalling::flux_particles(1.9) == 6);
    CHECK(signalling::flux_particles(0.0) == 0);
    CHECK(signalling::flux_particles(100.0) == signalling::kParticlesMax);
    // The frame carries them: at the peak more flux particles than at baseline.
    const int peak = count_tag(build(s, 0.0, 2, options(View::signalling)), Tag::flux);
    const int rest = count_tag(build(sim::State{}, 0.0, 2, options(View::signalling)), Tag::flux);
    CHECK(peak > rest);
    CHECK(rest > 0);
}

TEST_CASE("Signalling close-up: each experiment cuts its own step, and switched-off hypotheses are greyed") {
    using signalling::Step;
    const sim::State s = scene_test::peak_state();
    const std::pair<sim::Experiments, Step> cases[] = {
        {{.rapamycin = true}, Step::mtor_to_translation},
        {{.nbqx = true}, Step::ampa_to_depolarisation},
        {{.val66met = true}, Step::bdnf_to_trkb},
        {{.mglur23_agonist = true}, Step::release_to_ampa},
    };
    for (const auto& [experiments, cut] : cases) {
        const auto all = signalling::steps(s, experiments, {});
        for (const auto& f : all) CHECK(f.cut_by.empty() == (f.step != cut));
        ViewOptions o = options(View::signalling);
        o.experiments = experiments;
        CHECK(count_tag(build(s, 1.0, 2, o), Tag::experiment_cut) == 1);
    }
    CHECK(count_tag(build(s, 1.0, 2, options(View::signalling)), Tag::experiment_cut) == 0);
    // Rapamycin: no particle passes the cut (fewer on the arrow than without it).
    ViewOptions rapa = options(View::signalling);
    rapa.experiments.rapamycin = true;
    CHECK(count_tag(build(s, 1.0, 2, rapa), Tag::flux) <
          count_tag(build(s, 1.0, 2, options(View::signalling)), Tag::flux));

    const auto rest_off = signalling::steps(s, {}, {.disinhibition = true, .blockade_at_rest = false});
    CHECK(step(rest_off, Step::rest_blockade_to_trkb).hypothesis_off);
    CHECK(step(rest_off, Step::rest_blockade_to_trkb).flux_rel == 0.0);
    CHECK(!step(rest_off, Step::release_to_ampa).hypothesis_off);
    const auto dis_off = signalling::steps(s, {}, {.disinhibition = false, .blockade_at_rest = true});
    CHECK(step(dis_off, Step::release_to_ampa).hypothesis_off);
    ViewOptions o = options(View::signalling);
    o.hypotheses.blockade_at_rest = false;
    bool says_off = false;
    for (const Label& l : build(s, 1.0, 2, o).labels) says_off = says_off || l.text == "hypothesis switched off";
    CHECK(says_off);
}

TEST_CASE("Close-ups: keys, ids and a zoom without two views showing at once") {
    CHECK(view_from_id("receptor") == View::receptor);
    CHECK(view_from_id("signalling") == View::signalling);
    CHECK(view_id(View::receptor) == "receptor");
    const sim::State s = scene_test::peak_state();
    for (View to : {View::receptor, View::signalling}) {
        for (float t : {0.1f, 0.3f, 0.49f, 0.51f, 0.7f, 0.95f}) {
            ViewOptions o = options(to);
            o.from_view = View::synapse;
            o.transition = t;
            const SceneFrame f = build(s, 2.0, 3, o);
            // Before the midpoint only the synapse (its AMPA receptors), after it only the close-up.
            const bool synapse_shown = count_tag(f, Tag::ampa_idle) + count_tag(f, Tag::ampa_active) > 0;
            const bool close_up_shown =
                to == View::receptor ? count_tag(f, Tag::voltage_marker) > 0 : count_tag(f, Tag::flux) > 0;
            INFO("to " << view_id(to) << " at " << t);
            CHECK(synapse_shown == (t < 0.5f));
            CHECK(close_up_shown == (t >= 0.5f));
            // The title and legend belong to the view on screen.
            bool synapse_title = false;
            for (const auto* labels : {&f.backdrop_labels, &f.labels})
                for (const Label& l : *labels) synapse_title = synapse_title || l.text == "Synapse view";
            CHECK(synapse_title == (t < 0.5f));
            for (const Instance& i : f.instances) REQUIRE(i.fill.a <= 1.0f);
        }
    }
}
