// Pharmacokinetics: the rate matrix of the compartments and its exact one-step exponential.
#include "sim/pk.hpp"

#include <algorithm>
#include <cmath>

#include "sim/constants.hpp"

namespace sim {
namespace {

constexpr int kN = kPkSize + 1;  // augmented with the infusion input, so one exponential gives phi and gamma
using Aug = std::array<double, kN * kN>;

Aug multiply(const Aug& a, const Aug& b) {
    Aug c{};
    for (int i = 0; i < kN; ++i)
        for (int k = 0; k < kN; ++k) {
            const double aik = a[i * kN + k];
            if (aik == 0.0) continue;
            for (int j = 0; j < kN; ++j) c[i * kN + j] += aik * b[k * kN + j];
        }
    return c;
}

double max_row_sum(const Aug& a) {
    double norm = 0.0;
    for (int i = 0; i < kN; ++i) {
        double row = 0.0;
        for (int j = 0; j < kN; ++j) row += std::abs(a[i * kN + j]);
        norm = std::max(norm, row);
    }
    return norm;
}

// e^M by scaling and squaring: e^M = (e^{M / 2^s})^{2^s}, with a 14-term Taylor series for the
// scaled matrix (norm <= 0.5, truncation error below 1e-16).
Aug expm(Aug m) {
    int squarings = 0;
    while (max_row_sum(m) > 0.5 && squarings < 60) {
        for (double& v : m) v *= 0.5;
        ++squarings;
    }
    Aug result{}, term{};
    for (int i = 0; i < kN; ++i) result[i * kN + i] = term[i * kN + i] = 1.0;
    for (int order = 1; order <= 14; ++order) {
        term = multiply(term, m);
        for (double& v : term) v /= order;
        for (int i = 0; i < kN * kN; ++i) result[i] += term[i];
    }
    for (int s = 0; s < squarings; ++s) result = multiply(result, result);
    return result;
}

void add_transfer(Aug& a, int from, int to, double rate_per_min) {
    a[from * kN + from] -= rate_per_min;
    a[to * kN + from] += rate_per_min;
}

// The rate matrix A (1/min) of dx/dt = A x + B u, with the input column B (infusion into the
// central compartment) in the last column:
//   d depot/dt   = -ka depot                         (each absorption route)
//   d A1/dt      = sum ka depot - (k10 + k12) A1 + k21 A2 + u
//   d A2/dt      = k12 A1 - k21 A2
//   d Ce/dt      = ke0 (A1 / V1 - Ce)               (effect site, mg/L)
//   d Elim/dt    = k10 A1
Aug rate_matrix(double v1_L, const Parameters& p) {
    Aug a{};
    add_transfer(a, kDepotIntramuscular, kCentral, p.ka_intramuscular_per_min);
    add_transfer(a, kDepotIntranasal, kCentral, p.ka_intranasal_per_min);
    add_transfer(a, kDepotSublingual, kCentral, p.ka_sublingual_per_min);
    add_transfer(a, kDepotOral, kCentral, p.ka_oral_per_min);
    add_transfer(a, kCentral, kPeripheral, p.k12_per_min);
    add_transfer(a, kPeripheral, kCentral, p.k21_per_min);
    add_transfer(a, kCentral, kEliminated, p.k10_per_min);
    a[kEffectSite * kN + kCentral] = p.ke0_per_min / v1_L;
    a[kEffectSite * kN + kEffectSite] = -p.ke0_per_min;
    a[kCentral * kN + kPkSize] = 1.0;  // B: the infusion enters the central compartment
    return a;
}

}  // namespace

RouteKinetics route_kinetics(Route route, Drug drug, const Parameters& p) {
    const bool s_enantiomer = drug == Drug::esketamine;
    switch (route) {
        case Route::iv_infusion:
        case Route::iv_bolus: return {1.0, 0.0, kCentral};
        case Route::intramuscular: return {p.f_intramuscular, p.ka_intramuscular_per_min, kDepotIntramuscular};
        case Route::intranasal:
            return {s_enantiomer ? p.f_intranasal_esketamine : p.f_intranasal_racemic, p.ka_intranasal_per_min,
                    kDepotIntranasal};
        case Route::sublingual: return {p.f_sublingual, p.ka_sublingual_per_min, kDepotSublingual};
        case Route::oral: return {s_enantiomer ? p.f_oral_esketamine : p.f_oral_racemic, p.ka_oral_per_min, kDepotOral};
    }
    return {};
}

Parameters with_drug_disposition(Parameters p, Drug drug) {
    if (drug != Drug::esketamine) return p;
    p.k12_per_min *= k::kK12_esketamine_per_min / k::kK12_per_min;
    p.k21_per_min *= k::kK21_esketamine_per_min / k::kK21_per_min;
    p.ka_intranasal_per_min *= k::kKa_intranasal_esketamine_per_min / k::kKa_intranasal_per_min;
    p.ka_oral_per_min *= k::kKa_oral_esketamine_per_min / k::kKa_oral_per_min;
    return p;
}

PkModel make_pk_model(double body_weight_kg, double step_min, const Parameters& parameters) {
    PkModel model;
    model.central_volume_L = parameters.v1_L_per_kg * body_weight_kg;
    Aug m = rate_matrix(model.central_volume_L, parameters);
    for (double& v : m) v *= step_min;
    const Aug e = expm(m);
    for (int i = 0; i < kPkSize; ++i) {
        for (int j = 0; j < kPkSize; ++j) model.phi[i * kPkSize + j] = e[i * kN + j];
        model.gamma[i] = e[i * kN + kPkSize];
    }
    return model;
}

// x' = phi x + gamma u. The depots only empty (their rows of phi are diagonal) and nothing flows
// back into them, so only the rows from the central compartment on need the full product, and
// only for the columns that hold drug (an IV run never fills a depot).
void pk_step(const PkModel& model, PkState& x, double infusion_mg_per_min) {
    // Drug gone and none flowing in (most of a 21-day run): nothing moves, the step is the identity.
    const bool drug_free = std::all_of(x.begin(), x.begin() + kEliminated, [](double v) { return v == 0.0; });
    if (drug_free && infusion_mg_per_min == 0.0) return;
    PkState next{};
    for (int i = 0; i < kCentral; ++i) next[i] = model.phi[i * kPkSize + i] * x[i];
    for (int i = kCentral; i < kPkSize; ++i) next[i] = model.gamma[i] * infusion_mg_per_min;
    for (int j = 0; j < kPkSize; ++j) {
        if (x[j] == 0.0) continue;
        for (int i = kCentral; i < kPkSize; ++i) next[i] += model.phi[i * kPkSize + j] * x[j];
    }
    // Below a picogram (1e-9 mg; at the effect site 1e-9 mg/L, 4 femtomolar) the drug counts as
    // gone: an amount is moved to the eliminated total (mass is kept), the effect site is dropped.
    // This keeps subnormals (very slow) out and lets the drug-free shortcut above apply.
    for (int i = 0; i < kEliminated; ++i) {
        if (std::abs(next[i]) >= 1e-9) continue;
        if (i != kEffectSite) next[kEliminated] += next[i];
        next[i] = 0.0;
    }
    x = next;
}

double dose_mg(const Dose& dose, double body_weight_kg) {
    return dose.amount_mg > 0.0 ? dose.amount_mg : dose.amount_mg_per_kg * body_weight_kg;
}

bool is_instant(Route route) { return route != Route::iv_infusion; }

std::vector<Infusion> make_infusions(const std::vector<Dose>& doses, double body_weight_kg) {
    std::vector<Infusion> out;
    for (const Dose& d : doses) {
        if (is_instant(d.route) || !(d.duration_min > 0.0)) continue;
        out.push_back({d.start_h, d.start_h + d.duration_min / 60.0, dose_mg(d, body_weight_kg) / d.duration_min});
    }
    return out;
}

double infusion_rate_mg_per_min(const std::vector<Infusion>& infusions, double t0_h, double step_h) {
    double rate_h = 0.0;  // sum of rate x overlap (mg/min x h)
    for (const Infusion& f : infusions) {
        const double overlap_h = std::min(f.end_h, t0_h + step_h) - std::max(f.start_h, t0_h);
        if (overlap_h > 0.0) rate_h += f.rate_mg_per_min * overlap_h;
    }
    return rate_h / step_h;
}

double give_instant_doses(PkState& x, const std::vector<Dose>& doses, Drug drug, double body_weight_kg, double after_h,
                          double up_to_h, const Parameters& parameters) {
    double added_mg = 0.0;
    for (const Dose& d : doses) {
        if (!is_instant(d.route) || !(d.start_h > after_h && d.start_h <= up_to_h)) continue;
        const RouteKinetics rk = route_kinetics(d.route, drug, parameters);
        const double mg = rk.bioavailability * dose_mg(d, body_weight_kg);
        x[rk.depot] += mg;
        added_mg += mg;
    }
    return added_mg;
}

double pk_total_mass_mg(const PkState& x) {
    double total = 0.0;
    for (int i = 0; i < kPkSize; ++i)
        if (i != kEffectSite) total += x[i];
    return total;
}

}  // namespace sim
