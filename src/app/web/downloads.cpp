// DownloadFolder: compares the folder's files with what it saw last, and offers the new ones as downloads.
#include "app/web/downloads.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "app/web/page.hpp"

namespace app {

namespace fs = std::filesystem;

DownloadFolder::DownloadFolder(std::string path) : path_(std::move(path)) {
    fs::create_directories(path_);
    fs::current_path(path_);
}

std::vector<std::string> DownloadFolder::changed_files() {
    std::vector<std::string> changed;
    std::error_code ec;
    for (auto it = fs::recursive_directory_iterator(path_, ec); !ec && it != fs::recursive_directory_iterator();
         it.increment(ec)) {
        const std::string path = it->path().string();
        struct stat st {};
        if (!it->is_regular_file(ec) || path.ends_with(".tmp") || ::stat(path.c_str(), &st) != 0) continue;
        const Stamp stamp{st.st_ino, st.st_size, st.st_mtime};
        const std::string name = fs::relative(it->path(), path_, ec).string();
        auto [at, added] = seen_.try_emplace(name, stamp);
        if (!added && at->second == stamp) continue;
        at->second = stamp;
        changed.push_back(name);
    }
    std::sort(changed.begin(), changed.end());
    return changed;
}

void DownloadFolder::offer_changed_files() {
    for (const std::string& name : changed_files()) {
        std::ifstream in(fs::path(path_) / name, std::ios::binary);
        const std::vector<std::uint8_t> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        page::offer_download(fs::path(name).filename().string(), bytes, mime_type_for(name));
    }
}

std::string mime_type_for(const std::string& name) {
    if (name.ends_with(".json")) return "application/json";
    if (name.ends_with(".csv")) return "text/csv";
    if (name.ends_with(".png")) return "image/png";
    return "application/octet-stream";
}

}  // namespace app
