// The cascade downstream of NMDA block, each stage a first-order relaxation integrated exactly per step.
#include "sim/cascade.hpp"

#include <algorithm>
#include <cmath>

#include "sim/constants.hpp"

namespace sim {
namespace {

// dx/dt = (target - x) / tau with the target held over the step has the exact solution
//     x(t + h) = target + (x(t) - target) e^{-h / tau},   decay = e^{-h / tau}.
// A remainder below 1e-30 is dropped: left alone it would decay into subnormal numbers, which
// make the floating-point unit tens of times slower for the rest of the run.
void relax(double& x, double target, double decay) {
    const double rest = (x - target) * decay;
    x = std::abs(rest) < 1e-30 ? target : target + rest;
}

double decay_factor(double tau_min, double step_min) { return std::exp(-step_min / tau_min); }

double positive(double x) { return std::max(0.0, x); }

void step_circuit(const CascadeParams& p, const CascadeDecay& d, const CascadeInput& in, const CascadeState& prev,
                  CascadeState& s) {
    // Pyramidal drive = the NMDA-dependent surge, suppressed at anaesthetic levels, held up by the anaesthetic
    // state's own drive, a floor that rises with the level:
    //     P* = max((1 - b_pyr)^2 (1 + W x^3 / (x^3 + x50^3)) / (1 + a^2), P_an l^4 / (1 + l^4)),
    //     x = 1 - I = g_i b_int,  a = Ce / C50,  l = Ce / C_floor.
    // Disinhibition needs the interneurons to quiet well below their usual rate (a cooperative,
    // saturating release: a slight loss of inhibition does little). At low doses (b_int >> b_pyr)
    // disinhibition wins and P rises; at anaesthetic doses the pyramidal cells' own block and the
    // anaesthetic suppression (HCN1 and more, Ce near C50) remove the surge: the inverted U. The cortex is not
    // switched off: in the anaesthetic state firing settles near P_an, a modest fall (Langsjo 2005, people:
    // metabolism unchanged, frontal +16 %; Moghaddam 1997, rats: glutamate falls at 200 mg/kg, not abolished).
    // Wherever the surge is above the floor (every sub-anaesthetic dose) the drive is the surge, unchanged.
    double drive = 1.0;  // no drug, no block (most of a run): the divisions below are not needed
    if (in.block_interneuron > 0.0 || in.block_pyramidal > 0.0 || in.effect_site_uM > 0.0) {
        const double loss = 1.0 - interneuron_rate_rel(in.block_interneuron, p.interneuron_nmda_drive);
        const double loss3 = loss * loss * loss;
        const double half3 = p.disinhibition_half_loss_cubed;
        const double own = 1.0 - in.block_pyramidal;  // (1 - b)^2: own NMDA current and recurrent excitation
        const double anaesthetic = in.effect_site_uM * (1.0 / k::kAnaestheticHalf_uM);
        const double anaesthetic2 = anaesthetic * anaesthetic;
        // One division for the surge: 1 + W l3 / (l3 + h3) over (1 + a^2) = (l3 + h3 + W l3) / ((l3 + h3) (1 + a^2)).
        const double denominator = loss3 + half3;
        const double surge = own * own * (denominator + p.disinhibition_on * p.disinhibition_max * loss3) /
                             (denominator * (1.0 + anaesthetic2));
        const double level = in.effect_site_uM * (1.0 / k::kAnaestheticFloorHalf_uM);
        const double level2 = level * level;
        const double level4 = level2 * level2;
        drive = std::max(surge, k::kAnaestheticCorticalDrive * level4 / (1.0 + level4));
    }
    relax(s.pyramidal_rate_rel, drive, d.pyramidal);
    // Release = firing / (1 + brake); extracellular glutamate relaxes to it (transporter clearance);
    // the mGluR2/3 brake relaxes to gain (G - 1), no lower than -r (the autoreceptors' tonic share):
    //     d brake/dt = (max(-r, gain (G - 1)) - brake) / tau_brake.
    // The brake reads this step's glutamate, not the last one's: with the agonist's gain (x6, and
    // six times faster) a one-step lag in this loop is enough to make it ring for weeks.
    relax(s.glutamate_rel, prev.pyramidal_rate_rel / (1.0 + prev.brake), d.glutamate);
    relax(s.brake, std::max(-k::kBrakeTonicRelief, p.brake_gain * (s.glutamate_rel - 1.0)), d.brake);
}

void step_signalling(const CascadeParams& p, const CascadeDecay& d, const CascadeInput& in, const CascadeState& prev,
                     CascadeState& s) {
    // Blockade at rest: blocked resting NMDARs switch eEF2 kinase off, de-suppressing BDNF translation:
    //     pool* = 1 + g_rest b_pyr.
    // eEF2 kinase can only be switched fully off, so the de-suppression saturates with block:
    //     pool* = 1 + g_rest b_pyr / (1 + b_pyr / b_sat).
    const double rest_drive = p.rest_translation_gain * in.block_pyramidal /
                              (1.0 + in.block_pyramidal * (1.0 / k::kRestTranslationSaturationBlock));
    relax(s.bdnf_pool_rel, 1.0 + p.rest_blockade_on * rest_drive, d.bdnf_pool);
    // Activity-dependent release needs AMPA depolarisation (NBQX removes both paths' release):
    //     BDNF* = 1 + r_val (g_A (A - 1) + a_nbqx (pool - 1)).
    const double ampa_excess = ampa_activation_rel(p, prev.glutamate_rel) - 1.0;
    // Release is gated off at anaesthetic levels (a teaching assumption: no study measures BDNF release there,
    // and the cortex stays active, Langsjo 2005), so anaesthetic doses score no better than 0.5-1.0 mg/kg
    // (Fava 2018; nothing supports them being better). And it draws
    // on a releasable store that refills over a day: a longer or larger exposure cannot release more
    // than the store holds, so the response plateaus with dose (Fava 2018):
    //     BDNF* = 1 + r_val store awake (g_A (A - 1) + a_nbqx (pool - 1)),
    //     d store/dt = -c (BDNF - 1)+ + (1 - store) / tau_refill.
    const double sedation = in.effect_site_uM * (1.0 / k::kPlasticitySedationHalf_uM);
    const double sedation2 = sedation * sedation;
    const double awake = 1.0 / (1.0 + sedation2 * sedation2);
    const double release =
        prev.bdnf_store * awake * (p.bdnf_per_ampa * ampa_excess + p.ampa_fraction * (prev.bdnf_pool_rel - 1.0));
    relax(s.bdnf_rel, std::max(0.0, 1.0 + p.bdnf_release_fraction * release), d.bdnf);
    const double drawn = d.step_h * p.bdnf_store_use_per_h * positive(prev.bdnf_rel - 1.0);
    s.bdnf_store = std::max(0.0, 1.0 - (1.0 - prev.bdnf_store + drawn) * d.bdnf_store_refill);
}

void step_mtor(const CascadeParams& p, const CascadeDecay& d, double bdnf_rel, double mtor_fraction,
               const PlasticityState& prev, PlasticityState& s) {
    // TrkB -> mTORC1 with desensitisation F (0..1, driven by activation only), which scales the
    // response down rather than pushing it below baseline:
    //     M* = 1 + m g_M (BDNF - 1) (1 - F),   dF/dt = (min(1, g_F (M - 1)+) - F) / tau_F.
    const double mtor_target = 1.0 + mtor_fraction * p.mtor_per_bdnf * (bdnf_rel - 1.0) * (1.0 - prev.mtor_feedback);
    relax(s.mtor_rel, std::max(0.0, mtor_target), d.mtor);
    relax(s.mtor_feedback, std::min(1.0, p.mtor_feedback_gain * positive(prev.mtor_rel - 1.0)), d.mtor_feedback);
}

/// The share of the spine headroom (ceiling - baseline) the extra spines fill, 0 at baseline.
double filled_headroom(const CascadeParams& p, const PlasticityState& s) {
    return (s.spine_rel - p.spine_baseline_rel) * p.inv_spine_headroom;
}

void step_consolidation(const CascadeParams& p, const CascadeDecay& d, double bdnf_rel, const PlasticityState& prev,
                        PlasticityState& s) {
    // Durability built by repeated sessions (teaching assumption, calibrated to Murrough 2013 and Daly 2019): a
    // session whose BDNF signalling arrives while the spines of earlier sessions are still there consolidates them,
    //     dQ/dt = k_Q (BDNF - 1 - b0)+ (filled - f0)+ (1 - Q) - Q / tau_Q,
    // exact for the drive held over the step. Only a session's signalling counts, not the tail of the last one
    // (b0), and only the spines of an earlier session (f0): one infusion, however large, builds none, its spines
    // coming a day after its signalling.
    const double drive = p.consolidation_per_h * positive(bdnf_rel - 1.0 - k::kConsolidationBdnfFloor) *
                         positive(filled_headroom(p, prev) - k::kConsolidationFilledFloor);
    if (drive <= 0.0) {
        relax(s.consolidation, 0.0, d.consolidation);
        return;
    }
    const double rate_per_h = drive + 1.0 / k::kTauConsolidation_h;
    // e^{-(drive + 1/tau) h} = e^{-h/tau} e^{-drive h}; the second factor to second order while drive h is small
    // (the BDNF tail for hours after a dose), so the exponential is taken only while the signalling is strong.
    const double drive_h = drive * d.step_h;
    const double decay = d.consolidation * (drive_h < 1e-3 ? 1.0 - drive_h * (1.0 - 0.5 * drive_h) : std::exp(-drive_h));
    relax(s.consolidation, drive / rate_per_h, decay);
}

void step_structure(const CascadeParams& p, const CascadeDecay& d, double lifetime_gain, const PlasticityState& prev,
                    PlasticityState& s) {
    // Synaptic proteins: dS/dt = k_S (M - 1)+ - (S - 1) / tau_S  =>  S* = 1 + k_S tau_S (M - 1)+
    // (extra synthesis only; basal synthesis is not modelled to fall below baseline).
    relax(s.protein_rel, 1.0 + p.protein_synthesis_per_h * k::kTauProtein_h * positive(prev.mtor_rel - 1.0), d.protein);
    // Spine-formation signal: the protein excess, lagged (spines form 12-24 h, not 3-6 h, after the dose).
    relax(s.spine_signal, prev.protein_rel - 1.0, d.spine_signal);
    // Spines: dD/dt = a (D_max - D) - (D - D_0) / (tau_D L) with a = k_D signal / (D_max - D_0), a varying
    // each step. D_max bounds the gain: healthy + kSpineMaxGainRel, or the healthy density itself after
    // chronic stress (ketamine rescues lost spines rather than overshooting, Moda-Sava 2019); however
    // many doses, D approaches D_max and never passes it. L = (1 + g Q) x the arm's gain lengthens their
    // lifetime as sessions consolidate them (L = 1 after one infusion).
    // Its rates are hours (a < 0.02 /h, 1/tau_D = 1/240 h) against a step of a minute (a day at most), so
    // the explicit Euler step is stable and accurate:
    //     D' = D + h (a (D_max - D) - (D - D_0) / (tau_D L)).
    const double a = p.spine_formation_per_h * positive(prev.spine_signal) * p.inv_spine_headroom;
    const double lifetime = (1.0 + p.consolidation_lifetime_gain * prev.consolidation) * lifetime_gain;
    s.spine_rel += d.step_h * (a * (p.spine_ceiling_rel - prev.spine_rel) -
                               (prev.spine_rel - p.spine_baseline_rel) * (p.spine_decay_per_h / lifetime));
}

void step_chain(const CascadeParams& p, const CascadeDecay& d, double bdnf_rel, double mtor_fraction,
                double lifetime_gain, PlasticityState& s) {
    const PlasticityState prev = s;
    step_mtor(p, d, bdnf_rel, mtor_fraction, prev, s);
    step_structure(p, d, lifetime_gain, prev, s);
    step_consolidation(p, d, bdnf_rel, prev, s);
}

void step_plasticity(const CascadeParams& p, const CascadeDecay& d, const CascadeState& prev, CascadeState& s) {
    step_chain(p, d, prev.bdnf_rel, p.mtor_fraction, 1.0, s.plasticity);
    if (p.separate_clinical_arm)
        step_chain(p, d, prev.bdnf_rel, p.clinical_mtor_fraction, p.clinical_lifetime_gain, s.clinical_arm);
}

void step_clinical(const CascadeParams& p, const CascadeDecay& d, const CascadeState& prev, CascadeState& s) {
    // Teaching index x / (1 + x), its two parts in turn:
    //  - relief within hours, before any new spine: BDNF-TrkB signalling and the synaptic potentiation that
    //    follows it (synaptic proteins, up from about 2 h), w_B (BDNF - 1)+ + w_P (S - 1)+ (Kishimoto 2016:
    //    better than placebo from 40 min, large by 2-4 h; Murrough 2013: MADRS about -19 at 2 h);
    //  - kept for days by the new spines while they fill more than theta of their headroom (Moda-Sava 2019:
    //    spines maintain the effect rather than start it), saturating: w_D u / (u + kappa), u = (filled - theta)+.
    // In people no change of synaptic density is measurable at 24 h (Holmes 2022): the maintained part is
    // rodent biology laid onto the human course. The index reads the clinical arm where it differs (rapamycin).
    const PlasticityState& arm = p.separate_clinical_arm ? prev.clinical_arm : prev.plasticity;
    const double above = positive(filled_headroom(p, arm) - p.clinical_spine_threshold);
    const double x = p.clinical_responsiveness * (p.clinical_weight_bdnf * positive(prev.bdnf_rel - 1.0) +
                                                  p.clinical_weight_protein * positive(arm.protein_rel - 1.0) +
                                                  p.clinical_weight_spines * above / (above + p.clinical_spine_saturation));
    relax(s.clinical, x / (1.0 + x), d.clinical);
}

}  // namespace

CascadeParams make_cascade_params(const Scenario& scenario, const Parameters& parameters) {
    const Experiments& e = scenario.experiments;
    CascadeParams p;
    p.interneuron_nmda_drive = parameters.interneuron_nmda_drive;
    p.disinhibition_max = parameters.disinhibition_max;
    const double half = parameters.disinhibition_half_loss;
    p.disinhibition_half_loss_cubed = half * half * half;
    p.bdnf_per_ampa = parameters.bdnf_per_ampa;
    p.rest_translation_gain = parameters.rest_translation_gain;
    p.bdnf_store_use_per_h = parameters.bdnf_store_use_per_h;
    p.mtor_per_bdnf = parameters.mtor_per_bdnf;
    p.mtor_feedback_gain = parameters.mtor_feedback_gain;
    p.protein_synthesis_per_h = parameters.protein_synthesis_per_h;
    p.spine_formation_per_h = parameters.spine_formation_per_h;
    p.spine_max_gain_rel = parameters.spine_max_gain_rel;
    p.spine_decay_per_h = 1.0 / parameters.tau_spine_decay_h;
    p.clinical_spine_threshold = parameters.clinical_spine_threshold;
    p.tau_clinical_h = parameters.tau_clinical_h;
    p.clinical_responsiveness = parameters.clinical_responsiveness;
    p.consolidation_per_h = parameters.consolidation_per_h;
    p.consolidation_lifetime_gain = parameters.consolidation_lifetime_gain;
    p.disinhibition_on = scenario.hypotheses.disinhibition ? 1.0 : 0.0;
    p.rest_blockade_on = scenario.hypotheses.blockade_at_rest ? 1.0 : 0.0;
    p.ampa_fraction = e.nbqx ? k::kNbqxAmpaFraction : 1.0;
    p.bdnf_release_fraction = e.val66met ? k::kVal66MetReleaseFraction : 1.0;
    p.mtor_fraction = e.rapamycin ? 0.0 : 1.0;  // the rat experiment (Li 2010) in the mechanism stages
    p.separate_clinical_arm = e.rapamycin;      // the human trial (Abdallah 2020) in the clinical index
    p.clinical_mtor_fraction = e.rapamycin ? k::kRapamycinHumanMtorFraction : 1.0;
    p.clinical_lifetime_gain = e.rapamycin ? k::kRapamycinHumanLifetimeGain : 1.0;
    const double agonist = e.mglur23_agonist ? k::kAgonistBrakeFactor : 1.0;
    p.brake_gain = parameters.brake_gain * agonist;
    p.brake_tau_min = k::kTauBrake_min / agonist;
    p.spine_baseline_rel = e.chronic_stress ? k::kStressedSpineDensityRel : 1.0;
    p.spine_ceiling_rel = e.chronic_stress ? 1.0 : 1.0 + parameters.spine_max_gain_rel;
    p.inv_spine_headroom = 1.0 / (p.spine_ceiling_rel - p.spine_baseline_rel);
    return p;
}

CascadeDecay make_cascade_decay(const CascadeParams& params, double step_min) {
    CascadeDecay d{};
    d.pyramidal = decay_factor(k::kTauPyramidal_min, step_min);
    d.glutamate = decay_factor(k::kTauGlutamate_min, step_min);
    d.brake = decay_factor(params.brake_tau_min, step_min);
    d.bdnf = decay_factor(k::kTauBdnf_min, step_min);
    d.bdnf_pool = decay_factor(k::kTauBdnfPool_min, step_min);
    d.bdnf_store_refill = decay_factor(k::kTauBdnfStoreRefill_h * 60.0, step_min);
    d.mtor = decay_factor(k::kTauMtor_min, step_min);
    d.mtor_feedback = decay_factor(k::kTauMtorFeedback_min, step_min);
    d.protein = decay_factor(k::kTauProtein_h * 60.0, step_min);
    d.spine_signal = decay_factor(k::kTauSpineFormation_h * 60.0, step_min);
    d.clinical = decay_factor(params.tau_clinical_h * 60.0, step_min);
    d.consolidation = decay_factor(k::kTauConsolidation_h * 60.0, step_min);
    d.step_h = step_min / 60.0;
    return d;
}

CascadeState initial_cascade(const CascadeParams& params) {
    CascadeState s;
    s.plasticity.spine_rel = params.spine_baseline_rel;
    s.clinical_arm.spine_rel = params.spine_baseline_rel;
    return s;
}

bool fast_stages_settle(CascadeState& s) {
    // Relative quantities near 1: 1e-12 is about 5000 rounding steps, far below anything shown.
    constexpr double kSettled = 1e-12;
    const bool settled = std::abs(s.pyramidal_rate_rel - 1.0) < kSettled &&
                         std::abs(s.glutamate_rel - 1.0) < kSettled && std::abs(s.brake) < kSettled &&
                         std::abs(s.bdnf_pool_rel - 1.0) < kSettled && std::abs(s.bdnf_rel - 1.0) < kSettled &&
                         std::abs(s.plasticity.mtor_rel - 1.0) < kSettled &&
                         std::abs(s.plasticity.mtor_feedback) < kSettled &&
                         std::abs(s.clinical_arm.mtor_rel - 1.0) < kSettled &&
                         std::abs(s.clinical_arm.mtor_feedback) < kSettled;
    if (!settled) return false;
    const CascadeState baseline;
    s.pyramidal_rate_rel = baseline.pyramidal_rate_rel;
    s.glutamate_rel = baseline.glutamate_rel;
    s.brake = baseline.brake;
    s.bdnf_pool_rel = baseline.bdnf_pool_rel;
    s.bdnf_rel = baseline.bdnf_rel;
    for (PlasticityState* chain : {&s.plasticity, &s.clinical_arm}) {
        chain->mtor_rel = baseline.plasticity.mtor_rel;
        chain->mtor_feedback = baseline.plasticity.mtor_feedback;
    }
    return true;
}

void step_slow_stages(const CascadeParams& params, const CascadeDecay& decay, CascadeState& s) {
    const CascadeState prev = s;
    // The BDNF store refills over days; with BDNF at baseline nothing draws on it (as in step_signalling).
    s.bdnf_store = 1.0 - (1.0 - prev.bdnf_store) * decay.bdnf_store_refill;
    // mTORC1 is at baseline and BDNF draws no consolidation: only the structure moves (and consolidation fades).
    const auto slow = [&](double lifetime_gain, PlasticityState& chain) {
        const PlasticityState before = chain;
        step_structure(params, decay, lifetime_gain, before, chain);
        relax(chain.consolidation, 0.0, decay.consolidation);
    };
    slow(1.0, s.plasticity);
    if (params.separate_clinical_arm) slow(params.clinical_lifetime_gain, s.clinical_arm);
    step_clinical(params, decay, prev, s);
}

void step_cascade(const CascadeParams& params, const CascadeDecay& decay, const CascadeInput& in, CascadeState& s) {
    // Every stage reads the previous step's values of the others (a one-step lag, far below every
    // time constant; the mGluR2/3 brake is the one exception), so the stages are independent within
    // a step and the CPU overlaps them.
    const CascadeState prev = s;
    step_circuit(params, decay, in, prev, s);
    step_signalling(params, decay, in, prev, s);
    step_plasticity(params, decay, prev, s);
    step_clinical(params, decay, prev, s);
}

}  // namespace sim
