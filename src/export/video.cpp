// The ffmpeg sink: raw RGBA frames piped to `ffmpeg` (H.264, yuv420p, faststart) into a temporary file.
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "export/atomic_file.hpp"
#include "export/audio.hpp"
#include "export/pixels.hpp"
#include "export/png.hpp"
#include "export/sink.hpp"
#include "export/sink_detail.hpp"
#include "export/spawn.hpp"
#include "export/srt.hpp"

namespace exporter {
namespace {

namespace fs = std::filesystem;

std::string lower_extension(const std::string& path);

/// A GIF keeps at most this many frames a second (its delays count hundredths of a second: 20 fps is exact).
constexpr int kGifMaxFps = 20;
/// and at most this width (slides; larger GIFs grow fast and play badly).
constexpr int kGifMaxWidth_px = 960;

/// For .mp4/.mov/.m4v: the top-level boxes tile the file exactly and include moov and mdat (a truncated
/// file fails). Other containers pass when non-empty.
bool iso_boxes_complete(const std::string& path) {
    std::error_code ec;
    const auto size = fs::file_size(path, ec);
    if (ec || size == 0) return false;
    const std::string ext = lower_extension(path);
    if (ext != ".mp4" && ext != ".mov" && ext != ".m4v") return true;
    std::ifstream in(path, std::ios::binary);
    std::uint64_t at = 0;
    bool moov = false, mdat = false;
    while (at < size) {
        unsigned char header[16];
        in.seekg(static_cast<std::streamoff>(at));
        if (!in.read(reinterpret_cast<char*>(header), 8)) return false;
        std::uint64_t box = (std::uint64_t{header[0]} << 24) | (header[1] << 16) | (header[2] << 8) | header[3];
        const std::string type(reinterpret_cast<char*>(header) + 4, 4);
        if (box == 1) {
            if (!in.read(reinterpret_cast<char*>(header) + 8, 8)) return false;
            box = 0;
            for (int i = 8; i < 16; ++i) box = (box << 8) | header[i];
        } else if (box == 0) {
            box = size - at;
        }
        if (box < 8) return false;
        moov = moov || type == "moov";
        mdat = mdat || type == "mdat";
        at += box;
    }
    return at == size && moov && mdat;
}

std::string lower_extension(const std::string& path) {
    std::string ext = fs::path(path).extension().string();
    for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return ext;
}

bool is_gif(const std::string& path) { return lower_extension(path) == ".gif"; }
bool is_webm(const std::string& path) { return lower_extension(path) == ".webm"; }

/// The video encoder for the container: VP9 in WebM (yuva420p with --transparent), ProRes 4444 for a transparent
/// MOV, FFV1 for the GIF's intermediate file, H.264 otherwise.
void add_video_codec(std::vector<std::string>& args, const OutputOptions& o) {
    const std::string crf = std::to_string(o.crf);
    if (is_gif(o.path)) {
        args.insert(args.end(), {"-c:v", "ffv1", "-pix_fmt", "rgb24"});
    } else if (is_webm(o.path)) {
        // -b:v 0 makes -crf the quality target; row-mt and cpu-used 4 keep VP9 usable at 1080p.
        args.insert(args.end(), {"-c:v", "libvpx-vp9", "-pix_fmt", o.transparent ? "yuva420p" : "yuv420p", "-crf",
                                 std::to_string(std::min(63, o.crf + 13)), "-b:v", "0", "-row-mt", "1", "-deadline",
                                 "good", "-cpu-used", "4"});
    } else if (o.transparent) {  // .mov (open_sink allows nothing else)
        args.insert(args.end(), {"-c:v", "prores_ks", "-profile:v", "4444", "-pix_fmt", "yuva444p10le", "-alpha_bits",
                                 "16", "-vendor", "apl0"});
    } else {
        args.insert(args.end(), {"-c:v", "libx264", "-pix_fmt", "yuv420p", "-crf", crf});
    }
}

/// The GIF's first pass keeps at most kGifMaxFps frames a second and kGifMaxWidth_px pixels across.
std::string gif_reduce_filter(const OutputOptions& o) {
    return "fps=" + std::to_string(std::min(o.fps, kGifMaxFps)) + ",scale='min(iw," + std::to_string(kGifMaxWidth_px) +
           ")':-2:flags=lanczos";
}

std::vector<std::string> ffmpeg_arguments(const std::string& program, const OutputOptions& o, const std::string& tmp) {
    const std::string size = std::to_string(o.width_px) + "x" + std::to_string(o.height_px);
    std::vector<std::string> args = {
        program, "-hide_banner", "-loglevel",           "error", "-y", "-f", "rawvideo", "-pix_fmt", "rgba", "-s",
        size,    "-r",           std::to_string(o.fps), "-i",    "-"};
    const bool audio = !o.audio_path.empty();
    if (audio)
        args.insert(args.end(), {"-i", o.audio_path, "-map", "0:v", "-map", "1:a"});
    else
        args.push_back("-an");
    std::string filter = o.bottom_up ? "vflip" : "";  // free in ffmpeg: a negative line stride
    if (is_gif(o.path)) filter += (filter.empty() ? "" : ",") + gif_reduce_filter(o);
    if (!filter.empty()) args.insert(args.end(), {"-vf", filter});
    add_video_codec(args, o);
    if (audio) {
        if (is_webm(o.path))
            args.insert(args.end(), {"-c:a", "libopus", "-b:a", "128k"});
        else
            args.insert(args.end(), {"-c:a", "aac", "-b:a", "160k"});
        args.insert(args.end(), {"-ar", std::to_string(exporter::kTrackRate_hz)});
    }
    if (!is_webm(o.path) && !is_gif(o.path)) args.insert(args.end(), {"-movflags", "+faststart"});
    // Each is one argv element (no shell): ffmpeg splits it at the first '=', so the text may hold anything.
    if (!o.title.empty()) args.insert(args.end(), {"-metadata", "title=" + o.title});
    if (!o.description.empty()) args.insert(args.end(), {"-metadata", "description=" + o.description});
    args.push_back(tmp);
    return args;
}

/// The temporary name of a video: OUT.partial.mp4 beside OUT.mp4.
std::string partial_path(const std::string& path) {
    const fs::path out(path);
    return (out.parent_path() / (out.stem().string() + ".partial" + out.extension().string())).string();
}

/// A leftover OUT.partial.mp4 (a regular file) is replaced; anything else of that name is refused.
void check_leftover_partial(const std::string& path) {
    const std::string tmp = partial_path(path);
    std::error_code ec;
    const fs::file_status status = fs::symlink_status(tmp, ec);
    if (!fs::exists(status) || fs::is_regular_file(status)) return;
    throw std::runtime_error(path + ": " + tmp + " is in the way and is not a file; move it away or record elsewhere");
}

/// Removes a regular file if there is one (an earlier recording's captions that the new one does not have).
void remove_stale_file(const std::string& path) {
    std::error_code ec;
    if (fs::is_regular_file(fs::symlink_status(path, ec))) fs::remove(path, ec);
}

class FfmpegSink final : public FrameSink {
public:
    FfmpegSink(const OutputOptions& options, const std::string& program) : options_(options) {
        program_ = program;
        tmp_ = partial_path(options.path);
        if (is_gif(options.path)) {  // frames first go losslessly into a file the palette is computed from
            frames_tmp_ = tmp_ + ".frames.mkv";
            palette_tmp_ = tmp_ + ".palette.png";
        }
        log_ = detail::temp_file_path("synapse-ffmpeg-log");
        std::remove(tmp_.c_str());      // checked up front: absent or a regular file (an interrupted recording's)
        std::signal(SIGPIPE, SIG_IGN);  // a dying ffmpeg must surface as EPIPE, not kill the recorder
        spawn(ffmpeg_arguments(program, options, frames_tmp_.empty() ? tmp_ : frames_tmp_));
    }

