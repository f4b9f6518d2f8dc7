// Frame sinks: choosing one, up-front output checks, the worker-thread wrapper and shared file helpers.
#include "export/sink.hpp"

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <condition_variable>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <exception>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <sstream>
#include <stdexcept>
#include <thread>

#include "export/atomic_file.hpp"
#include "export/sink_detail.hpp"
#include "export/spawn.hpp"

namespace exporter {
namespace {

namespace fs = std::filesystem;

bool is_executable_file(const fs::path& path) {
    std::error_code ec;
    return fs::is_regular_file(path, ec) && access(path.c_str(), X_OK) == 0;
}

/// Runs the inner sink's writes on a worker thread; buffers circulate between a free list and the queue.
class AsyncSink final : public FrameSink {
public:
    AsyncSink(std::unique_ptr<FrameSink> inner, int depth) : inner_(std::move(inner)), depth_(std::max(1, depth)) {
        worker_ = std::thread([this] { run(); });
    }

    ~AsyncSink() override {
        stop();
        inner_.reset();  // an unfinished inner sink cleans up after itself
    }

    void write(std::vector<std::uint8_t>& rgba) override {
        std::unique_lock lock(mutex_);
        changed_.wait(lock, [&] { return static_cast<int>(queue_.size()) < depth_ || error_; });
        rethrow_locked();
        std::vector<std::uint8_t> spare;
        if (!free_.empty()) {
            spare = std::move(free_.back());
            free_.pop_back();
        }
        spare.resize(rgba.size());
        queue_.push_back(std::move(rgba));
        rgba = std::move(spare);
        ++accepted_;
        changed_.notify_all();
    }

    void finish() override {
        stop();
        rethrow_locked();
        inner_->finish();
    }

    long frames_written() const override { return accepted_; }

private:
    void run() {
        std::unique_lock lock(mutex_);
        for (;;) {
            changed_.wait(lock, [&] { return !queue_.empty() || closing_; });
            if (queue_.empty()) return;
            std::vector<std::uint8_t> frame = std::move(queue_.front());
            lock.unlock();
            std::exception_ptr error;
            try {
                inner_->write(frame);
            } catch (...) {
                error = std::current_exception();
            }
            lock.lock();
            queue_.pop_front();
            free_.push_back(std::move(frame));
            if (error) {
                error_ = error;
                queue_.clear();
                closing_ = true;
            }
            changed_.notify_all();
        }
    }

    void stop() {
        {
            std::lock_guard lock(mutex_);
            closing_ = true;
        }
        changed_.notify_all();
        if (worker_.joinable()) worker_.join();
    }

    void rethrow_locked() {
        if (error_) std::rethrow_exception(error_);
    }

