// A private temporary folder (the program's work files: narration audio, start-up benchmark frames; the tests'
// output), removed with everything in it when it goes out of scope.
#pragma once
#include <filesystem>
#include <string>

namespace exporter {

class TempFolder {
public:
    /// Creates TMPDIR/`prefix`-XXXXXX, readable by this user only. Throws std::runtime_error naming the path and the
    /// reason when it cannot be created.
    explicit TempFolder(const std::string& prefix);
    /// Removes the folder and its contents, read-only ones included; never throws.
    ~TempFolder();
    TempFolder(const TempFolder&) = delete;
    TempFolder& operator=(const TempFolder&) = delete;

    const std::filesystem::path& path() const { return path_; }
    /// A file's path inside the folder.
    std::string operator/(const std::string& name) const { return (path_ / name).string(); }

private:
    std::filesystem::path path_;
};

}  // namespace exporter
