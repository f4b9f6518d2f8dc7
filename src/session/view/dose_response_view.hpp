// The dose-response view's points, recomputed only when what they depend on changes (drug, weight, switches).
#pragma once
#include <vector>

#include "sim/dose_response.hpp"
#include "sim/scenario.hpp"

namespace session {

/// The last computed view and the scenario it was computed for (doses left out: the view sets its own).
struct DoseResponseView {
    sim::Scenario key;
    bool computed = false;
    std::vector<sim::DoseResponsePoint> points;
};

/// The points for this scenario's drug, body weight, experiments, hypotheses and parameters (20 runs,
/// tens of milliseconds, only when one of those changed).
const std::vector<sim::DoseResponsePoint>& dose_response_points(DoseResponseView& view, const sim::Scenario& scenario);

/// The scenario reduced to what the view depends on.
sim::Scenario dose_response_key(const sim::Scenario& scenario);

}  // namespace session
