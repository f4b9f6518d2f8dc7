// Safe file writes: every regular file the program writes appears complete under its name, or not at all, and
// nothing but a regular file is ever replaced.
#pragma once
#include <functional>
#include <ostream>
#include <string>
#include <string_view>

namespace exporter {

/// Where a write to a path the user named lands.
struct OutputTarget {
    enum class Kind {
        regular_file,     ///< a regular file or a new name: written beside it and renamed over it when complete
        stream,           ///< an existing FIFO or character device: written into, never replaced
        standard_output,  ///< "-", as Unix tools spell it
    };
    Kind kind = Kind::regular_file;
    std::string path;  ///< symbolic links followed: the file replaced (the link stays) or the stream written into
};

/// What writing `path` means. A symbolic link is followed to its target (a dangling one names the file to
/// create); a directory, a socket, a block device or a loop of links is refused with one line naming `path`.
OutputTarget resolve_output(const std::string& path);

/// Writes `path` as resolve_output says. A regular file goes through a temporary file beside it (TARGET.tmp) that
/// `write` fills and that is renamed over it once complete; on any failure (the stream going bad, `write`
/// throwing, the rename) the temporary file is removed, whatever stood there is left as it was, and
/// std::runtime_error says in one line what and where. A FIFO, a character device or "-" is written into directly.
void write_file_atomically(const std::string& path, const std::function<void(std::ostream&)>& write);
/// The same for bytes already in memory.
void write_file_atomically(const std::string& path, std::string_view bytes);

/// Renames the finished `tmp` over `path` (a symbolic link's target), or removes `tmp` and throws one line when
/// that fails or `path` is not a regular file or a new name.
void commit_file(const std::string& tmp, const std::string& path);

}  // namespace exporter
