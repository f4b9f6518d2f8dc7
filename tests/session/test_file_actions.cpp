// File actions of the session: the plots' CSV and scenario files, written atomically, with one-line status.
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <catch2/catch.hpp>

#include <csignal>

#include <filesystem>
#include <sstream>

#include "session/file_actions.hpp"
#include "session/fixture.hpp"
#include "support/support.hpp"

TEST_CASE("the CSV export has a time column, unit-bearing headers and baseline columns when pinned") {
    session::Session app = test::make_app();
    session::show_only(app.plots, {"spines"});
    sim::Scenario rapa = app.model.scenario;
    rapa.experiments.rapamycin = true;
    session::pin_baseline(app, rapa, "with rapamycin");
    std::ostringstream out;
    session::write_plots_csv(app, out);
    std::istringstream in(out.str());
    std::string header, row;
    std::getline(in, header);
    CHECK(header == "time_h,spine_density_rel,baseline_with_rapamycin_spine_density_rel");
    std::size_t rows = 0;
    while (std::getline(in, row)) ++rows;
    CHECK(rows == trajectory(app).samples().size());
    const std::string path = (std::filesystem::temp_directory_path() / "synapse-ui-plots.csv").string();
    CHECK(session::export_plots_csv(app, path));
    CHECK(std::filesystem::exists(path));
    CHECK_FALSE(std::filesystem::exists(path + ".tmp"));
    CHECK_FALSE(session::export_plots_csv(app, "/nonexistent-dir/x.csv"));
    CHECK(app.status.find("/nonexistent-dir/x.csv") != std::string::npos);
}

TEST_CASE("saving a scenario is atomic and loading it restores it") {
    session::Session app = test::make_app();
    app.model.scenario.body_weight_kg = 81.0;
    app.model.scenario.experiments.nbqx = true;
    const std::string path = (std::filesystem::temp_directory_path() / "synapse-ui-scenario.json").string();
    REQUIRE(session::save_scenario_to(app, path));
    CHECK_FALSE(std::filesystem::exists(path + ".tmp"));
    session::Session other = test::make_app();
    REQUIRE(session::load_scenario_into(other, path));
    CHECK(other.model.scenario.body_weight_kg == 81.0);
    CHECK(other.model.scenario.experiments.nbqx);
    CHECK_FALSE(session::load_scenario_into(other, "/nonexistent/s.json"));
    CHECK(other.model.scenario.body_weight_kg == 81.0);  // unchanged on error
}

TEST_CASE("loading a shorter preset brings the time within the new run (a random-input finding)") {
    session::Session app = test::make_app();
    REQUIRE(session::load_scenario_into(app, "six-infusions"));
    session::set_time(app, session::trajectory(app).duration_h());
    const double long_end_h = app.time_h;
    REQUIRE(session::load_scenario_into(app, "standard-infusion"));
    CHECK(session::trajectory(app).duration_h() < long_end_h);
    CHECK(app.time_h == session::trajectory(app).duration_h());
}

TEST_CASE("saving on a full disk says so in the status line and keeps the old file whole") {
    session::Session app = test::make_app();
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
        const bool saved = session::save_scenario_to(app, path);
        const std::string status = (saved ? "saved: " : "refused: ") + app.status;
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
