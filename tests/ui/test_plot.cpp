// Tests of the plot helpers (ticks, ranges), the plot definitions and the CSV export of the plots' data.
#include <catch2/catch.hpp>
#include <sstream>

#include "harness.hpp"
#include "ui/file_actions.hpp"
#include "ui/plot.hpp"
#include "ui/plots.hpp"

TEST_CASE("nice ticks are round and cover the range") {
    const auto t = ui::nice_ticks(0.0, 1.0, 6);
    REQUIRE(t.size() >= 3);
    CHECK(t.front() == Approx(0.0));
    CHECK(t.back() == Approx(1.0));
    const auto u = ui::nice_ticks(0.0, 37.0, 5);
    CHECK(u[1] - u[0] == Approx(10.0));
}

TEST_CASE("a plot too short for more than two ticks still shows a scale: at least two ticks") {
    for (double hi : {0.8, 0.75, 1.8, 58.0, 130.0}) {
        const auto t = ui::nice_ticks(0.0, hi, 2);
        REQUIRE(t.size() >= 2);
        CHECK(t.front() == Approx(0.0));
        CHECK(t.back() <= hi + 1e-9);
    }
}

TEST_CASE("fit_range holds the data and the floors") {
    ui::PlotLine line{"x", 0, {0.5f, 1.7f, 1.2f}, false};
    const ui::YRange r = ui::fit_range({line}, 0.0, 1.5);
    CHECK(r.lo <= 0.0);
    CHECK(r.hi >= 1.7);
    const ui::YRange neg = ui::fit_range({ui::PlotLine{"y", 0, {-3.0f, 2.0f}, false}}, 0.0, 1.0);
    CHECK(neg.lo <= -3.0);
}

TEST_CASE("every plot named in the issue exists, with units") {
    for (const char* id : {"concentration", "nmda", "glutamate", "bdnf_mtor", "proteins", "spines", "clinical",
                           "dissociation", "blood_pressure"}) {
        const int i = ui::plot_index(id);
        REQUIRE(i >= 0);
        CHECK(std::string(ui::plot_defs()[static_cast<std::size_t>(i)].unit).size() > 0);
    }
    CHECK(ui::plot_index("nope") == -1);
}

TEST_CASE("the CSV export has a time column, unit-bearing headers and baseline columns when pinned") {
    ui::AppState app = test::make_app();
    app.plot_shown.fill(false);
    app.plot_shown[static_cast<std::size_t>(ui::plot_index("spines"))] = true;
    sim::Scenario rapa = app.scenario;
    rapa.experiments.rapamycin = true;
    ui::pin_baseline(app, rapa, "with rapamycin");
    std::ostringstream out;
    ui::write_plots_csv(app, out);
    std::istringstream in(out.str());
    std::string header, row;
    std::getline(in, header);
    CHECK(header == "time_h,spine_density_rel,baseline_with_rapamycin_spine_density_rel");
    std::size_t rows = 0;
    while (std::getline(in, row)) ++rows;
    CHECK(rows == app.trajectory.samples().size());
    const std::string path = (std::filesystem::temp_directory_path() / "synapse-ui-plots.csv").string();
    CHECK(ui::export_plots_csv(app, path));
    CHECK(std::filesystem::exists(path));
    CHECK_FALSE(std::filesystem::exists(path + ".tmp"));
    CHECK_FALSE(ui::export_plots_csv(app, "/nonexistent-dir/x.csv"));
    CHECK(app.status.find("/nonexistent-dir/x.csv") != std::string::npos);
}

TEST_CASE("saving a scenario is atomic and loading it restores it") {
    ui::AppState app = test::make_app();
    app.scenario.body_weight_kg = 81.0;
    app.scenario.experiments.nbqx = true;
    const std::string path = (std::filesystem::temp_directory_path() / "synapse-ui-scenario.json").string();
    REQUIRE(ui::save_scenario_to(app, path));
    CHECK_FALSE(std::filesystem::exists(path + ".tmp"));
    ui::AppState other = test::make_app();
    REQUIRE(ui::load_scenario_into(other, path));
    CHECK(other.scenario.body_weight_kg == 81.0);
    CHECK(other.scenario.experiments.nbqx);
    CHECK_FALSE(ui::load_scenario_into(other, "/nonexistent/s.json"));
    CHECK(other.scenario.body_weight_kg == 81.0);  // unchanged on error
}