    std::unique_ptr<FrameSink> inner_;
    int depth_;
    std::mutex mutex_;
    std::condition_variable changed_;
    std::deque<std::vector<std::uint8_t>> queue_;
    std::vector<std::vector<std::uint8_t>> free_;
    std::exception_ptr error_;
    bool closing_ = false;
    long accepted_ = 0;
    std::thread worker_;
};

}  // namespace

bool is_png_sequence_path(const std::string& path) {
    std::error_code ec;
    return (!path.empty() && path.back() == '/') || fs::is_directory(path, ec);
}

bool has_video_extension(const std::string& path) {
    std::string ext = fs::path(path).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
    return ext == ".mp4" || ext == ".mov" || ext == ".m4v" || ext == ".mkv" || ext == ".webm" || ext == ".gif";
}

std::string srt_path_for(const std::string& path) {
    if (is_png_sequence_path(path)) return (fs::path(path) / "captions.srt").string();
    return fs::path(path).replace_extension(".srt").string();
}

std::string find_program(const std::string& program) {
    if (program.find('/') != std::string::npos) return is_executable_file(program) ? program : "";
    const char* env = std::getenv("PATH");
    std::stringstream dirs(env ? env : "");
    std::string dir;
    while (std::getline(dirs, dir, ':')) {
        const fs::path candidate = fs::path(dir.empty() ? "." : dir) / program;
        if (is_executable_file(candidate)) return candidate.string();
    }
    return "";
}

std::unique_ptr<FrameSink> open_sink(const OutputOptions& options) {
    std::error_code ec;
    if (options.path.empty()) throw std::runtime_error("--record: no output path given");
    if (options.path.back() != '/' && fs::is_directory(options.path, ec) && has_video_extension(options.path))
        throw std::runtime_error(options.path + ": is a directory; give a video file name that is not taken, or " +
                                 options.path + "/ for PNG frames");
    if (options.width_px % 2 != 0 || options.height_px % 2 != 0) {
        if (!is_png_sequence_path(options.path))
            throw std::runtime_error("--size: H.264 video needs an even width and height, got " +
                                     std::to_string(options.width_px) + "x" + std::to_string(options.height_px));
    }
    if (is_png_sequence_path(options.path)) return detail::open_png_sequence_sink(options);
    const std::string ext = fs::path(options.path).extension().string();
    if (options.transparent && ext != ".webm" && ext != ".mov")
        throw std::runtime_error(
            "--transparent: " + ext +
            " video has no alpha; record OUT.webm (VP9), OUT.mov (ProRes 4444) or OUT_DIR/ (PNGs)");
    if (ext == ".gif" && !options.audio_path.empty())
        throw std::runtime_error(options.path + ": a GIF has no sound; record the narration to .mp4 or .webm");
    return detail::open_ffmpeg_sink(options);
}

std::unique_ptr<FrameSink> make_async(std::unique_ptr<FrameSink> sink, int queue_depth) {
    return std::make_unique<AsyncSink>(std::move(sink), queue_depth);
}

namespace detail {

int run_program(const std::vector<std::string>& args, const std::string& stdin_path, const std::string& log_path) {
    SpawnOptions options;
    options.stdin_path = stdin_path.empty() ? "/dev/null" : stdin_path;
    options.stdout_path = "/dev/null";
    options.stderr_path = log_path;
    return wait_program(spawn_program(args, options).pid);
}

std::string last_line(const std::string& path) {
    std::ifstream in(path);
    std::string line, last;
    while (std::getline(in, line))
        if (line.find_first_not_of(" \t\r") != std::string::npos) last = line;
    return last;
}

bool write_all(int fd, const void* data, std::size_t size) {
    const auto* bytes = static_cast<const char*>(data);
    while (size > 0) {
        const ssize_t n = ::write(fd, bytes, size);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        bytes += n;
        size -= static_cast<std::size_t>(n);
    }
    return true;
}

std::string temp_file_path(const std::string& prefix) {
    std::string pattern = (fs::temp_directory_path() / (prefix + "-XXXXXX")).string();
    const int fd = mkstemp(pattern.data());
    if (fd < 0) throw std::runtime_error("cannot create a temporary file: " + std::string(std::strerror(errno)));
    close(fd);
    return pattern;
}

std::string write_srt_tmp(const std::string& srt, const std::string& final_path) {
    if (srt.empty()) return "";
    const std::string tmp = final_path + ".partial";
    const int fd = open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) throw std::runtime_error(final_path + ": cannot write: " + std::strerror(errno));
    const bool ok = write_all(fd, srt.data(), srt.size());
    const std::string why = std::strerror(errno);
    if (close(fd) != 0 || !ok) {
        std::remove(tmp.c_str());
        throw std::runtime_error(final_path + ": write failed: " + why);
    }
    return tmp;
}

void check_video_output(const std::string& path) {
    const fs::path out(path);
    const std::string ext = out.extension().string();
    if (!has_video_extension(path))
        throw std::runtime_error(path +
                                 ": expected a .mp4, .mov, .m4v, .mkv, .webm or .gif file, or a directory ending in /");
    if (resolve_output(path).kind != OutputTarget::Kind::regular_file)  // refuses directories too
        throw std::runtime_error(path + ": a video is written to a regular file, not into a FIFO or device");
    const fs::path dir = out.parent_path().empty() ? fs::path(".") : out.parent_path();
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) throw std::runtime_error(path + ": cannot write: no directory " + dir.string());
    if (access(dir.c_str(), W_OK) != 0)
        throw std::runtime_error(path + ": cannot write: directory " + dir.string() + " is not writable");
}

}  // namespace detail
}  // namespace exporter
