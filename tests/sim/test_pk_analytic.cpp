// Pharmacokinetics pinned analytically: the terminal half-life from the rate constants' eigenvalues, exposure equal
// to bioavailable dose over clearance for every route, and IV and oral concentrations against closed forms or an
// independent high-precision integration.
#include <catch2/catch.hpp>

#include <cmath>

#include "sim/constants.hpp"
#include "sim/pk.hpp"
#include "sim_helpers.hpp"

using namespace simtest;
using sim::State;
namespace k = sim::k;

namespace {

constexpr double kWeight_kg = 70.0;
constexpr double kNgPerMlPerMgPerL = 1000.0;

/// The two-compartment body's disposition rates (1/min): alpha (distribution) and beta (terminal).
struct Disposition {
    double alpha_per_min, beta_per_min;
};
Disposition disposition() {
    const double sum = k::kK10_per_min + k::kK12_per_min + k::kK21_per_min;
    const double root = std::sqrt(sum * sum - 4.0 * k::kK10_per_min * k::kK21_per_min);
    return {0.5 * (sum + root), 0.5 * (sum - root)};
}

double central_volume_L() { return k::kV1_L_per_kg * kWeight_kg; }
double clearance_L_per_min() { return k::kK10_per_min * central_volume_L(); }

/// Plasma after an IV bolus of dose_mg at t = 0 (closed form), ng/mL.
double bolus_plasma_ng_per_ml(double dose_mg, double t_min) {
    const auto [a, b] = disposition();
    const double c0 = dose_mg / central_volume_L() * kNgPerMlPerMgPerL;
    return c0 * ((a - k::kK21_per_min) / (a - b) * std::exp(-a * t_min) +
                 (k::kK21_per_min - b) / (a - b) * std::exp(-b * t_min));
}

/// Plasma during a constant infusion of rate_mg_per_min started at t = 0 (closed form), ng/mL.
double infusion_plasma_ng_per_ml(double rate_mg_per_min, double t_min) {
    const auto [a, b] = disposition();
    const double per_volume = rate_mg_per_min / central_volume_L() * kNgPerMlPerMgPerL;
    return per_volume * ((a - k::kK21_per_min) / (a * (a - b)) * (1.0 - std::exp(-a * t_min)) +
                         (k::kK21_per_min - b) / (b * (a - b)) * (1.0 - std::exp(-b * t_min)));
}

/// An absorption depot emptying into the two-compartment body, integrated independently with RK4 at 1 s;
/// returns the plasma peak (ng/mL) and its time (h).
Peak extravascular_peak(double bioavailable_mg, double ka_per_min) {
    double depot = bioavailable_mg, central = 0.0, peripheral = 0.0;
    const auto rates = [&](double d, double c, double p, double out[3]) {
        out[0] = -ka_per_min * d;
        out[1] = ka_per_min * d - (k::kK10_per_min + k::kK12_per_min) * c + k::kK21_per_min * p;
        out[2] = k::kK12_per_min * c - k::kK21_per_min * p;
    };
    constexpr double h_min = 1.0 / 60.0;
    Peak best;
    for (int i = 1; i <= 24 * 60 * 60; ++i) {
        double k1[3], k2[3], k3[3], k4[3];
        rates(depot, central, peripheral, k1);
        rates(depot + 0.5 * h_min * k1[0], central + 0.5 * h_min * k1[1], peripheral + 0.5 * h_min * k1[2], k2);
        rates(depot + 0.5 * h_min * k2[0], central + 0.5 * h_min * k2[1], peripheral + 0.5 * h_min * k2[2], k3);
        rates(depot + h_min * k3[0], central + h_min * k3[1], peripheral + h_min * k3[2], k4);
        depot += h_min / 6.0 * (k1[0] + 2 * k2[0] + 2 * k3[0] + k4[0]);
        central += h_min / 6.0 * (k1[1] + 2 * k2[1] + 2 * k3[1] + k4[1]);
        peripheral += h_min / 6.0 * (k1[2] + 2 * k2[2] + 2 * k3[2] + k4[2]);
        const double c = central / central_volume_L() * kNgPerMlPerMgPerL;
        if (c > best.value) best = {c, i * h_min / 60.0};
    }
    return best;
}

}  // namespace

