// The time bar's markers: doses, infusion ends and stage onsets, labelled in the session's words.
#include <catch2/catch.hpp>

#include "fixture.hpp"
#include "session/view/timeline_events.hpp"

TEST_CASE("a dose's and an infusion end's markers say what was given, in the catalogue's words") {
    session::Session s = test::make_app();
    sim::Dose bolus = s.model.scenario.doses.front();
    bolus.route = sim::Route::intranasal;
    bolus.amount_mg = 56.0;
    bolus.start_h = 48.0;
    s.model.scenario.doses.push_back(bolus);
    std::vector<std::string> labels;
    for (const session::TimelineEvent& e : s.model.events())
        if (e.kind != session::TimelineEvent::Kind::stage) labels.push_back(session::event_label(s, e));
    CHECK(labels == std::vector<std::string>{"Dose 1: 0.5 mg/kg IV infusion", "End of infusion 1",
                                             "Dose 2: 56 mg intranasal"});
}
