// The studied-range check: dose per administration, body weight and schedule against published use.
#include "sim/studied_range.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "sim/pk.hpp"

namespace sim {
namespace {

std::string fixed(double v, int decimals) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    return buf;
}

/// Start times of the sessions: doses less than kSessionGap_h after the previous one join its session
/// (esketamine's three devices five minutes apart are one session).
std::vector<double> session_starts_h(const std::vector<Dose>& doses) {
    std::vector<double> starts;
    for (const Dose& d : doses) starts.push_back(d.start_h);
    std::sort(starts.begin(), starts.end());
    std::vector<double> sessions;
    double last = -1e300;
    for (double t : starts) {
        if (t - last >= kSessionGap_h) sessions.push_back(t);
        last = t;
    }
    return sessions;
}

/// IV-equivalent mg/kg of each session (its doses added).
std::vector<double> session_doses(const Scenario& s, double weight_kg) {
    std::vector<Dose> doses = s.doses;
    std::sort(doses.begin(), doses.end(), [](const Dose& a, const Dose& b) { return a.start_h < b.start_h; });
    std::vector<double> totals;
    double last = -1e300;
    for (const Dose& d : doses) {
        if (d.start_h - last >= kSessionGap_h || totals.empty()) totals.push_back(0.0);
        totals.back() += iv_equivalent_mg_per_kg(d, s.drug, weight_kg);
        last = d.start_h;
    }
    return totals;
}

void check_doses(const Scenario& s, double weight_kg, std::vector<std::string>& out) {
    const std::vector<double> totals = session_doses(s, weight_kg);
    if (totals.empty()) return;
    const double high = *std::max_element(totals.begin(), totals.end());
    const double low = *std::min_element(totals.begin(), totals.end());
    if (high > kInductionDoseMax_mg_per_kg * 1.0001)
        out.push_back(fixed(high, 1) + " mg/kg IV equivalent: above anaesthetic induction doses (1-4.5 mg/kg)");
    else if (high > kStudiedDoseMax_mg_per_kg * 1.0001)
        out.push_back(fixed(high, 2) + " mg/kg IV equivalent: above the 0.1-1 mg/kg studied for depression");
    if (low < kStudiedDoseMin_mg_per_kg * 0.9999 && low > 0.0)
        out.push_back(fixed(low, 2) + " mg/kg IV equivalent: below the 0.1-1 mg/kg studied for depression");
}

void check_schedule(const Scenario& s, std::vector<std::string>& out) {
    const std::vector<double> starts = session_starts_h(s.doses);
    for (std::size_t i = 1; i < starts.size(); ++i)
        if (starts[i] - starts[i - 1] < kMinSessionInterval_h) {
            out.push_back("sessions " + fixed(starts[i] - starts[i - 1], 1) +
                          " h apart: published schedules give at most one a day");
            break;
        }
    for (std::size_t i = 0; i < starts.size(); ++i) {
        const auto in_window = std::count_if(starts.begin() + static_cast<long>(i), starts.end(),
                                             [&](double t) { return t < starts[i] + 14.0 * 24.0; });
        if (in_window > kMaxSessionsIn14Days) {
            out.push_back(std::to_string(in_window) +
                          " sessions within 14 days: beyond published courses (six over 12 days)");
            break;
        }
    }
}

/// What was studied for this drug and route: IV esketamine up to 0.4 mg/kg, oral up to 1 mg/kg as taken.
void check_drug_and_route(const Scenario& s, double weight_kg, std::vector<std::string>& out) {
    double esketamine_iv = 0.0, oral = 0.0;
    const double weight = std::max(1e-9, weight_kg);
    for (const Dose& d : s.doses) {
        const double mg_per_kg = dose_mg(d, weight) / weight;
        const bool iv = d.route == Route::iv_infusion || d.route == Route::iv_bolus;
        if (iv && s.drug == Drug::esketamine) esketamine_iv = std::max(esketamine_iv, mg_per_kg);
        if (d.route == Route::oral) oral = std::max(oral, mg_per_kg);
    }
    if (esketamine_iv > kStudiedEsketamineIvMax_mg_per_kg * 1.0001)
        out.push_back(fixed(esketamine_iv, 2) + " mg/kg IV esketamine: above the 0.2-0.4 mg/kg studied (Singh 2016)");
    if (oral > kStudiedOralMax_mg_per_kg * 1.0001)
        out.push_back(fixed(oral, 1) +
                      " mg/kg oral: exposure mostly norketamine (Fanta 2015), which the model does not simulate");
}

void check_magnesium(const Scenario& s, std::vector<std::string>& out) {
    const double mg = s.params.magnesium_mM;
    if (!(mg >= kPhysiologicalMagnesiumMin_mM && mg <= kPhysiologicalMagnesiumMax_mM))
        out.push_back("Mg2+ " + fixed(mg, 1) + " mM: outside the physiological range (CSF about 1 mM, 0.5-2 modelled)");
}

}  // namespace

double iv_equivalent_mg_per_kg(const Dose& dose, Drug drug, double body_weight_kg) {
    const double weight = std::max(1e-9, body_weight_kg);
    return dose_mg(dose, weight) * route_kinetics(dose.route, drug).bioavailability / weight;
}

std::vector<std::string> extrapolation_reasons(const Scenario& s) {
    std::vector<std::string> out;
    const double weight = s.body_weight_kg;
    if (!(weight >= kStudiedWeightMin_kg && weight <= kStudiedWeightMax_kg))
        out.push_back(fixed(weight, 0) + " kg: the model is meant for adults of 40-150 kg");
    check_doses(s, weight, out);
    check_drug_and_route(s, weight, out);
    check_schedule(s, out);
    check_magnesium(s, out);
    return out;
}

std::string extrapolation_line(const Scenario& s) {
    const std::vector<std::string> reasons = extrapolation_reasons(s);
    if (reasons.empty()) return "";
    std::string line = std::string(kExtrapolationHeading) + " (";
    for (std::size_t i = 0; i < reasons.size(); ++i) line += (i ? "; " : "") + reasons[i];
    return line + ")";
}

}  // namespace sim
