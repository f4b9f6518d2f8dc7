// `cmake --install` into a temporary prefix: what is installed and where, and the installed program run from another
// folder on its installed assets (version, quotes, a screenshot and a recording identical to the build tree's).
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "content/stages.hpp"
#include "png_image.hpp"
#include "support/support.hpp"

namespace fs = std::filesystem;
using test_support::TempDir;

namespace {

const std::string kAppId = "example.synapse_lab.SynapseLab";  // cmake/Install.cmake, SYNAPSE_APP_ID

struct Output {
    int exit_code = -1;
    std::string out, err;
};

/// Runs `program args` in `folder` with no display and no SYNAPSE_ASSETS, stdout and stderr apart.
Output run_in(const fs::path& folder, const std::string& program, const std::string& args) {
    const std::string out = (folder / ".stdout").string(), err = (folder / ".stderr").string();
    const std::string command = "cd '" + folder.string() +
                                "' && env -u SYNAPSE_ASSETS -u DISPLAY -u WAYLAND_DISPLAY '" + program + "' " + args +
                                " >'" + out + "' 2>'" + err + "'";
    const int status = std::system(command.c_str());
    Output r{WIFEXITED(status) ? WEXITSTATUS(status) : -1, test_support::read_file(out), test_support::read_file(err)};
    fs::remove(out);
    fs::remove(err);
    return r;
}

/// Every regular file under `root`, as paths relative to it.
std::set<std::string> files_under(const fs::path& root) {
    std::set<std::string> files;
    for (const auto& entry : fs::recursive_directory_iterator(root))
        if (entry.is_regular_file()) files.insert(fs::relative(entry.path(), root).string());
    return files;
}

using test::Image;
using test::load_png;

bool same_pixels(const Image& a, const Image& b) {
    return a.pixels && b.pixels && a.width == b.width && a.height == b.height &&
           std::equal(a.pixels.get(), a.pixels.get() + std::size_t(a.width) * a.height * 4, b.pixels.get());
}

/// The long flags of `synapse-lab --help` (--help and --version included).
std::set<std::string> help_flags(const std::string& help) {
    std::set<std::string> flags;
    const std::regex flag(R"(--[a-z][a-z-]*)");
    for (auto it = std::sregex_iterator(help.begin(), help.end(), flag); it != std::sregex_iterator(); ++it)
        flags.insert(it->str());
    return flags;
}

/// A two-frame script that reads a preset, a quote (the content library) and the captions from the assets.
const char* kScript = R"({
  "title": "install test", "scenario": "standard-infusion",
  "segments": [{"duration_s": 0.2, "view": "synapse", "time_h": "40min", "caption": {"quote": "nmda-1"}}]})";

}  // namespace

