// The whole UI under random input, in the spirit of PhET's fuzzing: thousands of mouse, wheel and key events,
// resizes, scales, themes, lessons, presenter mode, plots, dialogs and corrupt files, with invariants after every
// frame. A fixed number of events, however long they take: SYNAPSE_FUZZ_EVENTS (default 2,000); SYNAPSE_FUZZ_SEED
// replays a seed; FUZZ_SECONDS lengthens a run on purpose (events go on until that many seconds have passed).
#include <unistd.h>
#include <catch2/catch.hpp>

#include <chrono>
#include <cmath>
#include <cstdlib>
#include <random>
#include <string>

#include "harness.hpp"
#include "session/file_actions.hpp"
#include "session/keys.hpp"
#include "session/view/plot_defs.hpp"
#include "sim/scenario_io.hpp"
#include "support/support.hpp"

namespace {

double env_number(const char* name, double fallback) {
    const char* text = std::getenv(name);
    return text && *text ? std::atof(text) : fallback;
}

/// Runs the test's body inside `dir`, so that whatever a random click saves lands in the test's own folder.
class InFolder {
public:
    explicit InFolder(const std::string& dir) : previous_(std::filesystem::current_path()) {
        std::filesystem::current_path(dir);
    }
    ~InFolder() { std::filesystem::current_path(previous_); }

private:
    std::filesystem::path previous_;
};

/// Every plotted value at the current time is finite, and the time lies within the run.
void check_state(const session::Session& session) {
    const sim::Trajectory& run = session::trajectory(session);
    REQUIRE_FALSE(run.empty());
    REQUIRE(session.time_h >= 0.0);
    REQUIRE(session.time_h <= run.duration_h());
    const sim::State state = run.at(session.time_h);
    for (const session::PlotDef& plot : session::plot_defs())
        for (const session::SeriesDef& series : plot.series) {
            INFO(series.csv_column);
            REQUIRE(std::isfinite(series.value(state)));
        }
}

/// Files a user might open by mistake or on purpose: none of them is a scenario.
const char* const kCorruptFiles[] = {
    "",    "{", "[]", "{\"doses\": 5}", "{\"body_weight_kg\": -3}", "{\"duration_days\": 1e400}", "\xff\xfe\x00garbage",
    "null"};

/// Events in a run unless SYNAPSE_FUZZ_EVENTS says otherwise (docs/testing.md: about 20 s natively).
constexpr int kDefaultEvents = 2000;

double seconds_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

struct Event {
    std::mt19937 rng;
    int pick(int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); }
    float unit() { return static_cast<float>(rng() % 10000) / 10000.0f; }
};

}  // namespace

TEST_CASE("random input: thousands of events through the whole UI never break the state", "[ui][random]") {
    const unsigned seed = static_cast<unsigned>(env_number("SYNAPSE_FUZZ_SEED", 20261204));
    const int event_count = static_cast<int>(env_number("SYNAPSE_FUZZ_EVENTS", kDefaultEvents));
    const double seconds = env_number("FUZZ_SECONDS", 0.0);  // 0: the events alone
    test_support::TempDir dir("random-input");
    InFolder inside(dir.path().string());
    session::Session session = test::make_app();
    session.scenario_path = dir / "saved.json";
    test::Harness h;
    Event ev{std::mt19937(seed)};
    float width = 1366.0f, height = 768.0f;
    const auto started = std::chrono::steady_clock::now();
    int events = 0, corrupt_loads = 0, resizes = 0;
    const auto more = [&] { return events < event_count || (seconds > 0.0 && seconds_since(started) < seconds); };
    for (; more(); ++events) {
        INFO("seed " << seed << ", event " << events << " (replay: SYNAPSE_FUZZ_SEED=" << seed << ")");
        ImGuiIO& io = ImGui::GetIO();
        const int kind = ev.pick(100);
        INFO("event kind " << kind << ", time " << session.time_h << " h of " << session::trajectory(session).duration_h());
        if (kind < 40) {  // move, press or release
            h.mouse(ev.unit() * width, ev.unit() * height, ev.pick(3) == 0);
        } else if (kind < 50) {  // a drag
            h.mouse(ev.unit() * width, ev.unit() * height, true);
            h.frame(session);
            h.mouse(ev.unit() * width, ev.unit() * height, true);
        } else if (kind < 58) {
            io.MouseWheel = (ev.unit() - 0.5f) * 6.0f;
        } else if (kind < 75) {  // every shortcut, the file ones writing into this test's folder
            const auto action = static_cast<session::Action>(ev.pick(static_cast<int>(session::Action::redo) + 1));
            ui::take_requests(session, h.panels, session::apply_action(session, action));
        } else if (kind < 78) {
            static const float sizes[][2] = {{640, 480}, {800, 600}, {1366, 768}, {1920, 1080}, {3840, 2160}};
            const auto& size = sizes[ev.pick(5)];
            width = size[0];
            height = size[1];
            h.resize(width, height, 1.0f + static_cast<float>(ev.pick(5)) * 0.5f);
            ++resizes;
        } else if (kind < 84) {  // lessons: open one, step, leave
            const int what = ev.pick(4);
            if (what == 0)
                session::open_lesson_file(
                    session, session.assets_dir + (ev.pick(2) ? "/lessons/mechanism.json" : "/lessons/experiments.json"));
            else if (what == 3)
                session::stop_lesson(session);
            else
                session::lesson_go(session, what == 1 ? +1 : -1);
        } else if (kind < 88) {  // a plot shown or hidden
            const session::PlotDef& plot = session::plot_defs()[static_cast<std::size_t>(ev.pick(10))];
            session.plots.*plot.shown = !(session.plots.*plot.shown);
        } else if (kind < 92) {  // a dialog opened or all closed
            const int which = ev.pick(4);
            h.panels.dialogs.open_scenario = which == 0;
            h.panels.dialogs.save_scenario = which == 1;
            h.panels.dialogs.help = which == 2;
        } else if (kind < 96) {  // a corrupt file opened: refused with a message, the scenario untouched
            const std::string path = dir / "corrupt.json";
            test_support::write_file(path, kCorruptFiles[ev.pick(8)]);
            const nlohmann::json before = sim::scenario_to_json(session.model.scenario);
            session.status.clear();
            REQUIRE_FALSE(session::load_scenario_into(session, path));
            REQUIRE(sim::scenario_to_json(session.model.scenario) == before);
            REQUIRE_FALSE(session.status.empty());
            ++corrupt_loads;
        } else {  // a preset loaded, or the scenario saved and loaded again
            if (ev.pick(2)) {
                const auto names = session::preset_names(session);
                REQUIRE(session::load_scenario_into(
                    session, names[static_cast<std::size_t>(ev.pick(static_cast<int>(names.size())))]));
            } else {
                REQUIRE(session::save_scenario_to(session, dir / "saved.json"));
                REQUIRE(session::load_scenario_into(session, dir / "saved.json"));
            }
        }
        session::advance(session, 1.0 / 60.0);  // as the program's loop does before each frame
        h.frame(session);
        io.MouseWheel = 0.0f;
        check_state(session);
        REQUIRE(ImGui::GetDrawData()->TotalVtxCount > 0);  // the frame was drawn
    }
    std::printf("random input: %d events (%d resizes, %d corrupt files) in %.1f s, seed %u\n", events, resizes,
                corrupt_loads, seconds_since(started), seed);
    CHECK(events >= event_count);  // counted, never timed: the verdict is the same on any machine
}
