// Every model constant in one place, each with its unit and the citation key of its source.
//
// Citation keys resolve in assets/content/references.json. "measured" means the value is taken from
// the cited source (science.md row); "derived" computed from a reported figure; "calibrated" means a
// teaching-model value chosen so that the model reproduces the cited figure (the tests in tests/sim check
// that figure, not the constant); "teaching assumption" a value the model needs that no source measures.
#pragma once

namespace sim::k {

// ---------------------------------------------------------------------------------------------
// Chemistry
// ---------------------------------------------------------------------------------------------
/// Molar mass of ketamine free base, g/mol; so 1 uM = 237.73 ng/mL. measured [Zanos2018]
inline constexpr double kMolarMass_g_per_mol = 237.73;

// ---------------------------------------------------------------------------------------------
// Pharmacokinetics: Clements & Nimmo two-compartment set, per kg body weight
// ---------------------------------------------------------------------------------------------
/// Central volume, L/kg. measured [Clements1981]
inline constexpr double kV1_L_per_kg = 1.75;
/// Elimination rate from the central compartment, 1/min (CL = k10 * V1 = 19 mL/kg/min,
/// matching the 18.8 mL/kg/min meta-analysis value). measured [Clements1981; Kamp2020]
inline constexpr double kK10_per_min = 0.0109;
/// Central -> peripheral transfer, 1/min. measured [Clements1981]
inline constexpr double kK12_per_min = 0.0186;
/// Peripheral -> central transfer, 1/min. measured [Clements1981]
inline constexpr double kK21_per_min = 0.0137;
/// Plasma -> effect-site equilibration, 1/min (t1/2 about 3 min), so that dissociation peaks at the
/// end of the infusion. calibrated [Luckenbaugh2014]
inline constexpr double kKe0_per_min = 0.5;

// Esketamine's own disposition (Spravato label: peak 20-40 min after the last spray, rapid decline over 2-4 h,
// terminal half-life 7-12 h; dissociation resolved by about 2 h). The label gives times, not rate constants:
// clearance (k10 x V1) and V1 stay the racemate's (esketamine clearance 18 mL/min/kg, Wang 2019, as Kamp 2020),
// and distribution is faster and redistribution slower, so that the level falls fast and then slowly. Racemic
// and R-ketamine keep the Clements set above.
/// Esketamine central -> peripheral transfer, 1/min: the rapid decline over 2-4 h. calibrated [Spravato2019]
inline constexpr double kK12_esketamine_per_min = 0.03;
/// Esketamine peripheral -> central transfer, 1/min: with k10 and k12, a terminal half-life of about 9 h (label
/// 7-12 h). calibrated [Spravato2019]
inline constexpr double kK21_esketamine_per_min = 0.0053;
/// Esketamine intranasal absorption, 1/min: plasma peak 20-40 min after the last of the label's sprays.
/// calibrated [Spravato2019]
inline constexpr double kKa_intranasal_esketamine_per_min = 0.03;
/// Esketamine oral absorption, 1/min: plasma peak 0.5-1 h with the faster distribution. calibrated [Fanta2015]
inline constexpr double kKa_oral_esketamine_per_min = 0.025;

// Routes: bioavailability F (fraction, 0..1) and first-order absorption rate ka (1/min).
/// Intramuscular F. measured [Clements1982]
inline constexpr double kF_intramuscular = 0.93;
/// Intramuscular ka, 1/min: plasma peak 5-15 min after injection. calibrated [Clements1982]
inline constexpr double kKa_intramuscular_per_min = 0.15;
/// Intranasal racemic F (device-dependent 0.11-0.5). measured [Yanagihara2003]
inline constexpr double kF_intranasal_racemic = 0.45;
/// Intranasal esketamine F (Spravato). measured [Spravato2019]
inline constexpr double kF_intranasal_esketamine = 0.48;
/// Intranasal ka, 1/min: peak about 21 min after the spray (racemic 14-23 min, esketamine 20-40 min).
/// calibrated [Spravato2019; Yanagihara2003]
inline constexpr double kKa_intranasal_per_min = 0.08;
/// Sublingual F. measured [Rolan2014]
inline constexpr double kF_sublingual = 0.29;
/// Sublingual ka, 1/min: peak about 0.75 h. calibrated [Rolan2014]
inline constexpr double kKa_sublingual_per_min = 0.024;
/// Oral racemic F (0.17-0.20). measured [Clements1982; Fanta2015]
inline constexpr double kF_oral_racemic = 0.17;
/// Oral esketamine F. measured [Fanta2015]
inline constexpr double kF_oral_esketamine = 0.08;
/// Oral ka, 1/min: peak about 0.5-1 h. calibrated [Fanta2015]
inline constexpr double kKa_oral_per_min = 0.035;

// ---------------------------------------------------------------------------------------------
// NMDA receptor block (open-channel block with trapping)
// ---------------------------------------------------------------------------------------------
/// Dissociation constant of S-ketamine at the PCP site, uM (in zero Mg2+). measured [Ebert1997]
inline constexpr double kKd_esketamine_uM = 0.30;
/// Dissociation constant of R-ketamine, uM. measured [Ebert1997]
inline constexpr double kKd_arketamine_uM = 1.4;
/// Mg2+ competes with ketamine in the pore: Kd_eff = Kd * (1 + Mg / K_Mg). At the pyramidal
/// resting potential 1 mM Mg2+ raises the IC50 about 3x, so K_Mg = 0.5 mM: derived from the reported
/// IC50 shift, not measured as such. derived [Kotermanski2009]
inline constexpr double kKMg_pyramidal_mM = 0.5;
/// Interneurons are tonically depolarised, relieving Mg2+ block: K_Mg eight times larger
/// (1 mM raises their Kd only 1.25x), so they are blocked more. A teaching assumption: Homayoun 2007
/// reports interneurons' firing falling first, not their Mg2+ relief. teaching assumption [Homayoun2007]
inline constexpr double kKMg_interneuron_mM = 4.0;
/// Time-averaged open probability of interneuron NMDARs at baseline firing (tonically active),
/// fraction. Not measured: a teaching assumption chosen so interneurons are blocked first, as the firing
/// rates in Homayoun 2007 suggest. teaching assumption [Homayoun2007]
inline constexpr double kPopen_interneuron = 0.5;
/// Time-averaged open probability of pyramidal NMDARs at baseline firing, fraction. Not measured: a teaching
/// assumption (Homayoun 2007 reports firing rates). teaching assumption [Homayoun2007]
inline constexpr double kPopen_pyramidal = 0.05;
/// Ketamine unblocking rate from an OPEN channel, 1/min (a trapped, closed channel cannot lose it).
/// Lumped over gating: interneuron block follows the effect site within minutes, while quiet
/// pyramidal neurons keep ketamine trapped longer than plasma alone would, and fast enough to be
/// blocked during an anaesthetic bolus. calibrated [Ma2023; Moghaddam1997]
inline constexpr double kKoff_open_per_min = 0.6;

// ---------------------------------------------------------------------------------------------
// Circuit: disinhibition and the glutamate surge
// ---------------------------------------------------------------------------------------------
/// Fraction of interneuron tonic drive carried by NMDARs (firing = 1 - g * block). calibrated [Homayoun2007]
inline constexpr double kInterneuronNmdaDrive = 0.8;
/// Pyramidal drive scales as (1 - block)^2: both the cell's own NMDA current and the recurrent
/// excitation between pyramidal cells pass through NMDARs (cascade.cpp).
/// Largest rise of pyramidal drive from disinhibition (relative). calibrated [Moghaddam1997] (about a
/// doubling of glutamate at sub-anaesthetic doses)
inline constexpr double kDisinhibitionMax = 8.0;
/// Loss of interneuron firing (fraction) that gives half the largest disinhibition (Hill 3): the
/// pyramidal rise needs a marked fall of inhibition and is back near baseline once the drug has
/// mostly gone. calibrated [Homayoun2007; Moghaddam1997]
inline constexpr double kDisinhibitionHalfLoss = 0.35;
/// Anaesthetic suppression of the NMDA-dependent (surge) part of cortical firing (HCN1 inhibition among other
/// actions): that part x 1 / (1 + (Ce / C50)^2), uM. Half at 2.5 uM (about 600 ng/mL), below the 5-10 uM
/// anaesthetic range, so that the surge is gone during anaesthesia (the inverted U).
/// calibrated [Chen2009; Zanos2018; Moghaddam1997]
inline constexpr double kAnaestheticHalf_uM = 2.5;
/// Pyramidal drive (relative) in the anaesthetic state: anaesthetic ketamine does not switch the cortex off. In
/// people anaesthetic S-ketamine (about 2,000 ng/mL) left whole-brain oxygen and glucose use unchanged and raised
/// frontal oxygen use about 16 % (PET, Langsjo 2005); in rats prefrontal glutamate falls at 200 mg/kg but is not
/// abolished, and is unchanged at 50 (Moghaddam 1997). The model takes a modest fall, between the two species
/// (glutamate about 0.85-0.9 of baseline at the trough, firing about 0.85); the size is a teaching assumption
/// calibrated to those two findings. teaching assumption [Langsjo2005; Moghaddam1997]
inline constexpr double kAnaestheticCorticalDrive = 0.8;
/// Effect-site level at which that floor, P_an l^4 / (1 + l^4) with l = Ce / this, is half of P_an, uM (about
/// 300 ng/mL, the top of the dissociative range): the floor is up before the surge has gone, so firing does not
/// dip on the way into or out of anaesthesia, and lies far below the surge at every sub-anaesthetic dose.
/// teaching assumption [Langsjo2005]
inline constexpr double kAnaestheticFloorHalf_uM = 1.25;
/// Delay (first-order time constant) of the pyramidal response, min. calibrated [Homayoun2007]
inline constexpr double kTauPyramidal_min = 15.0;
/// Extracellular glutamate clearance by transporters and dialysis smoothing, time constant, min.
/// calibrated [Moghaddam1997]
inline constexpr double kTauGlutamate_min = 5.0;
/// Presynaptic mGluR2/3 brake: brake = gain * (glutamate - 1), reached with this time constant.
/// calibrated [Schobel2013; Moghaddam1997] (surge back toward baseline within 1-2 h)
inline constexpr double kBrakeGain = 10.0;
/// Most the brake can relax below its resting level when glutamate is low (release x 1 / (1 - r)):
/// the tonic share of mGluR2/3 inhibition, fraction. calibrated [Schobel2013]
inline constexpr double kBrakeTonicRelief = 0.5;
/// mGluR2/3 brake time constant, min: it builds during the surge and relaxes within hours. calibrated [Schobel2013]
inline constexpr double kTauBrake_min = 150.0;
/// An mGluR2/3 agonist multiplies the brake gain (and speeds it) by this factor: agonists reverse the
/// ketamine-evoked glutamate release (Lorrain 2003; Moghaddam 1997 tested no agonist, issue 28). calibrated
/// [Schobel2013]
inline constexpr double kAgonistBrakeFactor = 6.0;

// ---------------------------------------------------------------------------------------------
// AMPA -> BDNF -> TrkB -> mTORC1, and blockade at rest (eEF2K -> BDNF translation)
// ---------------------------------------------------------------------------------------------
/// Fraction of the drug-evoked AMPA throughput left under NBQX. calibrated [Maeng2008]
inline constexpr double kNbqxAmpaFraction = 0.05;
/// BDNF release excess per unit AMPA activation excess. calibrated [Maeng2008; Autry2011]
inline constexpr double kBdnfPerAmpa = 1.0;
/// Activity-dependent BDNF release left in a Val66Met (Met) carrier, fraction. calibrated [Liu2012]
inline constexpr double kVal66MetReleaseFraction = 0.2;
/// BDNF release time constant, min. calibrated [Autry2011]
inline constexpr double kTauBdnf_min = 15.0;
/// Blockade at rest: BDNF protein pool excess per unit pyramidal NMDAR block (eEF2K off). calibrated [Autry2011]
inline constexpr double kRestTranslationGain = 1.3;
/// Block of pyramidal NMDARs at which the blockade-at-rest drive is half its linear extrapolation: eEF2
/// kinase can only be switched fully off, so the de-suppression of BDNF translation saturates.
/// teaching assumption [Autry2011; Fava2018]
inline constexpr double kRestTranslationSaturationBlock = 0.3;
/// Releasable BDNF store drawn per hour per unit BDNF release excess, 1/h: the standard infusion uses
/// about half of it, so 1.0 mg/kg does little more and larger or longer doses no more. teaching
/// assumption [Fava2018; Lii2023]
inline constexpr double kBdnfStoreUse_per_h = 1.0;
/// Effect-site level at which activity-dependent BDNF release is halved (Hill 4), uM (about 360 ng/mL, deep
/// dissociation toward anaesthesia): release x 1 / (1 + (Ce / C50)^4). No study measures BDNF release at
/// anaesthetic ketamine levels, and the gate is not a claim that the cortex is silent there (it is not: Langsjo
/// 2005). Lii 2023 (0.5 mg/kg during surgery under other anaesthetics, no separation from placebo) says nothing
/// about anaesthetic ketamine levels and is not its source (issue 28). The gate is what keeps anaesthetic doses
/// from scoring better than 0.5-1.0 mg/kg, which nothing supports (Fava 2018 stops at 1.0): a labelled teaching
/// assumption. teaching assumption [Fava2018]
inline constexpr double kPlasticitySedationHalf_uM = 1.5;
/// Refill of the releasable BDNF store, time constant, h. teaching assumption [Fava2018]
inline constexpr double kTauBdnfStoreRefill_h = 72.0;
/// BDNF translation (pool) time constant, min: protein up within 30 min. calibrated [Autry2011]
inline constexpr double kTauBdnfPool_min = 30.0;
/// mTORC1 phosphorylation excess per unit BDNF/TrkB excess. calibrated [Li2010]
inline constexpr double kMtorPerBdnf = 3.0;
/// mTORC1 phosphorylation time constant, min. calibrated [Li2010]
inline constexpr double kTauMtor_min = 10.0;
/// mTORC1 negative feedback (TrkB/S6K desensitisation) strength, per unit mTOR excess. calibrated [Li2010]
inline constexpr double kMtorFeedbackGain = 10.0;
/// mTORC1 feedback time constant, min: phospho-mTOR back to baseline by about 2 h. calibrated [Li2010]
inline constexpr double kTauMtorFeedback_min = 40.0;

// ---------------------------------------------------------------------------------------------
// Protein synthesis and spines
// ---------------------------------------------------------------------------------------------
/// Synaptic protein synthesis per unit mTOR excess, 1/h. calibrated [Li2010]
inline constexpr double kProteinSynthesis_per_h = 0.25;
/// Synaptic protein turnover time constant, h: up from 2 h to about 72 h. calibrated [Li2010]
inline constexpr double kTauProtein_h = 36.0;
/// Spine formation lag (filopodia -> spines) time constant, h: formation marked at 12-24 h, not 3-6 h.
/// calibrated [Phoumthipphavong2016; ModaSava2019]
inline constexpr double kTauSpineFormation_h = 8.0;
/// Spine formation rate per unit formation signal, 1/h. calibrated [Li2010; ModaSava2019]
inline constexpr double kSpineFormation_per_h = 0.1;
/// Largest spine gain over a healthy density (relative): formation saturates there however many doses
/// are given. Of the order of the largest rises of layer-V prefrontal spine density reported in rodents
/// (rat, Li 2010: tens of per cent at 24 h); after chronic stress the bound is the healthy density
/// itself (mouse, Moda-Sava 2019: lost spines restored). teaching assumption [Li2010; ModaSava2019]
inline constexpr double kSpineMaxGainRel = 0.5;
/// Decay of extra spines toward baseline, time constant, h: elevated up to about 2 weeks. calibrated [ModaSava2019]
inline constexpr double kTauSpineDecay_h = 240.0;
/// Spine density after chronic stress, relative to healthy. calibrated [ModaSava2019]
inline constexpr double kStressedSpineDensityRel = 0.85;

// ---------------------------------------------------------------------------------------------
// Clinical proxies (teaching index, not a rating scale)
// ---------------------------------------------------------------------------------------------
// The index has a fast part that needs no spines and a slow part the spines maintain. Relief comes first:
// better than placebo from 40 min, large by 2-4 h, peak at day 1 (Kishimoto 2016, meta-analysis, people);
// MADRS about -19 points at 2 h after the first infusion, more than the halving that defines response from the
// trials' baselines (Murrough 2013, Biol Psychiatry, people). Spines come 12-24 h later and maintain the effect
// rather than start it (Moda-Sava 2019, mice); in people synaptic density (SV2A PET) shows no measurable change
// at 24 h despite the relief (Holmes 2022), so the slow part is rodent biology laid onto the human course.
/// Weight of the BDNF-TrkB signalling part of the fast relief (no spines needed): better than placebo from
/// 40 min. calibrated [Kishimoto2016]
inline constexpr double kClinicalWeightBdnf = 0.8;
/// Weight of the synaptic-potentiation part of the fast relief (synaptic proteins, up from about 2 h): large by
/// 2-4 h, peak near day 1. calibrated [Kishimoto2016; Murrough2013]
inline constexpr double kClinicalWeightProtein = 2.3;
/// Largest weight of the spine-maintained part (reached while the spines fill their headroom well above theta):
/// keeps the effect through the first week. calibrated [Kishimoto2016; Zarate2006; ModaSava2019]
inline constexpr double kClinicalWeightSpines = 0.5;
/// Share of the spine headroom (ceiling - baseline) below which spines no longer maintain the effect:
/// effect lost by days 10-12 after one infusion, while (rodent) spine density stays up to 2 weeks.
/// calibrated [Kishimoto2016; ModaSava2019]
inline constexpr double kClinicalSpineThreshold = 0.38;
/// Filled share above the threshold that gives half the spine-maintained part (saturating: u / (u + kappa)),
/// so the maintained effect holds while enough spines remain and then fades within days. teaching assumption
/// [Kishimoto2016; ModaSava2019; Holmes2022]
inline constexpr double kClinicalSpineSaturation = 0.04;
/// One person's responsiveness: the multiplier of the index's drive x, 1 for the typical person. People differ far
/// more in their clinical response than in their pharmacokinetics (about 71 % respond at 24 h, a third at one
/// week); the population varies it (sim/population.cpp). teaching assumption [Zarate2006; Kishimoto2016]
inline constexpr double kClinicalResponsiveness = 1.0;
/// Clinical index time constant, h: mood follows the biology with a lag of tens of minutes (12 min here, after the
/// 15-min lags of firing and BDNF release: better than placebo at 40 min, the end of the infusion). calibrated [Kishimoto2016]
inline constexpr double kTauClinical_h = 0.2;
// Durability that grows with repeated sessions. After six infusions over 12 days the median relapse came 18 days
// after the last (Murrough 2013, people); one infusion keeps about a third responding at one week (Zarate 2006)
// and is lost by days 10-12 (Kishimoto 2016); esketamine every one or two weeks holds for months (Daly 2019,
// SUSTAIN-1). Why sessions build durability is not known: the model's consolidation of the spines a session finds
// still there (longer-lived spines) is a teaching assumption calibrated to those figures.
/// Consolidation built per hour per unit BDNF excess x filled spine headroom, 1/h. teaching assumption
/// (calibrated to Murrough 2013's median relapse of 18 days after six infusions) [Murrough2013; Daly2019]
inline constexpr double kConsolidation_per_h = 4.0;
/// BDNF excess below which a session's signalling consolidates nothing (its tail for hours after a dose).
/// teaching assumption [Murrough2013]
inline constexpr double kConsolidationBdnfFloor = 0.1;
/// Share of the spine headroom below which there are no spines of an earlier session to consolidate.
/// teaching assumption [Murrough2013]
inline constexpr double kConsolidationFilledFloor = 0.1;
/// Lifetime of the extra spines at full consolidation, x (1 + g). teaching assumption [Murrough2013; Daly2019]
inline constexpr double kConsolidationLifetimeGain = 4.0;
/// Consolidation fades with this time constant, h (30 days) once the sessions stop. teaching assumption [Daly2019]
inline constexpr double kTauConsolidation_h = 720.0;
// Rapamycin's two arms. Rats (Li 2010): an mTORC1 block in the prefrontal cortex abolished the new spines and
// the behavioural effect; the mechanism stages show this experiment. People (Abdallah 2020, 6 mg oral before
// ketamine, crossover, n = 20): the 24-h effect was not blocked and was prolonged (41 % vs 13 % responding at
// 2 weeks); the clinical index shows that trial.
/// mTORC1 activation left in the human clinical arm under 6 mg oral rapamycin, fraction: the 24-h effect was
/// not blocked (how much of an oral 6 mg dose reaches brain mTORC1 is not known). teaching assumption [Abdallah2020]
inline constexpr double kRapamycinHumanMtorFraction = 1.0;
/// Lifetime multiplier of the maintained part in the human arm under rapamycin: response at 2 weeks 41 % vs 13 %
/// (prolonged; mechanism unknown). calibrated [Abdallah2020]
inline constexpr double kRapamycinHumanLifetimeGain = 2.0;
/// Dissociation threshold and span at the effect site: effects rise linearly from 50 to 200 ng/mL
/// of racemic ketamine. measured [Bowdle1998]
inline constexpr double kDissociationStart_ng_per_ml = 50.0;
inline constexpr double kDissociationFull_ng_per_ml = 200.0;
/// Maximal mean-arterial-pressure rise, mmHg (anaesthetic doses). calibrated [RivaPosse2018]
inline constexpr double kBpMax_mmHg = 30.0;
/// Effect-site concentration of half-maximal pressure rise (Hill 2), ng/mL: +5 mmHg at 185 ng/mL,
/// back to baseline by about 1.5 h. calibrated [RivaPosse2018]
inline constexpr double kBpEc50_ng_per_ml = 414.0;

// ---------------------------------------------------------------------------------------------
// Mechanism stage: each stage's score is its activity divided by its reference activity (about its
// peak after the standard 0.5 mg/kg infusion); the stage with the largest score is shown.
// ---------------------------------------------------------------------------------------------
/// Below this largest score the model reports baseline. calibrated (teaching choice) [Zarate2006]
inline constexpr double kStageMinScore = 0.1;
/// Shortest time the story front shows one stage, minutes, so every step of the story is seen
/// (at the 1-minute grid). teaching choice [Zarate2006]
inline constexpr double kStageMinDwell_min = 4.0;
/// A stage whose score has fallen below this hands over to the next one. teaching choice [Zarate2006]
inline constexpr double kStageHandOverScore = 0.5;
/// Reference lead of plasma over the effect site, ng/mL (during the standard infusion). calibrated [Zarate2006]
inline constexpr double kStageRefPlasmaLead_ng_per_ml = 12.0;
/// Reference interneuron NMDAR block, fraction. calibrated [Homayoun2007]
inline constexpr double kStageRefBlock = 0.5;
/// Reference pyramidal firing excess (relative). calibrated [Homayoun2007]
inline constexpr double kStageRefPyramidalExcess = 1.9;
/// Reference glutamate excess (relative). calibrated [Moghaddam1997]
inline constexpr double kStageRefGlutamateExcess = 0.7;
/// Reference BDNF excess (relative). calibrated [Autry2011]
inline constexpr double kStageRefBdnfExcess = 0.5;
/// Reference phospho-mTORC1 excess (relative). calibrated [Li2010]
inline constexpr double kStageRefMtorExcess = 0.8;
/// Reference synaptic-protein excess (relative; the mtor stage covers protein synthesis). calibrated [Li2010]
inline constexpr double kStageRefProteinExcess = 0.14;
/// Reference spine-formation signal (dimensionless). calibrated [Li2010]
inline constexpr double kStageRefSpineFormation = 0.105;
/// Reference clinical index (about its peak after the standard infusion, as every reference). calibrated
/// [Kishimoto2016]
inline constexpr double kStageRefClinical = 0.41;

}  // namespace sim::k
