// Pharmacokinetics: absorption depots, the Clements two-compartment body and an effect site, integrated exactly.
#pragma once
#include <array>
#include <vector>

#include "sim/parameters.hpp"
#include "sim/scenario.hpp"

namespace sim {

/// Slots of the linear pharmacokinetic state. Amounts are in mg, except the effect site (mg/L).
enum PkSlot : int {
    kDepotIntramuscular,  ///< drug still in the muscle, mg
    kDepotIntranasal,     ///< drug still in the nasal mucosa, mg
    kDepotSublingual,     ///< drug still under the tongue, mg
    kDepotOral,           ///< drug still in the gut, mg
    kCentral,             ///< central compartment (plasma), mg
    kPeripheral,          ///< peripheral compartment (tissues), mg
    kEffectSite,          ///< effect-site (receptor) concentration, mg/L
    kEliminated,          ///< cumulative amount eliminated, mg (kept for the mass balance)
    kPkSize
};

using PkState = std::array<double, kPkSize>;
using PkMatrix = std::array<double, kPkSize * kPkSize>;  ///< row-major

/// How a route delivers the drug: the fraction that reaches plasma and how fast.
struct RouteKinetics {
    double bioavailability = 1.0;  ///< F, fraction 0..1
    double ka_per_min = 0.0;       ///< first-order absorption rate, 1/min (0: straight into plasma)
    int depot = kCentral;          ///< the PkSlot the bioavailable dose enters
};

/// The route's kinetics for one person's parameters (default: the typical person).
RouteKinetics route_kinetics(Route route, Drug drug, const Parameters& parameters = {});

/// One person's parameters with the drug's own disposition: esketamine's distribution and intranasal absorption
/// (Spravato label), scaled by the person's factors; racemic and R-ketamine unchanged.
Parameters with_drug_disposition(Parameters parameters, Drug drug);

/// The discrete-time model over one step h: x(t+h) = phi x(t) + gamma u, exact for a constant
/// infusion rate u (mg/min) over the step (phi = e^{A h}, gamma = integral_0^h e^{A s} ds B).
struct PkModel {
    PkMatrix phi{};
    PkState gamma{};
    double central_volume_L = 1.0;  ///< V1 for this body weight, L
};

/// Builds the step model for a body weight (kg), step (min) and one person's parameters.
PkModel make_pk_model(double body_weight_kg, double step_min, const Parameters& parameters = {});

/// Advances the state by one step at a constant IV infusion rate (mg/min).
void pk_step(const PkModel& model, PkState& x, double infusion_mg_per_min);

/// The dose of one administration in mg (absolute amount, or per kg times the body weight).
double dose_mg(const Dose& dose, double body_weight_kg);

/// True for routes given as a single instant input (everything but the IV infusion).
bool is_instant(Route route);

/// One IV infusion as a constant rate over [start_h, end_h).
struct Infusion {
    double start_h = 0.0;
    double end_h = 0.0;
    double rate_mg_per_min = 0.0;
};

/// The IV infusions of a schedule, rates precomputed.
std::vector<Infusion> make_infusions(const std::vector<Dose>& doses, double body_weight_kg);

/// Mean IV infusion rate (mg/min) over [t0_h, t0_h + step_h) from all infusions.
double infusion_rate_mg_per_min(const std::vector<Infusion>& infusions, double t0_h, double step_h);

/// Adds the bioavailable part of every instant dose with start in (after_h, up_to_h] to its depot.
/// Returns the bioavailable amount added, mg.
double give_instant_doses(PkState& x, const std::vector<Dose>& doses, Drug drug, double body_weight_kg, double after_h,
                          double up_to_h, const Parameters& parameters = {});

/// Total mass in the body plus eliminated (everything but the effect site), mg.
double pk_total_mass_mg(const PkState& x);

}  // namespace sim
