// The fuzzed parsers: scenario, lesson and recording-script files, the content library's files, durations, sizes
// and state links, each fed as the program feeds it, with the checks that an accepted input is usable.
#include "targets.hpp"

#include <unistd.h>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <stdexcept>
#include <string_view>

#include "app/cli.hpp"
#include "content/content.hpp"
#include "session/lesson/lesson.hpp"
#include "session/link.hpp"
#include "session/recording/script.hpp"
#include "session/session.hpp"
#include "sim/csv.hpp"
#include "sim/duration.hpp"
#include "sim/scenario_io.hpp"
#include "sim/simulate.hpp"

namespace fuzz {
namespace {

namespace fs = std::filesystem;

std::string assets_dir() { return SYNAPSE_SOURCE_DIR "/assets"; }

fs::path scratch_path() { return fs::temp_directory_path() / ("synapse-fuzz-" + std::to_string(getpid())); }

/// A folder of this process's own, for inputs that the program reads from files; removed when the process exits.
const fs::path& scratch_dir() {
    static const fs::path dir = [] {
        fs::create_directories(scratch_path());
        std::atexit([] {
            std::error_code ec;
            fs::remove_all(scratch_path(), ec);
        });
        return scratch_path();
    }();
    return dir;
}

std::string write_input(const std::string& name, const std::uint8_t* data, std::size_t size) {
    const fs::path path = scratch_dir() / name;
    std::ofstream(path, std::ios::binary | std::ios::trunc)
        .write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    return path.string();
}

std::string_view as_text(const std::uint8_t* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

/// An accepted scenario must simulate to finite numbers everywhere.
void check_simulates(const sim::Scenario& scenario) {
    const sim::Trajectory trajectory = sim::simulate(scenario);
    std::ostringstream csv;
    sim::write_csv(trajectory, csv, trajectory.duration_h(), 60.0);
    const std::string text = csv.str();
    if (text.find("nan") != std::string::npos || text.find("inf") != std::string::npos)
        throw std::logic_error("an accepted scenario simulates to a non-finite value");
}

template <typename Parse>
void rejecting_clearly(Parse parse) {
    try {
        parse();
    } catch (const std::runtime_error&) {
        // the program's one-line rejection
    }
}

void scenario_file(const std::uint8_t* data, std::size_t size) {
    rejecting_clearly([&] { check_simulates(sim::load_scenario_file(write_input("scenario.json", data, size))); });
}

void lesson_file(const std::uint8_t* data, std::size_t size) {
    const std::string path = write_input("lesson.json", data, size);
    rejecting_clearly([&] {
        const session::Lesson lesson =
            session::load_lesson(path, [](const std::string& name) { return sim::load_preset(assets_dir(), name); });
        for (const session::LessonStep& step : lesson.steps) sim::validate(step.scenario, path);
    });
}

void script_file(const std::uint8_t* data, std::size_t size) {
    rejecting_clearly([&] { session::load_script_file(write_input("script.json", data, size)); });
}

/// The content library with one of its six files replaced by the input (the first byte chooses which).
void content_file(const std::uint8_t* data, std::size_t size) {
    static const char* const files[] = {"references.json", "sources.json",    "quotes.json",
                                        "caveats.json",    "factchecks.json", "glossary.json"};
    if (size == 0) return;
    const fs::path assets = scratch_dir() / "assets";
    static const bool copied = [&] {
        fs::remove_all(assets);
        fs::create_directories(assets);
        fs::copy(assets_dir() + "/content", assets / "content", fs::copy_options::recursive);
        fs::create_directory_symlink(assets_dir() + "/sources", assets / "sources");
        return true;
    }();
    (void)copied;
    const std::string file = files[data[0] % 6];
    const fs::path target = assets / "content" / file;
    fs::copy_file(assets_dir() + "/content/" + file, scratch_dir() / "original.json",
                  fs::copy_options::overwrite_existing);
    write_input("assets/content/" + file, data + 1, size - 1);
    rejecting_clearly([&] { content::load_library(assets.string()); });
    fs::copy_file(scratch_dir() / "original.json", target, fs::copy_options::overwrite_existing);
}

void duration_text(const std::uint8_t* data, std::size_t size) {
    const auto hours = sim::parse_duration_h(std::string(as_text(data, size)));
    if (hours && !(*hours >= 0.0 && std::isfinite(*hours))) throw std::logic_error("a duration accepted out of range");
}

void size_text(const std::uint8_t* data, std::size_t size) {
    const auto parsed = app::parse_size(std::string(as_text(data, size)));
    if (parsed &&
        (parsed->width_px < 16 || parsed->height_px < 16 || parsed->width_px > 16384 || parsed->height_px > 16384))
        throw std::logic_error("a size accepted out of range");
}

session::Session fresh_session() {
    session::Session session;
    session.assets_dir = assets_dir();
    session.model.scenario = sim::load_preset(session.assets_dir, "standard-infusion");
    session.default_scenario = session.model.scenario;
    static const auto library = std::make_shared<const content::Library>(content::load_library(session.assets_dir));
    session.content = library;
    return session;
}

/// A link either applies whole (and the scenario it makes is valid and simulates) or changes nothing.
void link_text(const std::uint8_t* data, std::size_t size) {
    session::Session session = fresh_session();
    const nlohmann::json before = sim::scenario_to_json(session.model.scenario);
    const auto error = session::apply_link(session, as_text(data, size));
    if (error) {
        if (sim::scenario_to_json(session.model.scenario) != before)
            throw std::logic_error("a bad link changed the scenario");
        return;
    }
    sim::validate(session.model.scenario, "link");
    check_simulates(session.model.scenario);
}

}  // namespace

const std::vector<NamedTarget>& all_targets() {
    static const std::vector<NamedTarget> targets{
        {"scenario", scenario_file}, {"lesson", lesson_file}, {"script", script_file}, {"content", content_file},
        {"duration", duration_text}, {"size", size_text},     {"link", link_text}};
    return targets;
}

Target target_named(const std::string& name) {
    for (const NamedTarget& target : all_targets())
        if (name == target.name) return target.run;
    throw std::invalid_argument("no fuzz target named " + name);
}

}  // namespace fuzz