// One test case: `cmake --install` writes CMake's install_manifest.txt into the build folder, which it reads back.
TEST_CASE(
    "cmake --install puts everything in a prefix and nothing elsewhere, and the installed program, run from "
    "another folder, uses its installed assets and draws what the build tree draws") {
    test_support::require_program("desktop-file-validate");
    test_support::require_program("appstreamcli");
    TempDir tmp("install");
    const fs::path prefix = tmp.path() / "prefix";
    std::string log;
    const int installed = test_support::run(
        "'" SYNAPSE_CMAKE_COMMAND "' --install '" SYNAPSE_BINARY_DIR "' --prefix '" + prefix.string() + "'", log);
    INFO(log);
    REQUIRE(installed == 0);

    // Nothing outside the prefix: CMake's manifest lists exactly the files found under it.
    std::set<std::string> manifest;
    std::ifstream manifest_file(SYNAPSE_BINARY_DIR "/install_manifest.txt");
    for (std::string line; std::getline(manifest_file, line);) {
        INFO(line);
        REQUIRE(line.rfind(prefix.string() + "/", 0) == 0);
        manifest.insert(line.substr(prefix.string().size() + 1));
    }
    const std::set<std::string> files = files_under(prefix);
    CHECK(manifest == files);

    // The layout (GNUInstallDirs with the default names) and the assets, byte for byte.
    std::set<std::string> expected = {"bin/synapse-lab",
                                      "share/applications/" + kAppId + ".desktop",
                                      "share/metainfo/" + kAppId + ".metainfo.xml",
                                      "share/icons/hicolor/scalable/apps/synapse-lab.svg",
                                      "share/man/man1/synapse-lab.1.gz",
                                      "share/bash-completion/completions/synapse-lab",
                                      "share/doc/synapse-lab/copyright",
                                      "share/doc/synapse-lab/changelog.gz"};
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256, 512})
        expected.insert("share/icons/hicolor/" + std::to_string(size) + "x" + std::to_string(size) +
                        "/apps/synapse-lab.png");
    const fs::path source_assets = fs::path(SYNAPSE_SOURCE_DIR) / "assets";
    for (const std::string& asset : files_under(source_assets)) {
        expected.insert("share/synapse-lab/assets/" + asset);
        INFO(asset);
        CHECK(test_support::read_file((source_assets / asset).string()) ==
              test_support::read_file((prefix / "share/synapse-lab/assets" / asset).string()));
    }
    CHECK(files == expected);
    CHECK((fs::status(prefix / "bin/synapse-lab").permissions() & fs::perms::others_exec) != fs::perms::none);

    // The icon: each PNG at its size, and a picture (not one colour) even at 16 px.
    for (int size : {16, 48, 512}) {
        const std::string dim = std::to_string(size);
        const Image icon =
            load_png((prefix / ("share/icons/hicolor/" + dim + "x" + dim + "/apps/synapse-lab.png")).string());
        REQUIRE(icon.pixels);
        CHECK(icon.width == size);
        CHECK(icon.height == size);
        std::set<std::uint32_t> colours;
        for (int i = 0; i < size * size; ++i)
            colours.insert(reinterpret_cast<const std::uint32_t*>(icon.pixels.get())[i]);
        CHECK(colours.size() >= 4);
    }

    // The menu entry and the AppStream metadata validate.
    std::string out;
    CHECK(test_support::run(
              "desktop-file-validate '" + (prefix / ("share/applications/" + kAppId + ".desktop")).string() + "'",
              out) == 0);
    INFO(out);
    CHECK(out.find("error") == std::string::npos);
    CHECK(test_support::run("appstreamcli validate --no-net '" +
                                (prefix / ("share/metainfo/" + kAppId + ".metainfo.xml")).string() + "'",
                            out) == 0);
    INFO(out);

    // One version everywhere: project(VERSION) -> --version, AppStream's release, the man page, the changelog.
    const std::string version = SYNAPSE_VERSION;
    const std::string metainfo =
        test_support::read_file((prefix / ("share/metainfo/" + kAppId + ".metainfo.xml")).string());
    CHECK(metainfo.find("<release version=\"" + version + "\"") != std::string::npos);
    std::string man, changelog;
    REQUIRE(test_support::run("gzip -dc '" + (prefix / "share/man/man1/synapse-lab.1.gz").string() + "'", man) == 0);
    CHECK(man.find("\"Synapse Lab " + version + "\"") != std::string::npos);
    REQUIRE(test_support::run("gzip -dc '" + (prefix / "share/doc/synapse-lab/changelog.gz").string() + "'",
                              changelog) == 0);
    CHECK(changelog.rfind("synapse-lab (" + version + ") ", 0) == 0);

    // The man page and the completion know every flag of --help; the completion every stage of --list-quotes.
    const std::string completion =
        test_support::read_file((prefix / "share/bash-completion/completions/synapse-lab").string());
    const std::string help = test_support::run_synapse_lab("--help").stdout_text;
    for (const std::string& flag : help_flags(help)) {
        INFO(flag);
        std::string escaped = std::regex_replace(flag, std::regex("-"), "\\-");
        CHECK(man.find(escaped) != std::string::npos);
        CHECK(completion.find(flag) != std::string::npos);
    }
    CHECK(help_flags(help).size() >= 25);
    std::smatch stages_match;
    REQUIRE(std::regex_search(completion, stages_match, std::regex(R"re(stages="([^"]*)")re")));
    std::set<std::string> completed_stages;
    std::istringstream stage_words(stages_match[1].str());
    for (std::string word; stage_words >> word;) completed_stages.insert(word);
    CHECK(completed_stages == std::set<std::string>(content::kStageIds.begin(), content::kStageIds.end()));
    std::string syntax;
    CHECK(test_support::run("bash -n '" + (prefix / "share/bash-completion/completions/synapse-lab").string() + "'",
                            syntax) == 0);

    // The installed program, run from another folder, on its installed assets: what the build tree's draws.
    const fs::path elsewhere = tmp.path() / "elsewhere";
    fs::create_directories(elsewhere);
    const std::string program = (prefix / "bin/synapse-lab").string();
    const std::string built = test_support::synapse_lab_path();
    REQUIRE(fs::exists(program));

    // --version: the version, and the installed assets folder rather than the source tree's compiled-in one.
    const Output installed_version = run_in(elsewhere, program, "--version");
    REQUIRE(installed_version.exit_code == 0);
    const std::string assets = fs::canonical(prefix / "share/synapse-lab/assets").string();
    CHECK(installed_version.out == "synapse-lab " SYNAPSE_VERSION "\nassets: " + assets + "\n");
    const Output built_version = run_in(elsewhere, built, "--version");
    CHECK(built_version.out.find("assets: " + assets) == std::string::npos);

    // --list-quotes: the same listing as the build tree's.
    const Output quotes = run_in(elsewhere, program, "--list-quotes");
    REQUIRE(quotes.exit_code == 0);
    CHECK(quotes.err.empty());
    CHECK(quotes.out == run_in(elsewhere, built, "--list-quotes").out);
    CHECK(quotes.out.find("== nmda_block") != std::string::npos);

    // A headless screenshot with the panels (fonts, content, presets): the build tree's pixels.
    const std::string shot_args = " --size 960x540 --at 40min --view synapse";
    REQUIRE(run_in(elsewhere, program, "--screenshot installed.png" + shot_args).exit_code == 0);
    REQUIRE(run_in(elsewhere, built, "--screenshot built.png" + shot_args).exit_code == 0);
    CHECK(same_pixels(load_png((elsewhere / "installed.png").string()), load_png((elsewhere / "built.png").string())));

    // --record of a short script to PNG frames, with captions: byte-identical to the build tree's.
    test_support::write_file((elsewhere / "script.json").string(), kScript);
    const Output recorded =
        run_in(elsewhere, program, "--record installed/ --script script.json --size 320x180 --fps 10");
    INFO(recorded.err);
    REQUIRE(recorded.exit_code == 0);
    REQUIRE(run_in(elsewhere, built, "--record built/ --script script.json --size 320x180 --fps 10").exit_code == 0);
    const std::set<std::string> frames = files_under(elsewhere / "installed");
    CHECK(frames == std::set<std::string>{"captions.srt", "frame_000000.png", "frame_000001.png"});
    for (const std::string& name : frames) {
        INFO(name);
        CHECK(test_support::read_file((elsewhere / "installed" / name).string()) ==
              test_support::read_file((elsewhere / "built" / name).string()));
    }
    // ... and to a video through ffmpeg, with its subtitles beside it.
    test_support::require_program("ffmpeg");
    const Output video = run_in(elsewhere, program, "--record clip.mp4 --script script.json --size 320x180 --fps 10");
    INFO(video.err);
    CHECK(video.exit_code == 0);
    CHECK(fs::file_size(elsewhere / "clip.mp4") > 0);
    CHECK(fs::exists(elsewhere / "clip.srt"));
}
