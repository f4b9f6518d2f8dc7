// Files on the web: the page's working folder (in memory) is a download folder. Whatever the session saves there
// (a scenario, the plots' CSV, a screenshot) is handed to the browser as a download once it is complete.
#pragma once
#include <sys/types.h>

#include <map>
#include <string>
#include <vector>

namespace app {

class DownloadFolder {
public:
    /// Creates `path` if needed and makes it the working folder, so that the session's relative paths land there.
    explicit DownloadFolder(std::string path);

    /// Files (paths relative to the folder) written or rewritten since the last call, by name; unfinished atomic
    /// writes (NAME.tmp) are left for later. A rewrite is a new file (atomic writes rename a new one into place),
    /// or a changed size or time.
    std::vector<std::string> changed_files();

    /// Offers every changed file to the browser as a download (page::offer_download).
    void offer_changed_files();

private:
    struct Stamp {
        ino_t inode = 0;
        off_t size_bytes = 0;
        time_t modified_s = 0;
        bool operator==(const Stamp&) const = default;
    };
    std::string path_;
    std::map<std::string, Stamp> seen_;
};

/// The MIME type a download is offered with, from the name's extension (.json, .csv, .png; else bytes).
std::string mime_type_for(const std::string& name);

}  // namespace app
