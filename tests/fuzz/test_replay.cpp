// The fuzzers' findings, replayed in the normal suite: every committed input that once failed a parser, and every
// shipped file each fuzzer starts from, goes through the same target function and must be rejected clearly or used.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "targets.hpp"

namespace fs = std::filesystem;

namespace {

std::vector<std::uint8_t> bytes_of(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void replay_folder(const std::string& target, const fs::path& folder, std::vector<std::uint8_t> prefix = {}) {
    for (const fs::directory_entry& entry : fs::directory_iterator(folder)) {
        std::vector<std::uint8_t> input = prefix;
        const std::vector<std::uint8_t> file = bytes_of(entry.path());
        input.insert(input.end(), file.begin(), file.end());
        INFO(target << ": " << entry.path().string());
        CHECK_NOTHROW(fuzz::target_named(target)(input.data(), input.size()));
    }
}

}  // namespace

TEST_CASE("Every committed fuzzing finding is now rejected clearly", "[fuzz]") {
    const fs::path regressions = fs::path(SYNAPSE_SOURCE_DIR) / "tests/fuzz/regressions";
    int replayed = 0;
    for (const fs::directory_entry& folder : fs::directory_iterator(regressions)) {
        replay_folder(folder.path().filename().string(), folder.path());
        replayed += static_cast<int>(std::distance(fs::directory_iterator(folder), fs::directory_iterator()));
    }
    CHECK(replayed >= 1);
}

TEST_CASE("The fuzzers' seeds, the shipped files, pass through their targets", "[fuzz]") {
    const fs::path assets = fs::path(SYNAPSE_SOURCE_DIR) / "assets";
    replay_folder("scenario", assets / "scenarios");
    replay_folder("lesson", assets / "lessons");
    replay_folder("script", assets / "scripts");
    replay_folder("content", assets / "content", {0});  // the first byte chooses the file replaced
}

TEST_CASE("An unknown fuzz target is an error, not a silent pass", "[fuzz]") {
    CHECK_THROWS_AS(fuzz::target_named("nothing"), std::invalid_argument);
}
