// File actions of the session: the plots' CSV and scenario files, written atomically, with one-line status.
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <catch2/catch.hpp>

#include <csignal>

#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>

#include "session/file_actions.hpp"
#include "session/fixture.hpp"
#include "session/recording/script_preview.hpp"
#include "sim/scenario_io.hpp"
#include "support/support.hpp"

TEST_CASE("the CSV export has a time column, unit-bearing headers and baseline columns when pinned") {
    session::Session session = test::make_app();
    session::show_only(session.plots, {"spines"});
    sim::Scenario rapa = session.model.scenario;
    rapa.experiments.rapamycin = true;
    session::pin_baseline(session, rapa, "with rapamycin");
    std::ostringstream out;
    session::write_plots_csv(session, out);
    std::istringstream in(out.str());
    std::string header, row;
    std::getline(in, header);
    CHECK(header == "time_h,spine_density_rel,baseline_with_rapamycin_spine_density_rel");
    std::size_t rows = 0;
    while (std::getline(in, row)) ++rows;
    CHECK(rows == trajectory(session).samples().size());
    const std::string path = test_support::temp_dir("plots-csv") + "/synapse-ui-plots.csv";
    CHECK(session::export_plots_csv(session, path));
    CHECK(std::filesystem::exists(path));
    CHECK_FALSE(std::filesystem::exists(path + ".tmp"));
    CHECK_FALSE(session::export_plots_csv(session, "/nonexistent-dir/x.csv"));
    CHECK(session.status.find("/nonexistent-dir/x.csv") != std::string::npos);
}

TEST_CASE("saving a scenario is atomic and loading it restores it") {
    session::Session session = test::make_app();
    session.model.scenario.body_weight_kg = 81.0;
    session.model.scenario.experiments.nbqx = true;
    const std::string path = test_support::temp_dir("scenario-save") + "/synapse-ui-scenario.json";
    REQUIRE(session::save_scenario_to(session, path));
    CHECK_FALSE(std::filesystem::exists(path + ".tmp"));
    session::Session other = test::make_app();
    REQUIRE(session::load_scenario_into(other, path));
    CHECK(other.model.scenario.body_weight_kg == 81.0);
    CHECK(other.model.scenario.experiments.nbqx);
    CHECK_FALSE(session::load_scenario_into(other, "/nonexistent/s.json"));
    CHECK(other.model.scenario.body_weight_kg == 81.0);  // unchanged on error
}

TEST_CASE("loading a shorter preset brings the time within the new run (a random-input finding)") {
    session::Session session = test::make_app();
    REQUIRE(session::load_scenario_into(session, "six-infusions"));
    session::set_time(session, session::trajectory(session).duration_h());
    const double long_end_h = session.time_h;
    REQUIRE(session::load_scenario_into(session, "standard-infusion"));
    CHECK(session::trajectory(session).duration_h() < long_end_h);
    CHECK(session.time_h == session::trajectory(session).duration_h());
}

TEST_CASE("saving on a full disk says so in the status line and keeps the old file whole") {
    session::Session session = test::make_app();
    test_support::TempDir dir("save-full");
    const std::string path = dir / "mine.json";
    test_support::write_file(path, "the old save");
    int report[2];
    REQUIRE(pipe(report) == 0);
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {  // a disk with 200 bytes left: the scenario's JSON does not fit
        std::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit{200, 200};
        setrlimit(RLIMIT_FSIZE, &limit);
        const bool saved = session::save_scenario_to(session, path);
        const std::string status = (saved ? "saved: " : "refused: ") + session.status;
        (void)!write(report[1], status.data(), status.size());
        _exit(0);
    }
    close(report[1]);
    std::string status;
    char buffer[512];
    for (ssize_t n; (n = read(report[0], buffer, sizeof buffer)) > 0;)
        status.append(buffer, static_cast<std::size_t>(n));
    close(report[0]);
    int exit_status = 0;
    waitpid(child, &exit_status, 0);
    CHECK(status == "refused: " + path + ": write failed (disk full?)");
    CHECK(test_support::read_file(path) == "the old save");
    CHECK_FALSE(std::filesystem::exists(path + ".tmp"));
}

TEST_CASE("a chosen file opens as a scenario, a lesson or a script, and a bad one leaves the session as it was") {
    test_support::TempDir dir("open-file-as");
    session::Session session = test::make_app();
    const auto write = [&](const std::string& name, const std::string& text) {
        std::ofstream(dir / name) << text;
        return dir / name;
    };
    const auto copy = [&](const std::string& asset, const std::string& name) {
        std::filesystem::copy_file(test::assets_dir() + "/" + asset, dir / name);
        return dir / name;
    };
    const std::string scenario = copy("scenarios/rapamycin.json", "from-a-colleague.json");
    const std::string not_json = write("broken.json", "{ \"name\": ");
    const std::string unknown_key =
        write("unknown-key.json", test_support::read_file(test::assets_dir() + "/scenarios/standard-infusion.json")
                                      .replace(0, 1, "{\"dose_in_elephants\": 2, "));

    SECTION("a scenario") {
        CHECK_FALSE(session::open_file_as(session, session::FileUse::scenario, scenario));
        CHECK(session.model.scenario.experiments.rapamycin);
        CHECK(session.default_scenario.experiments.rapamycin);  // reset returns to the opened file
    }
    SECTION("a bad scenario file: one line naming the file, nothing changed") {
        const sim::Scenario before = session.model.scenario;
        for (const std::string& bad : {not_json, unknown_key}) {
            const std::optional<std::string> error = session::open_file_as(session, session::FileUse::scenario, bad);
            REQUIRE(error);
            CHECK(error->find(bad) != std::string::npos);
            CHECK(error->find('\n') == std::string::npos);
            CHECK(sim::scenario_file_text(session.model.scenario, "") == sim::scenario_file_text(before, ""));
        }
    }
    SECTION("a lesson starts; a scenario file is not a lesson") {
        CHECK_FALSE(session::open_file_as(session, session::FileUse::lesson, copy("lessons/mechanism.json", "l.json")));
        REQUIRE(session.lesson.lesson);
        CHECK(session.lesson.step == 0);
        session::Session fresh = test::make_app();
        const std::optional<std::string> error = session::open_file_as(fresh, session::FileUse::lesson, scenario);
        REQUIRE(error);
        CHECK_FALSE(fresh.lesson.lesson);
    }
    SECTION("a script is previewed; a broken one is not") {
        CHECK_FALSE(
            session::open_file_as(session, session::FileUse::script, copy("scripts/ketamine-mechanism.json", "s.json")));
        CHECK(session::previewing(session));
        session::Session fresh = test::make_app();
        CHECK(session::open_file_as(fresh, session::FileUse::script, not_json));
        CHECK_FALSE(session::previewing(fresh));
    }
}
