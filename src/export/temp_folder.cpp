// exporter::TempFolder: mkdtemp under the system's temporary directory, removed on destruction.
#include "export/temp_folder.hpp"

#include <stdlib.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <system_error>

namespace exporter {

namespace fs = std::filesystem;

TempFolder::TempFolder(const std::string& prefix) {
    std::error_code ec;
    const fs::path base = fs::temp_directory_path(ec);  // TMPDIR, else /tmp
    if (ec) {
        const char* tmpdir = std::getenv("TMPDIR");
        throw std::runtime_error("cannot create a temporary folder in " + std::string(tmpdir ? tmpdir : "/tmp") +
                                 ": " + ec.message());
    }
    std::string pattern = (base / (prefix + "-XXXXXX")).string();
    if (!mkdtemp(pattern.data()))
        throw std::runtime_error("cannot create a temporary folder " + pattern + ": " + std::strerror(errno));
    path_ = pattern;
}

TempFolder::~TempFolder() {
    std::error_code ec;
    fs::permissions(path_, fs::perms::owner_all, fs::perm_options::add, ec);  // a test may have made it read-only
    fs::remove_all(path_, ec);
}

}  // namespace exporter
