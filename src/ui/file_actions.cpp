// CSV export of the shown plots' data (atomic: temporary file, then rename).
#include "ui/file_actions.hpp"

#include <cctype>
#include <cstdio>
#include <filesystem>
#include <fstream>

#include "ui/plots.hpp"

namespace ui {

namespace {

std::string csv_safe(const std::string& label) {
    std::string s;
    for (char c : label) s += std::isalnum(static_cast<unsigned char>(c)) ? static_cast<char>(std::tolower(c)) : '_';
    return s;
}

struct Column {
    const SeriesDef* series;
    const sim::Trajectory* trajectory;
    std::string header;
};

std::vector<Column> csv_columns(const AppState& app) {
    std::vector<Column> columns;
    for (std::size_t i = 0; i < kPlotCount; ++i) {
        if (!app.plot_shown[i]) continue;
        for (const SeriesDef& s : plot_defs()[i].series) {
            columns.push_back({&s, &app.trajectory, s.csv_column});
            if (app.pinned)
                columns.push_back({&s, &app.pinned->trajectory,
                                   std::string("baseline_") + csv_safe(app.pinned->label) + "_" + s.csv_column});
        }
    }
    return columns;
}

}  // namespace

void write_plots_csv(const AppState& app, std::ostream& out) {
    const std::vector<Column> columns = csv_columns(app);
    out << "time_h";
    for (const Column& c : columns) out << ',' << c.header;
    out << '\n';
    char buf[32];
    for (const sim::State& sample : app.trajectory.samples()) {
        std::snprintf(buf, sizeof buf, "%.6g", sample.time_h);
        out << buf;
        for (const Column& c : columns) {
            std::snprintf(buf, sizeof buf, "%.6g", c.series->value(c.trajectory->at(sample.time_h)));
            out << ',' << buf;
        }
        out << '\n';
    }
}

bool export_plots_csv(AppState& app, const std::string& path) {
    const std::string tmp = path + ".tmp";
    {
        std::ofstream out(tmp, std::ios::trunc);
        if (out) write_plots_csv(app, out);
        out.flush();
        if (!out) {
            std::remove(tmp.c_str());
            app.status = path + ": cannot write the CSV file";
            return false;
        }
    }
    std::error_code ec;
    std::filesystem::rename(tmp, path, ec);
    if (ec) {
        std::remove(tmp.c_str());
        app.status = path + ": cannot write the CSV file (" + ec.message() + ")";
        return false;
    }
    app.status = "Exported the plots' data to " + path;
    return true;
}

std::string default_csv_path(const AppState& app) {
    return "synapse-lab-" + csv_safe(app.scenario.name) + "-plots.csv";
}

}  // namespace ui