TEST_CASE("The terminal half-life is the one the rate constants give, within 0.5 %") {
    const sim::Trajectory t = sim::simulate(standard());
    const double slope_per_h = std::log(t.at(8.0).plasma_ng_per_ml / t.at(16.0).plasma_ng_per_ml) / 8.0;
    const double expected_half_life_h = std::log(2.0) / (disposition().beta_per_min * 60.0);
    CHECK(std::log(2.0) / slope_per_h == Approx(expected_half_life_h).epsilon(0.005));
    CHECK(expected_half_life_h == Approx(3.05).epsilon(0.01));  // the README's "3.0 h terminal half-life"
}

TEST_CASE("Exposure (AUC) is bioavailable dose over clearance for every route, within 1 %") {
    for (const sim::Drug drug : {sim::Drug::racemic, sim::Drug::esketamine}) {
        for (const sim::Route route : {sim::Route::iv_infusion, sim::Route::iv_bolus, sim::Route::intramuscular,
                                       sim::Route::intranasal, sim::Route::sublingual, sim::Route::oral}) {
            INFO("route " << static_cast<int>(route) << " drug " << static_cast<int>(drug));
            const double dose_mg = 0.5 * kWeight_kg;
            const double f = sim::route_kinetics(route, drug).bioavailability;
            const double expected_ng_h_per_ml = f * dose_mg / clearance_L_per_min() * kNgPerMlPerMgPerL / 60.0;
            const sim::Trajectory t = sim::simulate(single_dose(route, 0.5, drug));
            CHECK(area(t, &State::plasma_ng_per_ml) == Approx(expected_ng_h_per_ml).epsilon(0.01));
        }
    }
    CHECK(clearance_L_per_min() / kWeight_kg * 1000.0 == Approx(19.0).epsilon(0.01));  // Clements 1982: 19 mL/kg/min
}

TEST_CASE("IV bolus and infusion concentrations match the two-compartment closed forms") {
    const sim::Trajectory bolus = sim::simulate(single_dose(sim::Route::iv_bolus, 0.5));
    for (const double t_min : {1.0, 5.0, 30.0, 120.0, 600.0})
        CHECK(bolus.at(t_min / 60.0).plasma_ng_per_ml ==
              Approx(bolus_plasma_ng_per_ml(0.5 * kWeight_kg, t_min)).epsilon(1e-6));
    const sim::Trajectory infusion = sim::simulate(standard());  // 35 mg over 40 min
    const double rate_mg_per_min = 0.5 * kWeight_kg / 40.0;
    for (const double t_min : {10.0, 20.0, 40.0}) {
        INFO("t = " << t_min << " min");
        CHECK(infusion.at(t_min / 60.0).plasma_ng_per_ml ==
              Approx(infusion_plasma_ng_per_ml(rate_mg_per_min, t_min)).epsilon(1e-6));
    }
    const Peak p = peak(infusion, &State::plasma_ng_per_ml);
    CHECK(p.time_h == Approx(40.0 / 60.0).margin(1e-9));  // the peak is the end of the infusion
    CHECK(p.value == Approx(infusion_plasma_ng_per_ml(rate_mg_per_min, 40.0)).epsilon(1e-6));
}

TEST_CASE("Extravascular peaks and their times match an independent RK4 integration") {
    for (const sim::Route route :
         {sim::Route::intramuscular, sim::Route::intranasal, sim::Route::sublingual, sim::Route::oral}) {
        INFO("route " << static_cast<int>(route));
        const sim::RouteKinetics kin = sim::route_kinetics(route, sim::Drug::racemic);
        const Peak expected = extravascular_peak(kin.bioavailability * 0.5 * kWeight_kg, kin.ka_per_min);
        const Peak got = peak(sim::simulate(single_dose(route, 0.5)), &State::plasma_ng_per_ml);
        CHECK(got.value == Approx(expected.value).epsilon(0.002));
        CHECK(got.time_h == Approx(expected.time_h).margin(1.0 / 60.0));  // the model's 1-minute grid
    }
}
