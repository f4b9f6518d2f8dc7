// Helpers shared by the frame sinks (not part of the public export API).
#pragma once
#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "export/sink.hpp"

namespace exporter::detail {

/// Writes all bytes, retrying on EINTR and short writes; false on any error (errno set).
bool write_all(int fd, const void* data, std::size_t size);

/// A fresh, unused path in the temporary directory starting with `prefix`.
std::string temp_file_path(const std::string& prefix);

/// Writes `srt` to a temporary file beside `final_path` and returns its name ("" when `srt` is empty).
std::string write_srt_tmp(const std::string& srt, const std::string& final_path);

/// Throws one line when a video cannot be written at `path` (bad extension, missing or read-only directory).
void check_video_output(const std::string& path);

/// Runs `args` (no shell) with stdin from `stdin_path` (or /dev/null), stdout discarded and stderr into `log_path`;
/// returns the wait status. Throws one line when the program cannot be started.
int run_program(const std::vector<std::string>& args, const std::string& stdin_path, const std::string& log_path);

/// The last non-empty line of a text file (a program's error), or "" when none.
std::string last_line(const std::string& path);

std::unique_ptr<FrameSink> open_ffmpeg_sink(const OutputOptions& options);
std::unique_ptr<FrameSink> open_png_sequence_sink(const OutputOptions& options);

}  // namespace exporter::detail
