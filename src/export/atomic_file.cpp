// Safe file writes: symbolic links followed, FIFOs and devices written into, regular files replaced by a rename.
#include "export/atomic_file.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <stdexcept>

namespace exporter {
namespace {

namespace fs = std::filesystem;

constexpr int kMaxLinkHops = 40;  // as the kernel's own limit (ELOOP)

/// Follows `path` through symbolic links to what they finally name (which may not exist yet).
fs::path follow_links(const std::string& path) {
    fs::path at(path);
    for (int hop = 0; hop < kMaxLinkHops; ++hop) {
        std::error_code ec;
        if (!fs::is_symlink(fs::symlink_status(at, ec))) return at;
        const fs::path target = fs::read_symlink(at, ec);
        if (ec) throw std::runtime_error(path + ": cannot read the link: " + ec.message());
        at = target.is_absolute() ? target : at.parent_path() / target;
    }
    throw std::runtime_error(path + ": cannot write: too many levels of symbolic links");
}

const char* refused_kind(fs::file_type type) {
    switch (type) {
        case fs::file_type::directory: return "is a directory";
        case fs::file_type::socket: return "is a socket";
        case fs::file_type::block: return "is a block device";
        default: return "is not a regular file";
    }
}

void write_stream(const OutputTarget& target, const std::string& path,
                  const std::function<void(std::ostream&)>& write) {
    if (target.kind == OutputTarget::Kind::standard_output) {
        write(std::cout);
        std::cout.flush();
        if (!std::cout) throw std::runtime_error("standard output: write failed");
        return;
    }
    std::ofstream out(target.path, std::ios::binary);
    if (!out) throw std::runtime_error(path + ": cannot write: " + std::strerror(errno));
    write(out);
    out.close();
    if (!out) throw std::runtime_error(path + ": write failed (no space, or the reader went away?)");
}

}  // namespace

OutputTarget resolve_output(const std::string& path) {
    if (path == "-") return {OutputTarget::Kind::standard_output, path};
    std::error_code ec;
    const fs::file_type type = fs::status(path, ec).type();  // through any links
    switch (type) {
        case fs::file_type::fifo:
        case fs::file_type::character: return {OutputTarget::Kind::stream, path};  // opened through the links
        case fs::file_type::not_found:
        case fs::file_type::none:  // a loop of links: follow_links says so
        case fs::file_type::regular: return {OutputTarget::Kind::regular_file, follow_links(path).string()};
        default: throw std::runtime_error(path + ": cannot write: " + refused_kind(type));
    }
}

void commit_file(const std::string& tmp, const std::string& path) {
    std::string target_path;
    try {
        const OutputTarget target = resolve_output(path);
        if (target.kind != OutputTarget::Kind::regular_file)
            throw std::runtime_error(path + ": cannot write: " + refused_kind(fs::file_type::unknown));
        target_path = target.path;
    } catch (...) {
        std::remove(tmp.c_str());
        throw;
    }
    if (std::rename(tmp.c_str(), target_path.c_str()) != 0) {
        const std::string why = std::strerror(errno);
        std::remove(tmp.c_str());
        throw std::runtime_error(path + ": cannot write: " + why);
    }
}

void write_file_atomically(const std::string& path, const std::function<void(std::ostream&)>& write) {
    const OutputTarget target = resolve_output(path);
    if (target.kind != OutputTarget::Kind::regular_file) return write_stream(target, path, write);
    const std::string tmp = target.path + ".tmp";
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
