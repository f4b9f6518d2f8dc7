// State links: every key applies, a link written from a session restores it, a bad link changes nothing.
#include <catch2/catch.hpp>

#include "session/fixture.hpp"
#include "session/lesson/lesson.hpp"
#include "session/link.hpp"
#include "session/lesson/question.hpp"
#include "session/screen_reader.hpp"

namespace {

using session::apply_link;

}  // namespace

TEST_CASE("a link sets the preset, the parameters, the time and what is shown") {
    session::Session session = test::make_app();
    REQUIRE_FALSE(apply_link(session,
                             "scenario=rapamycin&at=3d&view=spine&theme=light&presenter=1&body_weight_kg=81&"
                             "nbqx=1&drug=esketamine&route=iv_bolus&dose_mg_per_kg=0.25&magnesium_mM=1.5"));
    CHECK(session.default_scenario.name == "rapamycin");
    CHECK(session.model.scenario.experiments.rapamycin);
    CHECK(session.model.scenario.experiments.nbqx);
    CHECK(session.model.scenario.body_weight_kg == 81.0);
    CHECK(session.model.scenario.drug == sim::Drug::esketamine);
    CHECK(session.model.scenario.doses.front().route == sim::Route::iv_bolus);
    CHECK(session.model.scenario.doses.front().amount_mg_per_kg == 0.25);
    CHECK(session.model.scenario.params.magnesium_mM == 1.5);
    CHECK(session.time_h == 72.0);
    CHECK(session.view.view == scene::View::spine);
    CHECK(session.shown_view == scene::View::spine);  // shown at once, no camera move
    CHECK(session.view.theme == scene::Theme::light);
    CHECK(session.presenter);
}

TEST_CASE("a link shows the split receptor close-up, and a link written from it keeps the split") {
    session::Session session = test::make_app();
    REQUIRE_FALSE(apply_link(session, "view=receptor-split"));
    CHECK(session.view.view == scene::View::receptor);
    CHECK(session.view.receptor_split);
    CHECK(session::link_query(session).find("view=receptor-split") != std::string::npos);
    REQUIRE_FALSE(apply_link(session, "view=receptor"));
    CHECK_FALSE(session.view.receptor_split);
    const std::string query = session::link_query(session);
    CHECK((query.find("view=receptor&") != std::string::npos || query.ends_with("view=receptor")));
}

TEST_CASE("a link opens a lesson at a step, and percent-encoded values decode") {
    session::Session session = test::make_app();
    REQUIRE_FALSE(apply_link(session, "lesson=mechanism&step=4&presenter=%31"));
    REQUIRE(session.lesson.lesson);
    CHECK(session.lesson.step == 3);
    CHECK(session.presenter);
    CHECK(session.view.view == session.lesson.lesson->steps[3].view);
    CHECK(session.shown_view == session.view.view);  // no camera move from the view the session had
    CHECK_FALSE(session.from_view);
}

TEST_CASE("link_query writes a link that restores the session") {
    session::Session session = test::make_app();
    REQUIRE_FALSE(apply_link(session, "scenario=standard-infusion&rapamycin=1&body_weight_kg=55.5&at=95min&view=circuit"));
    const std::string query = session::link_query(session);
    CHECK(query == "scenario=standard-infusion&body_weight_kg=55.5&rapamycin=1&at=95min&view=circuit");
    for (const double t_h : {0.0, 0.5, 2.0, 48.0, 0.123456789}) {
        session.time_h = t_h;
        session::Session fresh = test::make_app();
        REQUIRE_FALSE(apply_link(fresh, session::link_query(session)));
        CHECK(fresh.model.scenario == session.model.scenario);
        CHECK(fresh.time_h == Approx(t_h).epsilon(1e-9));
        CHECK(fresh.view.view == session.view.view);
    }
    REQUIRE_FALSE(apply_link(session, "lesson=experiments&step=3&theme=light"));
    CHECK(session::link_query(session).rfind("lesson=experiments&step=3&at=", 0) == 0);
    CHECK(session::link_query(session).find("theme=light") != std::string::npos);
    CHECK(session::shareable_link(session).rfind("synapse-lab --open 'lesson=experiments", 0) == 0);
    session.page_address = "https://example.org/synapse/";
    CHECK(session::shareable_link(session).rfind("https://example.org/synapse/?lesson=experiments&step=3", 0) == 0);
}

