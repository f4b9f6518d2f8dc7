// The inputs of one simulation run: patient, drug, dose schedule, virtual experiments and model overrides.
#pragma once
#include <string>
#include <vector>

namespace sim {

enum class Drug { racemic, esketamine, arketamine };
enum class Route { iv_infusion, iv_bolus, intramuscular, intranasal, sublingual, oral };

/// One administration.
struct Dose {
    double start_h = 0.0;  ///< time of the start of administration, hours from t = 0
    Route route = Route::iv_infusion;
    double amount_mg_per_kg = 0.5;  ///< dose per kg body weight (ignored when amount_mg > 0)
    double amount_mg = 0.0;         ///< absolute dose in mg (used for fixed doses such as intranasal 84 mg)
    double duration_min = 40.0;     ///< infusion duration in minutes (IV infusion only)
    bool operator==(const Dose&) const = default;
};

/// Virtual experiments (each reproduces a published manipulation).
struct Experiments {
    bool rapamycin = false;        ///< mTORC1 inhibitor pretreatment (Li 2010)
    bool nbqx = false;             ///< AMPA receptor antagonist (Maeng 2008)
    bool val66met = false;         ///< BDNF Val66Met (Met carrier) genotype (Liu 2012)
    bool mglur23_agonist = false;  ///< presynaptic mGluR2/3 agonist pretreatment (Lorrain 2003; Schobel 2013)
    bool chronic_stress = false;   ///< stressed baseline: fewer spines to start with (Li 2011; Moda-Sava 2019)
    bool operator==(const Experiments&) const = default;
};

/// Which hypotheses of how NMDA blockade triggers the cascade are active (both by default).
struct Hypotheses {
    bool disinhibition = true;     ///< blockade on GABA interneurons -> glutamate surge (Homayoun 2007)
    bool blockade_at_rest = true;  ///< blockade of resting NMDARs -> eEF2K off -> BDNF translation (Autry 2011)
    bool operator==(const Hypotheses&) const = default;
};

/// Advanced model parameters a user may override (defaults are the cited values).
struct ModelParams {
    double magnesium_mM = 1.0;  ///< extracellular Mg2+ (mM); raises the functional IC50 (Kotermanski 2009)
    bool operator==(const ModelParams&) const = default;
};

struct Scenario {
    std::string name = "standard-infusion";
    std::string description;  ///< one sentence shown in the UI
    Drug drug = Drug::racemic;
    double body_weight_kg = 70.0;
    std::vector<Dose> doses = {Dose{}};
    Experiments experiments;
    Hypotheses hypotheses;
    ModelParams params;
    double duration_days = 21.0;  ///< simulated span (at least 21 days)
    bool operator==(const Scenario&) const = default;
};

}  // namespace sim