    ~FfmpegSink() override {
        if (finished_) return;
        close_pipe();
        if (pid_ > 0) {
            kill(pid_, SIGTERM);
            wait_exit();
        }
        std::remove(tmp_.c_str());
        std::remove(log_.c_str());
        remove_gif_stages();
    }

    void write(std::vector<std::uint8_t>& rgba) override {
        const std::size_t expected = static_cast<std::size_t>(options_.width_px) * options_.height_px * 4;
        if (rgba.size() != expected) throw std::logic_error("frame of the wrong size");
        if (options_.transparent) unpremultiply(rgba);  // video alpha is straight, as in the PNG sequence
        if (!detail::write_all(fd_, rgba.data(), rgba.size())) fail_from_ffmpeg("stopped taking frames");
        ++frames_;
    }

    void finish() override {
        if (frames_ == 0) throw std::runtime_error(options_.path + ": no frames to write");
        close_pipe();
        const int status = wait_exit_unless_cancelled();
        if (cancelled()) throw Cancelled(options_.path + ": interrupted");
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) fail_from_ffmpeg(describe(status));
        if (!frames_tmp_.empty()) encode_gif();
        if (!iso_boxes_complete(tmp_))
            throw std::runtime_error(options_.path + ": ffmpeg's output is incomplete (disk full?)");
        const std::string srt_path = srt_path_for(options_.path);
        const std::string vtt_path = fs::path(options_.path).replace_extension(".vtt").string();
        const std::string srt_tmp = detail::write_srt_tmp(options_.srt, srt_path);
        const std::string vtt_tmp = detail::write_srt_tmp(vtt_from_srt(options_.srt), vtt_path);
        commit_file(tmp_, options_.path);
        for (const auto& [tmp, path] : {std::pair{srt_tmp, srt_path}, std::pair{vtt_tmp, vtt_path}}) {
            if (!tmp.empty())
                commit_file(tmp, path);
            else
                remove_stale_file(path);
        }
        std::remove(log_.c_str());
        remove_gif_stages();
        finished_ = true;
    }

