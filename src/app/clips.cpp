// --clips: the recording's frames split at segment boundaries into numbered videos, committed as one folder.
#include "app/clips.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <stdexcept>
#include <string_view>

#include "export/audio.hpp"
#include "export/srt.hpp"

namespace app {
namespace {

namespace fs = std::filesystem;

std::string segment_label(const session::Segment& s) {
    if (!s.name.empty()) return s.name;
    if (!s.title.empty()) return s.title;
    return s.caption.text;
}

/// The captions overlapping [start_s, end_s), cut to it and moved to start at 0.
std::vector<exporter::Subtitle> clip_captions(const session::Script& script, double start_s, double end_s) {
    std::vector<exporter::Subtitle> out;
    for (const exporter::Subtitle& cue : session::subtitles(script.captions)) {
        const double a = std::max(cue.start_s, start_s), b = std::min(cue.end_s, end_s);
        if (b > a) out.push_back({a - start_s, b - start_s, cue.text, cue.source});
    }
    return out;
}

std::string without_trailing_slashes(std::string path) {
    while (path.size() > 1 && path.back() == '/') path.pop_back();
    return path;
}

class ClipsSink final : public exporter::FrameSink {
public:
    ClipsSink(const Options& options, std::vector<ClipPlan> plan, std::string audio_wav, std::string work_dir)
        : options_(options), plan_(std::move(plan)), audio_wav_(std::move(audio_wav)), work_dir_(std::move(work_dir)) {
        final_dir_ = without_trailing_slashes(options.clips_dir);
        partial_dir_ = final_dir_ + ".partial";
        std::error_code ec;
        if (fs::exists(fs::symlink_status(final_dir_, ec)) &&
            (!fs::is_directory(final_dir_, ec) || !fs::is_empty(final_dir_, ec)))
            throw std::runtime_error("--clips " + options.clips_dir + ": must be a new or empty folder");
        const fs::path parent = fs::path(final_dir_).parent_path().empty() ? "." : fs::path(final_dir_).parent_path();
        if (!fs::is_directory(parent, ec))
            throw std::runtime_error("--clips " + options.clips_dir + ": cannot write: no directory " +
                                     parent.string());
        fs::remove_all(partial_dir_, ec);  // an interrupted run's leftovers
        if (!fs::create_directory(partial_dir_, ec))
            throw std::runtime_error("--clips " + options.clips_dir + ": cannot write: " + ec.message());
        if (!audio_wav_.empty()) audio_ = exporter::read_wav(audio_wav_);
    }

    ~ClipsSink() override {
        current_.reset();  // an unfinished clip removes its own files
        if (!finished_) {
            std::error_code ec;
            fs::remove_all(partial_dir_, ec);
        }
    }

    void write(std::vector<std::uint8_t>& rgba) override {
        while (next_ < plan_.size() && frames_ >= plan_[next_].first_frame) open_next();
        if (current_) current_->write(rgba);
        ++frames_;
    }

    void finish() override {
        if (current_) current_->finish();
        current_.reset();
        if (next_ != plan_.size()) throw std::runtime_error("--clips: the recording ended early");
        std::error_code ec;
        if (fs::exists(final_dir_, ec)) fs::remove(final_dir_, ec);  // empty, checked up front
        fs::rename(partial_dir_, final_dir_, ec);
        if (ec) throw std::runtime_error("--clips " + options_.clips_dir + ": cannot rename: " + ec.message());
        finished_ = true;
    }

    long frames_written() const override { return frames_; }

private:
    void open_next() {
        if (current_) current_->finish();
        current_.reset();
        const ClipPlan& clip = plan_[next_++];
        exporter::OutputOptions out = encoder_options(options_, (fs::path(partial_dir_) / clip.file_name).string());
        const long clip_frames = clip.end_frame - clip.first_frame;
        out.srt = exporter::srt_text(clip.captions, options_.fps, clip_frames);
        if (!audio_wav_.empty()) out.audio_path = clip_audio(clip, next_ == plan_.size());
        current_ = exporter::open_sink(out);
    }

