// --clips OUT_DIR/: one video per script segment (or lesson step), named for slide decks (01-before-the-dose.mp4).
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "app/cli.hpp"
#include "export/sink.hpp"
#include "session/recording/script.hpp"

namespace app {

/// One clip: its file name and the frames [first_frame, end_frame) of the whole recording it holds.
struct ClipPlan {
    std::string file_name;
    long first_frame = 0;
    long end_frame = 0;
    std::vector<exporter::Subtitle> captions;  ///< the captions it shows, timed from the clip's start
};

/// The encoder's options every recorded file shares (size, fps, quality, alpha, the frames' row order), for `path`.
exporter::OutputOptions encoder_options(const Options& options, const std::string& path);

/// "before-the-dose": lower-case ASCII words of `text` joined by '-', at most 6 words and 48 characters, without
/// a leading step number ("1. Before the dose"); "segment" when it has none.
std::string clip_slug(const std::string& text);

/// The clips of a recording of `frames` frames at `fps`: one per segment that lasts at least one frame, named
/// NN-slug.EXT after the segment's name, title or caption (NN from 01, in order).
std::vector<ClipPlan> plan_clips(const session::Script& script, int fps, long frames, const std::string& extension);

/// A sink that splits the frames into the planned clips (each an ffmpeg video with its share of `audio_wav`
/// and its captions), written into OUT_DIR.partial and renamed to OUT_DIR once all are done. OUT_DIR must be
/// absent or empty. Throws one line.
std::unique_ptr<exporter::FrameSink> open_clips_sink(const Options& options, const session::Script& script, long frames,
                                                     const std::string& audio_wav, const std::string& work_dir);

}  // namespace app
