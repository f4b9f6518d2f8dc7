// exporter::TempFolder: a private folder under TMPDIR, removed with its contents; one clear error when it cannot be.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <stdexcept>
#include <string>

#include "export/temp_folder.hpp"

namespace fs = std::filesystem;

namespace {

/// Sets TMPDIR for the scope, restoring what it was.
class TmpdirAs {
public:
    explicit TmpdirAs(const std::string& value) {
        if (const char* was = std::getenv("TMPDIR")) was_ = was;
        setenv("TMPDIR", value.c_str(), 1);
    }
    ~TmpdirAs() {
        if (was_)
            setenv("TMPDIR", was_->c_str(), 1);
        else
            unsetenv("TMPDIR");
    }

private:
    std::optional<std::string> was_;
};

}  // namespace

TEST_CASE("a temporary folder is made under TMPDIR and removed with everything in it") {
    fs::path kept;
    {
        const exporter::TempFolder folder("synapse-test-temp-folder");
        kept = folder.path();
        CHECK(fs::is_directory(kept));
        CHECK(kept.parent_path() == fs::temp_directory_path());
        CHECK(kept.filename().string().rfind("synapse-test-temp-folder-", 0) == 0);
        fs::create_directory(kept / "inner");
        std::ofstream(folder / "inner/file.txt") << "x";
        fs::permissions(kept / "inner", fs::perms::owner_read | fs::perms::owner_exec);  // read-only inside
        const exporter::TempFolder other("synapse-test-temp-folder");
        CHECK(other.path() != kept);
    }
    CHECK_FALSE(fs::exists(kept));
}

TEST_CASE("a temporary folder that cannot be made is one error naming where") {
    const exporter::TempFolder scratch("synapse-test-temp-folder");
    const std::string missing = scratch / "no-such-folder";
    const TmpdirAs tmpdir(missing);
    try {
        const exporter::TempFolder folder("synapse-test-x");
        FAIL("a temporary folder was made under a missing TMPDIR");
    } catch (const std::runtime_error& e) {
        const std::string what = e.what();
        CHECK(what.rfind("cannot create a temporary folder", 0) == 0);
        CHECK(what.find(missing) != std::string::npos);
    }
}
