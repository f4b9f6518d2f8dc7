// Frame sinks: where recorded RGBA frames go (an ffmpeg H.264 pipe or a PNG sequence), committed atomically.
#pragma once
#include <cstdint>
#include <functional>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace exporter {

/// Receives the frames of one recording. Nothing appears under the requested name until finish()
/// succeeds; destroying an unfinished sink removes everything it wrote.
class FrameSink {
public:
    virtual ~FrameSink() = default;
    /// Takes one frame (RGBA8, rows top to bottom, or bottom to top with OutputOptions::bottom_up). The sink may swap
    /// `rgba` with a spare buffer of the same size, so the caller must not rely on its contents afterwards. Throws one
    /// line on failure.
    virtual void write(std::vector<std::uint8_t>& rgba) = 0;
    /// Completes the output and moves it to its final name; throws one line on failure.
    virtual void finish() = 0;
    /// The frames accepted so far.
    virtual long frames_written() const = 0;
};

/// Thrown by a sink that gave up because OutputOptions::cancelled said so (an interrupted recording).
struct Cancelled : std::runtime_error {
    using std::runtime_error::runtime_error;
};

struct OutputOptions {
    std::string path;  ///< OUT.mp4 (.mov, .m4v, .mkv, .webm, .gif) or OUT_DIR/ (a PNG sequence)
    int width_px = 1920;
    int height_px = 1080;
    int fps = 30;
    int crf = 18;                   ///< H.264 quality, 0 (lossless) .. 51
    bool transparent = false;       ///< PNG sequence, .webm or .mov: frames carry premultiplied alpha, written straight
    bool bottom_up = false;         ///< rows arrive bottom to top (OpenGL's readback order); the sink flips them
    std::string srt;                ///< captions written beside the output at finish() (an old one goes when empty);
                                    ///< a video also gets them as OUT.vtt
    std::string audio_path;         ///< video: a WAV muxed as the sound track (AAC; Opus in WebM); none when empty
    std::string title;              ///< video: the title metadata (none when empty)
    std::string description;        ///< video: the description metadata (none when empty)
    std::string ffmpeg = "ffmpeg";  ///< program name (searched on PATH) or path
    /// Polled while finish() waits and before it commits anything: true abandons the output (finish() throws
    /// Cancelled and the sink cleans up as on any failure). Unset: never cancelled.
    std::function<bool()> cancelled;
};

/// True when `path` names a PNG sequence: it ends with '/' or is an existing directory.
bool is_png_sequence_path(const std::string& path);

/// True for the file names of a video: .mp4, .mov, .m4v, .mkv, .webm or .gif.
bool has_video_extension(const std::string& path);

/// Where the captions of a recording go: OUT.srt beside a video, OUT_DIR/captions.srt in a sequence.
std::string srt_path_for(const std::string& path);

/// The full path of `program` found on $PATH (or `program` itself when it contains '/'); empty when absent.
std::string find_program(const std::string& program);

/// Checks the output up front (ffmpeg present, directory writable, name usable, no directory under a video's
/// name, no foreign files where the partial output goes) and opens the sink.
/// A video sink sets SIGPIPE to be ignored for the process, so that a dying ffmpeg is a write error.
/// Throws std::runtime_error with one line naming the problem.
std::unique_ptr<FrameSink> open_sink(const OutputOptions& options);

/// Wraps a sink so that writing (encoding, piping) runs on a worker thread while the caller renders the
/// next frame; at most `queue_depth` frames wait. Errors surface on the next write() or on finish().
std::unique_ptr<FrameSink> make_async(std::unique_ptr<FrameSink> sink, int queue_depth = 2);

}  // namespace exporter
