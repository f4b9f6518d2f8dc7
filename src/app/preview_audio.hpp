// The window's script preview, heard: a narrated script's lines spoken with flite and played through SDL audio in
// step with the preview (desktop only; the web page previews silently).
#pragma once
#include <SDL.h>

#include <optional>
#include <string>

#include "export/audio.hpp"
#include "session/session.hpp"

namespace app {

class PreviewAudio {
public:
    PreviewAudio() = default;
    ~PreviewAudio();
    PreviewAudio(const PreviewAudio&) = delete;
    PreviewAudio& operator=(const PreviewAudio&) = delete;

    /// Once a frame, after the session advanced. A newly opened narrated script is spoken (flite, when installed)
    /// and its "fit" segments take the speech's length, as the recording's will; then the audio device follows
    /// the preview: it plays from the preview's time while it plays, and is cleared on pause, seek or close.
    /// Problems (no flite, no audio device, a failing engine) become one status line; the preview stays silent.
    void update(session::Session& session);

    /// The narration of the current preview (none when silent).
    const std::optional<exporter::AudioClip>& track() const { return track_; }
    /// Samples waiting in the audio device (0 when nothing plays).
    unsigned queued_bytes() const;

private:
    void prepare(session::Session& session);
    void follow(session::Session& session);
    bool open_device(session::Session& session);
    void stop();

    std::string prepared_path_;  ///< the preview the track belongs to ("" when none)
    std::optional<exporter::AudioClip> track_;
    SDL_AudioDeviceID device_ = 0;
    bool device_failed_ = false;
    bool playing_ = false;
    double queued_from_s_ = 0.0;  ///< the video time the queued audio starts at
    Uint64 queued_at_ = 0;        ///< when it was queued (SDL performance counter)
};

}  // namespace app
