// The dose-response view's cache: recomputed when the drug, body weight or a switch changes.
#include "session/view/dose_response_view.hpp"

namespace session {

sim::Scenario dose_response_key(const sim::Scenario& scenario) {
    sim::Scenario key = scenario;
    key.name.clear();
    key.description.clear();
    key.doses.clear();
    key.duration_days = 21.0;
    return key;
}

const std::vector<sim::DoseResponsePoint>& dose_response_points(DoseResponseView& view, const sim::Scenario& scenario) {
    sim::Scenario key = dose_response_key(scenario);
    if (!view.computed || !(key == view.key)) {
        view.points = sim::dose_response(key, sim::dose_response_doses());
        view.key = std::move(key);
        view.computed = true;
    }
    return view.points;
}

}  // namespace session
