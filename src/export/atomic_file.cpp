// Atomic file writes: a temporary file beside the target, checked, then renamed over it.
#include "export/atomic_file.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <stdexcept>

namespace exporter {

void commit_file(const std::string& tmp, const std::string& path) {
    if (std::rename(tmp.c_str(), path.c_str()) != 0) {
        const std::string why = std::strerror(errno);
        std::remove(tmp.c_str());
        throw std::runtime_error(path + ": cannot write: " + why);
    }
}

void write_file_atomically(const std::string& path, const std::function<void(std::ostream&)>& write) {
    const std::string tmp = path + ".tmp";
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) throw std::runtime_error(path + ": cannot write: " + std::strerror(errno));
    try {
        write(out);
        out.close();
        if (!out) throw std::runtime_error(path + ": write failed (disk full?)");
    } catch (...) {
        std::remove(tmp.c_str());
        throw;
    }
    commit_file(tmp, path);
}

void write_file_atomically(const std::string& path, std::string_view bytes) {
    write_file_atomically(
        path, [bytes](std::ostream& out) { out.write(bytes.data(), static_cast<std::streamsize>(bytes.size())); });
}

}  // namespace exporter