    /// The clip's share of the track: its frames' samples (the last clip also what runs past the last frame).
    std::string clip_audio(const ClipPlan& clip, bool last) {
        const long from = exporter::sample_at_frame(clip.first_frame, options_.fps, audio_.rate_hz);
        const long to = last ? static_cast<long>(audio_.samples.size())
                             : exporter::sample_at_frame(clip.end_frame, options_.fps, audio_.rate_hz);
        exporter::AudioClip part{audio_.rate_hz, {}};
        part.samples.assign(audio_.samples.begin() + std::min<long>(from, static_cast<long>(audio_.samples.size())),
                            audio_.samples.begin() + std::min<long>(to, static_cast<long>(audio_.samples.size())));
        const std::string path = (fs::path(work_dir_) / ("clip-" + std::to_string(next_) + ".wav")).string();
        exporter::write_wav(path, part);
        return path;
    }

    Options options_;
    std::vector<ClipPlan> plan_;
    std::string audio_wav_, work_dir_, final_dir_, partial_dir_;
    exporter::AudioClip audio_;
    std::unique_ptr<exporter::FrameSink> current_;
    std::size_t next_ = 0;
    long frames_ = 0;
    bool finished_ = false;
};

}  // namespace

exporter::OutputOptions encoder_options(const Options& options, const std::string& path) {
    exporter::OutputOptions out;
    out.path = path;
    out.width_px = options.output_size().width_px;
    out.height_px = options.output_size().height_px;
    out.fps = options.fps;
    out.crf = options.crf;
    out.transparent = options.transparent;
    out.bottom_up = true;
    return out;
}

std::string clip_slug(const std::string& text_in) {
    // A lesson step's number ("3. NMDA receptors ...") is left out: the clip's own number replaces it.
    std::string_view text = text_in;
    const std::size_t digits = text.find_first_not_of("0123456789");
    if (digits > 0 && digits != std::string_view::npos && (text[digits] == '.' || text[digits] == ')'))
        text.remove_prefix(digits + 1);
    std::string slug;
    int words = 0;
    bool in_word = false;
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u) && u < 128) {
            if (!in_word) {
                if (words == 6) break;
                if (!slug.empty()) slug += '-';
                ++words;
                in_word = true;
            }
            slug += static_cast<char>(std::tolower(u));
        } else if (c != '\'') {  // "ketamine's" stays one word
            in_word = false;
        }
        if (slug.size() >= 48) break;
    }
    while (!slug.empty() && slug.back() == '-') slug.pop_back();
    return slug.empty() ? "segment" : slug;
}

std::vector<ClipPlan> plan_clips(const session::Script& script, int fps, long frames, const std::string& extension) {
    std::vector<ClipPlan> plan;
    double start_s = 0.0;
    const int digits = script.segments.size() >= 100 ? 3 : 2;
    for (const session::Segment& s : script.segments) {
        const double end_s = start_s + s.duration_s;
        const long first = exporter::first_frame_at(start_s, fps);
        const long end = std::min(exporter::first_frame_at(end_s, fps), frames);
        if (end > first) {
            char number[8];
            std::snprintf(number, sizeof number, "%0*zu", digits, plan.size() + 1);
            plan.push_back({std::string(number) + "-" + clip_slug(segment_label(s)) + extension, first, end,
                            clip_captions(script, start_s, end_s)});
        }
        start_s = end_s;
    }
    if (!plan.empty()) plan.back().end_frame = frames;
    return plan;
}

std::unique_ptr<exporter::FrameSink> open_clips_sink(const Options& options, const session::Script& script, long frames,
                                                     const std::string& audio_wav, const std::string& work_dir) {
    const std::string extension = options.transparent ? ".webm" : ".mp4";
    return std::make_unique<ClipsSink>(options, plan_clips(script, options.fps, frames, extension), audio_wav,
                                       work_dir);
}

}  // namespace app