TEST_CASE("a bad link is one line naming the key, and changes nothing") {
    const char* bad[][2] = {
        {"bogus=1", "unknown key 'bogus'"},
        {"view=sideways", "'view': expected circuit, synapse, spine, receptor, receptor-split or signalling"},
        {"at=tomorrow", "'at'"},
        {"at=400d", "'at'"},
        {"scenario=../../etc/passwd", "'scenario'"},
        {"scenario=nope", "'scenario'"},
        {"lesson=nope", "'lesson'"},
        {"lesson=mechanism&step=99", "'step': expected a step from 1 to"},
        {"step=2", "'step' needs a 'lesson'"},
        {"lesson=mechanism&scenario=oral", "not both"},
        {"view=spine&view=circuit", "'view' is given twice"},
        {"dose_mg_per_kg=abc", "'dose_mg_per_kg': expected a number"},
        {"dose_mg_per_kg=500", "dose"},
        {"rapamycin=yes", "'rapamycin': expected 1 or 0"},
        {"presenter=1&at=%zz", "hex digits"},
        {"theme=blue", "'theme'"},
        {"drug=aspirin", "'drug'"},
        {"route=ear", "'route'"},
    };
    for (const auto& [query, expected] : bad) {
        INFO(query);
        session::Session session = test::make_app();
        session.time_h = 1.5;
        const sim::Scenario before = session.model.scenario;
        const auto error = apply_link(session, query);
        REQUIRE(error);
        CHECK(error->rfind("link: ", 0) == 0);
        CHECK(error->find(expected) != std::string::npos);
        CHECK(error->find('\n') == std::string::npos);
        CHECK(session.model.scenario == before);
        CHECK(session.time_h == 1.5);
        CHECK_FALSE(session.presenter);
        CHECK(session.view.view == scene::View::synapse);
    }
    session::Session session = test::make_app();
    CHECK_FALSE(apply_link(session, ""));  // an empty query is no change
    CHECK_FALSE(apply_link(session, "&&"));
}

TEST_CASE("the screen reader's text says the view, the time, the stage and the lesson step with its question") {
    session::Session session = test::make_app();
    session.time_h = 40.0 / 60.0;
    const std::string plain = session::screen_reader_text(session);
    CHECK(plain.rfind("Synapse view at 40 min. Now: ", 0) == 0);
    CHECK(plain.find(std::string(sim::stage_title(session::trajectory(session).at(session.time_h).stage))) !=
          std::string::npos);
    REQUIRE_FALSE(apply_link(session, "lesson=mechanism&step=4&presenter=1"));
    const session::LessonStep& step = session.lesson.lesson->steps[3];
    REQUIRE(step.question);
    const std::string lesson = session::screen_reader_text(session);
    CHECK(lesson.find("step 4 of " + std::to_string(session.lesson.lesson->steps.size()) + ": " + step.title) !=
          std::string::npos);
    CHECK(lesson.find("Question: " + step.question->prompt) != std::string::npos);
    CHECK(lesson.find("A) " + step.question->choices[0]) != std::string::npos);
    CHECK(lesson.find("Presenter mode.") != std::string::npos);
    CHECK(lesson.find(step.caption) == std::string::npos);  // the caption would give the answer away
    session::run_lesson_step(session);
    CHECK(session::screen_reader_text(session).find("Answer: ") == std::string::npos);  // not before the moment
    session::reveal_answer(session);
    const std::string answered = session::screen_reader_text(session);
    CHECK(answered.find("Answer: " + step.question->choices[static_cast<std::size_t>(step.question->answer)] + ". " +
                        step.question->explanation) != std::string::npos);
    CHECK(answered.find(step.caption) != std::string::npos);
}

TEST_CASE("a link can show a lesson question's answer (reveal=1), and says so when it is shown") {
    session::Session session = test::make_app();
    REQUIRE_FALSE(apply_link(session, "lesson=experiments&step=2&reveal=1&presenter=1"));
    CHECK(session::question_phase(session) == session::QuestionPhase::revealed);
    CHECK(session.time_h == Approx(session::answer_time_h(session.lesson.lesson->steps[1])));
    CHECK(session::link_query(session).find("reveal=1") != std::string::npos);
    session::Session asked = test::make_app();
    REQUIRE_FALSE(apply_link(asked, "lesson=experiments&step=2"));
    CHECK(session::link_query(asked).find("reveal") == std::string::npos);
    session::Session plain = test::make_app();
    CHECK(apply_link(plain, "lesson=experiments&step=1&reveal=1") ==
          "link: 'reveal' needs a lesson step with a question");
}
