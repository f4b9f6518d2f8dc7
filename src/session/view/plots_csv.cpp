// CSV export of the shown plots' data (atomic: temporary file, then rename).
#include "session/file_actions.hpp"

#include <cctype>
#include <cstdio>
#include <exception>

#include "export/atomic_file.hpp"
#include "session/view/plot_defs.hpp"
#include "session/words.hpp"

namespace session {

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

std::vector<Column> csv_columns(const Session& session) {
    std::vector<Column> columns;
    for (const PlotDef& def : plot_defs()) {
        if (!(session.plots.*def.shown)) continue;
        for (const SeriesDef& s : def.series) {
            columns.push_back({&s, &trajectory(session), s.csv_column});
            if (session.pinned)
                columns.push_back({&s, &session.pinned->model.trajectory(),
                                   std::string("baseline_") + csv_safe(session.pinned->label) + "_" + s.csv_column});
        }
    }
    return columns;
}

}  // namespace

void write_plots_csv(const Session& session, std::ostream& out) {
    const std::vector<Column> columns = csv_columns(session);
    out << "time_h";
    for (const Column& c : columns) out << ',' << c.header;
    out << '\n';
    char buf[32];
    for (const sim::State& sample : trajectory(session).samples()) {
        std::snprintf(buf, sizeof buf, "%.6g", sample.time_h);
        out << buf;
        for (const Column& c : columns) {
            std::snprintf(buf, sizeof buf, "%.6g", c.series->value(c.trajectory->at(sample.time_h)));
            out << ',' << buf;
        }
        out << '\n';
    }
}

bool export_plots_csv(Session& session, const std::string& path) {
    try {
        exporter::write_file_atomically(path, [&session](std::ostream& out) { write_plots_csv(session, out); });
    } catch (const std::exception& e) {
        session.status = e.what();
        return false;
    }
    session.status = words(session, "status.exported_csv", {{"path", path}});
    return true;
}

std::string default_csv_path(const Session& session) {
    return "synapse-lab-" + csv_safe(session.model.scenario.name) + "-plots.csv";
}

}  // namespace session