    long frames_written() const override { return frames_; }

private:
    /// The GIF's second and third passes: one palette for the whole video, then every frame mapped to it.
    void encode_gif() {
        run_step({program_, "-hide_banner", "-loglevel", "error", "-y", "-i", frames_tmp_, "-vf",
                  "palettegen=stats_mode=full", palette_tmp_});
        run_step({program_, "-hide_banner", "-loglevel", "error", "-y", "-i", frames_tmp_, "-i", palette_tmp_, "-lavfi",
                  "paletteuse=dither=bayer:bayer_scale=4", "-f", "gif", tmp_});
    }

    void run_step(const std::vector<std::string>& args) {
        if (cancelled()) throw Cancelled(options_.path + ": interrupted");
        const int status = detail::run_program(args, "", log_);
        if (cancelled()) throw Cancelled(options_.path + ": interrupted");
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) fail_from_ffmpeg(describe(status));
    }

    void remove_gif_stages() {
        if (!frames_tmp_.empty()) std::remove(frames_tmp_.c_str());
        if (!palette_tmp_.empty()) std::remove(palette_tmp_.c_str());
    }

    void spawn(const std::vector<std::string>& args) {
        SpawnOptions spawn;
        spawn.stdin_pipe = true;  // the frames
        spawn.stdout_path = "/dev/null";
        spawn.stderr_path = log_;
        // Our ignored SIGPIPE/SIGXFSZ would be inherited: ffmpeg gets the default actions back, so that a file
        // size limit kills it visibly instead of leaving a silently truncated file.
        spawn.default_signals = true;
        // Its own process group: a Ctrl-C at the terminal reaches the recorder only, which stops ffmpeg itself
        // (an ffmpeg interrupted on its own would finish the file and exit, and the recorder report that instead).
        spawn.own_process_group = true;
        const Child child = spawn_program(args, spawn);
        pid_ = child.pid;
        fd_ = child.stdin_fd;
        // A 1 MiB pipe (the default limit for any user) instead of 64 KiB: a frame crosses in a few large
        // writes, not dozens of context switches. If the kernel refuses, the default pipe still works.
        fcntl(fd_, F_SETPIPE_SZ, 1 << 20);
    }

    void close_pipe() {
        if (fd_ >= 0) close(fd_);
        fd_ = -1;
    }

    int wait_exit() {
        const int status = wait_program(pid_);
        pid_ = -1;
        return status;
    }

    bool cancelled() const { return options_.cancelled && options_.cancelled(); }

    /// Waits for ffmpeg to finish encoding, checking for a cancel every 20 ms (a signal may be handled by any
    /// thread, so waitpid is not reliably interrupted); a cancel stops ffmpeg.
    int wait_exit_unless_cancelled() {
        if (!options_.cancelled) return wait_exit();
        for (;;) {
            int status = 0;
            const pid_t done = waitpid(pid_, &status, WNOHANG);
            if (done == pid_ || (done < 0 && errno != EINTR)) {
                pid_ = -1;
                return status;
            }
            if (cancelled()) {
                kill(pid_, SIGTERM);
                return wait_exit();
            }
            const timespec pause{0, 20'000'000};
            nanosleep(&pause, nullptr);
        }
    }

    static std::string describe(int status) {
        if (WIFSIGNALED(status))
            return "was killed by signal " + std::to_string(WTERMSIG(status)) + " (" + strsignal(WTERMSIG(status)) +
                   ")";
        return "exited with status " + std::to_string(WEXITSTATUS(status));
    }

    [[noreturn]] void fail_from_ffmpeg(const std::string& what) {
        std::string how = what;
        if (pid_ > 0) {
            close_pipe();
            how = describe(wait_exit());
        }
        const std::string detail = detail::last_line(log_);
        throw std::runtime_error(options_.path + ": ffmpeg " + how + " after " + std::to_string(frames_) + " frames" +
                                 (detail.empty() ? "" : " (" + detail + ")"));
    }

    OutputOptions options_;
    std::string program_, tmp_, log_;
    std::string frames_tmp_, palette_tmp_;  ///< a GIF's lossless frames and palette (empty for other videos)
    pid_t pid_ = -1;
    int fd_ = -1;
    long frames_ = 0;
    bool finished_ = false;
};

}  // namespace

namespace detail {

std::unique_ptr<FrameSink> open_ffmpeg_sink(const OutputOptions& options) {
    const std::string program = find_program(options.ffmpeg);
    if (program.empty())
        throw std::runtime_error(
            "ffmpeg not found on PATH: install ffmpeg, or record PNG frames with --record OUT_DIR/");
    check_video_output(options.path);
    check_leftover_partial(options.path);
    return std::make_unique<FfmpegSink>(options, program);
}

}  // namespace detail
}  // namespace exporter
