// The PNG-sequence sink: numbered frames written into OUT_DIR.partial/, renamed to OUT_DIR/ when complete.
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <stdexcept>

#include "export/atomic_file.hpp"
#include "export/pixels.hpp"
#include "export/png.hpp"
#include "export/sink.hpp"
#include "export/sink_detail.hpp"

namespace exporter {
namespace {

namespace fs = std::filesystem;

/// True for the files a recording writes (so an old recording may be replaced, anything else is kept).
bool is_recording_file(const fs::path& name) {
    const std::string n = name.filename().string();
    return n == "captions.srt" || (n.rfind("frame_", 0) == 0 && name.extension() == ".png");
}

/// True when `dir` holds nothing but the files of an earlier recording.
bool holds_only_recording(const fs::path& dir) {
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir, ec))
        if (!entry.is_regular_file() || !is_recording_file(entry.path())) return false;
    return !ec;
}

std::string frame_name(long index) {
    char name[32];
    std::snprintf(name, sizeof name, "frame_%06ld.png", index);
    return name;
}

class PngSequenceSink final : public FrameSink {
public:
    PngSequenceSink(const OutputOptions& options, fs::path final_dir)
        : options_(options), final_(std::move(final_dir)), partial_(final_.string() + ".partial") {
        std::error_code ec;
        fs::remove_all(partial_, ec);  // checked up front: absent, or an interrupted recording's frames
        if (!fs::create_directory(partial_, ec))
            throw std::runtime_error(options.path + ": cannot create " + partial_.string() + ": " + ec.message());
    }

    ~PngSequenceSink() override {
        std::error_code ec;
        if (!finished_) fs::remove_all(partial_, ec);
    }

    void write(std::vector<std::uint8_t>& rgba) override {
        if (options_.bottom_up) flip_rows(rgba, options_.width_px, options_.height_px);
        if (options_.transparent) unpremultiply(rgba);
        const auto png = encode_png(options_.width_px, options_.height_px, rgba);
        const fs::path file = partial_ / frame_name(frames_);
        const int fd = open(file.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
        if (fd < 0) fail(file, std::strerror(errno));
        const bool ok = detail::write_all(fd, png.data(), png.size());
        const int write_errno = errno;
        if (close(fd) != 0 || !ok) fail(file, std::strerror(ok ? errno : write_errno));
        ++frames_;
    }

    void finish() override {
        if (frames_ == 0) throw std::runtime_error(options_.path + ": no frames to write");
        if (options_.cancelled && options_.cancelled()) throw Cancelled(options_.path + ": interrupted");
        const std::string srt_tmp = detail::write_srt_tmp(options_.srt, (partial_ / "captions.srt").string());
        if (!srt_tmp.empty()) commit_file(srt_tmp, (partial_ / "captions.srt").string());
        std::error_code ec;
        if (fs::exists(final_, ec)) fs::remove_all(final_, ec);  // checked up front: empty or an old recording
        fs::rename(partial_, final_, ec);
        if (ec) throw std::runtime_error(options_.path + ": cannot rename " + partial_.string() + ": " + ec.message());
        finished_ = true;
    }

    long frames_written() const override { return frames_; }

private:
    [[noreturn]] void fail(const fs::path& file, const std::string& why) const {
        throw std::runtime_error(file.string() + ": write failed: " + why);
    }

    OutputOptions options_;
    fs::path final_, partial_;
    long frames_ = 0;
    bool finished_ = false;
};

/// An earlier recording's DIR.partial/ (only frames and captions) may be replaced; anything else there is refused.
void check_leftover_partial(const std::string& path, const fs::path& partial) {
    std::error_code ec;
    const fs::file_status status = fs::symlink_status(partial, ec);
    if (!fs::exists(status)) return;
    if (fs::is_directory(status) && holds_only_recording(partial)) return;
    throw std::runtime_error(path + ": " + partial.string() +
                             " is in the way and is not an unfinished recording (frame_*.png and captions.srt " +
                             "only); move it away or record elsewhere");
}

fs::path checked_sequence_dir(const std::string& path) {
    fs::path dir = fs::path(path).lexically_normal();
    if (dir.has_filename() == false) dir = dir.parent_path();
    const fs::path parent = dir.parent_path().empty() ? fs::path(".") : dir.parent_path();
    std::error_code ec;
    if (!fs::is_directory(parent, ec))
        throw std::runtime_error(path + ": cannot write: no directory " + parent.string());
    if (access(parent.c_str(), W_OK) != 0)
        throw std::runtime_error(path + ": cannot write: directory " + parent.string() + " is not writable");
    if (fs::exists(dir, ec) && !fs::is_directory(dir, ec))
        throw std::runtime_error(path + ": exists and is not a directory");
    if (fs::is_directory(dir, ec) && !holds_only_recording(dir))
        throw std::runtime_error(path + ": the directory holds other files; give an empty or new directory");
    check_leftover_partial(path, fs::path(dir.string() + ".partial"));
    return dir;
}

}  // namespace

namespace detail {

std::unique_ptr<FrameSink> open_png_sequence_sink(const OutputOptions& options) {
    return std::make_unique<PngSequenceSink>(options, checked_sequence_dir(options.path));
}

}  // namespace detail
}  // namespace exporter
