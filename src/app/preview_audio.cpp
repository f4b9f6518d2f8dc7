// Preview narration: synthesised once per opened script, queued into an SDL audio device from the preview's time.
#include "app/preview_audio.hpp"

#include <cmath>
#include <cstdlib>

#include "export/sink.hpp"
#include "export/temp_folder.hpp"
#include "session/recording/narration.hpp"
#include "session/recording/script_preview.hpp"

namespace app {
namespace {

/// A drift beyond this between the preview's clock and the audio's means a seek: the audio is queued again.
constexpr double kResyncTolerance_s = 0.15;

}  // namespace

PreviewAudio::~PreviewAudio() {
    if (device_ != 0) SDL_CloseAudioDevice(device_);
}

unsigned PreviewAudio::queued_bytes() const { return device_ != 0 ? SDL_GetQueuedAudioSize(device_) : 0u; }

void PreviewAudio::update(session::Session& session) {
    if (!session::previewing(session)) {
        stop();
        prepared_path_.clear();
        track_.reset();
        return;
    }
    if (session.preview.path != prepared_path_) prepare(session);
    if (track_) follow(session);
}

void PreviewAudio::prepare(session::Session& session) {
    stop();
    track_.reset();
    prepared_path_ = session.preview.path;
    session::Script& script = session.preview.source->script;
    if (!script.narrated) return;
    if (exporter::find_program("flite").empty()) {
        session.status = "The preview is silent: install flite to hear the script's narration";
        return;
    }
    session::Script spoken = script;
    try {
        const exporter::TempFolder work("synapse-preview");  // the speech engine's files, removed when done
        session::NarrationOptions options;
        options.voice = "flite";
        options.work_dir = work.path().string();
        track_ = session::build_narration(spoken, options, 30);
    } catch (const std::exception& e) {
        session.status = std::string("The preview is silent: ") + e.what();
        return;
    }
    script = std::move(spoken);  // "fit" segments now last as long as the recording's will
    session::seek_preview(session, session.preview.video_time_s);
}

bool PreviewAudio::open_device(session::Session& session) {
    if (device_ != 0) return true;
    if (device_failed_) return false;
    SDL_AudioSpec want{};
    want.freq = exporter::kTrackRate_hz;
    want.format = AUDIO_F32SYS;
    want.channels = 1;
    want.samples = 2048;
    if (SDL_InitSubSystem(SDL_INIT_AUDIO) == 0) device_ = SDL_OpenAudioDevice(nullptr, 0, &want, nullptr, 0);
    if (device_ == 0) {
        device_failed_ = true;
        session.status = std::string("The preview is silent: no audio output (") + SDL_GetError() + ")";
        return false;
    }
    return true;
}

void PreviewAudio::follow(session::Session& session) {
    if (!session.preview.playing) {
        if (playing_) stop();
        return;
    }
    const Uint64 now = SDL_GetPerformanceCounter();
    const double heard_s =
        queued_from_s_ + static_cast<double>(now - queued_at_) / static_cast<double>(SDL_GetPerformanceFrequency());
    if (playing_ && std::abs(heard_s - session.preview.video_time_s) < kResyncTolerance_s) return;
    if (!open_device(session)) return;
    SDL_ClearQueuedAudio(device_);
    const auto from = static_cast<std::size_t>(std::max(0.0, session.preview.video_time_s) * exporter::kTrackRate_hz);
    if (from < track_->samples.size())
        SDL_QueueAudio(device_, track_->samples.data() + from,
                       static_cast<Uint32>((track_->samples.size() - from) * sizeof(float)));
    SDL_PauseAudioDevice(device_, 0);
    queued_from_s_ = session.preview.video_time_s;
    queued_at_ = now;
    playing_ = true;
}

void PreviewAudio::stop() {
    if (device_ != 0) {
        SDL_PauseAudioDevice(device_, 1);
        SDL_ClearQueuedAudio(device_);
    }
    playing_ = false;
}

}  // namespace app
