// Atomic file writes: every file the program writes appears complete under its name, or not at all.
#pragma once
#include <functional>
#include <ostream>
#include <string>
#include <string_view>

namespace exporter {

/// Writes `path` through a temporary file beside it (PATH.tmp) that `write` fills and that is renamed to `path`
/// once complete. On any failure (the stream going bad, `write` throwing, the rename) the temporary file is
/// removed, whatever stood at `path` is left as it was, and std::runtime_error says in one line what and where.
void write_file_atomically(const std::string& path, const std::function<void(std::ostream&)>& write);
/// The same for bytes already in memory.
void write_file_atomically(const std::string& path, std::string_view bytes);

/// Renames the finished `tmp` to `path`, or removes `tmp` and throws one line when that fails.
void commit_file(const std::string& tmp, const std::string& path);

}  // namespace exporter
